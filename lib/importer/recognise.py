"""Grammars for the lines of a news page: bylines, captions, headings (pure).

Written as small grammars, not as lists of the pages seen so far: a byline is an optional
credit label ("Bài và ảnh:", "Tác giả:"), one to five capitalised words, and an optional
position after a dash. Date lines live in ``dates``, furniture in ``furniture`` (both
re-exported here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importer.dates import DateLine, parse_date_line
from importer.furniture import is_boilerplate, is_stop_marker

__all__ = [
    "Byline",
    "DateLine",
    "ends_sentence",
    "is_all_caps",
    "is_boilerplate",
    "is_stop_marker",
    "looks_like_caption",
    "looks_like_heading",
    "normal_case_name",
    "parse_author_title",
    "parse_byline",
    "parse_credit_line",
    "parse_date_line",
    "parse_dated_line",
    "recase_from",
]

_SEGMENTS = re.compile(r"\s+[|•·]\s+|\t+")
_DASHES = re.compile(r"\s+[-–—]\s+")

# --- Bylines -----------------------------------------------------------------------------
_CREDIT_WORD = (
    r"(?:b[àa]i|tin|[ảa]nh|video|clip|đồ\s*họa|thực\s*hiện|ghi|nhóm\s*(?:pv|phóng\s*viên)"
    r"|tác\s*giả(?:\s+bài\s+viết)?|người\s*(?:viết|đăng|gửi)|phóng\s*viên|pv|ctv|cộng\s*tác\s*viên)"
)
_CREDIT = re.compile(
    rf"^(?:(?:{_CREDIT_WORD}(?:\s*(?:,|và|&|-|\+)\s*{_CREDIT_WORD})*|theo|nguồn(?:\s+tin)?)\s*:"
    # a CMS's own label, colon or not: "Viết bởi Phạm Thu Trang", "Đăng bởi: …"
    r"|(?:viết|đăng|gửi)\s+bởi\s*:?)\s*",
    re.IGNORECASE,
)
_PHOTO_ONLY = re.compile(r"^(?:[ảa]nh|video|clip|đồ\s*họa)\s*:", re.IGNORECASE)
_BULLET = re.compile(r"^[*•·\-–—]+\s*")
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w]*|[^\W\d_]\.(?:[^\W\d_]\.)*[^\W\d_]*)$")
_NAME_SEPARATOR = re.compile(r"\s*(?:,|\s-\s|\s–\s|\svà\s)\s*")
_POSITION_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*\(\s*")
_POSITION_WORDS = re.compile(
    r"\b(?:bí thư|ủy viên|uỷ viên|trưởng|phó|chủ tịch|giám đốc|chánh|tổng|chuyên viên|cán bộ"
    r"|phóng viên|nhà báo|giảng viên|thạc sĩ|tiến sĩ|ts\.|ths\.|pgs|gs\.|đại tá|thượng tá"
    r"|trung tá|thiếu tá|nguyên|thường trực|tỉnh ủy viên|thành ủy viên|hội viên|đảng viên"
    r"|chi bộ|đảng ủy|ban )",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Byline:
    """A byline as printed, the author's name in normal case, and a position if printed."""

    printed: str
    author: str
    author_title: str | None = None


def normal_case_name(name: str) -> str:
    """``"HOÀNG MY"`` -> ``"Hoàng My"``; names already in mixed case are kept as printed."""
    words = name.split()
    if all(w.isupper() or not any(c.isalpha() for c in w) for w in words):
        return " ".join(w[:1] + w[1:].lower() for w in words)
    return " ".join(words)


def _is_name(text: str, *, max_words: int = 5) -> bool:
    words = text.split()
    if not 1 <= len(words) <= max_words:
        return False
    for word in words:
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return False
    # A single capitalised word is only a name when printed in capitals ("PV", "HẢI LINH").
    return len(words) > 1 or words[0].isupper()


def has_credit_label(line: str) -> bool:
    """A line opened by a credit label: "Bài và ảnh:", "Tác giả:", "Viết bởi" (a byline's
    label, never a headline's first words)."""
    return bool(_CREDIT.match(_BULLET.sub("", " ".join(line.split()))))


def parse_byline(line: str, *, allow_plain: bool = True) -> Byline | None:
    """Recognise a byline line.

    * ``"Bài và ảnh: HOÀNG THIÊN"`` / ``"Bài, ảnh: Hoàng Hoài"`` (credit label + name);
    * ``"HOÀNG MY"`` / ``"* MAI THANH DÂN"`` (a name in capitals, optionally bulleted);
    * ``"Đỗ Thị Lành - Phó Trưởng ban Tổ chức ĐUK"`` (name, dash, position).

    ``allow_plain`` admits a bare name in mixed case ("Hoàng My"); only safe at the end of an
    article, where no ordinary sentence is that short.
    """
    printed = " ".join(line.split())
    # A final "." is allowed only right after a name ("Bài: NGUYỄN AN.").
    if (not printed or len(printed) > 120 or printed.endswith((".", "?", "!", ";"))) and (
        not printed.endswith(".") or not _is_name(printed.rstrip(".").split(":")[-1])
    ):
        return None
    text = _BULLET.sub("", printed).rstrip(".").strip()
    credit = _CREDIT.match(text)
    if credit:
        if _PHOTO_ONLY.match(credit.group(0)):
            return None  # "Ảnh: XUÂN ĐÀO" credits a photo: part of its caption
        text = text[credit.end() :].strip()
    parts = _POSITION_SEPARATOR.split(text, maxsplit=1)
    name_part = parts[0].strip()
    position = parts[1].rstrip(")").strip() if len(parts) > 1 else None
    names = [n for n in _NAME_SEPARATOR.split(name_part) if n]
    if not names or not all(_is_name(n) for n in names):
        return None
    if position is not None and not position[:1].isupper():
        return None
    all_caps = all(n.isupper() for n in names)
    if not credit and not all_caps:
        if position is None and not allow_plain:
            return None
        if position is not None and not _POSITION_WORDS.search(position):
            return None
    if not credit and all_caps and len(names[0].split()) < 2 and not printed.startswith("*"):
        return None
    return Byline(printed, normal_case_name(names[0]), position)


