"""The only module that calls the citation library (pure): extraction, canonical ids, types."""

from __future__ import annotations

import citations

from document_archive.merge import CitedDocument, from_citation

SYSTEM_LABELS = {"party": "Đảng", "state": "Nhà nước"}


def canonical(raw: str) -> str | None:
    """Canonical id of ``raw`` ("98- QĐ/TW" -> "98-QĐ/TW"), None if it is not an id."""
    return citations.canonical_id(raw)


def extract(text: str) -> list[CitedDocument]:
    """Coded citations in ``text``, plus uncoded references resolved with confidence."""
    found = citations.extract(text)
    docs = [from_citation(c) for c in found.documents]
    for ref in found.references:
        if ref.resolves_to and not any(d.id == ref.resolves_to for d in docs):
            doc_type, system = type_of(ref.resolves_to, ref.type)
            first = min((m.start for m in ref.mentions), default=None)
            docs.append(
                CitedDocument(
                    ref.resolves_to,
                    doc_type,
                    system,
                    term=ref.term,
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
    return citations.document_key(doc_id, issuer=issuer, date=year, term=term)
