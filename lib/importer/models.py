"""Records of the importer: one frozen ``Report`` per source, and what became of each input."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    CAPTION = "caption"
    LIST = "list"
    TABLE = "table"
    IMAGE = "image"
    FILE = "file"


@dataclass(frozen=True)
class Block:
    """One body block. ``text`` for paragraphs, headings and captions; ``items`` for lists
    (``ordered`` for numbered ones); ``rows`` for tables (first row = header); ``src``/``text``
    for an image or an attached file (its path in content/ and its alt text or link text)."""

    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    src: str = ""


@dataclass(frozen=True)
class Asset:
    """A file referenced by a saved page, copied next to the article (``target`` is relative
    to content/, e.g. ``images/<slug>/anh-1.jpg``)."""

    source: Path
    target: str


@dataclass(frozen=True)
class Provenance:
    """Where a report came from: shown in the article's ``Import_*`` metadata."""

    source: str  # the file as given (or the page's original URL when the HTML says so)
    sha256: str
    encoding: str
    confidence: float
    kind: str  # "text" or "html"


@dataclass(frozen=True)
class Report:
    """Everything the importer learnt from one source, before it becomes Markdown.

    ``date`` is aware (Asia/Ho_Chi_Minh) or None when the source gives no date;
    ``date_precision`` is "minute" or "day". ``author`` None means no byline.
    """

    title: str
    blocks: tuple[Block, ...]
    provenance: Provenance
    date: dt.datetime | None = None
    date_precision: str = "minute"
    author: str | None = None
    author_title: str | None = None
    byline: str | None = None
    kicker: str | None = None
    headline: str | None = None
    summary: str | None = None
    summary_source: str | None = None
    source_note: str | None = None
    documents: tuple[str, ...] = ()
    assets: tuple[Asset, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    uncertain: tuple[str, ...] = field(default=())  # what an archivist should check
    page_url: str | None = None  # the saved page's canonical URL, as it says
    alias: str | None = None  # its address on the old portal, for ``Aliases:``
    lead_image: str = ""  # the page's og:image ("ref:N", then its path in content/), if saved


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportResult:
    """One line of the import report: every input gets exactly one."""

    source: Path
    outcome: Outcome
    reason: str
    target: Path | None = None
    encoding: str = ""
    title: str = ""
    date: str = ""
    author: str = ""
    uncertain: tuple[str, ...] = ()


class ImportRejected(Exception):
    """A source the importer refuses; ``message`` is Vietnamese and names the file."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.message = message
