"""git_dates (pure part): parsing git log and when to show "Cập nhật lúc"."""

from __future__ import annotations

import datetime as dt

import pytest
from git_dates.history import last_commit_times, parse_log, updated_time
from vntext import VN_TZ

SEP = "\x1e"


def test_parse_log_keeps_the_newest_commit_of_each_path():
    output = (
        f"{SEP}2024-03-02T10:00:00+07:00\n\n2024/01/a.md\n"
        f"{SEP}2024-02-01T09:00:00+00:00\n\n2024/01/a.md\n2024/01/b.md\n"
    )
    assert parse_log(output) == {
        "2024/01/a.md": dt.datetime(2024, 3, 2, 10, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        "2024/01/b.md": dt.datetime(2024, 2, 1, 9, tzinfo=dt.UTC),
    }


PUB = dt.datetime(2024, 1, 10, 8, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("committed", "time_known", "expected"),
    [
        (PUB + dt.timedelta(days=2), True, PUB + dt.timedelta(days=2)),
        (PUB + dt.timedelta(seconds=40), True, None),  # same minute as published
        (PUB - dt.timedelta(days=1), True, None),  # committed before publication
        (PUB + dt.timedelta(hours=3), False, None),  # same day, time not known
        (PUB + dt.timedelta(days=1), False, PUB + dt.timedelta(days=1)),
        (None, True, None),
    ],
    ids=["later", "same_minute", "earlier", "same_day_no_time", "next_day_no_time", "no_commit"],
)
def test_updated_time_only_when_it_differs(committed, time_known, expected):
    assert updated_time(PUB, committed, time_known=time_known) == expected


def test_updated_time_is_in_vietnam_time():
    committed = dt.datetime(2024, 1, 12, 1, 0, tzinfo=dt.UTC)
    assert updated_time(PUB, committed).utcoffset() == dt.timedelta(hours=7)


def test_no_git_checkout_means_no_times(tmp_path):
    (tmp_path / "a.md").write_text("x")
    assert last_commit_times(tmp_path) == {}
