"""VN028: a ``Modified`` time that is not after ``Date`` (pure).

Article pages show "Cập nhật lúc …" only for a ``Modified`` later than the publication time as
shown (to the minute; to the day with ``Date_precision: day``), so an earlier one is silently
ignored by the build: the checker says so where it is written.
"""

from __future__ import annotations

import datetime as dt

from portal_content.metadata import UNKNOWN_VALUES
from vntext import VN_TZ, format_datetime_vi, parse_datetime_vn

from content_check.models import Problem, Severity
from content_check.source import Source


def _time(src: Source, key: str) -> dt.datetime | None:
    raw = (src.value(key) or "").strip()
    if not raw or raw.lower() in UNKNOWN_VALUES:
        return None
    try:
        return parse_datetime_vn(raw, default_time=dt.time(0, 0)).astimezone(VN_TZ)
    except ValueError:  # VN020 says so
        return None


def check_modified(src: Source, ctx) -> list[Problem]:
    """VN028 (warning): ``Modified`` not after ``Date``, so no update time is shown."""
    item = src.metadata.get("modified")
    if ctx.kind != "article" or item is None:
        return []
    date, modified = _time(src, "date"), _time(src, "modified")
    if date is None or modified is None:
        return []
    by_day = (src.value("date_precision") or "").strip().lower() == "day"
    if by_day:
        later = modified.date() > date.date()
    else:
        later = modified.replace(second=0, microsecond=0) > date.replace(second=0, microsecond=0)
    if later:
        return []
    shown = format_datetime_vi(date, weekday=False)
    return [
        Problem(
            src.path,
            item.line,
            item.value_col,
            "VN028",
            Severity.WARNING,
            f"ngày cập nhật (Modified) không sau ngày đăng ({shown}): trang sẽ không hiện "
            "“Cập nhật lúc …”; hãy ghi thời điểm sửa bài, hoặc bỏ dòng Modified",
        )
    ]
