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


# --- several named men or women who co-sign a letter -------------------------------------------


def _issuers(text: str) -> list[tuple[str, str | None]]:
    from citations import extract

    return [(c.id, c.issuer) for c in extract(text).documents]


def test_named_people_who_co_sign_a_letter_are_its_issuers():
    text = (
        "Sau đó, các ông Nguyễn Văn An, Trần Quốc Bình, Lê Minh Châu vừa đồng ký Văn bản số"
        " 12/NĐD-CTY gửi UBND tỉnh."
    )
    assert _issuers(text) == [("12/NĐD-CTY", "các ông Nguyễn Văn An, Trần Quốc Bình, Lê Minh Châu")]
    text = "Các bà Phạm Thị Hoa, Đỗ Thị Lan đã đồng ký công văn số 7/CV-HĐQT gửi cổ đông."
    assert _issuers(text) == [("7/CV-HĐQT", "Các bà Phạm Thị Hoa, Đỗ Thị Lan")]


def test_one_name_without_ban_hanh_several_without_dong_or_a_title_co_signing_stay_as_before():
    # one man who signs only: he may sign for a body (round 57)
    text = "Sau đó, ông Nguyễn Văn An đồng ký Văn bản số 12/NĐD-CTY gửi UBND tỉnh."
    assert _issuers(text) == [("12/NĐD-CTY", None)]
    # several names, "ký" alone: not read
    text = "Sau đó, các ông Nguyễn Văn An, Trần Quốc Bình vừa ký Văn bản số 12/NĐD-CTY gửi tỉnh."
    assert _issuers(text) == [("12/NĐD-CTY", None)]
    # an office holder by title who "đồng ký": not read as before
    text = "Sau đó, Giám đốc Nguyễn Văn An đồng ký Văn bản số 12/NĐD-CTY gửi UBND tỉnh."
    assert _issuers(text) == [("12/NĐD-CTY", None)]
