"""VN053: uncoded references the citation library finds impossible (pure).

"Nghị quyết Trung ương 19 khóa XI" (no such plenum), a term that begins after the article's
date, a plenum that met after it: the library sets ``Reference.problem`` and never resolves
them, so the article is missing from the document page an editor meant.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata

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


def check_plenum_references(src: Source, ctx) -> list[Problem]:
    """VN053 (warning): a reference whose plenum or term cannot be, with the library's note."""
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
    found = citations.extract("\n".join(texts), date=date)
    problems = []
    for ref in found.references:
        if not ref.problem or not ref.mentions:
            continue
        first = ref.mentions[0]
        index = bisect.bisect_right(starts, first.start) - 1
        line, col, _ = pieces[index]
        problems.append(
            Problem(
                src.path,
                line,
                col + first.start - starts[index],
                "VN053",
                Severity.WARNING,
                f"`{first.text}`: {ref.problem}; bài sẽ không được gắn với văn bản nào, hãy "
                "kiểm tra lại số hội nghị, khóa và ngày đăng",
            )
        )
    return problems
