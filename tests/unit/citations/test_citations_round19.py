"""Issue 14, nineteenth round: general shapes behind the fresh27 misses (vietnews articles),
made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


# --- an office holder's title in lower case before his body ---------------------------------------


def test_a_lower_case_title_before_a_body_after_cua_is_the_issuer():
    found = cited_documents(
        "Đoàn kiểm tra làm việc theo Quyết định 512/QĐ-BTC của bộ trưởng Bộ Tài chính."
    )
    assert found == [("512/QĐ-BTC", "bộ trưởng Bộ Tài chính", None)]
    found = cited_documents(
        "Việc cấp phép dựa trên Quyết định số 88/QĐ-NHNN của thống đốc Ngân hàng Nhà nước."
    )
    assert found == [("88/QĐ-NHNN", "thống đốc Ngân hàng Nhà nước", None)]
    # a number-only reference keeps that issuer too
    assert _refs("Trường được lập theo quyết định số 77 của thứ trưởng Bộ Y tế.") == [
        ("Quyết định 77", None, "thứ trưởng Bộ Y tế")
    ]


def test_a_lower_case_title_ending_another_word_or_a_common_word_is_no_issuer():
    # "toàn bộ trưởng …" is no title
    found = cited_documents("Theo Quyết định 512/QĐ-BTC của toàn bộ trưởng Bộ Tài chính.")
    assert found == [("512/QĐ-BTC", None, None)]
    # "trưởng" alone in lower case is a common word, not read as a title
    found = cited_documents("Theo Quyết định 512/QĐ-BTC của trưởng Bộ Tài chính.")
    assert found == [("512/QĐ-BTC", None, None)]


# --- a full date in brackets after the words that name the day ------------------------------------


def test_a_full_date_in_brackets_before_the_subject_is_the_codes():
    found = cited_documents(
        "Ngay ngày đầu tiên của năm mới (01/01/2019), Chính phủ ban hành Nghị quyết 02/NQ-CP về "
        "cải thiện môi trường kinh doanh."
    )
    assert found == [("02/NQ-CP", "Chính phủ", "2019-01-01")]
    found = cited_documents(
        "Hôm qua (5/3/2018), UBND tỉnh đã có Công văn số 12/UBND-KT gửi các sở."
    )
    assert found == [("12/UBND-KT", "UBND tỉnh", "2018-03-05")]


def test_a_bracket_that_is_not_a_full_date_alone_gives_no_date():
    # no comma after the bracket: not set off before the subject
    found = cited_documents("Hôm qua (5/3/2018) UBND tỉnh đã có Công văn số 12/UBND-KT gửi các sở.")
    assert found == [("12/UBND-KT", "UBND tỉnh", None)]
    # more than a date in the brackets: a person's birth date is not the document's
    found = cited_documents(
        "Ông Trần Văn A (sinh 5/3/1970), Chủ tịch UBND tỉnh đã ký Quyết định số 12/QĐ-UBND."
    )
    assert [f[2] for f in found] == [None]


# --- a ministry as the subject that issues a circular by number and year -------------------------


def test_the_ministry_issuing_a_circular_by_number_and_year_fixes_its_code():
    refs = _refs("Bộ Tài chính vừa ban hành Thông tư 58/2019 hướng dẫn về thuế.")
    assert refs == [("Thông tư 58/2019", "58/2019/TT-BTC", "Bộ Tài chính")]
    # a number of twelve or less is a circular's too when its ministry issues it
    refs = _refs("Bộ Công thương cũng đã ban hành Thông tư 03/2018 về xuất xứ hàng hoá.")
    assert refs == [("Thông tư 03/2018", "03/2018/TT-BCT", "Bộ Công thương")]
    # the year in words, as after "của"
    refs = _refs("Bộ Tư pháp mới ban hành thông tư 15 năm 2014 về hộ tịch.")
    assert [r[1] for r in refs] == ["15/2014/TT-BTP"]


def test_a_ministry_named_by_its_abbreviation_or_short_name_fixes_the_code():
    refs = _refs("Bộ GTVT đã ban hành Thông tư 21/2017 về đăng kiểm.")
    assert [r[1] for r in refs] == ["21/2017/TT-BGTVT"]
    assert [r[1] for r in _refs("Theo Thông tư 21/2016 của Bộ NN&PTNT, việc này bị cấm.")] == [
        "21/2016/TT-BNNPTNT"
    ]
    refs = _refs("Bộ Nông nghiệp cũng vừa ban hành Thông tư 02/2017 về thức ăn chăn nuôi.")
    assert refs == [("Thông tư 02/2017", "02/2017/TT-BNNPTNT", "Bộ Nông nghiệp")]
    # "Bộ Nông nghiệp" in 2025 may be either ministry of that year: open
    assert [r[1] for r in _refs("Thông tư 25/2025 của Bộ Nông nghiệp quy định rõ.")] == [None]


def test_a_subject_that_is_no_ministry_or_does_not_issue_the_circular_leaves_it_open():
    # a province issues no circular: the number-and-year reference stays open
    assert [r[1] for r in _refs("UBND tỉnh vừa ban hành Thông tư số 12/2019 về đất đai.")] == [None]
    # the circular a ministry's circular adjusts is not fixed by that ministry
    refs = _refs("Bộ Y tế vừa ban hành Thông tư 18/2019 điều chỉnh thông tư 41/2011.")
    assert refs == [
        ("Thông tư 18/2019", "18/2019/TT-BYT", "Bộ Y tế"),
        ("Thông tư 41/2011", None, None),
    ]
    # a ministry drafting a replacement does not fix the circular it replaces
    refs = _refs("Bộ Tư pháp đang lấy ý kiến về Dự thảo Thông tư thay thế Thông tư số 10/2014.")
    assert [r[1] for r in refs] == [None]
    # "Bộ Nông nghiệp và PTNT" is still read whole
    found = cited_documents(
        "Theo Quyết định số 27/QĐ-BNN ngày 2/1/2010 của Bộ Nông nghiệp và PTNT."
    )
    assert found == [("27/QĐ-BNN", "Bộ Nông nghiệp và PTNT", "2010-01-02")]


# --- the national congress by its Roman number right after "Đảng" ---------------------------------


def test_a_congress_with_its_roman_number_right_after_dang_is_the_national_one():
    refs = _refs("Việc này được nêu tại Nghị quyết Đại hội Đảng XI và các văn bản khác.")
    assert [r[0] for r in refs] == ["Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI"]


def test_a_local_party_congress_stays_local():
    refs = _refs("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, tỉnh đã làm.")
    assert [r[0] for r in refs] == ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV"]


# --- a lower-case noun after a preposition, then a bare number ------------------------------------


def test_a_lower_case_noun_after_a_preposition_and_a_bare_number_is_a_reference():
    refs = _refs("Sau đó giá đất được điều chỉnh bằng quyết định 05, rồi bằng quyết định số 21.")
    assert [r[0] for r in refs] == ["Quyết định 05", "Quyết định 21"]
    assert [r[0] for r in _refs("Xã đã làm theo kết luận 12.")] == ["Kết luận 12"]


def test_a_count_or_a_verb_after_a_preposition_is_no_reference():
    assert _refs("Họ làm theo quy định 5 năm một lần.") == []
    assert _refs("Ông quyết định 02 người ở lại.") == []
    # a year after the noun
    assert _refs("Việc này làm theo kế hoạch 2019.") == []


# --- a numbered resolution, its date, then its plenum without a term -----------------------------


def test_a_numbered_resolution_dated_before_its_plenum_takes_the_term_of_that_date():
    refs = _refs(
        "Chính phủ ban hành chương trình thực hiện Nghị quyết 27 ngày 21-5-2018 của Hội nghị lần "
        "thứ 7 Ban Chấp hành Trung ương về cải cách tiền lương."
    )
    assert [r[:2] for r in refs] == [("Nghị quyết 27 Hội nghị Trung ương 7", "27-NQ/TW")]


def test_a_date_before_the_plenum_met_or_without_a_year_leaves_it_open():
    # plenum 7 of the term in office in May 2012 had not met: no resolution
    refs = _refs(
        "Thực hiện Nghị quyết 27 ngày 21-5-2012 của Hội nghị lần thứ 7 Ban Chấp hành Trung ương."
    )
    assert [r[1] for r in refs] == [None]
    # a day and month only: no term from it, open as before
    refs = _refs(
        "Thực hiện Nghị quyết 27 ngày 21-5 của Hội nghị lần thứ 7 Ban Chấp hành Trung ương."
    )
    assert [r[1] for r in refs] == [None]


# --- a National Assembly code printed without its year --------------------------------------------


def test_a_national_assembly_code_without_its_year_after_its_noun_is_a_citation():
    found = cited_documents(
        "Việc đổi mới sách giáo khoa làm theo Nghị quyết số 88/QH13 của Quốc hội về chương trình."
    )
    assert found == [("88/QH13", "Quốc hội", None)]
    assert cited_documents("Luật số 45/QH13 về đất đai có hiệu lực.") == [("45/QH13", None, None)]
    found = cited_documents("Theo Nghị quyết số 35/UBTVQH14, việc sắp xếp được làm ngay.")
    assert found == [("35/UBTVQH14", None, None)]


def test_other_short_codes_after_a_resolution_stay_unread():
    # a short Party code would be read as a State one: still not read
    assert cited_documents("Nghị quyết số 32/BCT của Bộ Chính trị đã nêu.") == []
    # no noun: a short code alone is too weak
    assert cited_documents("Xem thêm 88/QH13 trong phụ lục.") == []


# --- two bodies, then "cùng" before the verb ------------------------------------------------------


def test_two_bodies_that_issue_a_document_together_are_its_issuer():
    found = cited_documents(
        "Theo sở, ngày 5/6/2015, Tỉnh uỷ Gia Lai và Tỉnh uỷ Kon Tum đã cùng ký Kết luận "
        "12-KL/TUGL-TUKT về hợp tác."
    )
    assert found == [("12-KL/TUGL-TUKT", "Tỉnh uỷ Gia Lai và Tỉnh uỷ Kon Tum", "2015-06-05")]
    found = cited_documents(
        "Bộ Tài chính và Bộ Y tế đã cùng ban hành Thông tư liên tịch số 37/2015/TTLT-BYT-BTC."
    )
    assert found == [("37/2015/TTLT-BYT-BTC", "Bộ Tài chính và Bộ Y tế", None)]


def test_cung_after_something_that_is_no_pair_of_bodies_gives_no_issuer():
    # a person and a body: no joint issuer read
    found = cited_documents("Ông Nam và Bộ Y tế đã cùng ký Quyết định số 12/QĐ-BYT.")
    assert found == [("12/QĐ-BYT", None, None)]
    # words between "cùng" and the verb: not this shape
    found = cited_documents("Bộ Tài chính và Bộ Y tế cùng nhau ký Quyết định số 12/QĐ-BYT.")
    assert found == [("12/QĐ-BYT", None, None)]


# --- a ministry's two-part name joined by a dash ------------------------------------------------


def test_a_ministry_named_with_a_dash_and_lower_case_words_is_read_whole():
    refs = _refs("Giá đất tính theo thông tư 36 năm 2014 của Bộ Tài nguyên - môi trường về giá.")
    assert refs == [("Thông tư 36/2014", "36/2014/TT-BTNMT", "Bộ Tài nguyên - môi trường")]
    found = cited_documents("Theo Quyết định số 12/QĐ-BGDĐT của Bộ Giáo dục - đào tạo, việc xong.")
    assert found == [("12/QĐ-BGDĐT", "Bộ Giáo dục - đào tạo", None)]


def test_a_dash_between_two_ministries_still_joins_two_bodies():
    found = cited_documents(
        "Theo Thông tư liên tịch số 37/2015/TTLT-BYT-BTC của Bộ Y tế - Bộ Tài chính, giá tăng."
    )
    assert found == [("37/2015/TTLT-BYT-BTC", "Bộ Y tế - Bộ Tài chính", None)]
