"""Records returned by the citation extractor.

These frozen dataclasses are the contract between the extractor and its users (the archive
plugin, the content checker, the importer and the ``citations`` command line). Change them only
together with every user.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class System(StrEnum):
    """Which system of documents an id belongs to."""

    PARTY = "party"
    STATE = "state"


class ReferenceKind(StrEnum):
    """Kinds of uncoded references (a document named without its full code)."""

    PLENUM = "plenum"  # "Nghị quyết Trung ương 4 (khóa XII)"
    CONGRESS = "congress"  # "Nghị quyết Đại hội XI của Đảng"
    NUMBER_ONLY = "number_only"  # "Chỉ thị 05", "Nghị quyết 12a"
    NUMBER_AND_PLENUM = "number_and_plenum"  # "Nghị quyết 18 của Hội nghị Trung ương 6 (khóa XII)"


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence in the text: exact substring and character offsets (NFC text)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Citation:
    """A coded document cited by a text, with every mention of it.

    ``id`` is canonical (NFC, "Đ" U+0110, ASCII hyphen, no spaces, number as printed).
    ``issuer``, ``date`` (ISO ``YYYY-MM-DD`` or ``YYYY-MM`` or ``YYYY``) and ``term`` (Roman
    numeral, e.g. "XII") are only what the text states; None when it states nothing.
    ``key`` tells apart documents that share an id (see ``canonical.document_key``).
    ``issuer_implied`` is the body the code alone names ("TT-BTC" → "Bộ Tài chính"), never mixed
    into ``issuer``; None when the code names no single body ("…/TW", "…-UBND").
    """

    id: str
    type: str
    system: System
    issuer: str | None
    date: str | None
    term: str | None
    key: str
    mentions: tuple[Mention, ...]
    printed_ids: tuple[str, ...] = ()  # every distinct code as printed, when they differ from id
    issuer_implied: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """An uncoded reference to an identifiable document.

    ``resolves_to`` is the canonical id of the coded document when the reference can be
    resolved with confidence, else None; ``resolved_by`` says how ("plenum-table": the sourced
    table of plenum resolutions, "text": the same text prints the full code, "issuer": the
    issuer printed beside the number fixes the code's shape, "register": the site's register).
    ``term`` is stated by the text, or derived from the article's date for a plenum reference
    that resolved through it. ``issuer``/``number`` are what the text says for a number-only
    reference. ``problem`` is a Vietnamese note on an impossible reference (a plenum that does
    not exist, a term after the article's date), for the content checker; None when sound.
    """

    label: str
    kind: ReferenceKind
    type: str
    term: str | None
    resolves_to: str | None
    mentions: tuple[Mention, ...]
    issuer: str | None = None
    number: str | None = None
    resolved_by: str | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one text."""

    documents: tuple[Citation, ...]
    references: tuple[Reference, ...]
