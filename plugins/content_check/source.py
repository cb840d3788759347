"""Read a content file into text and a metadata block with line numbers (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from portal_core.errors import ContentError
from portal_core.source import decode_source

from content_check.models import Problem, Severity

_BOM = b"\xef\xbb\xbf"
# Python-Markdown's meta extension: "Key: value", continuation lines indented 4+ spaces.
_META_RE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
_META_MORE_RE = re.compile(r"^[ ]{4,}(?P<value>.*)$")
_FENCE_RE = re.compile(r"^(-{3}|\.{3})\s*$")


@dataclass(frozen=True, slots=True)
class Field:
    """One metadata entry: lower-case key, value (continuations joined), where it is."""

    key: str
    name: str  # as written
    value: str
    line: int
    value_col: int  # column where the value starts


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded content file: LF line ends, NOT normalised (rules look for NFD, controls).

    ``lines`` and ``metadata`` are computed once, when the Source is made: rules index them
    per line, so recomputing them on access made checking quadratic in the file's size.
    """

    path: str
    text: str
    fields: tuple[Field, ...]
    body_line: int  # first line of the body (1-based); len(lines)+1 when there is no body
    lines: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # First occurrence of each key (duplicates are reported by a rule); read-only.
    metadata: Mapping[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first: dict[str, Field] = {}
        for item in self.fields:
            first.setdefault(item.key, item)
        object.__setattr__(self, "lines", tuple(self.text.split("\n")))
        object.__setattr__(self, "metadata", MappingProxyType(first))

    def value(self, key: str) -> str | None:
        item = self.metadata.get(key)
        return item.value if item else None


def _problem(path: str, line: int, col: int, code: str, message: str, severity=Severity.ERROR):
    return Problem(path, line, col, code, severity, message)


def read_source(path: str, data: bytes) -> tuple[Source | None, list[Problem]]:
    """Decode ``data`` and split the metadata block. Never raises on bad input.

    Returns (None, problems) when the bytes are not text the other rules can read.
    Encoding errors come from portal_core's ``decode_source``, the reader the build uses.
    """
    problems: list[Problem] = []
    try:
        decode_source(path, data)
    except ContentError as exc:
        line = exc.line or 1
        if b"\x00" in data:
            return None, [_problem(path, line, 1, "VN002", exc.message)]
        return None, [_problem(path, line, _bad_byte_col(data), "VN001", exc.message)]
    if data.startswith(_BOM):
        problems.append(
            _problem(
                path,
                1,
                1,
                "VN004",
                "tệp có BOM ở đầu; hãy lưu lại dạng UTF-8 không BOM",
                Severity.WARNING,
            )
        )
        data = data[len(_BOM) :]
    text = data.decode("utf-8")
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        problems.append(
            _problem(
                path,
                line,
                1,
                "VN005",
                "tệp dùng kiểu xuống dòng Windows (CRLF); hãy lưu lại với LF",
                Severity.WARNING,
            )
        )
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        problems.append(
            _problem(path, 1, 1, "VN003", "tệp rỗng: thiếu tiêu đề, ngày đăng và nội dung")
        )
        return None, problems
    fields, body_line = _split_metadata(text)
    return Source(path, text, tuple(fields), body_line), problems


def _bad_byte_col(data: bytes) -> int:
    """Column (1-based, in bytes) of the first byte that is not UTF-8."""
    body = data[len(_BOM) :] if data.startswith(_BOM) else data
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start - (body.rfind(b"\n", 0, exc.start) + 1) + 1
    return 1


def _split_metadata(text: str) -> tuple[list[Field], int]:
    """Parse the leading ``Key: value`` block the way Python-Markdown's meta extension does."""
    lines = text.split("\n")
    fields: list[Field] = []
    index = 0
    if lines and _FENCE_RE.match(lines[0]) and lines[0].startswith("---"):
        index = 1
    current: dict | None = None
    while index < len(lines):
        line = lines[index]
        if not line.strip() or (_FENCE_RE.match(line) and index > 0):
            index += 1
            break
        match = _META_RE.match(line)
        if match:
            if current:
                fields.append(Field(**current))
            current = {
                "key": match["key"].lower(),
                "name": match["key"],
                "value": match["value"].strip(),
                "line": index + 1,
                "value_col": match.start("value") + 1,
            }
        else:
            more = _META_MORE_RE.match(line)
            if more and current:
                current["value"] = f"{current['value']} {more['value'].strip()}".strip()
            else:
                break  # not metadata: the body starts here (no blank line)
        index += 1
    if current:
        fields.append(Field(**current))
    return fields, index + 1
