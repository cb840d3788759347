"""related_all (bitset index) equals the obvious quadratic definition on random archives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from archive.archives import newest_first, related_all
from hypothesis import given, settings
from hypothesis import strategies as st


@dataclass(eq=False)
class Item:
    name: int
    date: dt.datetime | None
    docs: frozenset
    topics: frozenset


def date_of(item: Item):
    return item.date


def brute_force(article, candidates, limit):
    """The definition: most shared documents, then most shared topics, newest first."""
    scored = []
    for other in newest_first(candidates, date_of):
        if other is article:
            continue
        docs, topics = len(article.docs & other.docs), len(article.topics & other.topics)
        if docs or topics:
            scored.append(((-docs, -topics), other))
    scored.sort(key=lambda pair: pair[0])
    return [other for _, other in scored[:limit]]


items = st.builds(
    Item,
    name=st.integers(),
    date=st.one_of(st.none(), st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1))),
    docs=st.frozensets(st.sampled_from("ABCDEFG"), max_size=5),
    topics=st.frozensets(st.sampled_from("uvwxyz"), max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(items, max_size=40), st.integers(min_value=0, max_value=8))
def test_related_all_matches_definition(articles, limit):
    found = related_all(
        articles,
        documents_of=lambda a: a.docs,
        topics_of=lambda a: a.topics,
        date_of=date_of,
        limit=limit,
    )
    for article in articles:
        assert found[id(article)] == brute_force(article, articles, limit)


def test_shared_documents_outrank_newer_topic_matches():
    old = Item(1, dt.datetime(2001, 1, 1), frozenset("AB"), frozenset())
    new = Item(2, dt.datetime(2020, 1, 1), frozenset(), frozenset("u"))
    me = Item(3, dt.datetime(2010, 1, 1), frozenset("AB"), frozenset("u"))
    found = related_all(
        [new, old, me],
        documents_of=lambda a: a.docs,
        topics_of=lambda a: a.topics,
        date_of=date_of,
        limit=5,
    )
    assert found[id(me)] == [old, new]
    assert found[id(new)] == [me]
