"""Issue 14, thirty-fifth round: the rule written against fresh59, on made-up sentences of the
same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents as _docs

# --- a sub-department ("chi cục") is read whole -------------------------------------------------


def test_a_sub_department_in_lower_case_is_read_whole():
    text = (
        "Chấp hành viên chi cục Thi hành án dân sự huyện Cái Bè ban hành quyết định cưỡng chế "
        "số 12/QĐ-THA ngày 3/4/2016."
    )
    assert _docs(text) == [("12/QĐ-THA", "chi cục Thi hành án dân sự huyện Cái Bè", "2016-04-03")]
    text = "Ngày 3/4/2016, chi cục Thuế quận 1 đã ban hành Quyết định số 12/QĐ-CCT."
    assert _docs(text) == [("12/QĐ-CCT", "chi cục Thuế quận 1", "2016-04-03")]


def test_a_sub_department_capitalised_is_read_whole():
    text = "Chi cục Thi hành án dân sự huyện Cái Bè ban hành quyết định số 12/QĐ-THA ngày 3/4/2016."
    assert _docs(text) == [("12/QĐ-THA", "Chi cục Thi hành án dân sự huyện Cái Bè", "2016-04-03")]
    text = "theo Quyết định số 12/QĐ-CCT ngày 3/4/2016 của Chi cục Kiểm lâm tỉnh Gia Lai."
    assert _docs(text) == [("12/QĐ-CCT", "Chi cục Kiểm lâm tỉnh Gia Lai", "2016-04-03")]


def test_department_and_other_cuc_words_stay_as_they_were():
    text = "Ngày 3/4/2016, cục Thuế TP đã ban hành Quyết định số 12/QĐ-CT."
    assert _docs(text) == [("12/QĐ-CT", "cục Thuế TP", "2016-04-03")]
    # a title, not a body: no issuer
    text = "Ông A, chi cục trưởng, đã ký Quyết định số 12/QĐ-CCT ngày 3/4/2016."
    assert _docs(text) == [("12/QĐ-CCT", None, "2016-04-03")]
    text = "Theo bố cục Văn bản số 12/QĐ-CT ngày 3/4/2016."
    assert _docs(text) == [("12/QĐ-CT", None, "2016-04-03")]


# --- "Điều tra" (investigation) in a body's name ------------------------------------------------


def test_an_investigating_department_opening_the_clause_is_the_issuer():
    text = (
        "Ngày 3/4/2016, cục Điều tra chống buôn lậu (Tổng cục Hải quan) đã ra Quyết định số "
        "12/QĐ-ĐTCBL về việc khởi tố."
    )
    assert _docs(text) == [("12/QĐ-ĐTCBL", "cục Điều tra chống buôn lậu", "2016-04-03")]
    text = "Ngày 3/4/2016, Cơ quan Điều tra đã ra Quyết định số 12/QĐ-CQĐT về việc khởi tố."
    assert _docs(text) == [("12/QĐ-CQĐT", "Cơ quan Điều tra", "2016-04-03")]
    text = "theo Quyết định số 12/QĐ-ĐTCBL ngày 3/4/2016 của Cục Điều tra chống buôn lậu."
    assert _docs(text) == [("12/QĐ-ĐTCBL", "Cục Điều tra chống buôn lậu", "2016-04-03")]


def test_an_article_or_an_investigator_after_a_body_is_no_name_word():
    text = "theo Quyết định số 12/QĐ-UBND ngày 3/4/2016 của UBND tỉnh Điều 5 quy định rõ."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh", "2016-04-03")]
    text = "theo Nghị định số 12/2016/NĐ-CP của Chính phủ Điều tra viên cho biết."
    assert _docs(text) == [("12/2016/NĐ-CP", "Chính phủ", None)]


# --- the agent of a passive deciding verb fixes a circular's code -------------------------------


def _refs(text: str) -> list[tuple]:
    return [(r.mentions[0].text, r.resolves_to, r.issuer) for r in extract(text).references]


def test_the_passive_agent_before_a_circular_by_number_and_year_fixes_its_code():
    text = "Bản án phải được TAND tối cao thông qua theo thông tư số 03-2018 về án phí."
    assert _refs(text) == [("thông tư số 03-2018", "03/2018/TT-TANDTC", "TAND tối cao")]
    text = "Mức phí được Bộ Tài chính quy định tại Thông tư 58/2019 về lệ phí."
    assert _refs(text) == [("Thông tư 58/2019", "58/2019/TT-BTC", "Bộ Tài chính")]


def test_a_passive_without_a_ministry_as_agent_stays_as_it_was():
    # a company applies it: no issuer, a dash year not read
    assert _refs("Mức phí được công ty áp dụng theo thông tư số 58-2019 về lệ phí.") == []
    # a province issues no circular
    assert _refs("Dự án được UBND tỉnh phê duyệt theo thông tư số 58-2019 về lệ phí.") == []


# --- a preposition opening the sentence before a lower-case noun and a number ------------------


def test_a_capitalised_preposition_before_a_lower_case_noun_and_number_reads_a_document():
    text = "Theo quyết định 6123 về ban hành giá giữ xe của UBND TP, các đơn vị có thể lập."
    assert [r[0] for r in _refs(text)] == ["quyết định 6123"]
    text = "Tại quyết định 6123, các đơn vị có thể lập phương án."
    assert [r[0] for r in _refs(text)] == ["quyết định 6123"]


def test_a_capitalised_preposition_before_a_count_reads_none():
    assert _refs("Theo quy định 5 năm về ban hành giá, các đơn vị có thể lập.") == []
    assert _refs("Theo quy định 5 nhóm đối tượng được miễn.") == []
