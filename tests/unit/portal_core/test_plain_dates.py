"""Plain ISO dates are read directly, to exactly what Pelican's own parser gives."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pelican.utils import SafeDatetime, get_date
from portal_core.reader import plain_date

SHAPES = ["%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]


@given(
    moment=st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)),
    shape=st.sampled_from(SHAPES),
    pad=st.sampled_from(["", " ", "  "]),
)
def test_a_plain_date_is_what_pelican_reads(moment, shape, pad):
    text = pad + moment.strftime(shape) + pad
    ours = plain_date(text)
    assert ours == get_date(text)
    assert type(ours) is SafeDatetime
    assert ours.tzinfo is None


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-30",  # impossible: Pelican words the error
        "2023-13-01 10:00",
        "2023-05-21 24:00",
        "2023-5-21",  # other shapes: Pelican's parser
        "21/05/2023",
        "2023-05-21 14:30+07:00",
        "2023-05-21 14:30:00.5",
        "không rõ",
        "",
    ],
)
def test_anything_else_is_left_to_pelican(text):
    assert plain_date(text) is None
