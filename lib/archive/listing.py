"""The documents index at archive scale: one page per type of document, a short index (pure).

The index lists every system and type with its count and only the most cited documents of
each type; each type gets its own paginated page, and a paginated list by date of issue holds
them all. No page grows with the archive beyond its pagination.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vntext import slugify_vi


@dataclass(frozen=True, slots=True)
class Address:
    """Where a page that exists once per site is: its URL and output path ("": off)."""

    url: str
    save_as: str


@dataclass
class DocumentType:
    """All documents of one type in one system ("Quy định" of "Đảng"), in index order."""

    system_label: str
    name: str
    slug: str
    url: str
    save_as: str
    documents: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.documents)

    def top(self, rows: int) -> list:
        """The ``rows`` most cited documents, shown in index order (by number)."""
        if len(self.documents) <= rows:
            return list(self.documents)
        order = {id(doc): index for index, doc in enumerate(self.documents)}
        chosen = sorted(self.documents, key=lambda d: (-len(d.articles), order[id(d)]))[:rows]
        return sorted(chosen, key=lambda d: order[id(d)])


def document_types(
    documents: Sequence, url: str, save_as: str
) -> list[tuple[str, list[DocumentType]]]:
    """[(system_label, [DocumentType])] in the order of ``documents`` (already sorted)."""
    systems: dict[str, dict[str, DocumentType]] = {}
    for doc in documents:
        system = doc.system_label or "Khác"
        types = systems.setdefault(system, {})
        if doc.type not in types:
            slug = slugify_vi(f"{system} {doc.type}")
            types[doc.type] = DocumentType(
                system, doc.type, slug, url.format(slug=slug), save_as.format(slug=slug)
            )
        types[doc.type].documents.append(doc)
    return [(system, list(types.values())) for system, types in systems.items()]


def by_date_of_issue(documents: Sequence) -> list:
    """Newest issued first (a date may be a year only); documents without a date last."""
    dated = sorted((d for d in documents if d.date), key=lambda d: d.date, reverse=True)
    return dated + [d for d in documents if not d.date]
