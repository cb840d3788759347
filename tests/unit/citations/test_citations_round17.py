"""Issue 14, seventeenth round: general shapes behind the fresh22 and fresh23 misses (vietnews
articles), made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents


def _refs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (r.label, r.resolves_to, [m.text for m in r.mentions])
        for r in citations.extract(text).references
    ]


# --- a circular by number and the year in words, with its ministry -------------------------------


def test_a_circular_by_number_and_year_in_words_with_its_ministry_resolves():
    refs = _refs("Doanh nghiệp kê khai theo thông tư 58 năm 2009 của Bộ Tài chính về thuế.")
    assert [r[1] for r in refs] == ["58/2009/TT-BTC"]
    refs = _refs("Thông tư số 40 năm 2016 của Bộ Công thương quy định rõ điều này.")
    assert [r[1] for r in refs] == ["40/2016/TT-BCT"]


def test_a_number_and_year_in_words_without_a_ministry_or_of_a_council_stays_open():
    # no ministry: the number alone, open as before
    assert [r[1] for r in _refs("Việc này làm theo thông tư 58 năm 2009, đã hết hiệu lực.")] == [
        None
    ]
    # a council's resolution: open, and still read as before
    refs = _refs("Nghị quyết 21 năm 2013 của HĐND thành phố quy định mức thu.")
    assert [r[1] for r in refs] == [None]
    # before 1998 a circular's code had no year
    assert [r[1] for r in _refs("theo thông tư 12 năm 1995 của Bộ Tài chính.")] == [None]


# --- a lower-case never-verb noun, a number and a verb only a document does ----------------------


def test_a_lower_case_decree_by_number_going_on_with_guiding_or_a_bracket_is_a_reference():
    refs = _refs("Sở Y tế đang chờ nghị định 79 hướng dẫn thi hành Luật khám bệnh.")
    assert refs == [("Nghị định 79", None, ["nghị định 79"])]
    refs = _refs("Doanh nghiệp góp ý về nghị định 37 (có hiệu lực từ ngày 1-7) khá nhiều.")
    assert refs == [("Nghị định 37", None, ["nghị định 37"])]


def test_a_lower_case_never_verb_noun_before_a_bracketed_count_stays_as_before():
    assert _refs("Sau khi thực hiện nghị quyết 2 (2 năm liền) tỉnh đã có kết quả.") == []
    assert cited_documents("Hội đồng quy định 5 hướng dẫn viên cho mỗi đoàn.") == []


# --- a commune's committee with its district after a comma, as the subject -----------------------


def test_a_communes_committee_with_its_district_after_a_comma_is_the_subject():
    found = cited_documents(
        "Ngày 3/4, UBND xã Hoà Phú, huyện Hoà Vang đã ra thông báo số 41/TB-UBND gửi các hộ dân."
    )
    assert found == [("41/TB-UBND", "UBND xã Hoà Phú", None)]
    found = cited_documents(
        "UBND phường Tân An, thành phố Buôn Ma Thuột vừa ban hành Quyết định số 12/QĐ-UBND về việc."
    )
    assert found == [("12/QĐ-UBND", "UBND phường Tân An", None)]


def test_a_comma_before_a_lower_case_word_or_a_second_body_is_no_parent_place():
    found = cited_documents("UBND xã Hoà Phú, nơi có dự án, đã ra thông báo số 41/TB-UBND.")
    assert found == [("41/TB-UBND", None, None)]


# --- a day and month without a year after a code that holds its year ------------------------------


def test_a_day_and_month_after_a_code_with_its_year_take_the_codes_year():
    found = cited_documents("Theo Nghị định 24/2014/NĐ-CP ngày 4/4 của Chính phủ, các sở phải.")
    assert found == [("24/2014/NĐ-CP", "Chính phủ", "2014-04-04")]


def test_a_day_and_month_after_a_code_without_a_year_or_an_impossible_day_stay_without_date():
    found = cited_documents("Theo Quyết định 1234/QĐ-UBND ngày 2/10 của UBND tỉnh, các sở phải.")
    assert found == [("1234/QĐ-UBND", "UBND tỉnh", None)]
    found = cited_documents("Theo Nghị định 24/2014/NĐ-CP ngày 31/2 của Chính phủ, các sở phải.")
    assert found == [("24/2014/NĐ-CP", "Chính phủ", None)]


# --- an office holder of a body named by its abbreviation, as the subject -------------------------


def test_an_office_before_an_abbreviated_body_is_the_subject():
    found = cited_documents("Mới đây, Thống đốc NHNN có Quyết định số 2040/QĐ-NHNN về việc đó.")
    assert found == [("2040/QĐ-NHNN", "Thống đốc NHNN", None)]
    found = cited_documents("Hôm qua, Chủ tịch HĐQT đã ký Quyết định số 15/QĐ-HĐQT về việc.")
    assert found == [("15/QĐ-HĐQT", "Chủ tịch HĐQT", None)]


def test_an_office_before_a_roman_numeral_is_no_subject():
    assert cited_documents("Chủ tịch II có Quyết định số 18/QĐ-HĐQT về việc.") == [
        ("18/QĐ-HĐQT", None, None)
    ]


# --- a company named by one word with a capital inside it, as the subject -------------------------


def test_a_company_named_in_one_camel_case_word_opening_the_clause_is_the_subject():
    found = cited_documents("Ngày 2/3/2018, SeABank đã có công văn số 88/2018/CV-SEAB gửi Bộ.")
    assert found == [("88/2018/CV-SEAB", "SeABank", "2018-03-02")]


def test_a_capitalised_word_without_a_capital_inside_is_no_company_subject():
    found = cited_documents("Ngày 2/3/2018, Vietnam đã có công văn số 88/2018/CV-SEAB gửi Bộ.")
    assert found == [("88/2018/CV-SEAB", None, None)]


# --- codes after bare numbers of a list, "cơ quan" in lower case, a described next item ----------


def test_a_code_after_bare_numbers_of_its_list_is_read_with_the_subject():
    found = cited_documents(
        "Ngày 2/7/2019, cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh đã ra các Quyết định khởi"
        " tố bị can số: 12; 13/CSĐT-PC02; Lệnh khám xét số: 7; 8/CSĐT-PC02 đối với hai người."
    )
    assert found == [
        ("13/CSĐT-PC02", "cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh", "2019-07-02"),
        ("8/CSĐT-PC02", "cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh", "2019-07-02"),
    ]


def test_the_date_opening_the_subjects_clause_goes_to_the_list_a_date_after_a_code_stays():
    found = cited_documents(
        "Ngày 5/3/2020, UBND tỉnh đã ban hành Quyết định số 40/QĐ-UBND về giá đất; Quyết định số"
        " 41/QĐ-UBND về phí; Quyết định số 42/QĐ-UBND ngày 1/3/2020 về lệ phí."
    )
    assert found == [
        ("40/QĐ-UBND", "UBND tỉnh", "2020-03-05"),
        ("41/QĐ-UBND", "UBND tỉnh", "2020-03-05"),
        ("42/QĐ-UBND", "UBND tỉnh", "2020-03-01"),
    ]
    found = cited_documents(
        "UBND tỉnh đã ban hành Quyết định số 40/QĐ-UBND ngày 5/3/2020 về giá đất; Quyết định số"
        " 41/QĐ-UBND về phí."
    )
    assert found == [("40/QĐ-UBND", "UBND tỉnh", "2020-03-05"), ("41/QĐ-UBND", "UBND tỉnh", None)]


def test_bare_numbers_without_a_so_and_general_agencies_stay_as_before():
    assert cited_documents("Có 12; 13/CSĐT-PC02 vụ việc được nêu.") == []
    found = cited_documents("Các cơ quan Nhà nước đã ban hành Quyết định số 15/QĐ-UBND về việc.")
    assert found == [("15/QĐ-UBND", None, None)]
