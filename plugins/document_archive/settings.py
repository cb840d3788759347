"""Settings of the document archive: frozen defaults, merged with the site's, validated.

Every setting is documented (type, default, example) in plugins/document_archive/README.md
and docs/settings.md. A URL/SAVE_AS pair set to "" turns that page kind off.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from document_archive.errors import ArchiveSettingsError

# Prefixes this plugin owns: any unknown key with one of them is a typo and stops the build.
PREFIXES = ("DOCUMENT_", "DOCUMENTS_", "ARCHIVE_")

DEFAULTS: Mapping[str, object] = MappingProxyType(
    {
        # One page per cited document; {slug} as described in the README ("Slugs").
        "DOCUMENT_URL": "van-ban/{slug}/",
        "DOCUMENT_SAVE_AS": "van-ban/{slug}/index.html",
        "DOCUMENT_FEED_ATOM": "feeds/van-ban/{slug}.atom.xml",
        # Documents index, grouped by system and type.
        "DOCUMENTS_URL": "van-ban/",
        "DOCUMENTS_SAVE_AS": "van-ban/index.html",
        # All documents of one type of one system ({slug}: "dang-quy-dinh"), and all documents
        # by date of issue, over pages of DOCUMENTS_PAGINATION; the index shows the
        # DOCUMENTS_INDEX_ROWS most cited of each type and links there.
        "DOCUMENTS_TYPE_URL": "van-ban/loai/{slug}/",
        "DOCUMENTS_TYPE_SAVE_AS": "van-ban/loai/{slug}/index.html",
        "DOCUMENTS_BY_DATE_URL": "van-ban/theo-ngay/",
        "DOCUMENTS_BY_DATE_SAVE_AS": "van-ban/theo-ngay/index.html",
        "DOCUMENTS_PAGINATION": 50,
        "DOCUMENTS_INDEX_ROWS": 5,
        # Folders (under PATH) holding document records, one Markdown file per document.
        "DOCUMENT_RECORD_PATHS": ("van-ban",),
        # Run the citation extractor over each article's text (False: metadata only).
        "DOCUMENT_EXTRACT": True,
        # Articles per page on document pages (None: DEFAULT_PAGINATION).
        "DOCUMENT_PAGINATION": None,
        # Date archives (year, month), the archive index and the undated articles.
        "ARCHIVE_YEAR_URL": "{year}/",
        "ARCHIVE_YEAR_SAVE_AS": "{year}/index.html",
        "ARCHIVE_MONTH_URL": "{year}/{month:02d}/",
        "ARCHIVE_MONTH_SAVE_AS": "{year}/{month:02d}/index.html",
        "ARCHIVE_INDEX_URL": "luu-tru/",
        "ARCHIVE_INDEX_SAVE_AS": "luu-tru/index.html",
        "ARCHIVE_UNDATED_URL": "luu-tru/khong-ro-ngay/",
        "ARCHIVE_UNDATED_SAVE_AS": "luu-tru/khong-ro-ngay/index.html",
        # Articles without a known author (never credited to the site).
        "ARCHIVE_UNKNOWN_AUTHOR_URL": "tac-gia/khong-ro/",
        "ARCHIVE_UNKNOWN_AUTHOR_SAVE_AS": "tac-gia/khong-ro/index.html",
        # Articles per page on archive pages (None: DEFAULT_PAGINATION).
        "ARCHIVE_PAGINATION": None,
        # Related articles shown under an article (0: none).
        "ARCHIVE_RELATED_COUNT": 5,
        # JSON file with the archive counts (articles in, articles in each kind); "" = off.
        "ARCHIVE_REPORT_SAVE_AS": "",
    }
)

# Allowed types per setting (a tuple of types, checked with isinstance).
_TYPES: Mapping[str, tuple[type, ...]] = MappingProxyType(
    {
        "DOCUMENT_RECORD_PATHS": (list, tuple),
        "DOCUMENT_EXTRACT": (bool,),
        "DOCUMENT_PAGINATION": (int, type(None)),
        "DOCUMENTS_PAGINATION": (int, type(None)),
        "DOCUMENTS_INDEX_ROWS": (int,),
        "ARCHIVE_PAGINATION": (int, type(None)),
        "ARCHIVE_RELATED_COUNT": (int,),
    }
)
_TYPE_NAMES = {
    str: "chuỗi",
    bool: "True/False",
    int: "số nguyên",
    list: "danh sách",
    tuple: "danh sách",
    type(None): "None",
}


def archive_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """Return DEFAULTS overridden by the site's settings, after validating them.

    Raises ArchiveSettingsError on an unknown DOCUMENT_*/DOCUMENTS_*/ARCHIVE_* key (with the
    closest known name as a hint) or a value of the wrong type.
    """
    merged = dict(DEFAULTS)
    for key, value in settings.items():
        if not key.startswith(PREFIXES):
            continue
        if key not in DEFAULTS:
            raise ArchiveSettingsError(
                f"thiết lập không có: {key}",
                f"các thiết lập của document_archive: {_closest(key)}; xem "
                "plugins/document_archive/README.md",
            )
        expected = _TYPES.get(key, (str,))
        if isinstance(value, bool) and bool not in expected:
            expected_ok = False
        else:
            expected_ok = isinstance(value, expected)
        if not expected_ok:
            names = " hoặc ".join(dict.fromkeys(_TYPE_NAMES[t] for t in expected))
            raise ArchiveSettingsError(
                f"{key} phải là {names}, không phải {value!r}",
                f"mặc định: {key} = {DEFAULTS[key]!r}",
            )
        merged[key] = value
    for key in (
        "DOCUMENT_PAGINATION",
        "DOCUMENTS_PAGINATION",
        "DOCUMENTS_INDEX_ROWS",
        "ARCHIVE_PAGINATION",
        "ARCHIVE_RELATED_COUNT",
    ):
        if merged[key] is not None and merged[key] < 0:
            raise ArchiveSettingsError(f"{key} không được âm ({merged[key]!r})")
    _check_pairs(merged)
    return merged


def _check_pairs(merged: Mapping[str, object]) -> None:
    """A URL and its SAVE_AS are both set or both "" (off); patterns format cleanly."""
    samples = {"slug": "98-qd-tw", "year": 2023, "month": 5}
    for key, value in merged.items():
        if not key.endswith(("_URL", "_SAVE_AS", "_FEED_ATOM")) or not value:
            continue
        try:
            str(value).format(**samples)
        except (KeyError, IndexError, ValueError) as exc:
            raise ArchiveSettingsError(
                f"{key} = {value!r} dùng chỗ trống không hợp lệ ({exc})",
                "chỉ dùng {slug} (văn bản), {year} và {month:02d} (lưu trữ theo ngày)",
            ) from None
    for key, value in merged.items():
        pair = key[: -len("_URL")] + "_SAVE_AS" if key.endswith("_URL") else None
        if pair in merged and bool(merged[pair]) != bool(value):
            raise ArchiveSettingsError(
                f'{key} và {pair} phải cùng được đặt hoặc cùng là "" (tắt)',
            )


def _closest(key: str) -> str:
    """The known setting names closest to ``key`` (for the hint)."""
    from difflib import get_close_matches

    close = get_close_matches(key, list(DEFAULTS), n=3, cutoff=0.6)
    return ", ".join(close) if close else ", ".join(sorted(DEFAULTS))
