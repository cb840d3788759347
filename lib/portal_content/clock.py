"""What time it is for publishing, and whether a date is still to come (pure, no Pelican)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping

from vntext import VN_TZ

NOW_ENV = "PORTAL_NOW"  # ISO 8601 date and time; a fixed "now" for tests and re-runs
YEAR_AHEAD = dt.timedelta(days=366)  # further ahead than this is probably a typo (2205)


class ClockError(ValueError):
    """``PORTAL_NOW`` cannot be read (the message is Vietnamese)."""


def in_vietnam(value: dt.datetime) -> dt.datetime:
    """``value`` as an aware time in Vietnam: a time without a zone is Vietnam time."""
    if value.tzinfo is None:
        return value.replace(tzinfo=VN_TZ)
    return value.astimezone(VN_TZ)


def parse_now(text: str) -> dt.datetime:
    """A "now" written as ``2026-05-01 08:00`` (Vietnam time) or with an offset."""
    try:
        return in_vietnam(dt.datetime.fromisoformat(text.strip()))
    except ValueError:
        raise ClockError(
            f"{NOW_ENV}={text!r} không phải ngày giờ; hãy viết YYYY-MM-DD HH:MM (giờ Việt Nam)"
        ) from None


def current_time(
    setting: str | dt.datetime | None = None, environ: Mapping[str, str] = os.environ
) -> dt.datetime:
    """Now, in Vietnam time: ``$PORTAL_NOW``, else the ``PORTAL_NOW`` setting, else the clock."""
    value = environ.get(NOW_ENV) or setting
    if isinstance(value, dt.datetime):
        return in_vietnam(value)
    if value:
        return parse_now(str(value))
    return dt.datetime.now(VN_TZ)


def is_scheduled(date: dt.datetime | None, now: dt.datetime) -> bool:
    """True when an article dated ``date`` must wait: its time is after ``now``."""
    return date is not None and in_vietnam(date) > now


def far_ahead(date: dt.datetime, now: dt.datetime) -> bool:
    """True when ``date`` is more than a year after ``now`` (a mistyped year?)."""
    return in_vietnam(date) - now > YEAR_AHEAD
