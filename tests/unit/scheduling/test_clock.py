"""portal_content.clock: what "now" is and whether a date is still to come."""

from __future__ import annotations

import datetime as dt

import pytest
from portal_content.clock import ClockError, current_time, far_ahead, in_vietnam, is_scheduled
from vntext import VN_TZ

NOW = dt.datetime(2026, 5, 1, 8, 0, tzinfo=VN_TZ)


def test_now_from_environment_then_setting_then_clock():
    assert current_time("2026-05-01 08:00", {}) == NOW
    assert current_time("2026-01-01 00:00", {"PORTAL_NOW": "2026-05-01T01:00:00+00:00"}) == NOW
    assert current_time(dt.datetime(2026, 5, 1, 8, 0), {}) == NOW
    clock = current_time(None, {})
    assert clock.utcoffset() == dt.timedelta(hours=7)
    assert abs(clock - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_unreadable_now_is_a_clear_error():
    with pytest.raises(ClockError, match="PORTAL_NOW='mai' không phải ngày giờ"):
        current_time(None, {"PORTAL_NOW": "mai"})


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.datetime(2026, 5, 1, 8, 0, 1), True),  # naive: Vietnam time, one second ahead
        (dt.datetime(2026, 5, 1, 8, 0), False),  # exactly due
        (dt.datetime(2026, 5, 1, 1, 0, 1, tzinfo=dt.UTC), True),  # 08:00:01 in Vietnam
        (dt.datetime(2026, 5, 1, 0, 59, tzinfo=dt.UTC), False),
        (dt.datetime(1930, 2, 3, 8, 0), False),  # long before the portal: simply published
        (None, False),
    ],
)
def test_is_scheduled(date, expected):
    assert is_scheduled(date, NOW) is expected


def test_far_ahead_and_vietnam_time():
    assert far_ahead(dt.datetime(2205, 5, 1, 8, 0), NOW)
    assert not far_ahead(dt.datetime(2027, 4, 30, 8, 0), NOW)
    assert in_vietnam(dt.datetime(2026, 5, 1, 1, 0, tzinfo=dt.UTC)) == NOW
