"""``Date: unknown`` is one value, UNKNOWN_DATE: an orderable aware datetime that is false."""

from __future__ import annotations

import datetime as dt
import pickle

from portal_content.metadata import UNKNOWN_DATE, apply_conventions
from vntext import VN_TZ


def test_unknown_date_is_false_and_real_dates_are_true():
    assert not UNKNOWN_DATE
    assert dt.datetime(1900, 1, 1, tzinfo=VN_TZ)
    assert not pickle.loads(pickle.dumps(UNKNOWN_DATE))  # cached and forked copies too


def test_unknown_date_sorts_after_every_real_date_newest_first():
    dates = [
        UNKNOWN_DATE,
        dt.datetime(1945, 9, 2, tzinfo=VN_TZ),
        dt.datetime(2024, 1, 2, tzinfo=dt.UTC),
    ]
    assert sorted(dates, reverse=True)[-1] is UNKNOWN_DATE


def test_conventions_read_time_known_from_the_date():
    unknown = {"date": UNKNOWN_DATE}
    day_only = {"date": dt.datetime(2024, 1, 2, tzinfo=VN_TZ), "date_precision": "day"}
    full = {"date": dt.datetime(2024, 1, 2, 8, 30, tzinfo=VN_TZ)}
    for metadata in (unknown, day_only, full):
        apply_conventions(metadata)
    assert [m["time_known"] for m in (unknown, day_only, full)] == [False, False, True]
    assert "date_known" not in full  # one representation: the date itself answers
