"""Publication dates as Vietnamese pages print them, and as machines write them (pure).

A **date line** is a line made only of one date, at most one time, at most one time-zone
suffix, and words that label or qualify them (weekday, "Cập nhật lúc", "Ngày đăng", "sáng",
"GMT+7"…): a sentence that merely contains a date is never one. Dates are read day first
(``29/10/2013``, ``29-10-2013``, ``29.10.2013``, ``29/10/13``), year first (``2013-10-29``,
ISO with ``T`` and an offset), with the month in words (``29 tháng Mười năm 2013``,
``October 29, 2013``), with a place before them (``Hà Nội, ngày 29 tháng 10 năm 2013``).
Times: ``12:08``, ``12:08:33``, ``12h08``, ``12.08`` (beside a date), ``12g08'``,
``12 giờ 08 phút``, ``8:05 PM``, ``8h05 chiều``. A time without an offset is Vietnam time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vntext import VN_TZ, fold_diacritics

#: The doubt noted when the only date a page prints is an update ("Cập nhật: …").
UPDATE_ONLY = "chỉ có ngày cập nhật, không có ngày đăng"

_MONTH_WORDS = {
    "mot": 1, "gieng": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Words that may stand around a date in a date line (diacritics folded, lowercase): weekdays,
# labels ("ngày đăng", "cập nhật lúc", "thời gian xuất bản"), parts of the day, zone names.
_LINE_WORDS_TEXT = (
    "thu hai ba tu nam sau bay chu nhat cn t2 t3 t4 t5 t6 t7 ngay dang cap luc vao hoi "
    "thoi gian xuat ban tai gui cuoi lan moi sua doi tao gio phut sang trua chieu toi dem "
    "vn viet ict gmt utc ha noi hn hom nay "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "updated update last modified published posted created date time on at pm am"
)
_LINE_WORDS = frozenset(_LINE_WORDS_TEXT.split())
_UPDATED_WORDS = ("cap nhat", "updated", "modified", "sua doi", "chinh sua")
_NUM_DMY = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/.\-]|\s*[.:]\s*\d)"
)
_NUM_YMD = re.compile(
    r"(?<![\d/.\-])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<d>\d{1,2})(?![\d/.\-])"
)
_WORD_MONTH = r"(?P<mw>\d{1,2}|[a-z]+(?: (?:mot|hai))?)"
_VI_WORDS = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:,\s*)?thang\s+{_WORD_MONTH}\s*(?:,\s*)?(?:nam\s+)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d)"
)
_EN_MDY = re.compile(
    r"\b(?P<mw>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)
_EN_DMY = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mw>[a-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d{2})"
    r"(?!\d)"
)
_TIME = re.compile(
    r"(?<![\d/.])(?P<h>[01]?\d|2[0-3])\s*(?::|h|g|gio|\.(?=[0-5]\d(?!\d)))\s*(?P<min>[0-5]\d)"
    r"(?:\s*(?:'|phut))?(?:\s*:\s*[0-5]\d(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>am|pm|sa|ch|sang|trua|chieu|toi|dem)\b)?(?![\d/])"
    r"|(?<![\d/.])(?P<h2>[01]?\d|2[0-3])\s*(?:h|gio)(?![\w\d])"
    r"(?:\s*(?P<ampm2>am|pm|sa|ch|sang|trua|chieu|toi|dem)\b)?"
)
_OFFSET = re.compile(
    r"\(?\s*(?:gmt|utc)\s*(?:(?P<sign>[+\-])\s*(?P<hours>\d{1,2})(?::?(?P<mins>\d{2}))?)?\s*\)?"
    r"|(?<![\w+\-])(?P<sign2>[+\-])(?P<hours2>\d{2}):?(?P<mins2>\d{2})\b|\bz\b|\bict\b"
)
_PLACE = re.compile(r"^\s*(?:[A-ZĐÀ-Ỹ][\w.]*\s*){1,4},\s*(?=ngày\b)", re.IGNORECASE)
_PM = ("pm", "ch", "chieu", "toi")
_TOKEN = re.compile(r"[a-z0-9]+")
_WEEKDAY_NUMBER = re.compile(r"\bthu\s*[2-7]\b")


@dataclass(frozen=True)
class DateLine:
    """A recognised date: aware (Asia/Ho_Chi_Minh), its precision ("minute" or "day"),
    whether its label says it is an update time rather than the publication time, and
    whether it is a header bar's "Hôm nay: …" (today's date: never an article's)."""

    value: dt.datetime
    precision: str
    updated: bool = False
    today: bool = False


def _fold(text: str) -> str:
    folded = fold_diacritics(text).lower().replace("đ", "d")
    return folded if len(folded) == len(text) else text.lower()


