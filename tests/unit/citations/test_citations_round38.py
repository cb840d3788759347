"""Issue 14, thirty-eighth round: the rule written against the left-overs of the thirty-seventh
round (fresh52/008, fresh60/015), on made-up sentences of the same shapes, with the cases that
must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- a submission's issuer is the body that submits it, not the body that decides after it ----


def test_the_submitting_body_is_the_issuer_of_a_submission():
    text = (
        "Trên cơ sở xem xét tờ trình của Ban Dân vận Trung ương (số 51-TTr/BDVTW, ngày "
        "3-4-2018), Bộ Chính trị đã quyết định một số vấn đề."
    )
    assert _docs(text) == [("51-TTr/BDVTW", "Ban Dân vận Trung ương", "2018-04-03")]
    text = (
        "Sau khi xem xét tờ trình của Ban Tuyên giáo Trung ương (số 12-TTr/BTGTW, ngày "
        "5/6/2017), Ban Bí thư đã đồng ý."
    )
    assert _docs(text) == [("12-TTr/BTGTW", "Ban Tuyên giáo Trung ương", "2017-06-05")]


def test_a_submission_of_the_politburo_stated_by_its_of_stays():
    text = "Tờ trình số 7-TTr/TW ngày 2/3/2016 của Bộ Chính trị đã được thông qua."
    assert _docs(text) == [("7-TTr/TW", "Bộ Chính trị", "2016-03-02")]


def test_a_resolution_before_the_politburo_stays_as_it_was_read():
    # not a submission: the rule leaves the body after the comma as it was read
    text = "Nghị quyết số 26-NQ/TW, Bộ Chính trị khoá XII đã ban hành."
    before = _docs(text)
    assert before and before[0][0] == "26-NQ/TW"
    text = "Tờ trình số 45/TTr-UBND ngày 2/3/2019 của UBND tỉnh, HĐND tỉnh đã thông qua."
    assert _docs(text) == [("45/TTr-UBND", "UBND tỉnh", "2019-03-02")]


# --- "QD" printed for "QĐ" in a code with its year ------------------------------------------------


def test_qd_for_qđ_in_a_code_with_its_year_is_read_as_the_reader_reads_it():
    text = "Theo Quyết định số 21/2016/QD-TTg ngày 17/5/2016 của Thủ tướng Chính phủ về việc này."
    assert _docs(text) == [("21/2016/QĐ-TTg", "Thủ tướng Chính phủ", "2016-05-17")]
    text = "UBND tỉnh đã ban hành Quyết định số 08/2019/QD-UBND ngày 2/4/2019."
    assert _docs(text) == [("08/2019/QĐ-UBND", "UBND tỉnh", "2019-04-02")]


def test_qd_elsewhere_stays_as_it_was_read():
    # without a year in the code the rule does not reach it: read as printed, as before
    text = "Ngày 3/2/2017, UBND tỉnh có văn bản số 45/QD-UBND gửi các huyện."
    assert [d[0] for d in _docs(text)] == ["45/QD-UBND"]
    text = "Hãng xe 2017/QD-Sport ra mắt mẫu mới."
    assert _docs(text) == []


# --- "trung ương" in lower case right after a resolution's number, without "của" --------------


def _refs(text: str) -> list[tuple[str, str | None]]:
    from citations import extract

    return [(r.mentions[0].text, r.resolves_to) for r in extract(text, "2018-06-01").references]


def test_lower_case_central_committee_right_after_a_resolutions_number():
    text = "Huyện đã thực hiện nghị quyết 19 trung ương, chỉ thị 05 của Bộ Chính trị về việc này."
    assert ("nghị quyết 19", "19-NQ/TW") in _refs(text)
    text = "Các trường tiếp tục thực hiện nghị quyết 33 trung ương về văn hoá."
    assert _refs(text) == [("nghị quyết 33", "33-NQ/TW")]


def test_lower_case_central_committee_elsewhere_stays_open():
    # another noun, or "trung ương" going on into a clause: not read as the issuer
    assert _refs("Tỉnh đã thực hiện chỉ thị 16 trung ương về việc này.") == []
    assert _refs("Tỉnh đã thực hiện nghị quyết 29 trung ương đã ban hành.") == []
