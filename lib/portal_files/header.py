"""The ``Key: value`` metadata header of a content file, with line numbers (pure).

One parser for every reader of a header (the checker, the archive, the importer, Git dates,
the build's diagnostics). It reads exactly what Python-Markdown's ``meta`` extension gives
Pelican: an optional ``---`` first line, then ``Key: value`` lines (key of ASCII letters,
digits, ``_`` and ``-``, at most 3 spaces before it), continuation lines indented by 4 spaces
or more (a tab counts as 4), up to the first blank line, ``---`` or ``...`` line; a line that
is none of these ends the header and starts the body.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_KEY_RE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_MORE_RE = re.compile(r"^[ ]{4,}(?P<value>.*)")
_BEGIN_RE = re.compile(r"^-{3}(\s.*)?")
_END_RE = re.compile(r"^(-{3}|\.{3})(\s.*)?")
_TAB_LENGTH = 4  # Python-Markdown's default: continuation lines are read after expandtabs(4)


@dataclass(frozen=True, slots=True)
class Field:
    """One header entry: lower-case key, value (continuation lines joined by a space)."""

    key: str
    name: str  # the key as written
    value: str
    line: int  # 1-based line of the key
    value_col: int  # 1-based column where the value starts on that line


@dataclass(frozen=True, slots=True)
class Header:
    """The fields of a header in file order (duplicates kept) and where the body starts."""

    fields: tuple[Field, ...]
    body_line: int  # 1-based first line of the body; number of lines + 1 when there is none
    # First occurrence of each key; read-only.
    first: Mapping[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first: dict[str, Field] = {}
        for item in self.fields:
            first.setdefault(item.key, item)
        object.__setattr__(self, "first", MappingProxyType(first))

    def value(self, key: str) -> str | None:
        """Value of the first ``key`` (any case), or None when the header has none."""
        item = self.first.get(key.lower())
        return item.value if item else None

    def line(self, key: str) -> int | None:
        """1-based line of the first ``key`` (any case), or None when the header has none."""
        item = self.first.get(key.lower())
        return item.line if item else None

    def values(self) -> dict[str, str]:
        """Lower-case key -> value of its first occurrence."""
        return {key: item.value for key, item in self.first.items()}


def parse_header(text: str) -> Header:
    """Parse the header at the top of ``text`` (LF line ends; no BOM)."""
    lines = text.split("\n")
    fields: list[Field] = []
    index = 1 if lines and _BEGIN_RE.match(lines[0]) else 0
    current: dict | None = None
    while index < len(lines):
        line = lines[index]
        if not line.strip() or _END_RE.match(line):
            index += 1  # the blank or closing line belongs to the header
            break
        match = _KEY_RE.match(line)
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
            more = _MORE_RE.match(line.expandtabs(_TAB_LENGTH))
            if not (more and current):
                break  # not metadata: the body starts on this line
            current["value"] = f"{current['value']} {more['value'].strip()}".strip()
        index += 1
    if current:
        fields.append(Field(**current))
    return Header(tuple(fields), index + 1)


def split_header(text: str) -> tuple[Header, str]:
    """The header of ``text`` and its body (the text from the header's ``body_line`` on)."""
    header = parse_header(text)
    offset = 0
    for _ in range(header.body_line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return header, ""
    return header, text[offset:]


def read_header(path: str | os.PathLike[str]) -> Header:
    """The header of the file at ``path``, reading no further than its end (bad UTF-8 bytes
    are replaced; a BOM is dropped). Raises OSError when the file cannot be read."""
    lines: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not lines:
                line = line.lstrip("\ufeff")
            lines.append(line)
            if len(lines) == 1 and _BEGIN_RE.match(line):
                continue
            if not _inside_header(line):
                break
    return parse_header("\n".join(lines))


def key_line(path: str | os.PathLike[str], key: str) -> int | None:
    """1-based line of metadata ``key`` in the file at ``path``; None when the header has
    no such key or the file cannot be read (for pointing an error message at a line)."""
    try:
        return read_header(path).line(key)
    except OSError:
        return None


def _inside_header(line: str) -> bool:
    """True when the header may go on after ``line`` (a key or a continuation line)."""
    if not line.strip() or _END_RE.match(line):
        return False
    return bool(_KEY_RE.match(line) or _MORE_RE.match(line.expandtabs(_TAB_LENGTH)))
