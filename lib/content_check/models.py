"""Records of the content checker: problems and the settings the rules read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    """An error blocks publishing (non-zero exit); a warning is printed only."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # worth knowing, nothing to fix (a scheduled article)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one file, at a 1-based line and column. ``message`` is Vietnamese."""

    path: str
    line: int
    col: int
    code: str
    severity: Severity
    message: str

    def format(self) -> str:
        """``path:line:col: CODE message`` (warnings say so in the message)."""
        prefix = {Severity.WARNING: "cảnh báo: ", Severity.INFO: "thông tin: "}.get(
            self.severity, ""
        )
        return f"{self.path}:{self.line}:{self.col}: {self.code} {prefix}{self.message}"


# Metadata keys the portal understands (docs/content-format.md); others are probably typos.
KNOWN_KEYS = frozenset(
    {
        "title",
        "date",
        "date_precision",
        "modified",
        "author",
        "authors",
        "author_title",
        "byline",
        "category",
        "tags",
        "summary",
        "summary_source",
        "documents",
        "documents_remove",
        "documents_fix",
        "kicker",
        "headline",
        "slug",
        "source",
        "source_note",
        "import_source",  # provenance written by `invoke import` (lib/importer)
        "import_sha256",
        "import_encoding",
        "import_date",
        "import_fingerprint",
        "aliases",  # old URLs of the article (stable URLs, content/urls.manifest)
        "image",  # lead photo (plugins/photos): file, alt text, caption, credit
        "image_alt",
        "image_caption",
        "image_credit",
        "status",
        "visibility",
        "lang",
        "translation",
        "template",
        "save_as",
        "url",
    }
)


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """The plain values the rules need, read from pelicanconf.py by ``config.load_settings``.

    Defaults mirror pelicanconf.py so the rules can be tested without it.
    """

    content_root: Path = Path("content")
    categories: tuple[str, ...] = ()
    article_url: str = "bai-viet/{slug}/"
    draft_url: str = "ban-nhap/{slug}/"
    page_url: str = "trang/{slug}/"
    page_dirs: tuple[str, ...] = ("pages",)
    record_dirs: tuple[str, ...] = ("van-ban",)
    # Folders of content/ that hold no articles (ARTICLE_EXCLUDES); .md files there are skipped.
    excluded_dirs: tuple[str, ...] = ("files", "images", "extra")
    static_paths: tuple[str, ...] = ("images", "files", "extra/robots.txt")
    required_article_keys: tuple[str, ...] = (
        "title",
        "date",
        "author",
        "category",
        "summary",
        "slug",
    )
    required_page_keys: tuple[str, ...] = ("title", "slug")
    # Document records (content/van-ban/*.md): see lib/archive/records.py.
    required_record_keys: tuple[str, ...] = ("id",)
    known_keys: frozenset[str] = field(default=KNOWN_KEYS)
    # Hosts whose video players may be embedded (SAFE_HTML_EMBED_HOSTS): no VN093 for them.
    embed_hosts: tuple[str, ...] = ()
    # Lead photos (plugins/photos): folders an ``Image`` may be in, and the limits of an
    # original (PHOTO_MAX_BYTES: warning; PHOTO_MAX_PIXELS: error).
    photo_dirs: tuple[str, ...] = ("images",)
    photo_max_bytes: int = 8 * 1024 * 1024
    photo_max_pixels: int = 50_000_000
    # Metadata values of ``Visibility`` that mark an article as internal.
    internal_values: frozenset[str] = frozenset(
        {"internal", "noi-bo", "nội bộ", "lưu hành nội bộ", "private"}
    )
