"""What the fast gates found in each page, kept between publishes by the page's content hash.

Parsing every HTML page of a big site takes far longer than a one-article publish may; a page
whose bytes did not change has the same title, ``lang`` and links, so only new or changed pages
are parsed. Whether a link's target exists is judged again on every publish (the cache holds
what a page says, never whether the site around it is right). A cache from another version or
that cannot be read is discarded with a warning; it can never change a verdict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from portal_files.atomic import write_atomic

VERSION = 1  # bump when the page parser (gates._PageParser) changes what it extracts


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What one HTML page says: a title, a ``lang``, its links; or that it is not UTF-8."""

    utf8: bool
    titled: bool = False
    lang: bool = False
    links: tuple[str, ...] = ()


class GateCache:
    """Page facts by content hash, read from and written back to one JSON file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.warning = ""
        self._known: dict[str, PageFacts] = {}
        self._used: dict[str, PageFacts] = {}
        if path is not None and path.exists():
            self._known = self._load(path)

    def _load(self, path: Path) -> dict[str, PageFacts]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != VERSION:
                raise ValueError(f"phiên bản {data.get('version')!r}")
            links = data["links"]
            return {
                key: PageFacts(bool(u), bool(t), bool(g), tuple(links[i] for i in refs))
                for key, (u, t, g, refs) in data["pages"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            self.warning = f"bỏ qua bộ nhớ đệm kiểm tra {path} (cũ hoặc hỏng: {exc})"
            return {}

    def facts(self, data: bytes, parse: Callable[[bytes], PageFacts]) -> PageFacts:
        """The facts of a page with these bytes: from the cache, else ``parse(data)``."""
        key = hashlib.blake2b(data, digest_size=20).hexdigest()
        found = self._used.get(key) or self._known.get(key)
        if found is None:
            found = parse(data)
        self._used[key] = found
        return found

    def save(self) -> None:
        """Write the facts of the pages seen this time (older ones are dropped), atomically."""
        if self.path is None:
            return
        table: dict[str, int] = {}
        pages = {
            key: [f.utf8, f.titled, f.lang, [table.setdefault(x, len(table)) for x in f.links]]
            for key, f in self._used.items()
        }
        text = json.dumps({"version": VERSION, "links": list(table), "pages": pages})
        write_atomic(self.path, text)
