"""Issue 14, thirty-second round: the wrong issuer of fresh53/009 (an association's committee
cut to the association), made-up sentences of the same shape, with the cases that must stay
as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- an association's committee before its name --------------------------------------------


def test_the_central_committee_of_an_association_is_the_issuer_not_the_association():
    text = (
        "Ngày 3/5/2019, Ban chấp hành Trung ương Hội Nhà báo Việt Nam đã ban hành "
        "kế hoạch số 15-KH/HNBVN về công tác tổ chức."
    )
    assert _docs(text) == [
        ("15-KH/HNBVN", "Ban chấp hành Trung ương Hội Nhà báo Việt Nam", "2019-05-03")
    ]


def test_a_local_or_standing_committee_of_an_association_is_read_with_it():
    text = "Ban Chấp hành Hội Nông dân tỉnh Nam Định đã ban hành kế hoạch số 5-KH/HND về việc."
    assert _docs(text) == [("5-KH/HND", "Ban Chấp hành Hội Nông dân tỉnh Nam Định", None)]
    text = "Ban Thường vụ Trung ương Hội Cựu chiến binh đã ban hành kế hoạch số 7-KH/CCB về việc."
    assert _docs(text) == [("7-KH/CCB", "Ban Thường vụ Trung ương Hội Cựu chiến binh", None)]


def test_an_association_without_its_committee_is_read_as_before():
    text = "Hội Luật gia Việt Nam đã ban hành kế hoạch số 5-KH/HLG về việc."
    assert _docs(text) == [("5-KH/HLG", "Hội Luật gia Việt Nam", None)]
    # a committee in another clause is not the association's
    text = "Sau khi họp Ban chấp hành, Hội Nông dân tỉnh đã ban hành kế hoạch số 5-KH/HND về việc."
    assert _docs(text) == [("5-KH/HND", "Hội Nông dân tỉnh", None)]


def test_the_party_central_committee_is_read_as_before():
    text = "Ngày 28/6/2018, Ban Chấp hành Trung ương đã ban hành Nghị quyết số 20-NQ/TW về việc."
    assert _docs(text) == [("20-NQ/TW", "Ban Chấp hành Trung ương", "2018-06-28")]
