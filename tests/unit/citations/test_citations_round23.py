"""Issue 14, twenty-third round: general shapes behind the fresh35 misses (vietnews articles),
made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


def _docs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.id, c.issuer, c.date) for c in citations.extract(text).documents]


# --- "dự thảo" before a noun and a bare number: the draft, never the printed code --------------


def test_a_draft_named_by_a_number_is_no_back_reference_to_the_printed_code():
    text = (
        "Hãng góp ý dự thảo nghị định thay thế Nghị định 45/2016/NĐ-CP.\n"
        "Khoản 3 điều 5 dự thảo Nghị định 45 quy định rõ điều kiện kinh doanh."
    )
    extraction = citations.extract(text)
    (doc,) = extraction.documents
    assert doc.id == "45/2016/NĐ-CP"
    assert [m.text for m in doc.mentions] == ["Nghị định 45/2016/NĐ-CP"]
    assert _refs(text) == [("Nghị định 45", None, None)]


def test_a_draft_with_its_issuer_is_not_resolved_by_that_issuer():
    assert _refs("Văn phòng lấy ý kiến dự thảo Nghị quyết 12 của Chính phủ.") == [
        ("Nghị quyết 12", None, "Chính phủ")
    ]


def test_without_the_draft_the_number_is_still_the_printed_code():
    text = "Theo Nghị định 45/2016/NĐ-CP của Chính phủ.\nNghị định 45 quy định rõ điều kiện."
    (doc,) = citations.extract(text).documents
    assert [m.text for m in doc.mentions] == ["Nghị định 45/2016/NĐ-CP", "Nghị định 45"]
    assert _refs("Văn phòng lấy ý kiến về Nghị quyết 12 của Chính phủ.") == [
        ("Nghị quyết 12", "12/NQ-CP", "Chính phủ")
    ]


# --- a letter sent: the agent of "được X gửi" after the code -----------------------------------


def test_the_agent_of_a_passive_send_after_a_letter_is_its_issuer():
    text = "Nội dung nêu trong văn bản số 1234/SXD-QLN, được Sở Xây dựng Đà Nẵng gửi tới các quận."
    assert _docs(text) == [("1234/SXD-QLN", "Sở Xây dựng Đà Nẵng", None)]


def test_a_letter_sent_to_a_body_has_no_issuer():
    text = "Nội dung nêu trong văn bản số 1234/SXD-QLN được gửi tới Sở Xây dựng Đà Nẵng."
    assert _docs(text) == [("1234/SXD-QLN", None, None)]


# --- "ban hành ngày D/M của X" after a code holding its year ------------------------------------


def test_the_issuer_after_ban_hanh_and_a_day_and_month_is_read():
    text = "Theo Quyết định số 45/2018/QĐ-UBND ban hành ngày 3/10 của UBND tỉnh Phú Yên về giá đất."
    assert _docs(text) == [("45/2018/QĐ-UBND", "UBND tỉnh Phú Yên", "2018-10-03")]


def test_without_a_year_in_the_code_the_day_and_month_give_no_date():
    text = "Theo Công văn số 45/UBND-KT ban hành ngày 3/10 của UBND tỉnh Phú Yên về giá đất."
    assert _docs(text) == [("45/UBND-KT", "UBND tỉnh Phú Yên", None)]


# --- the Government named with its country ------------------------------------------------------


def test_the_government_named_with_its_country_fixes_a_resolutions_shape():
    assert _refs("Chính phủ Việt Nam đã có Nghị quyết 75 về ứng phó biến đổi khí hậu.") == [
        ("Nghị quyết 75", "75/NQ-CP", "Chính phủ Việt Nam")
    ]


def test_another_countrys_government_does_not():
    assert _refs("Chính phủ Nhật Bản đã có Nghị quyết 75 về ứng phó biến đổi khí hậu.") == [
        ("Nghị quyết 75", None, "Chính phủ Nhật Bản")
    ]


# --- the agent of any passive verb acting "tại" (in) the document -------------------------------


def test_the_agent_of_a_passive_acting_in_the_document_is_its_issuer():
    text = "Bãi rác đã được UBND huyện đóng cửa tại Quyết định số 512/QĐ-UBND ngày 2/3/2019."
    assert _docs(text) == [("512/QĐ-UBND", "UBND huyện", "2019-03-02")]


def test_a_passive_acting_by_another_document_gives_no_issuer():
    # "theo": the body acts by that document, it need not have issued it
    text = "Bãi rác đã được UBND huyện đóng cửa theo Quyết định số 512/QĐ-UBND ngày 2/3/2019."
    assert _docs(text) == [("512/QĐ-UBND", None, "2019-03-02")]


# --- "do X ban hành theo Quyết định số …": X issued that decision -------------------------------


def test_the_body_that_issued_a_text_by_a_decision_issued_the_decision():
    text = "Cán bộ tuân thủ Quy chế do UBND tỉnh Lào Cai ban hành theo Quyết định số 77/QĐ-UBND."
    assert _docs(text) == [("77/QĐ-UBND", "UBND tỉnh Lào Cai", None)]
    text = "Quy chế do Bộ Tài chính ban hành kèm theo Quyết định số 88/QĐ-BTC."
    assert _docs(text) == [("88/QĐ-BTC", "Bộ Tài chính", None)]


def test_a_text_applied_by_a_decision_names_no_issuer():
    text = "Cán bộ phải tuân thủ Quy chế làm việc được áp dụng theo Quyết định số 77/QĐ-UBND."
    assert _docs(text) == [("77/QĐ-UBND", None, None)]


# --- an office holder's title and name, then "ký" ------------------------------------------------


def test_an_office_holder_named_by_title_and_name_signing_is_the_issuer():
    text = "Sau đó, Bộ trưởng Trần Văn Hùng tiếp tục ký Công văn số 321/BXD-KTXD gửi các tỉnh."
    assert _docs(text) == [("321/BXD-KTXD", "Bộ trưởng Trần Văn Hùng", None)]


def test_a_name_without_a_title_signing_is_no_issuer():
    text = "Sau đó, ông Trần Văn Hùng tiếp tục ký Công văn số 321/BXD-KTXD gửi các tỉnh."
    assert _docs(text) == [("321/BXD-KTXD", None, None)]
