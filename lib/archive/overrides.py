"""Parse the editor's document metadata of an article (pure, no Pelican).

```
Documents: 98-QĐ/TW (khóa IX); 02-NQ/ĐUK (2021); 76-QĐ/TW
Documents_remove: 05-CT/TW
Documents_fix: 76-CT/TW => 76-QĐ/TW; 18-KL/TW => 18-KL/TW (khóa XII)
```

Each entry is a document id optionally followed by parenthesised qualifiers separated by
commas: a term ``khóa XII``, a year ``2021`` (or a date ``2021-04-26``), or anything else, taken
as the issuing body (``Ban Bí thư``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from archive.errors import ArchiveError

_ENTRY = re.compile(r"^(?P<id>[^()]+?)\s*(?:\((?P<qual>[^()]*)\))?$")
_TERM = re.compile(r"^kh(?:óa|oá|oa)\s+(?P<roman>[IVXLC]+)$", re.IGNORECASE)
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)(?:-\d\d(?:-\d\d)?)?$")
_ARROW = "=>"
# Markup never belongs in a document entry (it would reach pages and feeds as an issuer).
_MARKUP = re.compile(r"[<>]")

# Metadata keys (lower case, as Pelican gives them) and what they do.
KEY_ADD = "documents"
KEY_REMOVE = "documents_remove"
KEY_FIX = "documents_fix"
KEYS = (KEY_ADD, KEY_REMOVE, KEY_FIX)

_SYNTAX_HINT = (
    "viết số hiệu chuẩn, các văn bản cách nhau bởi dấu ';', ví dụ "
    "'Documents: 98-QĐ/TW (khóa IX); 02-NQ/ĐUK (2021)' "
    "(xem docs/content-format.md, mục 'Văn bản được trích dẫn')"
)


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A document named by an editor: canonical id and what tells it apart (if said)."""

    id: str
    term: str | None = None
    year: str | None = None
    issuer: str | None = None

    @property
    def qualified(self) -> bool:
        """True when the editor said which of several same-id documents this is."""
        return bool(self.term or self.year or self.issuer)


@dataclass(frozen=True, slots=True)
class Fix:
    """``source => target``: citations of ``source`` really mean ``target``."""

    source: DocumentRef
    target: DocumentRef


@dataclass(frozen=True, slots=True)
class Overrides:
    """An article's document metadata, parsed."""

    add: tuple[DocumentRef, ...] = ()
    remove: tuple[DocumentRef, ...] = ()
    fix: tuple[Fix, ...] = ()


Canonical = Callable[[str], "str | None"]


def parse_ref(raw: str, canonical: Canonical, *, path: str, line: int | None) -> DocumentRef:
    """Parse ``98-QĐ/TW (khóa IX)``; raise ArchiveError(path, line) on a malformed id."""
    text = " ".join(raw.split())
    if _MARKUP.search(text):
        raise ArchiveError(
            path,
            line,
            f"văn bản {raw.strip()!r} có mã HTML hoặc ký tự '<', '>': chỉ viết số hiệu và "
            "phần phân biệt trong ngoặc (khóa, năm, cơ quan ban hành)",
            _SYNTAX_HINT,
        )
    match = _ENTRY.match(text)
    if not match:
        raise ArchiveError(path, line, f"không đọc được văn bản {raw.strip()!r}", _SYNTAX_HINT)
    doc_id = canonical(match["id"])
    if doc_id is None:
        raise ArchiveError(
            path,
            line,
            f"số hiệu văn bản không hợp lệ: {match['id']!r}",
            "số hiệu Đảng dạng 98-QĐ/TW, Nhà nước dạng 30/2020/NĐ-CP hoặc 1234/QĐ-TTg; "
            + _SYNTAX_HINT,
        )
    term = year = issuer = None
    for part in (match["qual"] or "").split(","):
        part = part.strip()
        if not part:
            continue
        if m := _TERM.match(part):
            term = m["roman"].upper()
        elif m := _YEAR.match(part):
            year = m["year"]
        else:
            issuer = part
    return DocumentRef(doc_id, term, year, issuer)


def parse_refs(value: str, canonical: Canonical, *, path: str, line: int | None):
    """Parse a ``;``-separated list of entries."""
    parts = [part for part in value.split(";") if part.strip()]
    return tuple(parse_ref(part, canonical, path=path, line=line) for part in parts)


def parse_fixes(value: str, canonical: Canonical, *, path: str, line: int | None):
    """Parse ``76-CT/TW => 76-QĐ/TW; …``."""
    fixes = []
    for part in value.split(";"):
        if not part.strip():
            continue
        source, arrow, target = part.partition(_ARROW)
        if not arrow or not source.strip() or not target.strip():
            raise ArchiveError(
                path,
                line,
                f"sửa số hiệu phải có dạng 'sai => đúng', không phải {part.strip()!r}",
                "ví dụ 'Documents_fix: 76-CT/TW => 76-QĐ/TW'; nhiều cặp cách nhau bởi ';'",
            )
        fixes.append(
            Fix(
                parse_ref(source, canonical, path=path, line=line),
                parse_ref(target, canonical, path=path, line=line),
            )
        )
    return tuple(fixes)


def parse_overrides(
    metadata: dict[str, object],
    canonical: Canonical,
    *,
    path: str,
    line_of: Callable[[str], int | None],
) -> Overrides:
    """Read the three document keys of an article's metadata (missing keys: nothing).

    ``line_of(key)`` is asked only for an error's message."""

    def value(key: str) -> str:
        raw = metadata.get(key)
        if raw is None:
            return ""
        if isinstance(raw, list | tuple):
            return ";".join(str(v) for v in raw)
        return str(raw)

    def parsed(key: str, parse: Callable) -> tuple:
        try:
            return parse(value(key), canonical, path=path, line=None)
        except ArchiveError as error:  # only now the line: finding it reads the file again
            raise ArchiveError(path, line_of(key), error.message, error.hint) from None

    return Overrides(
        add=parsed(KEY_ADD, parse_refs),
        remove=parsed(KEY_REMOVE, parse_refs),
        fix=parsed(KEY_FIX, parse_fixes),
    )
