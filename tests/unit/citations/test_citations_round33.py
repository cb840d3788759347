"""Issue 14, thirty-third round: the rules written against fresh55 and the left-overs of the
thirty-second round, on made-up sentences of the same shapes, with the cases that must stay as
they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- "trung ương" in lower case after a committee head ---------------------------------------


def test_the_central_committee_in_lower_case_after_the_code_is_read_whole():
    text = "Ông đã vi phạm quy định số 12-QĐ/TW của Ban Chấp hành trung ương về nêu gương."
    assert _docs(text) == [("12-QĐ/TW", "Ban Chấp hành trung ương", None)]
    text = "Theo Quy định số 12-QĐi/TW ngày 5/3/2019 của Ban chấp hành trung ương Đảng về việc."
    assert _docs(text) == [("12-QĐi/TW", "Ban chấp hành trung ương Đảng", "2019-03-05")]
    text = "Theo Quy định số 12-QĐi/TW của BCH trung ương."
    assert _docs(text) == [("12-QĐi/TW", "BCH trung ương", None)]


def test_a_committee_read_as_before():
    # capitalised: read by the name words as before
    text = "Theo Quy định số 12-QĐi/TW của Ban Chấp hành Trung ương về việc."
    assert _docs(text) == [("12-QĐi/TW", "Ban Chấp hành Trung ương", None)]
    # another body's name after "trung ương": not cut to the Party's committee
    text = "Theo Kế hoạch số 7-KH/HND của Ban Chấp hành trung ương Hội Nông dân về việc."
    assert _docs(text) == [("7-KH/HND", "Ban Chấp hành", None)]
    # a local committee's name as before, with its lower-case scope since round 60 (fresh106/003)
    text = "Theo Kế hoạch số 7-KH/TU của Ban Chấp hành Đảng bộ tỉnh về việc."
    assert _docs(text) == [("7-KH/TU", "Ban Chấp hành Đảng bộ tỉnh", None)]


# --- a mixed-case unit printed with its case slipped -----------------------------------------


def test_a_prime_minister_unit_printed_ttg_is_read_as_ttg():
    text = "Thủ tướng cũng có Quyết định 47/2012/QĐ-Ttg cho phép chuyển đổi."
    assert _docs(text) == [("47/2012/QĐ-TTg", "Thủ tướng", None)]
    text = "Theo Quyết định số 47/QĐ-Ttg ngày 3/4/2012 của Thủ tướng Chính phủ."
    assert _docs(text) == [("47/QĐ-TTg", "Thủ tướng Chính phủ", "2012-04-03")]


def test_a_code_glued_to_a_word_is_cut_as_before():
    # lower-case letters that spell no unit with the last capital: the glued word is not read
    text = "Thông tư 11/2021/TT-BGDĐTvề việc dạy thêm."
    assert _docs(text) == [("11/2021/TT-BGDĐT", None, None)]
    text = "Quyết định 86/2010/QĐ-Tthg về việc."
    assert _docs(text) == [("86/2010/QĐ-T", None, None)]
    # a unit read whole as before
    text = "Theo Quyết định số 47/QĐ-TTg ngày 3/4/2012 của Thủ tướng Chính phủ."
    assert _docs(text) == [("47/QĐ-TTg", "Thủ tướng Chính phủ", "2012-04-03")]


# --- a year split by a space after its first digit -------------------------------------------


def test_a_year_split_after_its_first_digit_is_read_whole():
    text = "Theo quyết định số 31/2 013/QĐ-TTg ngày 5/6/2013 của Thủ tướng Chính phủ về việc."
    assert _docs(text) == [("31/2013/QĐ-TTg", "Thủ tướng Chính phủ", "2013-06-05")]
    text = "Thông tư số 7/1 998/TT-BTC hướng dẫn việc này."
    assert _docs(text) == [("7/1998/TT-BTC", None, None)]


def test_a_split_that_makes_no_year_or_has_no_noun_is_read_as_before():
    # "2 812" is no year: the code as printed
    text = "Theo Quyết định số 5/2 812/QĐ-UBND về việc."
    assert _docs(text) == [("812/QĐ-UBND", None, None)]
    # a day and month, no noun nor "số" before them: not joined
    text = "Hôm 12/2 012/QĐ-UBND được gửi đi."
    assert [d[0] for d in _docs(text)] == ["012/QĐ-UBND"]
    # a year printed whole as before
    text = "Theo quyết định số 31/2013/QĐ-TTg của Thủ tướng."
    assert _docs(text) == [("31/2013/QĐ-TTg", "Thủ tướng", None)]


# --- an issuer across a line break after "TP." -----------------------------------------------


def test_a_city_committee_across_the_line_break_after_tp_is_the_subject():
    text = (
        "Thực hiện ý kiến của Thanh tra, UBND TP.\n"
        "Cần Thơ đã ban hành Quyết định số 512/QĐ-UBND ngày 4/3/2017 về việc điều chỉnh."
    )
    assert _docs(text) == [("512/QĐ-UBND", "UBND TP. Cần Thơ", "2017-03-04")]


def test_other_line_breaks_still_end_the_clause():
    # a sentence that ends before the code's line: its subject is not the code's
    text = "Ông đến TP.\nCần Thơ công tác, theo Quyết định số 512/QĐ-UBND về việc."
    assert _docs(text) == [("512/QĐ-UBND", None, None)]
    text = "Chuyện ở UBND tỉnh.\nCần Thơ đã ban hành Quyết định số 512/QĐ-UBND về việc."
    assert _docs(text)[0][1] != "UBND tỉnh. Cần Thơ"
    text = "Thực hiện ý kiến, UBND TP. Cần Thơ đã ban hành Quyết định số 512/QĐ-UBND về việc."
    assert _docs(text) == [("512/QĐ-UBND", "UBND TP. Cần Thơ", None)]


def test_the_line_break_after_tp_is_read_the_same_deep_in_a_long_text():
    # each such citation joins only the text around it (a copy of the whole text per citation
    # made a 2.4 MB file of 16,000 of them take 45 s): far from the start, and with other
    # breaks before and after it, the clause is read as in a short text
    clause = (
        "Các sở ngành triển khai thực hiện theo kế hoạch.\nNgày 5/3, UBND TP.\n"
        "Hồ Chí Minh đã ban hành Quyết định số {n}/QĐ-UBND về việc giao đất cho dự án.\n"
    )
    text = "".join(clause.format(n=100 + i) for i in range(400))
    found = _docs(text)
    assert len(found) == 400
    assert {issuer for _, issuer, _ in found} == {"UBND TP. Hồ Chí Minh"}


# --- a plan's one-part code after "Kế hoạch số" -----------------------------------------------


def test_a_plan_with_a_one_part_code_after_so_is_read():
    text = "Hội Nông dân Việt Nam ban hành Kế hoạch số 215/HNDVN ngày 3/1/2019 về thi đua."
    assert _docs(text) == [("215/HNDVN", "Hội Nông dân Việt Nam", "2019-01-03")]


def test_a_plan_with_a_one_part_code_without_so_is_not_read():
    assert _docs("Theo kế hoạch 215/HNDVN về thi đua.") == []
    # a plan's two-part code as before
    text = "Theo Kế hoạch số 215/KH-UBND ngày 3/1/2019 về thi đua."
    assert _docs(text) == [("215/KH-UBND", None, "2019-01-03")]
