"""The only module that calls the citation library (pure): extraction, canonical ids, types.

Also the site's document register: records under ``content/van-ban/`` may list the ways reports
cite them without the code (``Cited_as: Chỉ thị 05; Chỉ thị số 05 của Bộ Chính trị``); a
number-only or plenum reference the library leaves open resolves through it (a dict lookup).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive.errors import ArchiveError
from archive.merge import CitedDocument, from_citation

if TYPE_CHECKING:
    import citations

SYSTEM_LABELS = {"party": "Đảng", "state": "Nhà nước"}


def load_library() -> None:
    """Import the citation library now: compiling its grammar takes about 0.13 s, so a build
    does it once its render workers are forked (``document_archive.plugin``), beside them,
    rather than in its start-up, where nothing else runs. Every function here imports the
    library where it is used (after the first time, a dictionary lookup)."""
    import citations  # noqa: F401


def slug_ascii(text: str) -> str:
    """``citations.canonical.slug_ascii``: the ASCII slug of an issuer's name."""
    from citations.canonical import slug_ascii as slug

    return slug(text)


def canonical(raw: str) -> str | None:
    """Canonical id of ``raw`` ("98- QĐ/TW" -> "98-QĐ/TW"), None if it is not an id."""
    import citations

    return citations.canonical_id(raw)


# --- the register ------------------------------------------------------------------------------

