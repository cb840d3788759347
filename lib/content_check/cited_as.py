"""VN084–VN086: the ways a document record says it is cited (``Cited_as``), read as the build's
register reads them (``archive.citing.Register``), so the two never disagree (pure).

```
Id: 05-CT/TW
Cited_as: Chỉ thị 05; Chỉ thị số 05 của Bộ Chính trị
```

- VN084 (warning): a phrase another record also lists. The build drops it from the register
  (a phrase two records claim names neither), so articles citing it that way land on no page.
- VN085 (error): an item the build refuses (it stops with ``file:line``): a full code, a bare
  number without a type word, two names in one item, or no document name at all.
- VN086 (warning): an item the build accepts that cannot name this record: an empty item (two
  ";" in a row: dropped), a number or type word other than the ``Id``'s, a term other than
  ``Term``, a plenum or issuer that makes the library resolve it to another id by itself, or an
  impossible plenum or term ("Nghị quyết Trung ương 19 khóa XI").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from content_check.models import Problem, Severity
from content_check.source import Source

#: One ``Cited_as`` item: (line, col, phrase as written, NFC and one space between words).
Item = tuple[int, int, str]
#: The register key of a valid phrase and where it is written: (kind, label, issuer slug,
#: line, col, phrase). Kept in the checker's facts of each record (``Entry.record``).
Key = tuple[str, str, str, int, int, str]

_NUMBER_ONLY = re.compile(r"(?i:số\s*:?\s*)?\d{1,5}[a-zA-Z]?")


def cited_as_items(src: Source) -> list[Item]:
    """Every ``;``-separated item of ``Cited_as`` (empty ones too) with its line and column."""
    field = src.metadata.get("cited_as")
    if field is None:
        return []
    later = [f.line for f in src.fields if f.line > field.line]
    last = min(later, default=src.body_line) - 1  # its continuation lines end there
    items = []
    cursor = (field.line, field.value_col - 1)  # search from here: items come in order
    for raw in field.value.split(";"):
        phrase = " ".join(unicodedata.normalize("NFC", raw).split())
        line, col = _locate(src, raw.strip(), cursor, last) or (cursor[0], cursor[1] + 1)
        items.append((line, col, phrase))
        cursor = (line, col - 1 + len(raw.strip()))
    if items and not items[-1][2] and len(items) > 1:
        items.pop()  # one trailing ";" is harmless
    return items


def _locate(src: Source, raw: str, cursor: tuple[int, int], last: int) -> tuple[int, int] | None:
    """Line and column of ``raw`` at or after ``cursor`` (line, 0-based column), up to ``last``."""
    if not raw:
        return None
    for number in range(cursor[0], max(cursor[0], last) + 1):
        line = src.lines[number - 1] if number <= len(src.lines) else ""
        col = line.find(raw, cursor[1] if number == cursor[0] else 0)
        if col >= 0:
            return number, col + 1
    return None


def _record(src: Source, phrase: str, line: int):
    """A one-phrase DocumentRecord of this file, as the register is built from."""
    import citations
    from archive.records import DocumentRecord

    doc_id = citations.canonical_id(src.value("id") or "")
    term = (src.value("term") or "").strip().upper().removeprefix("KHÓA ").strip() or None
    issuer = " ".join((src.value("issuer") or "").split()) or None
    return DocumentRecord(
        path=src.path,
        line=line,
        id=doc_id or "",
        slug="",
        issuer=issuer,
        issued=(src.value("issued") or "").strip() or None,
        term=term,
        cited_as=(phrase,),
        cited_as_line=line,
    )


def register_keys(src: Source) -> tuple[Key, ...]:
    """The register key of every phrase the build accepts, with where it is written."""
    from archive.citing import Register, phrase_reference
    from archive.errors import ArchiveError

    keys = []
    for line, col, phrase in cited_as_items(src):
        if not phrase or phrase_reference(phrase) is None:
            continue
        try:
            register = Register.from_records([_record(src, phrase, line)])
        except ArchiveError:  # pragma: no cover - phrase_reference said it is one reference
            continue
        for kind, label, issuer in register.entries:
            keys.append((kind, label, issuer, line, col, phrase))
    return tuple(keys)


def _refused(phrase: str) -> str:
    """Why the build refuses a phrase that is not exactly one uncoded reference."""
    import citations

    found = citations.extract(phrase)
    if found.documents:
        code = found.documents[0].mentions[0].text
        return (
            f"`{phrase}` chứa số hiệu đầy đủ ({code}); cách gọi là tên văn bản không kèm số hiệu, "
            "số hiệu đã ghi ở `Id`"
        )
    if len(found.references) > 1:
        return (
            f"`{phrase}` có {len(found.references)} cách gọi trong một mục; ngăn cách chúng "
            "bằng dấu ';'"
        )
    if _NUMBER_ONLY.fullmatch(phrase):
        return f"`{phrase}` chỉ có số, thiếu loại văn bản (ví dụ 'Chỉ thị {phrase}')"
    return (
        f"`{phrase}` không phải tên một văn bản (ví dụ 'Chỉ thị 05', 'Chỉ thị số 05 của Bộ "
        "Chính trị', 'Nghị quyết Trung ương 4 khóa XII')"
    )


def _mismatch(src: Source, ref) -> str | None:
    """Why an accepted phrase cannot name this record, or None."""
    import citations

    doc_id = citations.canonical_id(src.value("id") or "")
    if doc_id is None:
        return None  # VN080 reports the Id
    parsed = citations.parse_id(doc_id)
    if ref.problem:
        return ref.problem
    if len(ref.mentions) > 1:
        return f"có {len(ref.mentions)} cách gọi trong một mục; ngăn cách chúng bằng dấu ';'"
    if ref.number and ref.number.lstrip("0").upper() != parsed.number.lstrip("0").upper():
        return f"số {ref.number} khác số của `Id` {doc_id}"
    codes = citations.TYPE_NOUNS.get(ref.type, ())
    if parsed.type_code and codes and parsed.type_code not in codes:
        return f"loại '{ref.type}' không khớp với số hiệu {doc_id}"
    term = (src.value("term") or "").strip().upper().removeprefix("KHÓA ").strip() or None
    if ref.term and term and ref.term != term:
        return f"khóa {ref.term} khác `Term: {term}` của hồ sơ"
    if ref.resolves_to and ref.resolves_to != doc_id:
        how = "bảng Hội nghị Trung ương" if ref.resolved_by == "plenum-table" else "cơ quan ghi kèm"
        return (
            f"thư viện trích dẫn tự hiểu cách gọi này là {ref.resolves_to} ({how}), không phải "
            f"{doc_id}"
        )
    return None


def check_cited_as(src: Source, ctx) -> list[Problem]:
    """VN085 (error) items the build refuses; VN086 (warning) items that cannot name it."""
    from archive.citing import phrase_reference

    if ctx.kind.value != "record" or src.metadata.get("cited_as") is None:
        return []
    problems = []
    items = cited_as_items(src)
    for line, col, phrase in items:
        if not phrase:
            message = "mục rỗng trong `Cited_as` (hai dấu ';' liền nhau?): bị bỏ qua"
            problems.append(Problem(src.path, line, col, "VN086", Severity.WARNING, message))
            continue
        ref = phrase_reference(phrase)
        if ref is None:
            message = f"{_refused(phrase)}; bản dựng sẽ dừng ở dòng này"
            problems.append(Problem(src.path, line, col, "VN085", Severity.ERROR, message))
            continue
        why = _mismatch(src, ref)
        if why:
            message = (
                f"cách gọi `{phrase}`: {why}; bài viết gọi như vậy sẽ không được gắn đúng với hồ "
                "sơ này, hãy sửa hoặc bỏ cách gọi"
            )
            problems.append(Problem(src.path, line, col, "VN086", Severity.WARNING, message))
    return problems


def cited_as_collisions(targets: Iterable[Path], facts: dict[Path, tuple], shown) -> list[Problem]:
    """VN084: phrases two records list (one key, two ids), reported at each target's phrase.

    ``facts`` maps every record file to its checker facts ``(id, term, year, keys)``;
    ``shown(path)`` names a file for a message.
    """
    by_key: dict[tuple[str, str, str], list[tuple[Path, str, int]]] = {}
    for path, record in sorted(facts.items()):
        if len(record) < 4:
            continue
        for kind, label, issuer, line, _col, _phrase in record[3]:
            by_key.setdefault((kind, label, issuer), []).append((path, record[0], line))
    problems = []
    for path in targets:
        record = facts.get(path)
        if record is None or len(record) < 4:
            continue
        for kind, label, issuer, line, col, phrase in record[3]:
            others = [
                f"{shown(p)}:{other_line} ({other_id})"
                for p, other_id, other_line in by_key[(kind, label, issuer)]
                if other_id != record[0]
            ]
            if others:
                problems.append(
                    Problem(
                        str(path),
                        line,
                        col,
                        "VN084",
                        Severity.WARNING,
                        f"cách gọi `{phrase}` trùng với hồ sơ {', '.join(others)}: bài viết gọi "
                        "như vậy sẽ không được gắn với văn bản nào; bỏ cách gọi ở một hồ sơ, "
                        "hoặc ghi rõ cơ quan ban hành (ví dụ 'Chỉ thị 09 của Ban Thường vụ "
                        "Tỉnh ủy')",
                    )
                )
    return problems