# A credit line's parts each start with a label: "Tác giả bài viết: Lan Nguồn tin: Văn phòng"
_CREDIT_PART = re.compile(
    # never inside one label: "Nguồn tin:", "Bài và ảnh:", "Bài, ảnh:"
    rf"(?<!nguồn)(?<!và)(?<![,&+-])\s+(?=(?:{_CREDIT_WORD}|theo|nguồn(?:\s+tin)?)\s*:)",
    re.IGNORECASE,
)
_SOURCE_CREDIT = re.compile(r"^(?:nguồn(?:\s+tin)?|theo)\s*:\s*\S", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s")  # inside a credit: a sentence goes on after it


def parse_credit_line(line: str) -> Byline | None:
    """A line of labelled credits only, as a portal prints under an article: a labelled byline
    and/or its source ("Tác giả bài viết: Ngọc Lan Nguồn tin: Văn phòng Đảng ủy Khối",
    "Nguồn: Ban Tuyên giáo Tỉnh ủy"). ``author`` is the byline's name, "" when only a source
    is credited; ``printed`` is the whole line."""
    printed = " ".join(line.split())
    if not printed or len(printed) > 200 or printed.endswith(("?", "!", ";")):
        return None
    author = ""
    for part in _CREDIT_PART.split(printed):
        byline = parse_byline(part, allow_plain=False) if _CREDIT.match(part) else None
        if byline is not None and not _SOURCE_CREDIT.match(part):
            author = author or byline.author
        elif not (
            _SOURCE_CREDIT.match(part)
            and len(part.split()) <= 15
            and not _SENTENCE_END.search(part)
        ):
            return None
    return Byline(printed, author)


def parse_author_title(line: str) -> str | None:
    """The position line printed under a byline ("Thành ủy viên, Bí thư Đảng ủy Khối …")."""
    text = " ".join(line.split())
    if not text or len(text) > 160 or text.endswith((".", "?", "!", ":")):
        return None
    if not text[0].isupper() or not _POSITION_WORDS.search(text):
        return None
    return text


def parse_dated_line(line: str) -> tuple[DateLine, Byline | None] | None:
    """A date line, or a line of segments ("Thứ Ba, 22/10/2013 | 08:36 | Lượt xem: 5",
    "Tác giả: Lan · 22/10/2013", "Cập nhật: 30/10 08:00 - Đăng: 29/10/2013 07:30") made of
    dates and only furniture or a byline besides; the publication date wins over an update."""
    found = parse_date_line(line)
    if found:
        return found, None
    for splitter in (_SEGMENTS, _DASHES):
        parts = [p for p in splitter.split(line) if p.strip()]
        if 2 <= len(parts) <= 6:
            dated = _segments_dated(parts)
            if dated:
                return dated
    return None


def _segments_dated(parts: list[str]) -> tuple[DateLine, Byline | None] | None:
    dates: list[DateLine] = []
    byline = None
    i = 0
    while i < len(parts):
        pair = " ".join(parts[i : i + 2]) if i + 1 < len(parts) else ""
        found = parse_date_line(pair) if pair else None
        if found is not None:
            i += 1  # "Thứ Ba, 22/10/2013 | 08:36": the date and its time, split
        else:
            found = parse_date_line(parts[i])
        if found:
            dates.append(found)
        elif (credit := parse_byline(parts[i], allow_plain=False)) and byline is None:
            byline = credit
        elif not is_boilerplate(parts[i]):
            return None
        i += 1
    if not dates:
        return None
    published = [d for d in dates if not d.updated]
    return (published or dates)[0], byline


# --- Captions and headings ---------------------------------------------------------------
_CAPTION = re.compile(
    r"(?:\(\s*[ẢảAa]nh\s*(?:minh họa)?\s*:|[ẢảAa]nh\s*:\s*\S[^.]{0,60}\.?\s*$|^\s*[ẢảAa]nh\s*:"
    r"|\([ẢảAa]nh minh họa\)|\(Nguồn\s*:)",
)
_TERMINAL = (".", "!", "?", "…", ":", ";", "”", '"', "»", ")")


def looks_like_caption(text: str) -> bool:
    """A photo caption: it credits the photo ("Ảnh: XUÂN ĐÀO.", "(Ảnh: …)")."""
    return bool(_CAPTION.search(text))


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def looks_like_heading(text: str) -> bool:
    """A section heading: short, capitalised, no sentence punctuation at the end."""
    words = text.split()
    return (
        0 < len(words) <= 16
        and len(text) <= 110
        and text[:1].isupper()
        and not ends_sentence(text)
        and not text.endswith(",")
    )


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def recase_from(text: str, *sources: str) -> str:
    """An all-capitals line in the casing the article itself uses for the same words.

    ``"ĐẢNG ỦY KHỐI CÁC CƠ QUAN"`` -> ``"Đảng ủy khối Các cơ quan"`` when the body says so;
    otherwise sentence case. Trailing ":" (a kicker's) is dropped.
    """
    phrase = " ".join(text.split()).rstrip(":").strip()
    needle = phrase.lower()
    for source in sources:
        flat = " ".join(source.split())
        index = flat.lower().find(needle)
        if index >= 0 and len(flat.lower()) == len(flat):
            return flat[index : index + len(phrase)]
    return phrase[:1] + phrase[1:].lower()