RegisterKey = tuple[str, str, str]  # (kind, label without term, issuer slug or "")


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One record a phrase names: what a resolved reference needs to land on its page."""

    id: str
    term: str | None
    issued: str | None
    path: str
    line: int
    issuer_slug: str = ""  # the record's Issuer, slugged


def _label_key(ref: citations.Reference) -> tuple[str, str]:
    label = re.sub(r" khóa [IVXLC]+$", "", ref.label).lower()
    label = re.sub(r"(?<!\w)0+(?=\d)", "", label)  # "Chỉ thị 05" and "Chỉ thị 5" are one
    return ref.kind.value, label


def _key(ref: citations.Reference, with_issuer: bool = True) -> RegisterKey:
    kind, label = _label_key(ref)
    return kind, label, slug_ascii(ref.issuer) if with_issuer and ref.issuer else ""


def phrase_reference(phrase: str) -> citations.Reference | None:
    """The one uncoded reference a ``Cited_as`` phrase is, or None when it is not exactly one."""
    import citations

    found = citations.extract(phrase)
    if found.documents or len(found.references) != 1:
        return None
    return found.references[0]


@dataclass(frozen=True, slots=True)
class Register:
    """Phrases of ``Cited_as`` → the record they name; ambiguous phrases are left out.

    ``warnings`` are Vietnamese ``path:line: …`` lines for phrases two records claim.
    """

    entries: Mapping[RegisterKey, RegisterEntry]
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_records(cls, records: Iterable) -> Register:
        """Build from document records; raise ArchiveError (path:line) on a phrase that is not
        one uncoded reference ("Chỉ thị 05", "Nghị quyết Trung ương 4 khóa XII")."""
        entries: dict[RegisterKey, RegisterEntry] = {}
        clashes: dict[RegisterKey, list[RegisterEntry]] = {}
        for record in records:
            line = record.cited_as_line or record.line
            for phrase in record.cited_as:
                ref = phrase_reference(phrase)
                if ref is None:
                    raise ArchiveError(
                        record.path,
                        line,
                        f"cách gọi không hợp lệ trong Cited_as: {phrase!r}",
                        "mỗi cách gọi là tên văn bản không kèm số hiệu đầy đủ, ví dụ "
                        "'Chỉ thị 05' hoặc 'Chỉ thị số 05 của Bộ Chính trị'; ngăn cách bằng ';'",
                    )
                entry = RegisterEntry(
                    record.id,
                    record.term,
                    record.issued,
                    record.path,
                    line,
                    slug_ascii(record.issuer) if record.issuer else "",
                )
                key = _key(ref)
                if key in clashes:
                    clashes[key].append(entry)
                elif key in entries and entries[key].id != record.id:
                    clashes[key] = [entries.pop(key), entry]
                elif key not in entries:
                    entries[key] = entry
        warnings = tuple(
            f"{e.path}:{e.line}: cách gọi '{key[1]}' trùng với hồ sơ "
            + ", ".join(f"{o.path}:{o.line} ({o.id})" for o in group if o is not e)
            + ": không dùng cách gọi này để xác định văn bản"
            for key, group in clashes.items()
            for e in group
        )
        return cls(entries, warnings)

    def lookup(self, ref: citations.Reference, on: str | None = None) -> RegisterEntry | None:
        """The record ``ref`` names, or None: unknown, ambiguous, or contradicted by the text.

        A reference stating an issuer matches a phrase with that issuer, or a bare phrase of a
        record whose issuer is the same; a term the text states must be the record's; a record
        issued after the article's date ``on`` cannot be the one cited.
        """
        entry = self.entries.get(_key(ref))
        if entry is None and ref.issuer:
            bare = self.entries.get(_key(ref, with_issuer=False))
            if bare is not None and bare.issuer_slug == slug_ascii(ref.issuer):
                entry = bare
        if entry is None:
            return None
        if ref.term and entry.term and ref.term != entry.term:
            return None
        if on and entry.issued and entry.issued[: len(on)] > on[: len(entry.issued)]:
            return None
        return entry


def extract(text: str, date=None, register: Register | None = None) -> list[CitedDocument]:
    """Coded citations in ``text``, plus uncoded references resolved with confidence.

    ``date`` is the article's date (false when unknown): it fixes the term of plenum
    references that print none. ``register`` resolves references the library leaves open.
    """
    import citations

    date = date or None
    found = citations.extract(text, date=date)
    on = str(date)[:10] if date is not None else None
    docs = [from_citation(c) for c in found.documents]
    for ref in found.references:
        target, term, date_of = ref.resolves_to, ref.term, None
        if target is None and register is not None and ref.problem is None:
            entry = register.lookup(ref, on)
            if entry is not None:
                target, term, date_of = entry.id, ref.term or entry.term, entry.issued
        if target and not any(d.id == target for d in docs):
            doc_type, system = type_of(target, ref.type)
            first = min((m.start for m in ref.mentions), default=None)
            docs.append(
                CitedDocument(
                    target,
                    doc_type,
                    system,
                    date=date_of,
                    term=term,
                    origin="text",
                    mentions=tuple(m.text for m in ref.mentions),
                    first_offset=first,
                )
            )
    docs.sort(key=lambda d: d.first_offset if d.first_offset is not None else 1 << 62)
    return docs


def type_of(doc_id: str, noun: str | None) -> tuple[str, str]:
    """(type noun, system) of a canonical id; a printed ``noun`` is kept if it fits the code.

    The code QĐ is both "Quyết định" and "Quy định": a noun that fits the code
    (``citations.TYPE_NOUNS``) is kept, as the citation library does for printed citations.
    """
    import citations

    parsed = citations.parse_id(doc_id)
    system = str(parsed.system)
    code = parsed.type_code
    if noun and code and code in citations.TYPE_NOUNS.get(noun, ()):
        return noun, system
    if code is None:
        return noun or "Văn bản", system
    return citations.type_from_code(code, system) or noun or "Văn bản", system


def facts(
    doc_id: str, term: str | None, date: str | None, issuer: str | None
) -> tuple[str | None, str | None, str | None]:
    """(term, year, issuer) that tell ``doc_id`` apart from same-id documents.

    Ids embedding their year (``30/2020/NĐ-CP``) are unique: no facts. For central ``…TW``
    codes the term is derived from a full date the way ``citations.document_key`` does, so
    "ngày 30/10/2016" and "(khóa XII)" name one document.
    """
    import citations

    try:
        if citations.parse_id(doc_id).year is not None:
            return None, None, None
    except citations.MalformedDocumentId:
        return term, date[:4] if date else None, issuer
    if not term and date:
        key = citations.document_key(doc_id, date=date)
        if "#khoa-" in key:
            term = key.split("#khoa-", 1)[1]
    return term, date[:4] if date else None, issuer


def key_of(doc_id: str, term: str | None, year: str | None, issuer: str | None) -> str:
    """The citation library's document key for a document's facts."""
    import citations

    return citations.document_key(doc_id, issuer=issuer, date=year, term=term)
