"""Portal metadata conventions (pure): unknown dates/authors and date precision."""

from __future__ import annotations

import datetime as dt

from vntext import VN_TZ

# Pelican's lists of articles on the articles generator (published, drafts, hidden, and
# their translations): every plugin that visits all articles walks these.
ARTICLE_COLLECTIONS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "hidden_articles",
    "hidden_translations",
)
# The same on the pages generator.
PAGE_COLLECTIONS = ("pages", "hidden_pages", "draft_pages", "draft_translations")

# Values an editor writes when the source does not say (English or Vietnamese).
UNKNOWN_VALUES = frozenset({"unknown", "không rõ", "khong ro"})
# Sentinel year for an unknown publication date: sorts after every real article.
_UNKNOWN_DATE = dt.datetime(1900, 1, 1, tzinfo=VN_TZ)


def unknown_date() -> dt.datetime:
    """The datetime that stands for "publication date unknown"."""
    return _UNKNOWN_DATE


def is_unknown_date(value: dt.datetime | None) -> bool:
    """True when ``value`` is the unknown-date sentinel."""
    return value is not None and value == _UNKNOWN_DATE


def apply_conventions(metadata: dict) -> None:
    """Add ``date_known``, ``author_known`` and ``time_known`` flags to read metadata.

    ``Author: unknown`` removes the author (the article is then listed under "Không rõ tác
    giả", never credited to the site). ``Date_precision: day`` means the source gave no time.
    """
    metadata["date_known"] = not is_unknown_date(metadata.get("date"))
    author = metadata.get("author")
    author_name = getattr(author, "name", author)
    if author_name is not None and str(author_name).strip().lower() in UNKNOWN_VALUES:
        metadata.pop("author", None)
        metadata.pop("authors", None)
    authors = metadata.get("authors")
    if authors:
        kept = [a for a in authors if str(a).strip().lower() not in UNKNOWN_VALUES]
        if kept:
            metadata["authors"] = kept
        else:
            metadata.pop("authors", None)
    metadata["author_known"] = bool(metadata.get("author") or metadata.get("authors"))
    precision = str(metadata.get("date_precision", "minute")).strip().lower()
    metadata["time_known"] = metadata["date_known"] and precision != "day"
