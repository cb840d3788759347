"""Which citations, across all articles and records, are one document (pure).

The same id is reused by different documents (numbering restarts each term and per issuing
body: "04-NQ/TW" of khóa X and of khóa XII). Within one id, the facts that tell documents
apart are the **term** (khóa), the **year** and an issuing body stated **by an editor or a
record** (a journalist's "của Bộ Chính trị" is often wrong, so it never splits a document).

- Citations sharing a fact are one document (a record or citation stating both a term and a
  year links the two).
- A citation stating no fact belongs to the only document with that id; when there are
  several, it goes to an "ambiguous" entry listing the candidates (the page at the bare id).
- Slugs (URL part) are stable: a record file's slug wins; otherwise the bare id
  (``98-qd-tw``) when the id names one document, else the id plus the distinguishing fact
  (``04-nq-tw-khoa-xii``, ``02-nq-duk-2011``). Records pin URLs for good.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vntext import slugify_vi

from archive.errors import ArchiveError


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement that some document exists: from an article citation or a record file."""

    id: str
    term: str | None = None
    year: str | None = None
    issuer: str | None = None  # only an editor's or record's issuer
    record_slug: str | None = None  # set for record files
    path: str | None = None  # record file (for errors)
    line: int | None = None

    @property
    def facts(self) -> tuple[tuple[str, str], ...]:
        out = []
        if self.term:
            out.append(("term", self.term))
        if self.year:
            out.append(("year", self.year))
        if self.issuer:
            out.append(("issuer", slugify_vi(self.issuer)))
        return tuple(out)

    @property
    def is_record(self) -> bool:
        return self.record_slug is not None


@dataclass(frozen=True, slots=True)
class Identity:
    """One document: its id, the facts that distinguish it, its key and slug."""

    id: str
    key: str
    slug: str
    term: str | None = None
    year: str | None = None
    issuer: str | None = None
    ambiguous: bool = False  # an id shared by several documents, cited without saying which
    candidates: tuple[str, ...] = ()  # keys of the documents an ambiguous entry may be


@dataclass(frozen=True, slots=True)
class Identification:
    identities: tuple[Identity, ...]
    of_claim: tuple[int, ...]  # index into identities, per claim


KeyOf = Callable[[str, "str | None", "str | None", "str | None"], str]


def qualifier(term: str | None, year: str | None, issuer: str | None) -> str:
    """What tells a document apart from others with its id: "khóa XII", "2011", an issuer."""
    if term:
        return f"khóa {term}"
    return year or issuer or ""


def qualified_key(doc_id: str, term: str | None, year: str | None, issuer: str | None) -> str:
    """``04-NQ/TW (khóa XII)``, ``02-NQ/ĐUK (2011)``, ``02-NQ/ĐUK (Ban Bí thư)`` or the id."""
    q = qualifier(term, year, issuer)
    return f"{doc_id} ({q})" if q else doc_id


def identify(claims: Sequence[Claim], key_of: KeyOf = qualified_key) -> Identification:
    """Group ``claims`` into documents (see module docstring); raise ArchiveError on clashes.

    ``key_of(id, term, year, issuer)`` gives a document's key (the portal passes the citation
    library's ``document_key``).
    """
    identities: list[Identity] = []
    of_claim: list[int] = [-1] * len(claims)
    by_id: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        by_id.setdefault(claim.id, []).append(index)

    for doc_id, indexes in by_id.items():
        groups = _components([claims[i] for i in indexes])
        qualified = [i for i in indexes if claims[i].facts]
        bare = [i for i in indexes if not claims[i].facts]
        comp_of = {}
        for pos, i in enumerate(indexes):
            if claims[i].facts:
                comp_of[i] = groups[pos]
        comp_ids = list(dict.fromkeys(comp_of[i] for i in qualified))
        single = len(comp_ids) <= 1
        if len(comp_ids) > 1:
            for i in bare:
                if claims[i].is_record:
                    raise ArchiveError(
                        claims[i].path,
                        claims[i].line,
                        f"có nhiều văn bản cùng số hiệu {doc_id}; hồ sơ này phải nói là văn "
                        "bản nào",
                        "thêm 'Term: XII' (khóa) hoặc 'Issued: YYYY-MM-DD' (ngày ban hành)",
                    )
        members: dict[int, list[int]] = {c: [] for c in comp_ids}
        for i in qualified:
            members[comp_of[i]].append(i)
        if not comp_ids:
            members[-1] = list(bare)
            comp_ids = [-1]
        elif single:
            members[comp_ids[0]].extend(bare)

        keys_here = []
        for comp in comp_ids:
            ident = _identity(doc_id, [claims[i] for i in members[comp]], single, key_of)
            identities.append(ident)
            keys_here.append(ident.key)
            for i in members[comp]:
                of_claim[i] = len(identities) - 1
        if not single and bare:
            identities.append(
                Identity(
                    doc_id,
                    key_of(doc_id, None, None, None),
                    slugify_vi(doc_id),
                    ambiguous=True,
                    candidates=tuple(keys_here),
                )
            )
            for i in bare:
                of_claim[i] = len(identities) - 1

    _check_unique_slugs(identities, claims, of_claim)
    return Identification(tuple(identities), tuple(of_claim))


def _identity(doc_id: str, members: Sequence[Claim], only_one: bool, key_of: KeyOf) -> Identity:
    records = [c for c in members if c.is_record]
    if len(records) > 1:
        first, second = records[0], records[1]
        raise ArchiveError(
            second.path,
            second.line,
            f"hai hồ sơ cho cùng một văn bản {doc_id}: {first.path} và {second.path}",
            "gộp thành một tệp, hoặc ghi khóa/ngày ban hành khác nhau nếu là hai văn bản",
        )
    source = records or members
    term = _most_common(c.term for c in source) or _most_common(c.term for c in members)
    year = _most_common(c.year for c in source) or _most_common(c.year for c in members)
    issuer = _most_common(c.issuer for c in source) or _most_common(c.issuer for c in members)
    key = key_of(doc_id, term, year, issuer)
    if records:
        slug = records[0].record_slug
    elif only_one:
        slug = slugify_vi(doc_id)
    else:
        slug = slugify_vi(f"{doc_id} {qualifier(term, year, issuer)}")
    return Identity(doc_id, key, slug, term, year, issuer)


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _components(claims: Sequence[Claim]) -> list[tuple[str, str] | None]:
    """Union-find over facts; the component root of each claim (None without facts)."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for claim in claims:
        facts = claim.facts
        for fact in facts[1:]:
            parent[find(fact)] = find(facts[0])
        if facts:
            find(facts[0])
    return [find(c.facts[0]) if c.facts else None for c in claims]


def _check_unique_slugs(identities, claims, of_claim) -> None:
    seen: dict[str, Identity] = {}
    for index, ident in enumerate(identities):
        other = seen.get(ident.slug)
        if other is not None:
            record = next(
                (c for c, o in zip(claims, of_claim, strict=True) if o == index and c.is_record),
                None,
            )
            raise ArchiveError(
                record.path if record else None,
                record.line if record else None,
                f"hai văn bản cùng địa chỉ van-ban/{ident.slug}/: {other.key} và {ident.key}",
                "đổi tên tệp hồ sơ (slug) của một trong hai văn bản",
            )
        seen[ident.slug] = ident
