"""Grammars for the lines of a news page: dates, bylines, boilerplate, captions (pure).

They are written as small grammars, not as lists of the pages seen so far: a date line is any
line made only of a date, an optional time, an optional weekday, an optional label ("Cập nhật
ngày:", "Ngày đăng") and separators; a byline is an optional credit label ("Bài và ảnh:"), one
to five capitalised words, and an optional position after a dash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vntext import VN_TZ

# --- Dates -------------------------------------------------------------------------------
_WEEKDAY = r"(?:th[ứu]\s*(?:[2-7]|hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y)|ch[ủu]\s*nh[ậa]t|cn|t[2-7])"
_LABEL = (
    r"(?:c[ậa]p\s*nh[ậa]t(?:\s*l[úu]c)?|ng[àa]y\s*(?:đăng|c[ậa]p\s*nh[ậa]t|xu[ấa]t\s*b[ảa]n)"
    r"|đăng\s*(?:l[úu]c|ng[àa]y)?|xu[ấa]t\s*b[ảa]n|published|updated|posted)"
)
_DATE_NUMERIC = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})(?!\d)"
)
_DATE_WORDS = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+th[áa]ng\s+(?P<m>\d{1,2})\s*(?:n[ăa]m|,)?\s*(?P<y>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?<![\d/])(?P<h>[01]?\d|2[0-3])\s*(?::|h|giờ)\s*(?P<min>[0-5]\d)(?:\s*(?::\s*[0-5]\d))?"
    r"(?:\s*(?P<ampm>AM|PM|SA|CH))?(?![\d/])",
    re.IGNORECASE,
)
_OFFSET = re.compile(
    r"\(?\s*(?:GMT|UTC)\s*(?P<sign>[+\-])\s*(?P<hours>\d{1,2})(?::?(?P<mins>\d{2}))?\s*\)?", re.I
)
_LEFTOVER = re.compile(rf"{_WEEKDAY}|{_LABEL}|ng[àa]y|l[úu]c|v[àa]o|[\s,|:\-–—/.()]+", re.I)


@dataclass(frozen=True)
class DateLine:
    """A recognised date line: an aware datetime in Asia/Ho_Chi_Minh and its precision."""

    value: dt.datetime
    precision: str  # "minute" or "day"


def parse_date_line(line: str) -> DateLine | None:
    """``"Cập nhật ngày: 09/10/2018 | 16:34 GMT+7"`` -> 2018-10-09 16:34+07:00, minute.

    Returns None unless the whole line is a date (with optional time, weekday, label, offset):
    a sentence that merely contains a date is not a date line.
    """
    text = line.strip()
    if not text or len(text) > 80:
        return None
    match = _DATE_NUMERIC.search(text) or _DATE_WORDS.search(text)
    if not match:
        return None
    rest = text[: match.start()] + " " + text[match.end() :]
    time_match = _TIME.search(rest)
    if time_match:
        rest = rest[: time_match.start()] + " " + rest[time_match.end() :]
    offset_match = _OFFSET.search(rest)
    if offset_match:
        rest = rest[: offset_match.start()] + " " + rest[offset_match.end() :]
    if _LEFTOVER.sub("", rest).strip():
        return None
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if not time_match:
        return DateLine(dt.datetime.combine(day, dt.time(0, 0), tzinfo=VN_TZ), "day")
    hour = int(time_match["h"])
    ampm = (time_match["ampm"] or "").upper()
    if ampm in ("PM", "CH") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA") and hour == 12:
        hour = 0
    when = dt.time(hour, int(time_match["min"]))
    if offset_match:
        sign = 1 if offset_match["sign"] == "+" else -1
        delta = dt.timedelta(
            hours=int(offset_match["hours"]), minutes=int(offset_match["mins"] or 0)
        )
        tz = dt.timezone(sign * delta)
        value = dt.datetime.combine(day, when, tzinfo=tz).astimezone(VN_TZ)
    else:
        value = dt.datetime.combine(day, when, tzinfo=VN_TZ)
    return DateLine(value, "minute")


# --- Bylines -----------------------------------------------------------------------------
_CREDIT_WORD = (
    r"(?:b[àa]i|tin|[ảa]nh|video|clip|đồ\s*họa|thực\s*hiện|ghi|nhóm\s*(?:pv|phóng\s*viên))"
)
_CREDIT = re.compile(
    rf"^(?:{_CREDIT_WORD}(?:\s*(?:,|và|&|-|\+)\s*{_CREDIT_WORD})*|theo|nguồn)\s*:\s*",
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


def parse_author_title(line: str) -> str | None:
    """The position line printed under a byline ("Thành ủy viên, Bí thư Đảng ủy Khối …")."""
    text = " ".join(line.split())
    if not text or len(text) > 160 or text.endswith((".", "?", "!", ":")):
        return None
    if not text[0].isupper() or not _POSITION_WORDS.search(text):
        return None
    return text


# --- Boilerplate -------------------------------------------------------------------------
_BOILERPLATE = re.compile(
    r"^(?:hotline\b.*|.*\|\s*thư viện\s*\|.*|đặt làm trang chủ|quà tặng.*|chia sẻ(?: bài viết)?"
    r"|chia sẻ:?.*facebook.*|in bài(?: viết)?|bản in|gửi bài(?: viết)?|lượt xem:?\s*\d*"
    r"|\d+\s*(?:lượt xem|bình luận)?|tags?:.*|từ khóa:.*|xem thêm:?|trở về|về đầu trang"
    r"|đầu trang|bài viết liên quan|tweet|like|share|email|print|facebook|zalo"
    r"|[\W_]*)$",
    re.IGNORECASE,
)
# Lines after which nothing belongs to the article (comment boxes, polls, related lists).
_STOP = re.compile(
    r"^(?:viết bình luận(?: mới)?|bình luận(?: của bạn)?|ý kiến bạn đọc|thăm dò ý kiến"
    r"|tin (?:liên quan|khác|cùng chuyên mục|mới(?: nhất)?|đọc nhiều)|các tin (?:khác|đã đưa)"
    r"|bài (?:liên quan|đọc nhiều)|video hoạt động|hình ảnh hoạt động|website liên kết"
    r"|liên kết website|chia sẻ bài viết)\s*:?$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*(?:[-_=*~.·•]\s*){3,}$")


def is_boilerplate(line: str) -> bool:
    """Menus, hotlines, share buttons, view counters, ". ; ." trailers, separator rules."""
    text = " ".join(line.split())
    return bool(_BOILERPLATE.match(text) or _RULE.match(text))


def is_stop_marker(line: str) -> bool:
    """A heading that starts the page's furniture after the article (comments, polls…)."""
    return bool(_STOP.match(" ".join(line.split())))


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
