"""Vietnamese dates with Babel/CLDR data, independent of any OS locale."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import format_date, get_day_names

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_LOCALE = "vi"


def _as_vn(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
    """Convert an aware datetime to Vietnam time; leave naive values and dates alone."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(VN_TZ)
    return value


#: CLDR's wide weekday names ("Thứ Hai"…), Monday first as ``date.weekday()`` counts. The
#: date formats below are CLDR's "EEEE, dd/MM/yyyy" and "HH:mm", written out: Babel's
#: ``format_date`` parses its pattern and looks the locale up on every call, and a build
#: formats a date for every card and article (1.2 CPU-s of a 10,000-article build).
_WEEKDAYS = tuple(get_day_names("wide", locale=_LOCALE)[day] for day in range(7))


def format_date_vi(value: dt.date | dt.datetime, *, weekday: bool = True) -> str:
    """ "Thứ Bảy, 20/05/2023" (or "20/05/2023" with ``weekday=False``)."""
    local = _as_vn(value)
    digits = f"{local.day:02d}/{local.month:02d}/{local.year:04d}"
    return f"{_WEEKDAYS[local.weekday()]}, {digits}" if weekday else digits


def format_datetime_vi(value: dt.datetime, *, weekday: bool = True) -> str:
    """ "Thứ Bảy, 20/05/2023 08:30" in Vietnam time."""
    local = _as_vn(value)
    return f"{format_date_vi(local, weekday=weekday)} {local.hour:02d}:{local.minute:02d}"


def month_name_vi(month: int) -> str:
    """ "tháng 5" for 5 (CLDR stand-alone month name)."""
    return format_date(dt.date(2000, month, 1), "LLLL", locale=_LOCALE).lower()


def format_month_vi(year: int, month: int, *, capitalize: bool = True) -> str:
    """ "Tháng 5 năm 2023" (a heading for a month archive)."""
    text = format_date(dt.date(year, month, 1), "MMMM 'năm' y", locale=_LOCALE)
    return text[:1].upper() + text[1:] if capitalize else text


def parse_datetime_vn(text: str, *, default_time: dt.time | None = None) -> dt.datetime:
    """Parse an ISO-like date or datetime; naive values are taken as Vietnam time.

    "2023-05-20 08:30", "2023-05-20T08:30:00+07:00", "2023-05-20" (then ``default_time``
    is required). Raises ValueError with a Vietnamese message on anything else.
    """
    raw = text.strip()
    try:
        parsed = dt.datetime.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(
            f"không đọc được ngày giờ {raw!r}: hãy viết YYYY-MM-DD HH:MM (ví dụ 2023-05-20 08:30)"
        ) from exc
    if len(raw) <= 10:  # date only
        if default_time is None:
            raise ValueError(f"ngày {raw!r} thiếu giờ: hãy viết YYYY-MM-DD HH:MM")
        parsed = dt.datetime.combine(parsed.date(), default_time)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=VN_TZ)
    return parsed
