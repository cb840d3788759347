"""Split the indexed pages of a site into shards: one Pagefind index per year (pure).

A shard is what one Pagefind process indexes, so its size bounds the indexer's memory: a year
with more pages than the limit is split into runs of consecutive months. The newest year, where
editors publish and correct, may be split into smaller runs (``recent_pages``): a new article or
an edit there re-indexes its run of months, not the whole year (publish after one edit at
10,000 articles: 604 pages indexed again, 1.15 s, became one run of at most 200).
Small years are not put together: Pagefind scores a page against its own index, so the
same query would rank the same articles differently (the e2e search tests caught it).
Undated pages form their own shard(s). Each shard has a key (a digest of its pages' URLs
and bytes) so an unchanged year is never indexed again.
The newest articles may go into a small quick bundle instead (``plan_bundles``): the search
page asks it first, and merges it with the shards, which then hold every other page (Pagefind
costs 2-5 CPU-ms a page, so a page indexed twice was a fixed cost of every build).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Pagefind indexes only pages marked with this attribute (the published articles).
BODY_MARKER = b"data-pagefind-body"
# The article's date as written by partials/search_terms.html: <span data-pagefind-sort="ngay">
_SORT_DATE = re.compile(rb'data-pagefind-sort="ngay"[^>]*>\s*((\d{4})-(\d{2})[^<]*)')
_TAG_NAME = re.compile(rb"<([a-zA-Z][a-zA-Z0-9]*)")
_HTML_TAG = re.compile(rb"<html(?=[\s>])[^>]*>", re.IGNORECASE)
_TITLE = re.compile(rb"<title(?=[\s>])[^>]*>[^<]*</title>", re.IGNORECASE)
# A tag with a data-pagefind-* attribute, and the text right after it.
_PAGEFIND_TAG = re.compile(rb"<[^>]*data-pagefind[^>]*>[^<]*")
UNDATED = "khong-ro-ngay"
NEWEST = "moi-nhat"


@dataclass(frozen=True)
class IndexedPage:
    """One page Pagefind will index: its path in the site, year/month (None) and digest."""

    path: str
    year: int | None
    month: int | None
    digest: str
    date: str = ""  # as Pagefind sorts by it (ISO), "" when undated


@dataclass(frozen=True)
class Shard:
    """A group of pages indexed together into ``pagefind/<name>/``."""

    name: str
    pages: tuple[IndexedPage, ...]
    years: tuple[int, ...] = ()  # the years of its pages (the search page's year filter)

    def key(self, version: str) -> str:
        """Digest of what the bundle depends on: the indexer version, page paths and bytes."""
        digest = hashlib.sha256(version.encode())
        for page in sorted(self.pages, key=lambda p: p.path):
            digest.update(f"\0{page.path}\0{page.digest}".encode())
        return digest.hexdigest()[:32]


def read_page(path: str, data: bytes) -> IndexedPage | None:
    """The page as Pagefind will see it, or None when it is not marked for indexing."""
    if BODY_MARKER not in data:
        return None
    found = _SORT_DATE.search(data)
    digest = hashlib.blake2b(search_document(data), digest_size=16).hexdigest()
    if not found:
        return IndexedPage(path, None, None, digest)
    date = found.group(1).decode("ascii", "replace").strip()
    return IndexedPage(path, int(found.group(2)), int(found.group(3)), digest, date)


def search_document(data: bytes) -> bytes:
    """The document Pagefind is given for a page: its ``<html>`` tag (the language) and
    ``<title>``, the element marked ``data-pagefind-body``, then each tag with a
    ``data-pagefind-*`` attribute after it, with the text right after that tag.

    The head (styles, scripts, JSON-LD), the menus and what follows the body (related
    articles, previous/next, the footer) are left out: Pagefind would read them only to
    skip them (a sixth of its time at 3,000 articles), and a title edit that changes
    those blocks on fifty other pages re-indexes none of them. Pagefind writes the same
    fragments and index for it as for the whole page. A page this cannot be sure about
    (unbalanced tags, two bodies, no ``<html>`` tag before the body) is given whole.
    """
    marker = data.find(BODY_MARKER)
    opening = data.rfind(b"<", 0, marker)
    name = _TAG_NAME.match(data, opening) if opening >= 0 else None
    root = _HTML_TAG.search(data, 0, max(opening, 0))
    if name is None or root is None:
        return data
    depth, end = 0, -1
    pattern = re.compile(rb"<(/?)" + re.escape(name.group(1)) + rb"(?=[\s>/])", re.IGNORECASE)
    for tag in pattern.finditer(data, opening):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = data.find(b">", tag.end()) + 1
            break
    if end <= 0 or BODY_MARKER in data[end:]:
        return data
    title = _TITLE.search(data, 0, opening)
    return b"".join(
        (
            root.group(0),
            b'<head><meta charset="utf-8">',
            title.group(0) if title else b"",
            b"</head><body>",
            data[opening:end],
            *_PAGEFIND_TAG.findall(data, end),
            b"</body></html>",
        )
    )


def plan_shards(pages: Iterable[IndexedPage], max_pages: int, recent_pages: int = 0) -> list[Shard]:
    """Shards, newest first, undated last; none holds more than ``max_pages`` pages, nor a
    shard of the newest year more than ``recent_pages`` (when above 0), unless a single month
    does (a month is never split)."""
    if max_pages < 1:
        raise ValueError(f"max_pages must be at least 1, not {max_pages!r}")
    if recent_pages < 0:
        raise ValueError(f"recent_pages must be 0 or more, not {recent_pages!r}")
    years: dict[int, list[IndexedPage]] = {}
    undated: list[IndexedPage] = []
    for page in pages:
        if page.year is None:
            undated.append(page)
        else:
            years.setdefault(page.year, []).append(page)
    shards: list[Shard] = []
    newest = max(years, default=None)
    for year in sorted(years, reverse=True):
        limit = min(max_pages, recent_pages) if year == newest and recent_pages else max_pages
        shards.extend(_split_year(year, years[year], limit))
    undated.sort(key=lambda p: p.path)
    chunks = [undated[i : i + max_pages] for i in range(0, len(undated), max_pages)]
    for number, chunk in enumerate(chunks, start=1):
        name = UNDATED if len(chunks) == 1 else f"{UNDATED}-{number}"
        shards.append(Shard(name, tuple(chunk)))
    return shards


def _split_year(year: int, pages: Sequence[IndexedPage], max_pages: int) -> list[Shard]:
    """One shard for the year, or runs of whole months (newest first) when it is too big."""
    if len(pages) <= max_pages:
        return [Shard(str(year), tuple(sorted(pages, key=lambda p: p.path)), (year,))]
    months: dict[int, list[IndexedPage]] = {}
    for page in pages:
        months.setdefault(page.month or 1, []).append(page)
    runs: list[list[int]] = []
    size = 0
    for month in sorted(months):
        if runs and size + len(months[month]) <= max_pages:
            runs[-1].append(month)
            size += len(months[month])
        else:
            runs.append([month])
            size = len(months[month])
    shards = []
    for run in reversed(runs):
        chosen = sorted((p for m in run for p in months[m]), key=lambda p: p.path)
        shards.append(Shard(f"{year}-{run[0]:02d}", tuple(chosen), (year,)))
    return shards


def newest_shard(pages: Iterable[IndexedPage], count: int) -> Shard | None:
    """The ``count`` newest dated pages, a small bundle that answers a query first while the
    whole archive is searched (None when the archive fits in one bundle anyway). Its
    ``years`` are those of its pages, newest first (the year filter skips it without them)."""
    dated = [p for p in pages if p.year is not None]
    if count < 1 or len(dated) <= count:
        return None
    dated.sort(key=lambda p: (p.date, p.path), reverse=True)
    chosen = dated[:count]
    years = tuple(sorted({p.year for p in chosen if p.year is not None}, reverse=True))
    return Shard(NEWEST, tuple(sorted(chosen, key=lambda p: p.path)), years)


def plan_bundles(
    pages: Iterable[IndexedPage], max_pages: int, quick: int = 0, recent_pages: int = 0
) -> tuple[Shard | None, list[Shard]]:
    """The quick bundle of the ``quick`` newest articles (``newest_shard``) and the shards
    (``plan_shards``) of every other page: each indexed page is in exactly one of them, so
    the search page merges them all and sees every page once. Without a quick bundle (0,
    or no more dated pages than ``quick``) the shards hold every page."""
    pages = list(pages)
    newest = newest_shard(pages, quick)
    if newest is None:
        return None, plan_shards(pages, max_pages, recent_pages)
    taken = {page.path for page in newest.pages}
    rest = [page for page in pages if page.path not in taken]
    return newest, plan_shards(rest, max_pages, recent_pages)
