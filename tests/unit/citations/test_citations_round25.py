"""Issue 14, twenty-fifth round: general shapes behind the fresh39 misses and the left-overs of
the twenty-fourth round (vietnews articles), made-up sentences of the same shape, with the cases
that must stay as they were.
"""

from __future__ import annotations

import citations


def _docs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.id, c.issuer, c.date) for c in citations.extract(text).documents]


# --- a Party code the segmenter split at the slash, its dash lost ----------------------------


def test_a_party_conclusion_split_at_the_slash_is_its_code():
    text = "Quán triệt kết luận số 27 KL / TW ngày 4/6/2013 của Ban Bí thư về công tác dân vận."
    assert _docs(text) == [("27-KL/TW", "Ban Bí thư", "2013-06-04")]


def test_a_party_directive_split_at_the_slash_is_its_code():
    text = "Thực hiện chỉ thị số 41 CT / TW của Ban Bí thư về công tác thanh niên."
    assert _docs(text) == [("41-CT/TW", "Ban Bí thư", None)]


def test_without_so_or_with_no_space_before_the_slash_nothing_changes():
    assert _docs("Năm 2019 KL / TW là một từ viết tắt.") == []
    assert _docs("Hướng dẫn 12 HD/BTCTW ngày 1/2/2018.") == []
    assert _docs("Thông tư số 43 TC/QLCS ngày 1/2/1996.") == [("43/TC-QLCS", None, "1996-02-01")]
