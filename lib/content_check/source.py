"""Read a content file into text and a metadata block with line numbers (pure).

The header is parsed by ``portal_files.header``, the parser every reader of a header uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from portal_content.errors import ContentError
from portal_content.source import decode_source
from portal_files.header import Field, Header, parse_header

from content_check.models import Problem, Severity

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded content file: LF line ends, NOT normalised (rules look for NFD, controls).

    ``lines`` is computed once, when the Source is made: rules index it per line, so
    recomputing it on access made checking quadratic in the file's size.
    """

    path: str
    text: str
    header: Header
    lines: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.text.split("\n")))

    @property
    def fields(self) -> tuple[Field, ...]:
        """Every header entry in file order (duplicates are reported by a rule)."""
        return self.header.fields

    @property
    def body_line(self) -> int:
        """First line of the body (1-based); len(lines)+1 when there is no body."""
        return self.header.body_line

    @property
    def metadata(self) -> Mapping[str, Field]:
        """First occurrence of each key; read-only."""
        return self.header.first

    def value(self, key: str) -> str | None:
        return self.header.value(key)


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
    return Source(path, text, parse_header(text)), problems


def _bad_byte_col(data: bytes) -> int:
    """Column (1-based, in bytes) of the first byte that is not UTF-8."""
    body = data[len(_BOM) :] if data.startswith(_BOM) else data
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start - (body.rfind(b"\n", 0, exc.start) + 1) + 1
    return 1
