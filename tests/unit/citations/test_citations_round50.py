"""Issue 14, fiftieth round: the rules written against issuer misses (fresh89, the round's
training batch, and older batches), on made-up sentences of the same shapes, with the cases that
must stay as they were.
"""

from __future__ import annotations

from citations import extract
from tests.support import cited_documents as _docs

# --- "khởi tố bổ sung" in a prosecution decision's description before its code ---------------


def test_a_supplementary_prosecution_decision_keeps_its_subject_and_date():
    text = (
        "Ngày 5/3/2018, Cục Cảnh sát hình sự đã ra quyết định khởi tố bổ sung vụ án hình sự số "
        "21/C45-P2 đối với ông A."
    )
    assert _docs(text) == [("21/C45-P2", "Cục Cảnh sát hình sự", "2018-03-05")]
    (citation,) = extract(text).documents
    assert citation.type == "Quyết định"


def test_the_description_still_has_at_most_six_more_words():
    # seven words after "khởi tố bổ sung": the noun is too far for the code, as before
    text = (
        "Ngày 5/3/2018, Cục Cảnh sát hình sự đã ra quyết định khởi tố bổ sung vụ án hình sự "
        "lạm dụng chức vụ quyền hạn số 21/C45-P2."
    )
    assert _docs(text) == [("21/C45-P2", None, None)]
    # "bổ sung" elsewhere counts as two words of the description, as before
    text = (
        "Ngày 5/3/2018, Cục Cảnh sát hình sự đã ra quyết định bổ sung khởi tố vụ án hình sự số "
        "21/C45-P2."
    )
    assert _docs(text) == [("21/C45-P2", None, None)]
