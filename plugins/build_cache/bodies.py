"""Article bodies held compressed between reading and rendering, and Pelican's memo of
rendered bodies emptied once they are used.

An archive's bodies are most of a build's memory: at 50,000 articles about 250 MiB of
``str`` (Vietnamese text is stored two bytes per character), read at the start and used
only when each article's own page and the feeds are rendered. Pelican asks a content
object for its body through ``Content._get_content`` when the object has one (else it
reads ``_content``), so a body stored compressed (as the cache stores values: a third of
the size) is handed back intact, at about 20 µs per use. Compressing costs about 50 µs
per article; a plugin that already holds the body encoded (``safe_html`` keeps its
sanitised bodies in the cache) leaves it in ``ENCODED_BODY`` and nothing is compressed
twice.

``Content.get_content`` and ``get_summary`` are ``pelican.utils.memoized``: one dict per
method, for the whole process, keyed by the content object. Rendering every article page
in one process would keep every body again in that dict, decompressed; render workers
empty the bodies' memo after each page (``forget_rendered_bodies``).
"""

from __future__ import annotations

from collections.abc import Iterable

from pelican.contents import Content

from build_cache.store import decode, encode

#: Bodies shorter than this (characters) stay as they are: not worth a compression.
MIN_COMPRESSED = 512
#: Attribute where a plugin may leave ``(text, store.encode(text))`` for a content
#: object's body ``text``; used only while ``_content`` is still that very string.
ENCODED_BODY = "_portal_encoded_body"


class CompressedBody:
    """The body of one content object, encoded as the cache stores values; calling it
    gives the text back (Pelican's ``_get_content`` hook)."""

    __slots__ = ("_blob",)

    def __init__(self, blob: bytes) -> None:
        self._blob = blob

    def __call__(self) -> str:
        return decode(self._blob)


def compress_bodies(contents: Iterable[Content]) -> int:
    """Store the body of each content object compressed; the number compressed.

    A body is compressed once (an object that already has a ``_get_content`` keeps it),
    and ``_content`` becomes empty so the text is not held twice.
    """
    count = 0
    for content in contents:
        state = content.__dict__
        encoded = state.pop(ENCODED_BODY, None)
        text = state.get("_content")
        if "_get_content" in state or not isinstance(text, str) or len(text) < MIN_COMPRESSED:
            continue
        blob = encoded[1] if encoded is not None and encoded[0] is text else encode(text)
        content._get_content = CompressedBody(blob)
        content._content = ""
        count += 1
    return count


def drop_body(content: Content) -> None:
    """Forget the body of ``content`` (in whichever form it is held)."""
    content._content = ""
    content.__dict__.pop("_get_content", None)
    content.__dict__.pop(ENCODED_BODY, None)


def forget_rendered_content(only: object = None) -> None:
    """Drop Pelican's memo of the content and summary of every article and page (or of
    the content object ``only``; safe while another thread builds other objects).

    In a long-lived process (``invoke serve`` rebuilds in place) the memo would keep every
    build's articles alive.
    """
    for name in ("get_content", "get_summary"):
        cache = _memo(name)
        if cache is None:
            continue
        if only is None:
            cache.clear()
            continue
        for key in list(cache):  # one C-level copy: no other thread runs meanwhile
            if key and key[0] is only:
                cache.pop(key, None)


def forget_rendered_bodies() -> None:
    """Drop Pelican's memo of every body (``get_content``), keeping the summaries: a
    worker that renders pages one by one would otherwise hold every body it rendered,
    while a summary (short) is shown again on many listing pages."""
    cache = _memo("get_content")
    if cache is not None:
        cache.clear()


def _memo(name: str) -> dict | None:
    cache = getattr(Content.__dict__.get(name), "cache", None)
    return cache if isinstance(cache, dict) else None
