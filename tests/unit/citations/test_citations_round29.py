"""Issue 14, twenty-ninth round: general shapes behind the fresh47 misses (vietnews articles of
the validation split), made-up sentences of the same shape, with the cases that must stay as
they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.issuer, r.resolves_to) for r in citations.extract(text).references]


# --- a central Party body's document by number and year ----------------------------------------


def test_a_party_document_by_number_and_year_resolves_to_its_code_without_the_year():
    text = "Ông B đã vi phạm quy định 105/2018 của Bộ Chính trị về xử lý kỷ luật đảng viên."
    assert _refs(text) == [("Quy định 105/2018", "Bộ Chính trị", "105-QĐ/TW")]
    text = "Các cấp uỷ thực hiện Chỉ thị 07/2016 của Ban Bí thư về công tác dân vận."
    assert _refs(text) == [("Chỉ thị 07/2016", "Ban Bí thư", "07-CT/TW")]


def test_a_document_by_number_and_year_of_another_body_stays_open():
    # a Party committee below the centre, the Government, the Assembly: the year is theirs
    text = "Thực hiện Chỉ thị 07/2016 của Tỉnh uỷ về công tác dân vận."
    assert [r[2] for r in _refs(text)] == [None]
    text = "Thực hiện Nghị quyết 08/2016 của Chính phủ về cải cách hành chính."
    assert [r[2] for r in _refs(text)] == [None]
    # the Central Committee's rule stays open by number alone; with a year before 2018 its
    # code is N-QĐ/TW (read since round 52, test_citations_round52.py), from 2018 still open
    text = "Ông C vi phạm Quy định 49/2012 của Ban Chấp hành Trung ương về những điều cấm."
    assert [r[2] for r in _refs(text)] == ["49-QĐ/TW"]
    text = "Ông C vi phạm Quy định 49/2019 của Ban Chấp hành Trung ương về những điều cấm."
    assert [r[2] for r in _refs(text)] == [None]
    # a number that reads as a year is no document's number
    text = "Thực hiện Chỉ thị 2015/2016 của Bộ Chính trị về học tập."
    assert all(r[2] is None for r in _refs(text))


# --- an office holder of a province's or district's police -------------------------------------


def test_a_title_before_a_police_with_its_level_is_read_with_it():
    text = (
        "Thực hiện kế hoạch số 51/KH-CAT ngày 2/3/2019 của Giám đốc Công an tỉnh Nam Định về việc."
    )
    assert _docs(text) == [("51/KH-CAT", "Giám đốc Công an tỉnh Nam Định", "2019-03-02")]
    text = (
        "Quyết định số 12/QĐ-CAQ ngày 3/4/2019 của Phó Trưởng Công an quận 1 về việc khen thưởng."
    )
    assert _docs(text) == [("12/QĐ-CAQ", "Phó Trưởng Công an quận 1", "2019-04-03")]


def test_a_title_before_the_police_without_a_level_stays_without_issuer():
    # "Công an" alone is the ministry's field, no body
    text = "Thực hiện kế hoạch số 51/KH-CAT ngày 2/3/2019 của Giám đốc Công an về việc."
    assert _docs(text) == [("51/KH-CAT", None, "2019-03-02")]


# --- the committee of the place just named: "UBND huyện này" ----------------------------------


def test_a_committee_of_this_place_is_a_subject_and_an_issuer_as_printed():
    text = (
        "Đại diện UBND huyện Kim Sơn cho biết, UBND huyện này vừa có công văn số 88/UBND-VP gửi xã."
    )
    assert _docs(text) == [("88/UBND-VP", "UBND huyện này", None)]
    text = "Quyết định số 31/QĐ-UBND ngày 2/5/2019 của Chủ tịch UBND tỉnh này về việc thu hồi đất."
    assert _docs(text) == [("31/QĐ-UBND", "Chủ tịch UBND tỉnh này", "2019-05-02")]


def test_a_committee_with_another_word_after_its_level_is_not_read_past_it():
    # "nào" asks, it names no place
    text = "Không rõ UBND huyện nào đã có công văn số 88/UBND-VP gửi xã."
    assert _docs(text) == [("88/UBND-VP", None, None)]


# --- the State Bank with "ngân hàng" in lower case ----------------------------------------------


def test_the_state_bank_in_lower_case_is_a_body_after_a_title_and_as_a_subject():
    text = (
        "Ngày 5/3/2019, Thống đốc ngân hàng Nhà nước ban hành Thông tư số 03/2019/TT-NHNN về việc."
    )
    assert _docs(text) == [("03/2019/TT-NHNN", "Thống đốc ngân hàng Nhà nước", "2019-03-05")]
    text = "Chỉ thị số 02/CT-NHNN ngày 5/3/2019 của ngân hàng Nhà nước về việc tăng cường."
    assert _docs(text) == [("02/CT-NHNN", "ngân hàng Nhà nước", "2019-03-05")]


def test_another_bank_in_lower_case_is_no_body():
    text = "Ngày 5/3/2019, ngân hàng thương mại ban hành Quyết định số 19/QĐ-VCB về việc."
    assert _docs(text) == [("19/QĐ-VCB", None, None)]


# --- the rest of a subject's name after its abbreviation in brackets ---------------------------


def test_a_subject_whose_name_goes_on_after_its_abbreviation_in_brackets():
    text = (
        "Ngày 5/3/2019, Ngân hàng Nhà nước (NHNN) Việt Nam đã ban hành Thông tư số 03/2019/TT-NHNN."
    )
    assert _docs(text) == [("03/2019/TT-NHNN", "Ngân hàng Nhà nước", "2019-03-05")]
    text = "Ngày 5/3/2019, Thống đốc Ngân hàng Nhà nước (NHNN) Việt Nam ký Chỉ thị số 02/CT-NHNN."
    assert _docs(text) == [("02/CT-NHNN", "Thống đốc Ngân hàng Nhà nước", "2019-03-05")]


def test_lower_case_words_after_the_brackets_are_no_part_of_the_name():
    # "(NHNN) cho rằng …": a clause, not the name's rest, so no subject before the verb
    text = "Ngân hàng Nhà nước (NHNN) cho rằng Bộ Tài chính đã ban hành Thông tư số 03/2019/TT-BTC."
    assert _docs(text) == [("03/2019/TT-BTC", "Bộ Tài chính", None)]
