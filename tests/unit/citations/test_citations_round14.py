"""Issue 14, fourteenth round: general shapes behind the fresh17 misses (and the fresh16 ones
left by round 13), made-up sentences of the same shape, with the cases that must stay as they
were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents

# --- the body that issued it, as the subject after the title ------------------------------------


def test_the_subject_that_ends_the_sentence_after_the_title_is_the_issuer():
    found = cited_documents(
        "Để thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh Bộ Chính trị đưa ra."
    )
    assert found == [("05-CT/TW", "Bộ Chính trị", None)]
    found = cited_documents(
        "Thông tư số 02/2021/TT-BNV quy định mã số, tiêu chuẩn chuyên môn do Bộ Nội vụ ban "
        "hành, có hiệu lực từ ngày 1/7."
    )
    assert found == [("02/2021/TT-BNV", "Bộ Nội vụ", None)]


def test_a_body_that_opens_a_new_clause_after_the_title_is_not_the_issuer():
    found = cited_documents(
        "Thực hiện Công văn số 123/BYT-KCB về phòng chống dịch, UBND tỉnh đã ban hành Kế hoạch "
        "triển khai."
    )
    assert found == [("123/BYT-KCB", None, None)]


# --- a day and month without a year between the code and its issuer ----------------------------


def test_a_day_and_month_between_the_code_and_of_body_gives_the_issuer_and_no_date():
    found = cited_documents(
        "Thực hiện Công điện số 600/CĐ-TTg, ngày 5/5 của Thủ tướng Chính phủ về phòng, chống dịch."
    )
    assert found == [("600/CĐ-TTg", "Thủ tướng Chính phủ", None)]
    # a full date there is read as before
    assert cited_documents("Công văn số 12/UBND-VX ngày 3/4/2021 của UBND tỉnh Nam Định.") == [
        ("12/UBND-VX", "UBND tỉnh Nam Định", "2021-04-03")
    ]


# --- a proposal opens a clause: the name ends before "đề nghị" ----------------------------------


def test_a_name_in_sentence_case_ends_before_de_nghi():
    found = cited_documents(
        "Trong công văn số 45/CV-HKH ngày 2/3/2021, Hội Khuyến học tỉnh Nam Định đề nghị UBND "
        "huyện Ý Yên xem xét."
    )
    assert found == [("45/CV-HKH", "Hội Khuyến học tỉnh Nam Định", "2021-03-02")]
    found = cited_documents(
        "Trong văn bản số 7/CV-HNDVN ngày 4/1/2021, Hội Người mù Việt Nam kiến nghị Bộ Tài chính "
        "xem xét."
    )
    assert found == [("7/CV-HNDVN", "Hội Người mù Việt Nam", "2021-01-04")]


# --- the subject that decides by the document after "Theo <document>," -------------------------


def test_the_subject_deciding_after_theo_document_is_the_issuer():
    found = cited_documents(
        "Theo Quyết định số 1200/QĐ-TTg, Thủ tướng Chính phủ đồng ý chủ trương đầu tư dự án."
    )
    assert found == [("1200/QĐ-TTg", "Thủ tướng Chính phủ", None)]
    found = cited_documents("Theo Thông tư số 05/2021/TT-BYT, Bộ Y tế cho phép bệnh viện tự chủ.")
    assert found == [("05/2021/TT-BYT", "Bộ Y tế", None)]


def test_after_theo_document_a_subject_that_does_not_decide_is_not_the_issuer():
    found = cited_documents("Theo Nghị định số 100/2019/NĐ-CP, người điều khiển xe bị phạt.")
    assert found == [("100/2019/NĐ-CP", None, None)]
    # a province does not decide by the Prime Minister's decision
    found = cited_documents("Theo Quyết định số 12/QĐ-TTg, UBND tỉnh quyết định giá đất.")
    assert found == [("12/QĐ-TTg", None, None)]
    found = cited_documents("Theo Quyết định số 316/QĐ-TTg, Bộ Công an yêu cầu các đơn vị …")
    assert found == [("316/QĐ-TTg", None, None)]


# --- "X quy định … tại <document>" --------------------------------------------------------------


def test_the_body_that_lays_down_a_rule_in_a_document_is_its_issuer():
    found = cited_documents(
        "Hiện nay, Chính phủ quy định về mức thu phí tại Nghị định số 120/2016/NĐ-CP."
    )
    assert found == [("120/2016/NĐ-CP", "Chính phủ", None)]
    found = cited_documents("Bộ Tài chính đã quy định rõ tại Thông tư số 78/2021/TT-BTC.")
    assert found == [("78/2021/TT-BTC", "Bộ Tài chính", None)]


def test_a_rule_applied_as_quy_dinh_tai_states_no_issuer():
    found = cited_documents(
        "Doanh nghiệp phải thực hiện theo quy định tại Nghị định 15/2020/NĐ-CP."
    )
    assert found == [("15/2020/NĐ-CP", None, None)]
    found = cited_documents("UBND tỉnh quy định tại Nghị định số 15/2020/NĐ-CP như sau.")
    assert found == [("15/2020/NĐ-CP", None, None)]


# --- an advertising permit's label in place of "số" --------------------------------------------


def test_a_yeared_code_after_an_advertising_permit_label_is_a_citation():
    found = cited_documents("Hotline: 1800 1234. GPQC: 1533/2021/XNQC-ATTP\nĐọc kỹ hướng dẫn.")
    assert [d[0] for d in found] == ["1533/2021/XNQC-ATTP"]
    # without a label or "số" such a code stays unread
    assert cited_documents("Mã: 1533/2021/XNQC-ATTP") == []


# --- more ways to say a body issued a document ---------------------------------------------------


def test_issuing_through_thong_qua_viec_ban_hanh_and_a_quoted_document():
    found = cited_documents(
        "Doanh nghiệp được hưởng lợi từ sự hỗ trợ của Bộ Công Thương thông qua việc ban hành "
        '"Quyết định số 2000/QĐ-BCT" về xúc tiến thương mại.'
    )
    assert found == [("2000/QĐ-BCT", "Bộ Công Thương", None)]


def test_len_ke_hoach_draws_up_a_plan_after_manner_adverbs():
    found = cited_documents(
        "Sở Y tế tỉnh Lào Cai đã chủ động lên Kế hoạch 52/KH-SYT ngày 3/3/2020 để triển khai."
    )
    assert found == [("52/KH-SYT", "Sở Y tế tỉnh Lào Cai", "2020-03-03")]
    # "lên" before a decision is not its issuing
    found = cited_documents("UBND tỉnh đưa lên Quyết định số 12/QĐ-UBND của Bộ.")
    assert [d[1] for d in found] != ["UBND tỉnh"]


# --- a decree's year written out after its number (fresh18, after its one held-out score) -------


def _decree_refs(text):
    return [
        (r.label, r.mentions[0].text, r.resolves_to, r.issuer)
        for r in citations.extract(text).references
    ]


def test_a_decree_with_nam_and_its_year_resolves_like_the_slash_form():
    assert _decree_refs(
        "theo quy định tại Điều 46 Nghị định số 06 năm 2021 của Chính phủ thì UBND tỉnh …"
    ) == [("Nghị định 06/2021", "Nghị định số 06 năm 2021", "06/2021/NĐ-CP", "Chính phủ")]
    assert _decree_refs("Nghị định 37/2021 của Chính phủ có hiệu lực.") == [
        ("Nghị định 37/2021", "Nghị định 37/2021", "37/2021/NĐ-CP", "Chính phủ")
    ]


def test_a_range_of_years_or_an_old_decree_is_not_resolved_by_nam():
    assert [r[2] for r in _decree_refs("Nghị định 5 năm 2021-2025 chưa có.")] == [None]
    assert _decree_refs("Nghị định 64 năm 1993 của Chính phủ.")[0][2] is None
