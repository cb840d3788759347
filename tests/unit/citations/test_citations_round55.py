"""Issue 14, fifty-fifth round: the rules written against issuer misses of older batches and
the misses of fresh99 (the round's training batch), on made-up sentences of the same shapes,
with the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents as _docs

# --- a plenum named without its number, by its term --------------------------------------------


def test_a_plenum_named_by_its_term_without_number_keeps_the_term_in_its_issuer():
    text = "Theo các Nghị quyết số 23-NQ/TW, số 24-NQ/TW của Hội nghị Trung ương Khoá XI; và …"
    assert _docs(text) == [
        ("23-NQ/TW", "Hội nghị Trung ương Khoá XI", None),
        ("24-NQ/TW", "Hội nghị Trung ương Khoá XI", None),
    ]
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương khóa XI về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương khóa XI", None)]
    assert [c.term for c in extract(text).documents] == ["XI"]


def test_a_plenum_with_its_number_or_without_a_term_is_read_as_before():
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương 6 khoá XI về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương 6", None)]
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương", None)]
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương, khoá XI về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương", None)]


# --- a contract by its code ---------------------------------------------------------------------


def test_a_contract_code_after_hop_dong_and_so_is_a_coded_citation_as_printed():
    text = "Theo hợp đồng hợp tác đầu tư số 15/HĐĐT/2012 và hợp đồng số 41/HĐĐT/2015 giữa hai bên."
    assert _docs(text) == [("15/HĐĐT/2012", None, None), ("41/HĐĐT/2015", None, None)]
    text = "Công ty A đã ký Hợp đồng số 031/HĐMB/ABC-XYZ với công ty B."
    assert _docs(text) == [("031/HĐMB/ABC-XYZ", None, None)]


def test_a_contract_shaped_code_without_hop_dong_and_so_reads_nothing():
    assert _docs("Mã lô 15/HĐĐT/2012 của kho đã được niêm phong.") == []
    assert _docs("Theo văn bản số 15/HĐĐT/2012 của công ty.") == []
    assert _docs("Theo hợp đồng 15/HĐĐT/2012 của công ty.") == []
    assert _docs("Hai bên ký hợp đồng với công ty B số 15/HĐĐT/2012.") == []
    assert _docs("Theo hợp đồng số 15/QĐKT/2012 của công ty.") == []


def test_a_contract_code_is_typed_as_a_contract():
    text = "Công ty A đã ký Hợp đồng số 031/HĐMB/ABC-XYZ với công ty B."
    assert [c.type for c in extract(text).documents] == ["Hợp đồng"]


# --- the Prime Minister or the Government right after a bare number -----------------------------


def _refs(text):
    return [(r.mentions[0].text, r.issuer, r.resolves_to) for r in extract(text).references]


def test_the_prime_minister_right_after_a_bare_number_closing_the_clause_is_its_issuer():
    text = "Theo quy hoạch cấp nước (quyết định 1234 Thủ tướng) đến năm 2025, tỉnh xây nhà máy."
    assert _refs(text) == [("quyết định 1234", "Thủ tướng", None)]
    text = "Mức phạt được tính theo nghị định 71 Chính phủ."
    assert _refs(text) == [("nghị định 71", "Chính phủ", None)]


def test_a_body_after_a_bare_number_opening_a_clause_or_after_a_counting_noun_reads_nothing():
    assert _refs("Sau khi có nghị quyết 15 Chính phủ đã giao việc cho bộ.") == []
    assert _refs("Cuộc họp bàn về quy định 5 Thủ tướng, bộ trưởng phải làm.") == []


# --- a body heard reporting, its submission in brackets at the clause's end --------------------


def test_a_body_heard_reporting_is_the_issuer_of_its_submission_in_brackets():
    text = (
        "Bộ Chính trị đã nghe Ban cán sự đảng Chính phủ báo cáo về định hướng phát triển, nâng"
        " cao chất lượng, hiệu quả quản lý và sử dụng vốn nhà nước trong doanh nghiệp đến năm 2030"
        " (Tờ trình số 615-TTr/BCSĐCP, ngày 12/3/2019)."
    )
    assert _docs(text) == [("615-TTr/BCSĐCP", "Ban cán sự đảng Chính phủ", "2019-03-12")]
    text = "Chính phủ đã nghe Bộ Tài chính báo cáo về thu ngân sách (Báo cáo số 88/BC-BTC)."
    assert _docs(text) == [("88/BC-BTC", "Bộ Tài chính", None)]


def test_a_heard_body_across_another_document_or_before_a_decision_is_no_issuer():
    text = "Hội nghị đã nghe Bộ Tài chính báo cáo theo Kết luận (Tờ trình số 12/TTr-UBND)."
    assert _docs(text) == [("12/TTr-UBND", None, None)]
    text = "Hội nghị đã nghe Bộ Tài chính báo cáo về thu ngân sách (Quyết định số 12/QĐ-UBND)."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]
    text = "Hội nghị đã gặp Bộ Tài chính báo cáo về thu ngân sách (Tờ trình số 12/TTr-UBND)."
    assert _docs(text) == [("12/TTr-UBND", None, None)]


# --- a number's letter split off by a space ------------------------------------------------------


def test_a_numbers_letter_split_off_before_a_spaced_code_is_read_with_the_number():
    text = "Ngày 5/3/2018, Bộ trưởng Bộ Y tế đã ký Quyết định số 1520 b / QĐ - BYT về danh mục."
    assert _docs(text) == [("1520b/QĐ-BYT", "Bộ trưởng Bộ Y tế", "2018-03-05")]
    assert _docs("Bãi bỏ tại Quyết định 1520 b / QĐ - BYT liên quan.") == [
        ("1520b/QĐ-BYT", None, None)
    ]


def test_a_split_letter_without_a_noun_or_so_or_a_capital_letter_reads_nothing_new():
    assert _docs("Mục 3 a / QĐ - BYT liên quan đến thuốc.") == []
    assert _docs("Quyết định số 1520 B / QĐ - BYT về danh mục.") == []


# --- a joint circular's code without its bodies' letters ---------------------------------------


def test_a_joint_circulars_code_without_its_bodies_letters_is_read_as_printed():
    text = "Theo Thông tư liên tịch 08/2015/TTLT ngày 3-4-2015 của Bộ Tài chính và Bộ Y tế."
    assert _docs(text) == [("08/2015/TTLT", "Bộ Tài chính và Bộ Y tế", "2015-04-03")]


def test_such_a_code_after_another_noun_or_cut_before_a_dot_reads_nothing():
    assert _docs("Theo Thông tư số 08/2015/TTLT ngày 3-4-2015 của bộ.") == []
    assert _docs("Theo Thông tư liên tịch số 08/2015/TTLT. BYT của bộ.") == []
    assert _docs("Theo Quyết định số 08/2015/QĐ ngày 3-4-2015 của bộ.") == []


# --- a number and year that may be a month, before the document's title -----------------------


def test_a_number_and_year_up_to_twelve_before_the_title_is_a_reference():
    text = "Bộ công bố dự thảo sửa đổi một số điều của thông tư 07/2016 quy định chế độ báo cáo."
    assert _refs(text) == [("thông tư 07/2016", None, None)]
    text = "Cục đang soạn thông tư thay thế Thông tư 03/2018 về danh mục thuốc bảo vệ thực vật."
    assert _refs(text) == [("Thông tư 03/2018", None, None)]


def test_a_number_and_year_up_to_twelve_before_anything_else_may_be_a_month_as_before():
    assert _refs("Theo Thông tư 07/2016, mức phạt tăng.") == []
    assert _refs("Bộ đã ban hành thông tư 7/2016 để áp dụng.") == []
