"""Canonical ids, parsed ids, validity, the document key and the type tables."""

from __future__ import annotations

import unicodedata

import pytest
from citations import (
    TYPE_NOUNS,
    MalformedDocumentId,
    ParsedId,
    System,
    canonical_id,
    document_key,
    is_valid_id,
    parse_id,
    type_from_code,
)
from citations.canonical import SEARCH_TRANSLATION, search_view
from citations.plenums import PLENUMS, resolve_numbered, resolve_plenum
from hypothesis import given
from hypothesis import strategies as st

CANONICAL = [
    ("already-canonical", "98-QĐ/TW", "98-QĐ/TW"),
    ("spaces-around-dash", "98 - QĐ / TW", "98-QĐ/TW"),
    ("en-dash", "98–QĐ/TW", "98-QĐ/TW"),
    ("em-dash", "98—QĐ/TW", "98-QĐ/TW"),
    ("non-breaking-hyphen", "98\u2011QĐ/TW", "98-QĐ/TW"),
    ("u00d0", "02-NQ/\u00d0UK", "02-NQ/ĐUK"),
    ("nfd-ta-u", unicodedata.normalize("NFD", "04-NQ/TƯ"), "04-NQ/TW"),
    ("leading-zero-kept", "02-NQ/ĐUK", "02-NQ/ĐUK"),
    ("with-so-prefix", "Số: 15/KH-UBND", "15/KH-UBND"),
    ("state-normative", "30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ("state-type-slash", "14/2008/TTLT/BTC-BTNMT", "14/2008/TTLT-BTC-BTNMT"),
    ("state-admin", "1234/QĐ-TTg", "1234/QĐ-TTg"),
    ("state-lowercase", "58/2001/nđ-cp", "58/2001/NĐ-CP"),
    ("party-other-shape", "05/CT-TW", "05-CT/TW"),
    ("party-slashes", "646/QĐ/QUTW", "646-QĐ/QUTW"),
    ("law", "12/2008/QH12", "12/2008/QH12"),
    ("letter", "1234/BNV-TCCB", "1234/BNV-TCCB"),
    ("old", "64/CP", "64/CP"),
    ("qdi-case", "08-QĐI/TW", "08-QĐi/TW"),
    ("ta-u", "04-NQ/TƯ", "04-NQ/TW"),
    ("alnum", "12a-NQ/TU", "12a-NQ/TU"),
]


@pytest.mark.parametrize(("raw", "want"), [pytest.param(r, w, id=n) for n, r, w in CANONICAL])
def test_canonical_id_normalises(raw, want):
    assert canonical_id(raw) == want
    assert is_valid_id(raw)
    assert canonical_id(want) == want  # idempotent


MALFORMED = [
    ("empty", ""),
    ("prose", "Quy định số 98"),
    ("number-only", "98"),
    ("two-ids", "98-QĐ/TW và 10-CT/TW"),
    ("unknown-party-type", "12-XY/TW"),
    ("figure", "80/100"),
    ("date", "26/4/2021"),
    ("year-out-of-range", "30/1820/NĐ-CP"),
    ("youth-union", "15-QĐ/TWĐTN"),
    ("mixed-case-issuer", "12-NQ/tW"),
]


@pytest.mark.parametrize("raw", [pytest.param(r, id=n) for n, r in MALFORMED])
def test_canonical_id_rejects_malformed(raw):
    assert canonical_id(raw) is None
    assert not is_valid_id(raw)
    with pytest.raises(MalformedDocumentId) as err:
        parse_id(raw)
    assert isinstance(err.value, ValueError)
    assert str(err.value)


def test_is_valid_id_of_non_string_is_false():
    assert not is_valid_id(None)
    assert not is_valid_id(98)
    with pytest.raises(MalformedDocumentId):
        parse_id(None)  # type: ignore[arg-type]


PARSED = [
    ("party", "98-QĐ/TW", ParsedId("98", "QĐ", "TW", None, System.PARTY, hyphen=True)),
    ("normative", "30/2020/NĐ-CP", ParsedId("30", "NĐ", "CP", 2020, System.STATE)),
    ("law", "12/2008/QH12", ParsedId("12", None, "QH12", 2008, System.STATE)),
    ("admin-unit", "1234/QĐ-UBND-SNV", ParsedId("1234", "QĐ", "UBND-SNV", None, System.STATE)),
    ("letter", "1234/BNV-TCCB", ParsedId("1234", None, "BNV-TCCB", None, System.STATE)),
]


@pytest.mark.parametrize(("raw", "want"), [pytest.param(r, w, id=n) for n, r, w in PARSED])
def test_parse_id_parts(raw, want):
    parsed = parse_id(raw)
    assert parsed == want
    assert parsed.id == canonical_id(raw)


KEYS = [
    ("bare", ("18-KL/TW",), "18-KL/TW"),
    ("term", ("04-NQ/TW", None, None, "XII"), "04-NQ/TW#khoa-XII"),
    ("term-from-central-date", ("04-NQ/TW", None, "2016-10-30", None), "04-NQ/TW#khoa-XII"),
    ("term-beats-date", ("04-NQ/TW", "Bộ Chính trị", "2006-08-21", "X"), "04-NQ/TW#khoa-X"),
    ("central-year-no-congress", ("12-HD/BTCTW", None, "2018", None), "12-HD/BTCTW#khoa-XII"),
    ("central-congress-year", ("12-HD/BTCTW", None, "2016", None), "12-HD/BTCTW#2016"),
    ("local-year", ("02-NQ/ĐUK", "Đảng ủy Khối", "2011-07-04", None), "02-NQ/ĐUK#2011"),
    ("local-issuer", ("29-CT/TU", "Ban Thường vụ Thành ủy"), "29-CT/TU#ban-thuong-vu-thanh-uy"),
    ("issuer-spelling", ("29-CT/TU", "Ban Thường vụ Thành uỷ"), "29-CT/TU#ban-thuong-vu-thanh-uy"),
    ("central-issuer-ignored", ("18-KL/TW", "Bộ Chính trị"), "18-KL/TW"),
    ("year-in-id", ("30/2020/NĐ-CP", "Chính phủ", "2020-03-05"), "30/2020/NĐ-CP"),
    ("state-admin-year", ("123/QĐ-UBND", "UBND tỉnh Nghệ An", "2009-02-26"), "123/QĐ-UBND#2009"),
    ("raw-id", ("98- QĐ/TW", None, None, "IX"), "98-QĐ/TW#khoa-IX"),
]


@pytest.mark.parametrize(("args", "want"), [pytest.param(a, w, id=n) for n, a, w in KEYS])
def test_document_key_rule(args, want):
    assert document_key(*args) == want


@pytest.mark.parametrize("issuer", ["đơn vị này", "cơ quan đó", "công ty nói trên", "Sở này"])
def test_an_issuer_that_points_back_is_no_part_of_the_key(issuer):
    # "đơn vị này" is what the text says, but it names no body that tells documents apart
    assert document_key("103/NHK-TĐKT", issuer) == "103/NHK-TĐKT"
    assert document_key("103/NHK-TĐKT", "Nhà hát Kịch") == "103/NHK-TĐKT#nha-hat-kich"


def test_document_key_tells_reused_ids_apart_and_merges_one_document():
    can_tho_2011 = document_key("02-NQ/ĐUK", "Đảng ủy Khối", "2011-07-04")
    province_2021 = document_key("02-NQ/ĐUK", "Ban Chấp hành Đảng bộ Khối", "2021-04-26")
    assert can_tho_2011 != province_2021
    assert document_key("04-NQ/TW", term="XII") == document_key("04-NQ/TW", date="2016-10-30")
    assert document_key("04-NQ/TW", term="X") != document_key("04-NQ/TW", term="XII")


@pytest.mark.parametrize(
    ("code", "system", "noun"),
    [
        ("NQ", "party", "Nghị quyết"),
        ("CT", System.PARTY, "Chỉ thị"),
        ("QĐi", "party", "Quy định"),
        ("QĐ", "party", "Quyết định"),
        ("TT", "party", "Thông tri"),
        ("TT", "state", "Thông tư"),
        ("NĐ", "state", "Nghị định"),
        ("QH12", "state", "Luật"),
        ("XYZ", "state", None),
    ],
)
def test_type_from_code(code, system, noun):
    assert type_from_code(code, system) == noun


def test_type_nouns_table_maps_nouns_to_codes():
    assert "QĐ" in TYPE_NOUNS["Quy định"] and "QĐi" in TYPE_NOUNS["Quy định"]
    assert TYPE_NOUNS["Nghị định"] == ("NĐ",)
    with pytest.raises(TypeError):
        TYPE_NOUNS["X"] = ()  # type: ignore[index]


def test_plenum_table_rows_are_consistent():
    seen = set()
    for row in PLENUMS:
        assert (row.term, row.plenum) not in seen
        seen.add((row.term, row.plenum))
        assert row.source.startswith("(k)")  # every row says where it comes from
        ids = [r.id for r in row.resolutions]
        assert all(canonical_id(rid) == rid for rid in ids)
        assert row.primary is None or row.primary in ids
        assert all(r.date is None or r.date[:4] >= "1986" for r in row.resolutions)
    assert resolve_plenum("XII", 4) == "04-NQ/TW"
    assert resolve_plenum("XII", 6) is None  # four resolutions: no single meaning
    assert resolve_plenum(None, 4) is None
    assert resolve_numbered("XII", 6, "18") == "18-NQ/TW"
    assert resolve_numbered("XIII", 5, "18") == "18-NQ/TW"
    assert resolve_numbered("XII", 6, "99") is None


@given(
    st.text(
        alphabet=st.sampled_from(
            ["a", "Đ", "đ", "-", " ", "ệ", "/", *map(chr, SEARCH_TRANSLATION)]
        ),
        max_size=40,
    )
)
def test_the_search_view_replaces_every_look_alike_and_keeps_every_offset(text):
    view = search_view(text)
    assert len(view) == len(text)
    assert view == "".join(SEARCH_TRANSLATION.get(ord(c), c) for c in text)
