"""Template fragments rendered once per batch of pages: the theme's article cards.

A listing page shows ten or more article cards, and an archive of 10,000 articles has over
11,000 listing pages (categories, tags, authors, months, documents, home): the same card
was rendered again on every page that shows it, about half of all template time in a cold
build. The theme wraps such a fragment in ``{% call fragment(name, part…) %}…{% endcall %}``:
while ``PortalWriter`` renders a batch of pages it puts a ``FragmentMemo`` in their context,
and a fragment whose name and parts were rendered before in this process is taken from it.
Anywhere else (Pelican's own writer, a page rendered alone) the body is simply rendered.

The parts must be everything the fragment's output depends on: strings, numbers, None,
booleans and lists of them are compared by value, any other object (an article) by
identity, and the memo holds a reference to it so its identity cannot be reused. A memo
lives for one batch of pages (``PortalWriter.flush``) and never across builds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

#: Name under which the writer puts the batch's memo into each page's context.
MEMO_KEY = "_portal_fragment_memo"
#: Entries a memo holds before it starts again (a card is about 1.5 KB: 30 MB per process).
MEMO_LIMIT = 20_000

_PLAIN = (str, int, float, bool, type(None))
_PLAIN_TYPES = frozenset(_PLAIN)  # exactly these types (a subclass goes to ``_key_part``)


class FragmentMemo:
    """Rendered fragments of one batch of pages, by name and parts."""

    def __init__(self, limit: int = MEMO_LIMIT) -> None:
        self.limit = limit
        self._entries: dict[Hashable, tuple[Any, ...]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get_or_render(self, name: str, parts: tuple, render: Callable[[], Any]) -> Any:
        """The fragment ``name`` for ``parts``: remembered, or ``render()`` remembered."""
        held: list[Any] = []
        # The key of ``_key_part``, with plain parts (most of them: levels, SITEURL, None)
        # taken as they are without a call each: a page asks for dozens of fragments.
        parts_key = [name]
        for part in parts:
            parts_key.append(part if part.__class__ in _PLAIN_TYPES else _key_part(part, held))
        key = tuple(parts_key)
        entry = self._entries.get(key)
        if entry is not None:
            return entry[0]
        value = render()
        if len(self._entries) >= self.limit:
            self._entries.clear()
        self._entries[key] = (value, held)  # held: the objects keyed by identity
        return value


def _key_part(value: Any, held: list[Any]) -> Hashable:
    """``value`` as part of a key: by value when it is plain data, else by identity."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, list | tuple):
        return tuple(_key_part(item, held) for item in value)
    held.append(value)
    return ("id", id(value))


@pass_context
def fragment(context: Context, name: str, *parts: Any, caller: Callable[[], Any]) -> Any:
    """Jinja global behind ``{% call fragment(name, part…) %}``: the rendered body, from
    the batch's memo when the page is rendered by ``PortalWriter``."""
    memo = context.get(MEMO_KEY)
    if memo is None:
        return caller()
    return memo.get_or_render(name, parts, caller)
