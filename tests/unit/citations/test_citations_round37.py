"""Issue 14, thirty-seventh round: the rules written against fresh63, on made-up sentences of the
same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- a verb of saying between the body that says and the body that issues ----------------------


def test_the_body_after_a_verb_of_saying_is_the_issuer():
    text = (
        "Với những sai phạm trên, Thanh tra Bộ Tài chính nhấn mạnh Tổng Công ty ban hành Kế "
        "hoạch số 51/TCT-KH ngày 3/4/2016 thực hiện kết luận."
    )
    assert _docs(text) == [("51/TCT-KH", "Tổng Công ty", "2016-04-03")]
    text = "Thanh tra Bộ Xây dựng khẳng định Sở Xây dựng đã ban hành Quyết định số 39/QĐ-SXD."
    assert _docs(text) == [("39/QĐ-SXD", "Sở Xây dựng", None)]


def test_a_body_without_a_verb_of_saying_stays_the_issuer():
    text = "Thanh tra Bộ Tài chính đã ban hành Quyết định số 39/QĐ-TTr ngày 3/4/2016."
    assert _docs(text) == [("39/QĐ-TTr", "Thanh tra Bộ Tài chính", "2016-04-03")]
    text = "Cục Thuế tỉnh Nam Định ban hành Quyết định số 12/QĐ-CT."
    assert _docs(text) == [("12/QĐ-CT", "Cục Thuế tỉnh Nam Định", None)]
