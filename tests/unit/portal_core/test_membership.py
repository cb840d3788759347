"""IdentityMembershipList answers ``in`` exactly as a list of identity-compared items does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from portal_content.membership import IdentityMembershipList


class Item:
    """Compared by identity, like Pelican's articles."""


POOL = [Item() for _ in range(6)]
index = st.integers(min_value=0, max_value=5)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("append"), index),
        st.tuples(st.just("insert"), index),
        st.tuples(st.just("pop"), index),
        st.tuples(st.just("remove"), index),
        st.tuples(st.just("set"), index),
        st.tuples(st.just("del"), index),
        st.tuples(st.just("extend"), index),
        st.tuples(st.just("iadd"), index),
        st.tuples(st.just("sort"), index),
        st.tuples(st.just("clear"), index),
        st.tuples(st.just("ask"), index),
    ),
    max_size=40,
)


def apply(target: list, operation: str, n: int) -> None:
    item = POOL[n]
    if operation == "append":
        target.append(item)
    elif operation == "insert":
        target.insert(n, item)
    elif operation == "pop" and target:
        target.pop(n % len(target))
    elif operation == "remove" and item in list(target):
        target.remove(item)
    elif operation == "set" and target:
        target[n % len(target)] = item
    elif operation == "del" and target:
        del target[n % len(target) :]
    elif operation == "extend":
        target.extend(POOL[:n])
    elif operation == "iadd":
        target += [item]
    elif operation == "sort":
        target.sort(key=id)
    elif operation == "clear" and n == 0:
        target.clear()


@given(st.lists(index, max_size=8), operations)
def test_membership_after_any_changes_is_a_lists(start, changes):
    plain = [POOL[n] for n in start]
    fast = IdentityMembershipList(plain)
    for operation, n in changes:
        apply(plain, operation, n)
        apply(fast, operation, n)
        assert fast == plain
        assert [item in fast for item in POOL] == [item in plain for item in POOL]


def test_membership_is_by_identity_only():
    first, second = Item(), Item()
    fast = IdentityMembershipList([first])
    assert first in fast and second not in fast
    assert isinstance(fast, list)


@given(
    st.permutations(range(6)),
    st.lists(index, max_size=12),
    st.sets(index),
)
def test_members_in_order_is_the_scan_pelican_makes(ranking, members, unranked):
    """``[a for a in ordered if a in group]``: each member once, in the site's order, and
    only those the order ranks (duplicates in the group, members missing from it)."""
    from portal_content.membership import members_in_order

    ordered = [POOL[n] for n in ranking if n not in unranked]
    group = [POOL[n] for n in members]
    order = {id(item): position for position, item in enumerate(ordered)}
    assert members_in_order(group, order) == [a for a in ordered if a in group]
