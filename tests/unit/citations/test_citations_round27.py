"""Issue 14, twenty-seventh round: general shapes behind the fresh43 misses and the left-overs of
the twenty-sixth round (vietnews articles), made-up sentences of the same shape, with the cases
that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents as _docs

# --- a department whose name has lower-case words before its place ---------------------------


def test_a_department_with_lower_case_words_before_its_place_is_read_whole():
    text = "Dự án thực hiện theo văn bản số 51/QHKT-P2 của Sở Quy hoạch kiến trúc Đà Nẵng về việc."
    assert _docs(text) == [("51/QHKT-P2", "Sở Quy hoạch kiến trúc Đà Nẵng", None)]


def test_the_same_department_as_the_subject_and_in_lower_case():
    text = "Sở Ngoại vụ lãnh sự Cần Thơ đã có văn bản số 8/NV-LS gửi các đơn vị."
    assert _docs(text) == [("8/NV-LS", "Sở Ngoại vụ lãnh sự Cần Thơ", None)]
    text = (
        "Theo hướng dẫn của sở Quy hoạch kiến trúc thành phố Huế tại văn bản số 9/QHKT"
        " ngày 2/3/2016."
    )
    assert _docs(text) == [("9/QHKT", "sở Quy hoạch kiến trúc thành phố Huế", "2016-03-02")]


def test_a_ministry_named_department_and_a_clause_after_a_department_read_as_before():
    text = "Theo văn bản số 34/STC-QLG của Sở Tài chính Hà Nội về giá."
    assert _docs(text) == [("34/STC-QLG", "Sở Tài chính Hà Nội", None)]
    # lower-case words that open a clause, or a body after them, are no part of the name
    text = "Sở Du lịch phối hợp Công an tỉnh ra Quyết định số 12/QĐ-SDL về việc."
    assert _docs(text) == [("12/QĐ-SDL", "Công an tỉnh", None)]
    text = "Theo văn bản số 34/SDL của Sở Du lịch gửi UBND tỉnh."
    assert _docs(text)[0][1] != "Sở Du lịch gửi UBND tỉnh"


# --- "liên quan" ends a body's name ------------------------------------------------------------


def test_what_a_document_concerns_is_no_part_of_its_issuers_name():
    text = (
        "Bộ huỷ Quyết định số 41/QĐ-QLCL ngày 2/4/2015 của Cục trưởng cục Quản lý chất lượng"
        " liên quan đến việc bổ nhiệm ông A."
    )
    assert _docs(text) == [("41/QĐ-QLCL", "Cục trưởng cục Quản lý chất lượng", "2015-04-02")]
    text = "Theo Quyết định số 13/QĐ-QLT của Cục Quản lý thị trường liên quan tới việc xử phạt."
    assert _docs(text) == [("13/QĐ-QLT", "Cục Quản lý thị trường", None)]


def test_other_lower_case_name_words_are_read_as_before():
    text = "Theo văn bản số 12/LN-X của Ban Chỉ đạo liên ngành Hà Nội."
    assert _docs(text) == [("12/LN-X", "Ban Chỉ đạo liên ngành Hà Nội", None)]


# --- the passive agent after a title opened by "phê duyệt" ------------------------------------


def test_the_agent_after_an_approving_title_is_the_issuer():
    text = (
        "Sân bay mới ra đời theo quyết định 318/QĐ-TTg phê duyệt Quy hoạch phát triển cảng"
        " hàng không đến năm 2030, tầm nhìn 2050 vừa được Phó Thủ tướng Lê Văn Thành ký ban hành."
    )
    assert _docs(text) == [("318/QĐ-TTg", "Phó Thủ tướng Lê Văn Thành", None)]
    text = "Quyết định số 12/QĐ-UBND phê duyệt dự án đã được UBND tỉnh Nam Định ký ngày 3/4/2018."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Nam Định", "2018-04-03")]


def test_an_agent_of_another_verb_after_an_approving_title_is_no_issuer():
    text = "Theo quyết định 12/QĐ-UBND phê duyệt dự án, ông A được UBND huyện giao đất."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]


# --- a signer after "do" past the title, with "vừa" and "kí" -----------------------------------


def test_a_signer_after_the_title_with_an_adverb_and_the_other_spelling():
    text = (
        "Nội dung nêu trong văn bản số 208/UBND-VX về việc thu học phí do ông Lê Văn An, phó chủ"
        " tịch UBND tỉnh Nam Định vừa kí."
    )
    assert _docs(text) == [("208/UBND-VX", "phó chủ tịch UBND tỉnh Nam Định", None)]
    text = "Văn bản số 12/UBND-X do ông Lê An, Phó Chủ tịch UBND tỉnh đã ký."
    assert _docs(text) == [("12/UBND-X", "Phó Chủ tịch UBND tỉnh", None)]


def test_a_proposer_after_the_title_or_a_signer_of_another_code_is_no_issuer():
    text = "Theo văn bản số 12/UBND-X về việc thu phí do sở Tài chính đề xuất, ông A ký."
    assert _docs(text) == [("12/UBND-X", None, None)]
    text = (
        "Văn bản số 12/UBND-X về việc thực hiện Quyết định số 34/QĐ-UBND do ông Lê An, Chủ tịch"
        " UBND tỉnh ký."
    )
    assert _docs(text)[0] == ("12/UBND-X", None, None)


# --- "Luật" naming a profession, "Kế hoạch" in the district's department of finance ----------


def test_a_law_office_and_an_association_of_jurists_are_read():
    text = "Sau đó, bà Hoa được Văn phòng Luật sư Minh Tâm ra quyết định số 07/QĐ-VPLS cử bào chữa."
    assert _docs(text) == [("07/QĐ-VPLS", "Văn phòng Luật sư Minh Tâm", None)]
    text = "Thực hiện kế hoạch số 31/KH-HLG của Hội Luật gia tỉnh Bình Định về tuyên truyền."
    assert _docs(text) == [("31/KH-HLG", "Hội Luật gia tỉnh Bình Định", None)]


def test_the_department_of_finance_and_planning_is_read_whole():
    text = "Theo báo cáo số 45/BC-TCKH của Phòng Tài chính – Kế hoạch huyện Ba Vì, còn thiếu vốn."
    assert _docs(text) == [("45/BC-TCKH", "Phòng Tài chính - Kế hoạch huyện Ba Vì", None)]


def test_a_document_after_a_body_is_still_no_name_word():
    text = "Theo văn bản số 12/STP của Sở Tư pháp Luật Đất đai quy định."
    assert _docs(text) == [("12/STP", "Sở Tư pháp", None)]
    text = "Theo văn bản số 12/UBND của UBND tỉnh Kế hoạch số 5 nêu."
    assert _docs(text) == [("12/UBND", "UBND tỉnh", None)]


# --- a second number after "và" under the same noun --------------------------------------------


def _refs(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (r.label, r.resolves_to, r.issuer, r.mentions[0].text)
        for r in citations.extract(text).references
    ]


def test_a_second_number_after_va_is_a_reference_of_its_own():
    text = "Năm 2020, Chính phủ ban hành các nghị quyết số 01 và 02 vào ngày đầu năm."
    assert _refs(text) == [
        ("Nghị quyết 01", "01/NQ-CP", "Chính phủ", "nghị quyết số 01"),
        ("Nghị quyết 02", "02/NQ-CP", "Chính phủ", "02"),
    ]


def test_the_issuer_after_the_second_number_is_said_of_both():
    text = "Doanh nghiệp thực hiện nghị định 52 và 97 của chính phủ về xử phạt."
    assert _refs(text) == [
        ("Nghị định 52", None, "chính phủ", "nghị định 52"),
        ("Nghị định 97", None, "chính phủ", "97"),
    ]


def test_a_number_after_va_that_counts_something_is_no_reference():
    assert [r[0] for r in _refs("Theo nghị định 68 và 12 tháng sau đó, công ty nộp phạt.")] == [
        "Nghị định 68"
    ]
    assert _refs("Theo Điều 5 và 6 của luật này.") == []
