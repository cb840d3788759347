"""Fingerprints of what a page shows: its template's inputs, walked as plain data.

A page is rendered again only when its fingerprint changes. The fingerprint covers the code,
the theme, every setting, and the page's own template variables walked recursively:
content objects by their source file's bytes and every attribute plugins gave them
(neighbours, related articles, documents, Git dates…), documents by what their pages
show, paginator pages by their items. A value of a kind this module does not know makes
the page "always render": unsure means rebuild, never stale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup
from pelican.contents import Content
from pelican.paginator import Page as PaginatorPage
from pelican.paginator import Paginator
from pelican.urlwrappers import URLWrapper

from build_cache.bodies import ENCODED_BODY
from build_cache.fingerprint import digest

# Attributes of content objects that the fingerprint leaves out: covered by the source
# file's bytes (metadata, body), or not content at all (settings, shared context).
_CONTENT_SKIP = frozenset(
    {
        "_context",
        "settings",
        "_content",
        "_get_content",
        ENCODED_BODY,
        "metadata",
        "_summary",
        "content",
        "_cached_url",
    }
)
# Lists longer than this are fingerprinted once per build and remembered by identity.
_MEMO_MIN = 8


class PageKeys:
    """Computes page fingerprints for one build (memoised per object for that build)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._memo: dict[int, str] = {}
        self._keep: list[Any] = []  # keeps memoised objects alive so ids stay unique
        self._volatile = itertools.count()
        self._urls: dict[int, str] = {}
        self._members: dict[int, str] = {}
        self._cards: dict[int, str] = {}
        self._member_parts: dict[int, str] = {}
        self._briefs: dict[int, str] = {}
        self._pages: dict[tuple[int, int], str] = {}  # (paginator, number) -> fingerprint

    def page(self, template: str, relpath: str, values: Mapping[str, Any], extra: str = "") -> str:
        """Fingerprint of one output file rendered from ``template`` with ``values``."""
        parts = [self.base, template, relpath, extra]
        for name in sorted(values):
            parts.append(name)
            parts.append(self.value(values[name]))
        return digest(*parts)

    def membership(self, items: Iterable[Any]) -> str:
        """A list of articles as a listing's counts and year groups see it: which articles,
        in which order, with which dates; not what each one says."""
        key = id(items)
        cached = self._members.get(key)
        if cached is None:
            parts = [self._member(item) for item in items]
            cached = self._members[key] = digest("members", *parts)
            self._keep.append(items)
        return cached

    def _member(self, item: Any) -> str:
        """One item of ``membership``: an article by its URL and date, once per build (it
        is in many lists: its category's, author's, tags', month's, year's…)."""
        if not isinstance(item, Content):
            return self.value(item)
        part = self._member_parts.get(id(item))
        if part is None:
            part = f"{self._url(item)}\0{self.value(getattr(item, 'date', None))}"
            self._member_parts[id(item)] = part  # kept alive by _url's _keep
        return part

    def many(self, values: Iterable[Any]) -> str:
        """Fingerprint of a sequence of values."""
        return digest(*(self.value(v) for v in values))

    # --- values ----------------------------------------------------------------------
    def value(self, value: Any) -> str:
        """Fingerprint of any template value."""
        if value is None or isinstance(value, str | int | float | bool | bytes):
            return repr(value)
        if isinstance(value, Markup):
            return repr(str(value))
        if isinstance(value, dt.datetime | dt.date | dt.time):
            return f"{type(value).__name__}:{value.isoformat()}:{getattr(value, 'tzinfo', '')}"
        key = id(value)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        result = self._compute(value)
        if not isinstance(value, list | tuple) or len(value) >= _MEMO_MIN:
            self._memo[key] = result
            self._keep.append(value)
        return result

    def _compute(self, value: Any) -> str:
        if isinstance(value, Content):
            return self.content(value)
        if hasattr(value, "fingerprint_parts"):
            return digest(type(value).__name__, repr(value.fingerprint_parts()))
        if isinstance(value, URLWrapper):
            return digest(type(value).__name__, str(value.name), value.slug, value.url)
        if isinstance(value, PaginatorPage):
            return self._paginator_page(value)
        if isinstance(value, Paginator):
            return digest("paginator", str(value.num_pages), str(value.count), value.url)
        if isinstance(value, list | tuple):
            return digest("seq", *(self.value(v) for v in value))
        if isinstance(value, set | frozenset):
            return digest("set", *sorted(self.value(v) for v in value))
        if isinstance(value, Mapping):
            items = sorted((str(k), self.value(v)) for k, v in value.items())
            return digest("map", *(part for item in items for part in item))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = dataclasses.fields(value)
            return digest(
                type(value).__name__,
                *(self.value(getattr(value, f.name)) for f in fields),
            )
        if callable(value):
            return (
                f"callable:{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
            )
        text = repr(value)
        if " at 0x" not in text:  # a repr without an address describes the value
            return digest(type(value).__qualname__, text)
        return f"volatile:{type(value).__name__}:{next(self._volatile)}:{id(self)}"

    def _paginator_page(self, page: PaginatorPage) -> str:
        """One page of a paginated list, once per build: Pelican makes a new object for the
        same page as the current, previous and next page of three pages of the listing."""
        key = (id(page.paginator), page.number)
        found = self._pages.get(key)
        if found is None:
            found = self._pages[key] = digest(
                "page",
                str(page.number),
                str(page.paginator.num_pages),
                page.url,
                page.save_as,
                self._items(page.object_list),
            )
            self._keep.append(page.paginator)
        return found

    def content(self, content: Content, *, links: bool = True) -> str:
        """An article or page: its source bytes, URLs and every attribute plugins set.

        With ``links=False`` (an item of a listing page, shown as a card), attributes that
        point to other articles (related articles, neighbours) are left out: a card shows
        the article itself, not its links.
        """
        full, card = self.content_pair(content)
        return full if links else card

    def content_pair(self, content: Content) -> tuple[str, str]:
        """``(content(links=True), content(links=False))`` from one walk of the object's
        attributes, both remembered for this build (an article page and the cards of the
        same article on listing pages share the walk)."""
        known = self._memo.get(id(content)), self._cards.get(id(content))
        if known[0] is not None and known[1] is not None:
            return known
        head = [
            type(content).__name__,
            str(getattr(content, "portal_source_key", None) or f"volatile:{id(content)}"),
            self._url(content),
            content.save_as,
        ]
        full, card = list(head), head
        for name in sorted(vars(content)):
            if name in _CONTENT_SKIP:
                continue
            value = getattr(content, name)
            part = self._attribute(value)
            full.append(name)
            full.append(part)
            if not _links_to_content(value):
                card.append(name)
                card.append(part)
        pair = digest(*full), digest(*card)
        self.remember(content, pair)
        return pair

    def remember(self, content: Content, pair: tuple[str, str]) -> None:
        """Take ``content_pair(content)`` as computed elsewhere (a forked worker: the same
        object at the same address), so that this process does not walk it again."""
        self._memo[id(content)], self._cards[id(content)] = pair
        self._keep.append(content)

    def card(self, content: Content) -> str:
        """An article as a listing shows it (``content(links=False)``), once per build."""
        return self.content_pair(content)[1]

    def _items(self, items: Iterable[Any]) -> str:
        return digest(
            "items", *(self.card(v) if isinstance(v, Content) else self.value(v) for v in items)
        )

    def _attribute(self, value: Any) -> str:
        """Other content referenced from a content object counts by its source and URL."""
        if isinstance(value, Content):
            return self.brief(value)
        if isinstance(value, list | tuple) and any(isinstance(v, Content) for v in value):
            return digest(
                "seq", *(self.brief(v) if isinstance(v, Content) else self.value(v) for v in value)
            )
        return self.value(value)

    def brief(self, content: Content) -> str:
        """Content referenced by other content: its source and URL, once per build (an
        article is the related article or neighbour of many others)."""
        found = self._briefs.get(id(content))
        if found is None:
            source = str(getattr(content, "portal_source_key", id(content)))
            found = self._briefs[id(content)] = digest(source, self._url(content))
        return found  # kept alive by _url's _keep

    def _url(self, content: Content) -> str:
        """``content.url``, computed once per build (Pelican formats it on every access)."""
        url = self._urls.get(id(content))
        if url is None:
            url = self._urls[id(content)] = content.url
            self._keep.append(content)
        return url


def _links_to_content(value: Any) -> bool:
    """True for another article, or a list holding one (related articles, neighbours)."""
    if isinstance(value, Content):
        return True
    return isinstance(value, list | tuple) and any(isinstance(v, Content) for v in value)
