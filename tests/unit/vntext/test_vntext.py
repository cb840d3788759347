"""Vietnamese text core, on real strings."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vntext import (
    VN_TZ,
    fold_diacritics,
    format_date_vi,
    format_datetime_vi,
    format_month_vi,
    month_name_vi,
    nfc,
    parse_datetime_vn,
    person_name_key,
    slugify_vi,
    sort_vi,
    strip_control_chars,
)

NFD = unicodedata.normalize("NFD", "Đảng ủy Khối")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        pytest.param("Đảng ủy Khối", "dang-uy-khoi", id="dang-uy-khoi"),
        pytest.param("98-QĐ/TW", "98-qd-tw", id="party-document-id"),
        pytest.param("Nghị quyết 02-NQ/ĐUK", "nghi-quyet-02-nq-duk", id="bloc-resolution"),
        pytest.param("30/2020/NĐ-CP", "30-2020-nd-cp", id="state-decree"),
        pytest.param(NFD, "dang-uy-khoi", id="nfd-input"),
        pytest.param("Ðảng ủy", "dang-uy", id="eth-typed-for-d-stroke"),
        pytest.param("Kết luận 12", "ket-luan-12", id="number-kept"),
        pytest.param("  Xây dựng   Đảng!  ", "xay-dung-dang", id="spaces-punctuation"),
        pytest.param("Thăm dò ý kiến “Tết”", "tham-do-y-kien-tet", id="curly-quotes"),
    ],
)
def test_slugify_vi_transliterates_vietnamese(text, slug):
    assert slugify_vi(text) == slug


def test_slugify_vi_cuts_at_word_boundary():
    assert (
        slugify_vi("Nâng cao chất lượng sinh hoạt chi bộ", max_length=20) == "nang-cao-chat-luong"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(NFD, "Đảng ủy Khối", id="nfd-to-nfc"),
        pytest.param("Hoà", "Hoà", id="already-nfc"),
        pytest.param(unicodedata.normalize("NFD", "khoá XII"), "khoá XII", id="khoa-old-style"),
    ],
)
def test_nfc_composes(raw, expected):
    result = nfc(raw)
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


def test_nfc_fix_eth_maps_u00d0():
    assert nfc("02-NQ/\u00d0UK", fix_eth=True) == "02-NQ/\u0110UK"
    assert nfc("02-NQ/\u00d0UK") == "02-NQ/\u00d0UK"


def test_strip_control_chars_keeps_line_breaks():
    assert strip_control_chars("a\x00b\x1bc\td\ne\r") == "abc\td\ne\r"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        pytest.param("Đảng ủy", "Dang uy", id="d-stroke"),
        pytest.param("Nghị quyết Trung ương", "Nghi quyet Trung uong", id="tones-and-horns"),
        pytest.param("98-QĐ/TW", "98-QD/TW", id="document-id"),
    ],
)
def test_fold_diacritics_for_unaccented_search(text, folded):
    assert fold_diacritics(text) == folded


def test_collation_orders_letters_of_vietnamese_alphabet():
    words = ["đá", "da", "ơn", "ôn", "on", "ăn", "ân", "an", "ưu", "uy", "ê", "e"]
    assert sort_vi(words) == ["an", "ăn", "ân", "da", "đá", "e", "ê", "on", "ôn", "ơn", "uy", "ưu"]


def test_collation_puts_tones_after_letters():
    # tone order: none, huyền, hỏi, ngã, sắc, nặng; letters decide before tones
    assert sort_vi(["má", "mạ", "mà", "ma", "mã", "mả", "mai"]) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
        "mai",
    ]


def test_collation_differs_from_code_point_order():
    names = ["Đức", "Dũng", "Yến", "Ánh"]
    assert sorted(names) != sort_vi(names)
    assert sort_vi(names) == ["Ánh", "Dũng", "Đức", "Yến"]


def test_person_names_sort_by_given_name_then_family():
    names = ["Đỗ Thị Lành", "Hoàng Thiên", "Hoàng My", "Mai Thanh Dân", "Nguyễn Văn An", "Trần An"]
    assert sort_vi(names, names=True) == [
        "Nguyễn Văn An",
        "Trần An",
        "Mai Thanh Dân",
        "Đỗ Thị Lành",
        "Hoàng My",
        "Hoàng Thiên",
    ]


def test_person_name_key_ignores_normalisation_form():
    assert person_name_key(unicodedata.normalize("NFD", "Đỗ Thị Lành")) == person_name_key(
        "Đỗ Thị Lành"
    )


SATURDAY = dt.datetime(2023, 5, 20, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(lambda: format_date_vi(SATURDAY), "Thứ Bảy, 20/05/2023", id="weekday"),
        pytest.param(lambda: format_date_vi(SATURDAY, weekday=False), "20/05/2023", id="plain"),
        pytest.param(
            lambda: format_datetime_vi(SATURDAY), "Thứ Bảy, 20/05/2023 08:30", id="with-time"
        ),
        pytest.param(
            lambda: format_datetime_vi(dt.datetime(2023, 5, 20, 1, 30, tzinfo=dt.UTC)),
            "Thứ Bảy, 20/05/2023 08:30",
            id="utc-converted-to-vietnam",
        ),
        pytest.param(lambda: format_month_vi(2023, 5), "Tháng 5 năm 2023", id="month-heading"),
        pytest.param(
            lambda: format_month_vi(2023, 12, capitalize=False), "tháng 12 năm 2023", id="lower"
        ),
        pytest.param(lambda: month_name_vi(1), "tháng 1", id="month-name"),
        pytest.param(
            lambda: format_date_vi(dt.date(2011, 7, 10)), "Chủ Nhật, 10/07/2011", id="sunday"
        ),
    ],
)
def test_vietnamese_dates_without_os_locale(call, expected, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LANG", "C")
    assert call() == expected


@given(
    st.datetimes(
        min_value=dt.datetime(1, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-11)), None]),
    )
)
def test_written_out_dates_equal_cldr_patterns(value):
    """The dates are CLDR's "EEEE, dd/MM/yyyy" and "HH:mm", written out without Babel's
    pattern parser: for any instant they must equal what Babel formats."""
    from babel.dates import format_date, format_time

    local = value.astimezone(VN_TZ) if value.tzinfo is not None else value
    assert format_date_vi(value) == format_date(local, "EEEE, dd/MM/yyyy", locale="vi")
    assert format_date_vi(value.date(), weekday=False) == format_date(
        value.date(), "dd/MM/yyyy", locale="vi"
    )
    day = format_date(local, "dd/MM/yyyy", locale="vi")
    time = format_time(local, "HH:mm", locale="vi")
    assert format_datetime_vi(value, weekday=False) == f"{day} {time}"


def test_parse_datetime_vn_naive_is_vietnam_time():
    parsed = parse_datetime_vn("2020-12-30 06:12")
    assert parsed.utcoffset() == dt.timedelta(hours=7)
    assert (parsed.hour, parsed.minute) == (6, 12)


def test_parse_datetime_vn_date_only_needs_default_time():
    with pytest.raises(ValueError, match="thiếu giờ"):
        parse_datetime_vn("2023-05-20")
    assert parse_datetime_vn("2023-05-20", default_time=dt.time(0, 0)).day == 20


def test_parse_datetime_vn_rejects_garbage_in_vietnamese():
    with pytest.raises(ValueError, match="không đọc được ngày giờ"):
        parse_datetime_vn("20/05/2023")


def _fold_by_definition(text: str) -> str:
    """The definition the fast table must match: NFD, drop combining marks, đ → d."""
    decomposed = unicodedata.normalize("NFD", nfc(text, fix_eth=True))
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return stripped.replace("đ", "d").replace("Đ", "D")


@given(st.text(alphabet=st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",))))
def test_fold_diacritics_matches_its_definition(text):
    assert fold_diacritics(text) == _fold_by_definition(text)


def test_fold_diacritics_on_decomposed_vietnamese():
    text = unicodedata.normalize("NFD", "Lưu hành nội bộ – ĐẢNG ỦY Khối, Ðảng")
    assert fold_diacritics(text) == "Luu hanh noi bo – DANG UY Khoi, Dang"
