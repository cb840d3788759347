"""Issue 14, thirty-fourth round: the rules written against fresh57 and the left-overs of the
thirty-third round, on made-up sentences of the same shapes, with the cases that must stay as
they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents as _docs

# --- the body that grants a permit or a certificate -------------------------------------------


def test_the_agent_that_grants_a_permit_is_its_issuer():
    text = "Công ty đã được UBND quận 3 cấp giấy phép xây dựng số 12/GP-UBND ngày 3/4/2016."
    assert _docs(text) == [("12/GP-UBND", "UBND quận 3", "2016-04-03")]
    text = "Cơ sở đã được Sở Y tế cấp Giấy chứng nhận số 12/GCN-SYT ngày 3/4/2016."
    assert _docs(text) == [("12/GCN-SYT", "Sở Y tế", "2016-04-03")]
    text = "Ngày 3/4/2016, UBND quận 3 đã cấp giấy phép số 12/GP-UBND cho công ty."
    assert _docs(text) == [("12/GP-UBND", "UBND quận 3", "2016-04-03")]


def test_a_grant_of_no_document_or_without_agent_states_no_issuer():
    # "cấp" before no permit: funds granted by someone else's decision
    text = "Dự án được UBND tỉnh cấp vốn theo Quyết định số 12/QĐ-UBND ngày 3/4/2016."
    assert _docs(text) == [("12/QĐ-UBND", None, "2016-04-03")]
    # a permit granted, no agent printed
    text = "Công ty được cấp giấy phép số 12/GP-UBND ngày 3/4/2016."
    assert _docs(text) == [("12/GP-UBND", None, "2016-04-03")]


# --- a district named after "Q." ----------------------------------------------------------------


def test_a_district_after_q_dot_is_read_in_the_name():
    text = "Công ty đã được UBND Q. 3 cấp giấy phép xây dựng số 12/GP-UBND ngày 3/4/2016."
    assert _docs(text) == [("12/GP-UBND", "UBND Q. 3", "2016-04-03")]
    text = "UBND Q. 3 đã ban hành Quyết định số 12/QĐ-UBND về việc."
    assert _docs(text) == [("12/QĐ-UBND", "UBND Q. 3", None)]
    # after the code: the name is no longer cut at the dot ("UBND Q")
    text = "Theo Quyết định số 12/QĐ-UBND ngày 3/4/2016 của UBND Q. Bình Thạnh về việc."
    assert _docs(text) == [("12/QĐ-UBND", "UBND Q. Bình Thạnh", "2016-04-03")]


def test_other_q_dots_are_read_as_before():
    # written without a space, as before
    text = "UBND Q.3 đã ban hành Quyết định số 12/QĐ-UBND về việc."
    assert _docs(text) == [("12/QĐ-UBND", "UBND Q.3", None)]
    # a lower-case word after "Q.": no district
    text = "Theo Quyết định số 12/QĐ-UBND của ông Q. về việc."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]


# --- "trung ương" in lower case after a committee head, before the verb ------------------------


def test_the_central_committee_in_lower_case_before_the_verb_is_the_subject():
    text = "Ban Chấp hành trung ương đã ban hành Quy định số 12-QĐ/TW về nêu gương."
    assert _docs(text) == [("12-QĐ/TW", "Ban Chấp hành trung ương", None)]
    text = "Ngày 5/3/2019, Ban chấp hành trung ương Đảng ban hành Quy định số 12-QĐi/TW về việc."
    assert _docs(text) == [("12-QĐi/TW", "Ban chấp hành trung ương Đảng", "2019-03-05")]


def test_a_committee_before_the_verb_read_as_before():
    text = "Ban Chấp hành Trung ương đã ban hành Quy định số 12-QĐ/TW về nêu gương."
    assert _docs(text) == [("12-QĐ/TW", "Ban Chấp hành Trung ương", None)]
    # another body's name after "trung ương" as before
    text = "Ban Chấp hành trung ương Hội Nông dân đã ban hành Kế hoạch số 7-KH/HND về việc."
    assert _docs(text) == [("7-KH/HND", "Ban Chấp hành trung ương Hội Nông dân", None)]
    # a member of the committee, not the committee, opens the clause
    text = "Ông A, uỷ viên Ban Chấp hành trung ương đã ký Quyết định số 12/QĐ-UBND về việc."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]


# --- a code's slash printed as a space after "số" -----------------------------------------------


def test_a_code_whose_slash_is_a_space_after_so_is_read():
    text = "Căn cứ Quyết định số 21 QĐ - UBND ngày 25/1/2016 của UBND xã Phú Xuân về việc."
    assert _docs(text) == [("21/QĐ-UBND", "UBND xã Phú Xuân", "2016-01-25")]
    text = "Theo Tờ trình số 8 TTr-UBND ngày 2/3/2016 về việc."
    assert _docs(text) == [("8/TTr-UBND", None, "2016-03-02")]


def test_a_spaced_number_and_type_read_as_before():
    # without "số": not read
    assert _docs("Theo Quyết định 21 QĐ-UBND ngày 25/1/2016.") == []
    # a year before the type: no code
    assert _docs("Trong năm 2016 QĐ-UBND nêu rõ.") == []
    # the ministry shape of the 1990s, with its slash, as before
    assert _docs("Thông tư số 43 TC/QLCS ngày 2/3/1996.") == [("43/TC-QLCS", None, "1996-03-02")]


# --- a conclusion of a Central Committee plenum by number ----------------------------------------


def _refs(text):
    return [(r.label, r.resolves_to) for r in extract(text).references]


def test_a_plenum_conclusion_by_number_resolves_to_the_central_code():
    text = "Chỉ đạo nhằm thực hiện kết luận số 64 ngày 28/5/2013 của Hội nghị Trung ương 7 về việc."
    assert _refs(text) == [("Kết luận 64", "64-KL/TW")]


def test_other_plenum_and_conclusion_references_stay_open():
    # a plenum's resolution by number: left to the plenum table (old ones are N-NQ/HNTW)
    assert _refs("Thực hiện Nghị quyết 8B của Hội nghị Trung ương 8 về việc.")[0][1] is None
    # a conference that is no plenum of the Central Committee
    text = "Thực hiện kết luận số 64 của Hội nghị cán bộ toàn quốc về việc."
    assert _refs(text) == [("Kết luận 64", None)]
    # a number that reads as a year
    text = "Thực hiện kết luận số 2013 của Hội nghị Trung ương 7 về việc."
    assert _refs(text) == [("Kết luận 2013", None)]


# --- a circular's number and year joined by a dash ---------------------------------------------


def test_a_circular_by_number_dash_year_with_its_issuer_resolves():
    assert _refs("Theo thông tư số 26-2012 của Bộ Tài chính về việc.") == [
        ("Thông tư 26/2012", "26/2012/TT-BTC")
    ]
    assert _refs("TAND tối cao đã ban hành thông tư số 02-2018 về việc.") == [
        ("Thông tư 02/2018", "02/2018/TT-TANDTC")
    ]


def test_a_number_dash_year_without_an_issuer_that_fixes_it_is_not_read():
    assert _refs("Theo thông tư số 26-2012 về việc.") == []
    # a decree's number and year fix its code whatever follows: read since round 52
    # (test_citations_round52.py), as "Nghị định 26/2012" is
    assert _refs("Theo nghị định số 26-2012 của Chính phủ về việc.") == [
        ("Nghị định 26/2012", "26/2012/NĐ-CP")
    ]
    # a range of years after the number alone, as before
    assert _refs("Theo thông tư 26 của Bộ Tài chính, giai đoạn 2011-2012.") == [
        ("Thông tư 26", None)
    ]
