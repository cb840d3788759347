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
