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

#: Longest slug, in characters (a slug is ASCII, so also bytes). It names a folder of the
#: output (``bai-viet/<slug>/``), and file systems refuse a name over 255 bytes; the scaffold
#: and the importer write at most 80.
SLUG_MAX_LENGTH = 200

# Values an editor writes when the source does not say (English or Vietnamese).
UNKNOWN_VALUES = frozenset({"unknown", "không rõ", "khong ro"})


def unreadable_date_message(raw: str) -> str:
    """What an editor is told about a ``Date``/``Modified`` value that is not a date (the
    checker's VN020 and the build say the same)."""
    return (
        f"không đọc được ngày giờ `{raw}`: hãy viết YYYY-MM-DD HH:MM theo giờ Việt Nam "
        "(ví dụ 2023-05-20 08:30), hoặc `unknown` nếu nguồn không ghi ngày"
    )


class UnknownDate(dt.datetime):
    """The date of an article whose source gives none (``Date: unknown``).

    Pelican needs an orderable date on every article, so this is an aware datetime, older
    than any real date (undated articles come last, newest first), that Pelican can sort
    and format. And it is false, as a missing date is: everything that shows or uses a
    date asks the one question ``if article.date`` (``{% if article.date %}`` in templates,
    ``if item["pubdate"]`` on a feed item) and never sees the instant itself.
    """

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNKNOWN_DATE"


UNKNOWN_DATE = UnknownDate(1, 1, 2, tzinfo=VN_TZ)


def apply_conventions(metadata: dict) -> None:
    """Add ``author_known`` and ``time_known`` flags to read metadata.

    ``Author: unknown`` removes the author (the article is then listed under "Không rõ tác
    giả", never credited to the site). ``Date_precision: day`` means the source gave no time.
    An unknown date needs no flag: it is ``UNKNOWN_DATE``, which is false.
    """
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
    metadata["time_known"] = bool(metadata.get("date")) and precision != "day"
