"""Administrative documents typed as text: a Party or State body's "Báo cáo", "Kế hoạch",
"Thông báo"… laid out as their rules fix it (Hướng dẫn 36-HD/VPTW for the Party's documents,
Nghị định 30/2020/NĐ-CP for the State's) (pure).

The layout, top to bottom: the issuing body's name and the national or Party motto in
capitals, the document's number ("Số 15-BC/CB") and its place and date ("Huế, ngày 28 tháng 6
năm 2019"), often on the same lines as the names when two columns were typed with tabs; the
document's type in capitals ("BÁO CÁO") and its subject (trích yếu) under it; the body; then
the list of recipients ("Nơi nhận:") and the signature block ("T/M CHI BỘ", "BÍ THƯ", the
name), in either order. A text is read so only when its first lines hold a type line and a
number or a place-and-date line: everything else goes to the news report reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importer.dates import DateLine, parse_date_line
from importer.recognise import Byline, is_all_caps, parse_byline

#: Lines at the top where the number, date and type must all be found.
HEADER_LINES = 16

# Types of documents that carry a type line (a "công văn" has none).
_TYPES = (
    "báo cáo", "kế hoạch", "thông báo", "nghị quyết", "chỉ thị", "hướng dẫn", "quyết định",
    "chương trình", "tờ trình", "biên bản", "quy định", "quy chế", "đề án", "kết luận",
    "thông tri", "công điện", "lời kêu gọi", "diễn văn", "thư",
)  # fmt: skip
_TYPE_LINE = re.compile(rf"^(?:{'|'.join(_TYPES)})(?:\s+(?:liên\s+tịch|số\s+\d+))?$", re.I)
_NUMBER = re.compile(r"^số\s*:?\s*\d+[\w/.\-–]*$", re.IGNORECASE)
_CELLS = re.compile(r"\t+|\s{3,}")
# Where the body ends: the recipients, or the signature's authority ("T/M", "TM.", "K/T"…).
_END = re.compile(
    r"^(?:nơi\s+nhận\s*:?|(?:t/?m|k/?t|t/?l|t/?uq|q\.)\s*[.:]?\s+\S.*|tm\.\s*\S.*|kt\.\s*\S.*)$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[\s*\-_=~.·•]+$")
# First words of a subject that are names, kept capitalised after the type ("Báo cáo Đảng …").
_PROPER_HEADS = (
    "Đảng", "Bác", "Chủ tịch Hồ Chí Minh", "Nhà nước", "Chính phủ", "Quốc hội", "Trung ương",
    "Bộ Chính trị", "Ban Bí thư", "Mặt trận", "Việt Nam",
)  # fmt: skip


@dataclass(frozen=True)
class OfficialDocument:
    """The parts of an administrative document the importer keeps."""

    title: str  # "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2019"
    number: str | None  # "15-BC/CB"
    date_line: DateLine | None
    body: tuple[str, ...]  # the lines between the subject and the recipients or signature
    signer: Byline | None


def read_official_document(lines: list[str]) -> OfficialDocument | None:
    """``lines`` (raw, one paragraph a line) as an administrative document, or None."""
    number = date = kind = None
    for index, line in enumerate(lines[:HEADER_LINES]):
        for cell in (c.strip() for c in _CELLS.split(line)):
            if number is None and _NUMBER.match(cell):
                number = re.sub(r"^số\s*:?\s*", "", cell, flags=re.IGNORECASE)
            elif date is None and (found := parse_date_line(cell)) and "ngày" in cell.lower():
                date = found
        plain = " ".join(line.split())
        if kind is None and is_all_caps(plain) and _TYPE_LINE.match(plain):
            kind = index
    if kind is None or (number is None and date is None):
        return None
    subject, start = _subject(lines, kind + 1)
    end = next(
        (i for i in range(start, len(lines)) if _END.match(" ".join(lines[i].split()))), None
    )
    if end is None:
        end = len(lines)
    body = tuple(line for line in lines[start:end] if line.strip() and not _RULE.match(line))
    if not body:
        return None
    type_name = " ".join(lines[kind].split()).capitalize()
    title = f"{type_name} {_after_type(subject)}" if subject else type_name
    return OfficialDocument(title, number, date, body, _signer(lines[end:]))


def _subject(lines: list[str], start: int) -> tuple[str, int]:
    """The subject under the type line (one or two lines, up to a rule or a sentence)."""
    parts: list[str] = []
    i = start
    while i < len(lines) and len(parts) < 3:
        line = " ".join(lines[i].split())
        if not line:
            i += 1
            if parts:
                break
            continue
        if _RULE.match(line) or line.endswith((".", ":", ";")) or len(line.split()) > 30:
            break
        parts.append(line)
        i += 1
    while i < len(lines) and _RULE.match(lines[i] or "-"):
        i += 1
    return " ".join(parts), i


def _after_type(subject: str) -> str:
    subject = subject.lstrip("(-– ").rstrip(")")
    if subject.startswith(_PROPER_HEADS) or is_all_caps(subject.split()[0]):
        return subject
    return subject[:1].lower() + subject[1:]


def _signer(lines: list[str]) -> Byline | None:
    """The name that signs: the last line read as a name, with the title above it."""
    kept = [" ".join(line.split()) for line in lines if line.strip()]
    for index in range(len(kept) - 1, -1, -1):
        found = parse_byline(kept[index])
        if found and not _END.match(kept[index]) and not kept[index].startswith("-"):
            above = kept[index - 1] if index else ""
            title = above.capitalize() if above and is_all_caps(above) else None
            return Byline(kept[index], found.author, title)
    return None
