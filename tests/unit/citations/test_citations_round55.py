"""Issue 14, fifty-fifth round: the rules written against issuer misses of older batches and
the misses of fresh99 (the round's training batch), on made-up sentences of the same shapes,
with the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents as _docs

# --- a plenum named without its number, by its term --------------------------------------------


def test_a_plenum_named_by_its_term_without_number_keeps_the_term_in_its_issuer():
    text = "Theo các Nghị quyết số 23-NQ/TW, số 24-NQ/TW của Hội nghị Trung ương Khoá XI; và …"
    assert _docs(text) == [
        ("23-NQ/TW", "Hội nghị Trung ương Khoá XI", None),
        ("24-NQ/TW", "Hội nghị Trung ương Khoá XI", None),
    ]
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương khóa XI về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương khóa XI", None)]
    assert [c.term for c in extract(text).documents] == ["XI"]


def test_a_plenum_with_its_number_or_without_a_term_is_read_as_before():
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương 6 khoá XI về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương 6", None)]
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương", None)]
    text = "Theo Nghị quyết số 23-NQ/TW của Hội nghị Trung ương, khoá XI về công nghiệp."
    assert _docs(text) == [("23-NQ/TW", "Hội nghị Trung ương", None)]
