"""Settings of the document archive: frozen defaults, merged with the site's, validated.

Every setting is documented (type, default, meaning) in docs/settings.md, checked by a test.
A URL/SAVE_AS pair set to "" turns that page kind off. The validation is the shared one
(``settings_spec``) plus this plugin's own rules: URL/SAVE_AS pairs and their placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from archive.errors import ArchiveSettingsError
from settings_spec import Spec, apply, validated

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

# Accepted types where the default's type is not enough (None: DEFAULT_PAGINATION).
_TYPES: Mapping[str, tuple[type, ...]] = MappingProxyType(
    {
        "DOCUMENT_PAGINATION": (int, type(None)),
        "DOCUMENTS_PAGINATION": (int, type(None)),
        "ARCHIVE_PAGINATION": (int, type(None)),
    }
)

SPEC = Spec(
    plugin="document_archive",
    defaults=DEFAULTS,
    prefixes=PREFIXES,
    types=_TYPES,
    minimum={
        "DOCUMENT_PAGINATION": 1,
        "DOCUMENTS_PAGINATION": 1,
        "DOCUMENTS_INDEX_ROWS": 0,
        "ARCHIVE_PAGINATION": 1,
        "ARCHIVE_RELATED_COUNT": 0,
    },
    docs="plugins/document_archive/README.md",
    error=ArchiveSettingsError,
)

# Pelican's PAGINATED_TEMPLATES entry of each template this plugin paginates, and the setting
# that gives its page size: the pages are paginated by Pelican's writer.
PAGINATED = MappingProxyType(
    {
        "document": "DOCUMENT_PAGINATION",
        "documents": "DOCUMENTS_PAGINATION",
        "period_archives": "ARCHIVE_PAGINATION",
    }
)


def archive_settings(settings: Mapping[str, object]) -> dict[str, object]:
    """Return DEFAULTS overridden by the site's settings, after validating them.

    Raises ArchiveSettingsError on an unknown DOCUMENT_*/DOCUMENTS_*/ARCHIVE_* key (with the
    closest known name as a hint), a value of the wrong type or a negative count.
    """
    merged = validated(SPEC, settings)
    _check_pairs(merged)
    return merged


def apply_archive_settings(settings: dict) -> dict[str, object]:
    """Validate, ``setdefault`` every default into ``settings`` and give Pelican's writer the
    page size of each template the plugin paginates (``PAGINATED_TEMPLATES``)."""
    merged = archive_settings(settings)
    apply(SPEC, settings)
    paginated = dict(settings.get("PAGINATED_TEMPLATES") or {})
    for template, key in PAGINATED.items():
        paginated.setdefault(template, merged[key])
    settings["PAGINATED_TEMPLATES"] = paginated
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
