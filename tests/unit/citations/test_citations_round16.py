"""Issue 14, sixteenth round: general shapes behind the fresh20 and fresh21 misses (vietnews
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


# --- a type noun with its last tone mark dropped -------------------------------------------------


def test_a_decision_noun_typed_without_its_tone_mark_keeps_subject_and_date():
    found = cited_documents(
        "Sau đó, UBND tỉnh ban hành Quyết đinh số 512/QĐ-UBND ngày 3/4/2018 về việc thu hồi đất."
    )
    assert found == [("512/QĐ-UBND", "UBND tỉnh", "2018-04-03")]
    found = cited_documents("Theo Nghị đinh số 45/2019/NĐ-CP ngày 2/5/2019 của Chính phủ, từ nay.")
    assert found == [("45/2019/NĐ-CP", "Chính phủ", "2019-05-02")]


# --- a lower-case noun that is never a verb, and a bare number -----------------------------------


def test_a_lower_case_decree_or_directive_by_number_is_a_reference_without_an_issuer():
    refs = _refs("Cơ quan chức năng xử phạt theo nghị định 57 về xử phạt trong lĩnh vực đê điều.")
    assert refs == [("Nghị định 57", None, ["nghị định 57"])]
    refs = _refs("Với chỉ thị 07 của NH Nhà nước, các ngân hàng phải giảm room tín dụng.")
    assert [r[0] for r in refs] == ["Chỉ thị 07"]
    refs = _refs("Nhiều ý kiến cho rằng thông tư 22, nếu áp dụng ngay, sẽ gây khó.")
    assert [r[0] for r in refs] == ["Thông tư 22"]


def test_a_lower_case_noun_before_a_count_a_year_or_a_verb_stays_as_before():
    # a noun that may be a verb, before a counted noun
    assert _refs("Hội đồng quy định 5 nhóm đối tượng được hưởng.") == []
    # a count after a never-verb noun: "nghị quyết 2 năm" reads on as a phrase, not a reference
    assert _refs("Sau khi thực hiện nghị quyết 2 năm liền, tỉnh đã có kết quả.") == []
    # a year is no number of a document
    assert _refs("Theo nghị quyết 2019, các tỉnh phải báo cáo.") == []


# --- the police of a province with "công an" in lower case ---------------------------------------


def test_a_provinces_police_printed_in_lower_case_is_the_letters_issuer():
    found = cited_documents("Ngày 5/6, công an tỉnh Hà Nam có công văn số 77/CAT-PC45 gửi Sở Y tế.")
    assert found == [("77/CAT-PC45", "công an tỉnh Hà Nam", None)]


def test_lower_case_police_without_a_place_and_a_count_after_a_verb_noun_stay_as_before():
    # "công an xã" alone, without a capitalised place, is no body
    found = cited_documents("Ngày 5/6, công an xã có công văn số 77/CAT-PC45 gửi Sở Y tế.")
    assert found == [("77/CAT-PC45", None, None)]
    # a body before a lower-case noun that may be a verb, a number and the noun it counts
    assert _refs("Ngày 5/6, công an tỉnh Hà Nam ra kết luận 118 thùng hoá chất là vô chủ.") == []


# --- a department with "cục" in lower case ------------------------------------------------------


def test_a_department_with_lower_case_cuc_is_an_issuer():
    found = cited_documents(
        "Theo công văn số 915/CT-TTHT ngày 2/3/2017 của cục Thuế tỉnh Bình Dương, các doanh nghiệp."
    )
    assert found == [("915/CT-TTHT", "cục Thuế tỉnh Bình Dương", "2017-03-02")]
    found = cited_documents("Ngày 8/9, tổng cục Hải quan có công văn số 4321/TCHQ-GSQL gửi cục.")
    assert found == [("4321/TCHQ-GSQL", "tổng cục Hải quan", None)]


def test_kết_cục_and_bố_cục_are_no_department():
    found = cited_documents("Đó là kết cục Thế giới thấy rõ, theo Quyết định số 12/QĐ-UBND.")
    assert found == [("12/QĐ-UBND", None, None)]


# --- a committee's code printed with its place ---------------------------------------------------


def test_a_committees_code_printed_with_its_place_keeps_its_date_and_issuer():
    found = cited_documents(
        "Căn cứ quyết định số 15/2018/QĐ-UBND tỉnh Bến Tre ngày 4-5-2018 của UBND tỉnh Bến Tre về "
        "việc ban hành quy định."
    )
    assert found == [("15/2018/QĐ-UBND", "UBND tỉnh Bến Tre", "2018-05-04")]


def test_a_place_after_a_code_that_is_not_a_committees_stays_as_before():
    # the place right after a ministry's code is no part of it
    found = cited_documents("Theo Công văn số 12/BTC-QLG tỉnh Bến Tre ngày 4-5-2018 của Sở.")
    assert found[0][0] == "12/BTC-QLG"
    assert found[0][2] is None
    # a place followed by something else than a date or "của" is left alone
    found = cited_documents("Theo Quyết định số 12/QĐ-UBND tỉnh Long An, dự án bị thu hồi.")
    assert found == [("12/QĐ-UBND", None, None)]


# --- a ministry's circular by number and year -----------------------------------------------------


def test_a_circular_by_number_and_year_with_its_ministry_resolves_to_its_one_code():
    refs = _refs("Theo Thông tư 10/2018 của Bộ Công thương, từ nay các cửa hàng phải đăng ký.")
    assert refs == [("Thông tư 10/2018", "10/2018/TT-BCT", ["Thông tư 10/2018"])]
    refs = _refs("Thông tư 36/2014 của Bộ Tài nguyên và Môi trường quy định giá đất.")
    assert [r[1] for r in refs] == ["36/2014/TT-BTNMT"]


def test_a_circular_without_a_ministry_or_before_1998_stays_open():
    assert [r[1] for r in _refs("Theo Thông tư 17/2012 thì khác.")] == [None]
    assert [r[1] for r in _refs("Theo Thông tư 20/2015 của Sở Y tế, từ nay.")] == [None]
    assert [r[1] for r in _refs("Theo Thông tư 94/1997 của Bộ Tài chính, từ nay.")] == [None]
    # a small number and a year without a ministry may be a month
    assert _refs("Các thông tư 05/2017 thì khác.") == []


# --- a full date printed without "ngày" before the subject ----------------------------------------


def test_a_full_date_without_ngay_set_off_before_the_subject_is_the_documents_date():
    found = cited_documents(
        "Sau đó, đến 15/8/2017, Tỉnh uỷ Nam Định ra Thông báo số 88-TB/TU về việc này."
    )
    assert found == [("88-TB/TU", "Tỉnh uỷ Nam Định", "2017-08-15")]


def test_a_date_without_a_year_or_without_a_comma_stays_as_before():
    found = cited_documents("Sau đó, đến 15/8, Tỉnh uỷ Nam Định ra Thông báo số 88-TB/TU.")
    assert found == [("88-TB/TU", "Tỉnh uỷ Nam Định", None)]
    found = cited_documents("Đến 15/8/2017 Tỉnh uỷ Nam Định ra Thông báo số 88-TB/TU.")
    assert found == [("88-TB/TU", "Tỉnh uỷ Nam Định", None)]


# --- a parent body in brackets between the issuer and the date -----------------------------------


def test_a_parent_ministry_in_brackets_after_the_issuer_keeps_the_date_after_it():
    found = cited_documents(
        "Theo Văn bản 45/TB-C08 của Cục Cảnh sát hình sự (bộ Công an) ngày 2/3/2018 về việc này."
    )
    assert found == [("45/TB-C08", "Cục Cảnh sát hình sự", "2018-03-02")]


def test_other_words_in_brackets_after_the_issuer_stay_as_before():
    found = cited_documents(
        "Theo Văn bản 45/TB-C08 của Cục Cảnh sát hình sự (đã giải thể) ngày 2/3/2018 về việc này."
    )
    assert found == [("45/TB-C08", "Cục Cảnh sát hình sự", None)]


# --- "Văn bản N" after "Văn bản N/…" -----------------------------------------------------------


def _mentions(text: str, doc_id: str) -> list[str]:
    return [m.text for d in citations.extract(text).documents if d.id == doc_id for m in d.mentions]


def test_a_letter_by_number_after_its_code_printed_with_van_ban_names_it_again():
    text = (
        "Viện kiểm sát đưa ra Văn bản 4417/TB-C45 của Cục Cảnh sát hình sự ngày 2/3/2018. "
        "Luật sư cho rằng Văn bản 4417 là một thông báo."
    )
    assert _mentions(text, "4417/TB-C45") == ["Văn bản 4417/TB-C45", "Văn bản 4417"]


def test_van_ban_and_a_number_without_such_a_code_before_stays_as_before():
    # the code printed with another noun, or a short number, or only after
    text = "Theo Thông báo 4417/TB-C45 ngày 2/3/2018, văn bản 4417 là một thông báo."
    assert _mentions(text, "4417/TB-C45") == ["Thông báo 4417/TB-C45"]
    text = "Văn bản 12/TB-C45 của Cục ngày 2/3/2018. Văn bản 12 là một thông báo."
    assert _mentions(text, "12/TB-C45") == ["Văn bản 12/TB-C45"]
    text = "Văn bản 4417 là một thông báo. Sau đó có Văn bản 4417/TB-C45 của Cục."
    assert _mentions(text, "4417/TB-C45") == ["Văn bản 4417/TB-C45"]
