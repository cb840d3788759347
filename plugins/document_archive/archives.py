"""Archive groupings by date, author and document, related articles, counts (pure).

Works on any objects; the caller passes small accessors (``date_of`` returns None for an
article whose date is unknown), so this module never imports Pelican.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from vntext import format_month_vi, person_name_key

T = TypeVar("T")
DateOf = Callable[[Any], "dt.datetime | None"]

UNDATED_LABEL = "Không rõ ngày đăng"
UNKNOWN_AUTHOR_LABEL = "Không rõ tác giả"


@dataclass(frozen=True, slots=True)
class Period:
    """A year (``month`` None) or a month of articles, newest first."""

    year: int
    month: int | None
    articles: tuple[Any, ...]

    @property
    def label(self) -> str:
        """ "Năm 2023" or "Tháng 5 năm 2023" (Babel, no OS locale)."""
        return format_month_vi(self.year, self.month) if self.month else f"Năm {self.year}"

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True, slots=True)
class YearGroup:
    """Articles of one year (``year`` None: date unknown), for "by year" listings."""

    year: int | None
    articles: tuple[Any, ...]

    @property
    def label(self) -> str:
        return str(self.year) if self.year is not None else UNDATED_LABEL

    @property
    def count(self) -> int:
        return len(self.articles)


def newest_first(articles: Iterable[T], date_of: DateOf) -> list[T]:
    """Dated articles newest first, then undated ones (in their given order)."""
    items = list(articles)
    dated = [a for a in items if date_of(a) is not None]
    undated = [a for a in items if date_of(a) is None]
    dated.sort(key=date_of, reverse=True)
    return dated + undated


def periods(articles: Iterable[Any], date_of: DateOf) -> tuple[list[Period], list[Period]]:
    """Year periods and month periods (newest first) of the dated articles."""
    years: dict[int, list] = {}
    months: dict[tuple[int, int], list] = {}
    for article in newest_first(articles, date_of):
        date = date_of(article)
        if date is None:
            continue
        years.setdefault(date.year, []).append(article)
        months.setdefault((date.year, date.month), []).append(article)
    return (
        [Period(y, None, tuple(a)) for y, a in sorted(years.items(), reverse=True)],
        [Period(y, m, tuple(a)) for (y, m), a in sorted(months.items(), reverse=True)],
    )


def undated(articles: Iterable[T], date_of: DateOf) -> list[T]:
    return [a for a in articles if date_of(a) is None]


def by_year(articles: Iterable[Any], date_of: DateOf) -> list[YearGroup]:
    """Articles grouped by year, newest year first, the undated group last."""
    groups: dict[int | None, list] = {}
    for article in newest_first(articles, date_of):
        date = date_of(article)
        groups.setdefault(date.year if date else None, []).append(article)
    order = sorted((y for y in groups if y is not None), reverse=True)
    if None in groups:
        order.append(None)
    return [YearGroup(y, tuple(groups[y])) for y in order]


def sort_people(items: Iterable[T], name_of: Callable[[T], str]) -> list[T]:
    """Vietnamese order of personal names: by given name (last word), then the full name."""
    return sorted(items, key=lambda item: person_name_key(name_of(item)))


def related(
    article: Any,
    candidates: Sequence[Any],
    *,
    documents_of: Callable[[Any], Iterable[Hashable]],
    topics_of: Callable[[Any], Iterable[Hashable]],
    date_of: DateOf,
    limit: int,
) -> list[Any]:
    """Other articles citing the same documents first (most shared first), then those sharing
    the category or tags (most shared first); newest first within a rank."""
    if limit <= 0:
        return []
    docs = set(documents_of(article))
    topics = set(topics_of(article))
    scored = []
    for other in newest_first(candidates, date_of):
        if other is article:
            continue
        shared_docs = len(docs & set(documents_of(other)))
        shared_topics = len(topics & set(topics_of(other)))
        if shared_docs or shared_topics:
            scored.append(((-shared_docs, -shared_topics), other))
    scored.sort(key=lambda pair: pair[0])  # stable: keeps newest first within a rank
    return [other for _, other in scored[:limit]]


@dataclass(frozen=True, slots=True)
class KindCount:
    """How the articles of the site fall into one archive kind."""

    kind: str
    listed: int  # articles on at least one page of this kind
    outside: int  # articles honestly outside it (e.g. citing no document)
    missing: tuple[str, ...] = ()  # articles in neither: a bug, the build stops

    @property
    def total(self) -> int:
        return self.listed + self.outside


@dataclass(frozen=True, slots=True)
class ArchiveReport:
    """Articles in, and articles in each archive kind: the counts add up or the build stops."""

    articles_in: int
    kinds: tuple[KindCount, ...] = field(default=())

    @property
    def adds_up(self) -> bool:
        return all(k.total == self.articles_in and not k.missing for k in self.kinds)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles_in": self.articles_in,
            "kinds": {
                k.kind: {"listed": k.listed, "outside": k.outside, "missing": list(k.missing)}
                for k in self.kinds
            },
        }


def count_kind(
    kind: str,
    articles: Sequence[Any],
    listed: Iterable[Any],
    outside: Iterable[Any],
    name_of: Callable[[Any], str],
) -> KindCount:
    """Count one kind: ``listed`` and ``outside`` are what the pages actually contain."""
    listed_ids = {id(a) for a in listed}
    outside_ids = {id(a) for a in outside} - listed_ids
    missing = tuple(name_of(a) for a in articles if id(a) not in listed_ids | outside_ids)
    in_site = {id(a) for a in articles}
    return KindCount(kind, len(listed_ids & in_site), len(outside_ids & in_site), missing)