def _year(text: str) -> int:
    year = int(text)
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def _find_day(text: str) -> tuple[dt.date, int, int] | None:
    """The one date in ``text`` (folded), its span; None when zero or invalid."""
    for pattern in (_NUM_YMD, _NUM_DMY, _VI_WORDS, _EN_MDY, _EN_DMY):
        match = pattern.search(text)
        if not match:
            continue
        if "mw" in match.groupdict():
            word = match["mw"]
            month = int(word) if word.isdigit() else _MONTH_WORDS.get(word)
            if month is None:
                continue
        else:
            month = int(match["m"])
        day, year = int(match["d"]), _year(match["y"])
        try:
            found = dt.date(year, month, day)
        except ValueError:
            if "mw" in match.groupdict() or pattern is _NUM_YMD:
                return None
            try:  # "10/29/2013": an English-style month first
                found = dt.date(year, day, month)
            except ValueError:
                return None
        return found, match.start(), match.end()
    return None


def _cut(text: str, start: int, end: int) -> str:
    return text[:start] + " " + text[end:]


def parse_date_line(line: str) -> DateLine | None:
    """``"Cập nhật ngày: 09/10/2018 | 16:34 GMT+7"`` -> 2018-10-09 16:34+07:00, minute.

    None unless the whole line is a date (plus time, weekday, label, zone).
    """
    text = " ".join(line.split())
    if not text or len(text) > 100:
        return None
    place = _PLACE.match(text)
    if place:
        text = text[place.end() :]
    folded = _fold(text)
    folded = re.sub(r"(?<=\d)t(?=\d)", " ", folded)  # ISO "2013-10-22T14:00"
    found = _find_day(folded)
    if found is None:
        return None
    day, start, end = found
    rest = _cut(folded, start, end)
    time_match = _TIME.search(rest)
    if time_match:
        rest = _cut(rest, time_match.start(), time_match.end())
    offset_match = _OFFSET.search(rest) if time_match else None
    if offset_match:
        rest = _cut(rest, offset_match.start(), offset_match.end())
    if _TIME.search(rest) or _find_day(rest):
        return None  # two dates or two times: a range or a list, not one date line
    rest = _WEEKDAY_NUMBER.sub(" ", rest)
    if any(token not in _LINE_WORDS for token in _TOKEN.findall(rest)):
        return None
    updated = any(word in folded for word in _UPDATED_WORDS)
    today = "hom nay" in rest
    if not time_match:
        midnight = dt.datetime.combine(day, dt.time(0, 0), tzinfo=VN_TZ)
        return DateLine(midnight, "day", updated, today)
    hour = int(time_match["h"] or time_match["h2"])
    minute = int(time_match["min"] or 0)
    ampm = time_match["ampm"] or time_match["ampm2"] or ""
    if ampm in _PM and hour < 12:
        hour += 12
    elif ampm in ("am", "sa") and hour == 12:
        hour = 0
    value = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=_zone(offset_match))
    return DateLine(value.astimezone(VN_TZ), "minute", updated, today)


def day_and_time_apart(first: str, second: str) -> DateLine | None:
    """The date of two lines read together when a page prints the day and the time on lines of
    their own ("29/10/2013" over "12:08", or the time first): one of them alone is a date line
    to the day, the other is none, and the two joined are one date line to the minute."""
    found = [parse_date_line(first), parse_date_line(second)]
    day = [d for d in found if d is not None]
    if len(day) != 1 or day[0].precision != "day":
        return None
    together = parse_date_line(f"{first} {second}")
    return together if together and together.precision == "minute" else None


def _zone(match: re.Match | None) -> dt.tzinfo:
    if match is None or match.group(0).strip() in ("ict", "") or "ict" in match.group(0):
        return VN_TZ
    if match.group(0).strip().endswith("z"):
        return dt.UTC
    sign, hours, mins = (
        (match["sign"], match["hours"], match["mins"])
        if match["sign"] or match["hours"]
        else (match["sign2"], match["hours2"], match["mins2"])
    )
    if not hours:
        return dt.UTC  # "GMT" alone
    delta = dt.timedelta(hours=int(hours), minutes=int(mins or 0))
    return dt.timezone(-delta if sign == "-" else delta)


def parse_machine_date(value: str) -> DateLine | None:
    """A date from a meta tag, JSON-LD or ``<time datetime>``: ISO 8601 (any offset, or none
    meaning Vietnam time), or any form a date line accepts."""
    text = value.strip()
    if not text:
        return None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return parse_date_line(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=VN_TZ)
    precision = "minute" if re.search(r"\d[T ]\d", text) else "day"
    return DateLine(parsed.astimezone(VN_TZ), precision)
