"""VN053, VN054: references and citations whose plenum, term or date cannot be (pure).

VN053: uncoded references the citation library finds impossible: "Nghị quyết Trung ương 19
khóa XI" (no such plenum), "khóa XV" (no such term yet), a term that begins after the article's
date, a plenum that met after it. The library sets ``Reference.problem`` and never resolves
them, so the article is missing from the document page an editor meant.

VN054: coded citations that contradict the article's date: a central Party document (``…/TW``,
``…/BTCTW``…) with a term that does not exist or begins after the article's date ("Nghị quyết
số 04-NQ/TW (khóa XIII)" in a 2017 article files the article under khóa XIII's 04-NQ/TW), or a
document dated after the article. Local committees number their own terms: not judged.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata

from portal_files.soft_breaks import soft_breaks_as_spaces

from content_check.models import Problem, Severity
from content_check.source import Source

TEXT_FIELDS = ("title", "headline", "summary")


def article_date(src: Source) -> dt.date | None:
    """The date of ``Date`` when it is readable, else None (VN020 reports it)."""
    raw = (src.value("date") or "").strip()
    try:
        return dt.datetime.fromisoformat(raw).date()
    except ValueError:
        return None


def _pieces(src: Source) -> list[tuple[int, int, str]]:
    """(line, col, text) of the metadata fields that carry prose, then one per body line."""
    pieces = []
    for key in TEXT_FIELDS:
        item = src.metadata.get(key)
        if item is not None and item.value.strip():
            pieces.append((item.line, item.value_col, item.value))
    pieces.extend(
        (number, 1, src.lines[number - 1]) for number in range(src.body_line, len(src.lines) + 1)
    )
    return pieces


def _central(doc_id: str) -> bool:
    """True for central Party codes, whose terms are the national ones (…/TW, …/BTCTW)."""
    import citations

    try:
        parsed = citations.parse_id(doc_id)
    except citations.MalformedDocumentId:
        return False
    return parsed.system == "party" and parsed.issuer.split("-")[0].endswith("TW")


def _citation_problem(citation, on: dt.date | None) -> str | None:
    """Vietnamese note when a coded citation contradicts the article's date, else None."""
    import citations

    day = on.isoformat() if on else None
    if citation.term and _central(citation.id):
        problem = citations.term_problem(citation.term, day)
        if problem:
            return f"{citation.id} khóa {citation.term}: {problem}"
    if day and citation.date and citation.date > day[: len(citation.date)]:
        return f"{citation.id} ghi ngày {citation.date}, sau ngày của bài ({day})"
    return None


def check_plenum_references(src: Source, ctx) -> list[Problem]:
    """VN053 (warning): a reference whose plenum or term cannot be, with the library's note;
    VN054 (warning): a coded citation whose term or date contradicts the article's date."""
    import citations

    if ctx.kind.value == "record":
        return []
    pieces = _pieces(src)
    texts = [unicodedata.normalize("NFC", text) for _, _, text in pieces]
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    date = article_date(src) if ctx.kind.value == "article" else None
    fields = sum(1 for line, _, _ in pieces if line < src.body_line)  # header fields first
    body = soft_breaks_as_spaces("\n".join(texts[fields:]))  # same length: offsets stay
    found = citations.extract("\n".join([*texts[:fields], body]), date=date)

    def at(mention, code: str, message: str) -> Problem:
        index = bisect.bisect_right(starts, mention.start) - 1
        line, col, _ = pieces[index]
        return Problem(
            src.path, line, col + mention.start - starts[index], code, Severity.WARNING, message
        )

    problems = []
    for ref in found.references:
        if ref.problem and ref.mentions:
            first = ref.mentions[0]
            problems.append(
                at(
                    first,
                    "VN053",
                    f"`{first.text}`: {ref.problem}; bài sẽ không được gắn với văn bản nào, hãy "
                    "kiểm tra lại số hội nghị, khóa và ngày đăng",
                )
            )
    for citation in found.documents:
        problem = _citation_problem(citation, date)
        if problem and citation.mentions:
            first = citation.mentions[0]
            problems.append(
                at(
                    first,
                    "VN054",
                    f"`{first.text}`: {problem}; bài có thể bị gắn với văn bản khác cùng số hiệu, "
                    "hãy kiểm tra lại khóa, ngày của văn bản và ngày đăng",
                )
            )
    return problems
