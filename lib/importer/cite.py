"""Cited documents through the citation library (``import citations``), when it is there."""

from __future__ import annotations


def cited_documents(text: str, date=None) -> tuple[tuple[str, ...], str | None]:
    """Canonical ids of the documents ``text`` cites, formatted for ``Documents:``.

    ``date`` is the article's date (``datetime``/``date``/ISO string or None): it fixes the term
    of plenum references that print none ("Nghị quyết Trung ương 4").

    Returns ``(documents, warning)``; the warning is set when the citation library is not
    installed or has no ``extract`` yet (the importer then writes no ``Documents``).
    """
    try:
        from citations import extract
    except ImportError:
        return (), "chưa có thư viện trích dẫn (citations.extract): bỏ qua Documents"
    documents: list[str] = []
    extraction = extract(text, date=date)
    for citation in extraction.documents:
        label = citation.id
        if citation.term:
            term = str(citation.term)
            label += f" ({term if term.lower().startswith('khóa') else 'khóa ' + term})"
        elif citation.date:
            label += f" ({str(citation.date)[:4]})"
        if label not in documents:
            documents.append(label)
    # References that name no number but resolve to one ("Nghị quyết Trung ương 4 khóa XII").
    ids = {d.split(" (", 1)[0] for d in documents}
    for reference in extraction.references:
        if reference.resolves_to and reference.resolves_to not in ids:
            label = reference.resolves_to
            if reference.term:
                label += f" (khóa {reference.term})"
            documents.append(label)
            ids.add(reference.resolves_to)
    return tuple(documents), None
