"""NewestFirst: newest date first, one date by slug, whatever order the files were read in."""

from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st
from portal_content.ordering import NewestFirst

DAYS = [dt.datetime(2024, 1, d, 8, tzinfo=dt.UTC) for d in (1, 2, 3)]


@given(
    st.lists(st.tuples(st.sampled_from(DAYS), st.text("abc", min_size=1)), unique_by=lambda x: x[1])
)
def test_order_is_newest_first_then_slug_whatever_the_reading_order(items):
    articles = [SimpleNamespace(date=d, slug=s) for d, s in items]
    shuffled = articles[:]
    random.Random(len(items)).shuffle(shuffled)
    once = sorted(articles, key=NewestFirst)
    assert sorted(shuffled, key=NewestFirst) == once
    assert [(a.date, a.slug) for a in once] == sorted(
        ((a.date, a.slug) for a in articles), key=lambda x: (-x[0].timestamp(), x[1])
    )
