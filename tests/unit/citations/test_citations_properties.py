"""Property tests: never raises, offsets slice back, NFD and NFC input give the same result."""

from __future__ import annotations

import unicodedata

from citations import canonical_id, document_key, extract, is_valid_id
from hypothesis import given, settings
from hypothesis import strategies as st

# Text built from the pieces the grammar reacts to, so the properties reach deep paths.
PIECES = st.sampled_from(
    [
        "Quy định", "số", "số:", "Nghị quyết", "Chỉ thị", "quyết định", "Nghị định", "Thông tư",
        "98", "02", "12a", "1234-2", "2020", "-", "–", "\u2011", "/", " ", "\u00a0", "\n", ",",
        "(", ")", "QĐ", "NQ", "CT", "KL", "QĐi", "TW", "TƯ", "ĐUK", "\u00d0UK", "TU", "NĐ", "CP",
        "TTg", "BNV", "TCCB", "QH12", "ngày", "26/4/2021", "4-7-2011", "tháng 7 năm 2011",
        "của", "Ban Bí thư", "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy", "khóa", "khoá", "XII", "IX",
        "Trung ương", "Hội nghị", "lần thứ", "Đại hội", "Đảng bộ", "và", "đã ban hành", "80/100",
    ]
)  # fmt: skip
CITATION_TEXT = st.lists(PIECES, max_size=40).map("".join) | st.lists(PIECES, max_size=40).map(
    " ".join
)
ANY_TEXT = st.text(max_size=300) | CITATION_TEXT


def _check_offsets(text: str, result) -> None:
    for c in result.documents:
        assert c.mentions
        for m in c.mentions:
            assert text[m.start : m.end] == m.text
            assert m.text
    for r in result.references:
        for m in r.mentions:
            assert text[m.start : m.end] == m.text


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_extract_never_raises_and_offsets_slice_back(text):
    result = extract(text)
    _check_offsets(unicodedata.normalize("NFC", text), result)
    for c in result.documents:
        assert canonical_id(c.id) == c.id
        assert c.key.startswith(c.id)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_extract_same_result_for_nfd_and_nfc(text):
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert extract(nfd) == extract(nfc)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60) | CITATION_TEXT)
def test_id_helpers_never_raise(raw):
    cid = canonical_id(raw)
    assert (cid is not None) == is_valid_id(raw)
    if cid is not None:
        assert canonical_id(cid) == cid
    document_key(raw, issuer=raw, date=raw, term=None)
