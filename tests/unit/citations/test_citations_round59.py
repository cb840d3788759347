"""Issue 14, fifty-ninth round: the rules written against the misses of fresh107 (the round's
training batch) and of older batches, on made-up sentences of the same shapes, with the cases
that must stay as they were.
"""

from __future__ import annotations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- a decree's year in brackets after its number ---------------------------------------------


def test_a_decrees_year_in_brackets_after_its_number_fixes_its_code():
    text = "Tiền thuê đất vẫn tính theo quy định của nghị định 52 (năm 2015)."
    assert [r[2] for r in _refs(text)] == ["52/2015/NĐ-CP"]
    text = "Doanh nghiệp bị phạt theo Nghị định 71 (năm 2019) của Chính phủ về xử phạt."
    assert [(r[1], r[2]) for r in _refs(text)] == [("Chính phủ", "71/2019/NĐ-CP")]


def test_a_bracket_with_a_date_another_noun_or_no_bracket_stays_as_before():
    # a day in the bracket: not a year alone
    text = "Tiền thuê đất tính theo nghị định 52 (ngày 3/5/2015) về thu tiền thuê đất."
    assert [r[2] for r in _refs(text)] == [None]
    # a circular's code needs its ministry: not read from the bracket
    text = "Giá trị doanh nghiệp tính theo thông tư 127 (năm 2014) về xác định giá."
    assert [r[2] for r in _refs(text)] == [None]
    # the number alone
    assert [r[2] for r in _refs("Tiền thuê đất tính theo nghị định 52 về thu tiền.")] == [None]
