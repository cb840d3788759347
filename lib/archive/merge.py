"""Merge what the extractor found in an article with what its editor said (pure).

The rules, in order (documented in docs/content-format.md and the README):

1. Start from the coded citations the extractor found in the title, headline, summary and body.
2. ``Documents_remove``: drop every citation with that id (and, if qualifiers are given, only
   those whose stated term/year agree). An entry that removes nothing is reported as unused.
3. ``Documents_fix: A => B``: every citation of A becomes B. What the text said around it
   (issuer, date, term) is kept unless B's qualifiers say otherwise; the type comes from B's
   code unless the printed noun fits B's code too (so "Quy định số 76-CT/TW" fixed to
   76-QĐ/TW stays a Quy định).
4. ``Documents``: each entry is merged into the citation with the same id whose term/year do
   not contradict it (the editor's qualifiers win), or added as a document the text does not
   name.
5. Citations with the same id and the same distinguishing facts are one document.

Identity across articles (which citations are one document page) is decided later by
``identity.identify`` over every article and record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from archive.overrides import DocumentRef, Overrides

# (id, printed noun or None) -> (type noun, system)
TypeOf = Callable[[str, "str | None"], tuple[str, str]]


@dataclass(frozen=True, slots=True)
class CitedDocument:
    """One document cited by one article, after the editor's overrides.

    ``issuer``/``date``/``term`` are what the text or the editor states (None if nothing);
    ``issuer_stated_by_editor`` marks an issuer the editor gave, which (unlike an issuer
    written by a journalist) is trusted to tell same-id documents apart.
    """

    id: str
    type: str
    system: str
    issuer: str | None = None
    date: str | None = None
    term: str | None = None
    origin: str = "text"  # text | metadata | text+metadata | fixed
    mentions: tuple[str, ...] = ()
    first_offset: int | None = None
    issuer_stated_by_editor: bool = False

    @property
    def year(self) -> str | None:
        """The year the text or editor states for the document (from ``date``)."""
        return self.date[:4] if self.date else None

    @property
    def editor_issuer(self) -> str | None:
        return self.issuer if self.issuer_stated_by_editor else None

    def agrees_with(self, ref: DocumentRef) -> bool:
        """True unless ``ref`` states a term or year that contradicts this citation's."""
        if ref.term and self.term and ref.term != self.term:
            return False
        return not (ref.year and self.year and ref.year != self.year)

    def __reduce__(self):
        # Pickled as its field values, in order: the __setstate__ dataclasses make for a
        # frozen class with slots calls fields() for every object (0.4 s to read back the
        # 50,000 citations of a 10,000-article archive from the build cache).
        return (CitedDocument, tuple(getattr(self, name) for name in self.__slots__))


@dataclass(frozen=True, slots=True)
class MergeResult:
    documents: tuple[CitedDocument, ...]
    unused: tuple[str, ...] = ()  # overrides that matched nothing (Vietnamese, for a warning)


def from_citation(citation) -> CitedDocument:
    """A CitedDocument from a ``citations.Citation``."""
    mentions = tuple(m.text for m in citation.mentions)
    first = min((m.start for m in citation.mentions), default=None)
    return CitedDocument(
        id=citation.id,
        type=citation.type,
        system=str(citation.system),
        issuer=citation.issuer,
        date=citation.date,
        term=citation.term,
        origin="text",
        mentions=mentions,
        first_offset=first,
    )


def _apply_ref(doc: CitedDocument, ref: DocumentRef) -> CitedDocument:
    """``doc`` with the editor's qualifiers from ``ref`` taking precedence."""
    changes: dict[str, object] = {}
    if ref.term:
        changes["term"] = ref.term
    if ref.year and doc.year != ref.year:
        changes["date"] = ref.year
    if ref.issuer:
        changes["issuer"] = ref.issuer
        changes["issuer_stated_by_editor"] = True
    return replace(doc, **changes)


def merge_article(
    extracted: Sequence[CitedDocument], overrides: Overrides, type_of: TypeOf
) -> MergeResult:
    """Apply the rules in the module docstring; return the article's documents in text order."""
    docs = list(extracted)
    unused: list[str] = []

    for ref in overrides.remove:
        kept = [d for d in docs if not (d.id == ref.id and d.agrees_with(ref))]
        if len(kept) == len(docs):
            unused.append(f"Documents_remove: {ref.id} không có trong bài")
        docs = kept

    for fix in overrides.fix:
        hit = False
        for index, doc in enumerate(docs):
            if doc.id != fix.source.id or not doc.agrees_with(fix.source):
                continue
            hit = True
            doc_type, system = type_of(fix.target.id, doc.type)
            fixed = replace(doc, id=fix.target.id, type=doc_type, system=system, origin="fixed")
            docs[index] = _apply_ref(fixed, fix.target)
        if not hit:
            unused.append(f"Documents_fix: {fix.source.id} không có trong bài")

    for ref in overrides.add:
        same = [i for i, d in enumerate(docs) if d.id == ref.id and d.agrees_with(ref)]
        if same:
            for index in same:
                merged = _apply_ref(docs[index], ref)
                origin = "text+metadata" if merged.origin == "text" else merged.origin
                docs[index] = replace(merged, origin=origin)
        else:
            doc_type, system = type_of(ref.id, None)
            docs.append(_apply_ref(CitedDocument(ref.id, doc_type, system, origin="metadata"), ref))

    return MergeResult(_dedupe(docs), tuple(unused))


def _dedupe(docs: Sequence[CitedDocument]) -> tuple[CitedDocument, ...]:
    """Fold citations of one document (same id, no contradicting facts) into the first."""
    out: list[CitedDocument] = []
    for doc in docs:
        for index, seen in enumerate(out):
            if seen.id == doc.id and _compatible(seen, doc):
                out[index] = replace(
                    seen,
                    term=seen.term or doc.term,
                    date=seen.date or doc.date,
                    issuer=seen.issuer or doc.issuer,
                    mentions=seen.mentions
                    + tuple(m for m in doc.mentions if m not in seen.mentions),
                )
                break
        else:
            out.append(doc)
    return tuple(out)


def _compatible(a: CitedDocument, b: CitedDocument) -> bool:
    if a.term and b.term and a.term != b.term:
        return False
    if a.year and b.year and a.year != b.year:
        return False
    return not (a.editor_issuer and b.editor_issuer and a.editor_issuer != b.editor_issuer)
