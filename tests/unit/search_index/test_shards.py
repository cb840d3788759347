"""search_index.shards: which pages go into which Pagefind bundle, and when one is stale."""

from __future__ import annotations

import pytest
from search_index.shards import (
    NEWEST,
    UNDATED,
    IndexedPage,
    newest_shard,
    plan_bundles,
    plan_shards,
    read_page,
)


def page(path, year=None, month=None, digest="d"):
    return IndexedPage(path, year, month, digest)


def test_read_page_takes_the_date_pagefind_sorts_by():
    html = (
        b'<article data-pagefind-body><div hidden><span data-pagefind-sort="ngay">'
        b"2023-05-12T08:00:00+07:00</span></div></article>"
    )
    found = read_page("bai-viet/a/index.html", html)
    assert (found.path, found.year, found.month) == ("bai-viet/a/index.html", 2023, 5)


def test_read_page_skips_pages_not_marked_for_the_index_and_keeps_undated_ones():
    assert read_page("tu-khoa/index.html", b"<main><h1>Tags</h1></main>") is None
    undated = read_page("bai-viet/b/index.html", b"<article data-pagefind-body></article>")
    assert (undated.year, undated.month) == (None, None)


def test_read_page_digest_follows_the_bytes():
    a = read_page("x.html", b"<main data-pagefind-body>a</main>")
    b = read_page("x.html", b"<main data-pagefind-body>b</main>")
    assert a.digest != b.digest
    assert a.digest == read_page("x.html", b"<main data-pagefind-body>a</main>").digest


PAGE = (
    '<html lang="vi"><head><title>{title}</title></head><body><main>'
    '<article class="article" data-pagefind-body><h1>{title}</h1>'
    '<article class="quote">{body}</article>'
    '<span data-pagefind-filter="Năm">2023</span></article>'
    "<aside>Bài liên quan: {related}</aside>{after}</main></body></html>"
)


def _digest(title="A", body="x", related="R", after=""):
    html = PAGE.format(title=title, body=body, related=related, after=after)
    return read_page("bai-viet/a/index.html", html.encode()).digest


def test_read_page_digest_covers_what_pagefind_reads_and_nothing_after_the_body():
    assert _digest(related="R1") == _digest(related="R2")  # a neighbour's title changed
    assert _digest(body="x1") != _digest(body="x2")  # nested element inside the body
    assert _digest(title="A1") != _digest(title="A2")
    tagged = '<span data-pagefind-meta="ngay">{}</span>'
    assert _digest(after=tagged.format("1")) != _digest(after=tagged.format("2"))


def test_read_page_counts_the_whole_page_when_unsure():
    unbalanced = b"<article data-pagefind-body><p>a</p><aside>R1</aside>"
    other = b"<article data-pagefind-body><p>a</p><aside>R2</aside>"
    assert read_page("a.html", unbalanced).digest != read_page("a.html", other).digest
    two = b"<div data-pagefind-body>a</div><p>{}</p><div data-pagefind-body>b</div>"
    assert (
        read_page("a.html", two.replace(b"{}", b"1")).digest
        != read_page("a.html", two.replace(b"{}", b"2")).digest
    )


def test_one_shard_per_year_newest_first_undated_last():
    pages = [page("a", 2021, 1), page("b", 2023, 4), page("c"), page("d", 2021, 9)]
    shards = plan_shards(pages, max_pages=100)
    assert [(s.name, s.years) for s in shards] == [
        ("2023", (2023,)),
        ("2021", (2021,)),
        (UNDATED, ()),
    ]
    assert [p.path for p in shards[1].pages] == ["a", "d"]


def test_a_year_over_the_limit_splits_into_runs_of_whole_months():
    pages = [page(f"{m}-{i}", 2024, m) for m in (1, 2, 3, 7) for i in range(3)]
    shards = plan_shards(pages, max_pages=6)
    assert [s.name for s in shards] == ["2024-03", "2024-01"]
    assert sorted({p.month for p in shards[0].pages}) == [3, 7]
    assert sum(len(s.pages) for s in shards) == len(pages)


def test_a_single_month_over_the_limit_stays_whole():
    shards = plan_shards([page(str(i), 2024, 5) for i in range(5)], max_pages=2)
    assert [len(s.pages) for s in shards] == [5]


def test_many_undated_pages_are_chunked():
    shards = plan_shards([page(f"u{i:02d}") for i in range(5)], max_pages=2)
    assert [s.name for s in shards] == [f"{UNDATED}-1", f"{UNDATED}-2", f"{UNDATED}-3"]


def test_shard_key_changes_with_any_page_and_with_the_version_only():
    base = plan_shards([page("a", 2020, 1, "x"), page("b", 2020, 2, "y")], 10)[0]
    same = plan_shards([page("b", 2020, 2, "y"), page("a", 2020, 1, "x")], 10)[0]
    edited = plan_shards([page("a", 2020, 1, "x"), page("b", 2020, 2, "z")], 10)[0]
    renamed = plan_shards([page("a", 2020, 1, "x"), page("c", 2020, 2, "y")], 10)[0]
    assert base.key("v1") == same.key("v1")
    assert len({base.key("v1"), edited.key("v1"), renamed.key("v1"), base.key("v2")}) == 4


def test_limit_must_be_positive():
    with pytest.raises(ValueError):
        plan_shards([], 0)


def test_newest_shard_holds_the_newest_dated_pages_only_when_the_archive_is_bigger():
    pages = [
        IndexedPage("old", 2020, 1, "d", "2020-01-05T08:00:00+07:00"),
        IndexedPage("new", 2024, 3, "d", "2024-03-02T08:00:00+07:00"),
        IndexedPage("newer", 2024, 3, "d", "2024-03-20T08:00:00+07:00"),
        IndexedPage("undated", None, None, "d"),
    ]
    assert [p.path for p in newest_shard(pages, 2).pages] == ["new", "newer"]
    assert newest_shard(pages, 3) is None and newest_shard(pages, 0) is None


def test_the_newest_year_splits_into_smaller_runs_of_months_than_older_years():
    pages = [page(f"{y}-{m}-{i}", y, m) for y in (2023, 2024) for m in (1, 4, 8) for i in range(3)]
    shards = plan_shards(pages, max_pages=100, recent_pages=4)
    assert [s.name for s in shards] == ["2024-08", "2024-04", "2024-01", "2023"]
    assert all(s.years == (2024,) for s in shards[:3])
    assert sum(len(s.pages) for s in shards) == len(pages)
    assert [s.name for s in plan_shards(pages, max_pages=100)] == ["2024", "2023"]
    assert [s.name for s in plan_shards(pages, max_pages=5, recent_pages=100)] == [
        *("2024-08", "2024-04", "2024-01", "2023-08", "2023-04", "2023-01")
    ]


def test_recent_limit_must_not_be_negative():
    with pytest.raises(ValueError):
        plan_shards([], 10, recent_pages=-1)


def dated(path, day):
    """A page of the given ISO day, as read_page gives it."""
    return IndexedPage(path, int(day[:4]), int(day[5:7]), "d", f"{day}T08:00:00+07:00")


ARCHIVE = [
    dated("a", "2022-11-03"),
    dated("b", "2023-02-10"),
    dated("c", "2023-12-30"),
    dated("d", "2024-01-05"),
    dated("e", "2024-01-05"),
    dated("f", "2024-03-01"),
    page("g"),  # undated
]


def paths_of(shards):
    return [p.path for shard in shards for p in shard.pages]


@pytest.mark.parametrize("quick", [0, 1, 2, 3, 4, 6, 7, 50])
@pytest.mark.parametrize("recent", [0, 1])
def test_each_page_is_in_the_quick_bundle_or_in_a_shard_never_both(quick, recent):
    newest, shards = plan_bundles(ARCHIVE, max_pages=2, quick=quick, recent_pages=recent)
    in_shards = paths_of(shards)
    in_quick = [p.path for p in newest.pages] if newest else []
    assert len(in_shards) == len(set(in_shards))  # no page in two shards
    assert not set(in_quick) & set(in_shards)  # quick ∩ yearly = ∅
    assert sorted(in_quick + in_shards) == sorted(p.path for p in ARCHIVE)  # quick ∪ yearly
    assert len(in_quick) == (quick if 0 < quick < 6 else 0)  # 6 dated pages
    assert NEWEST not in [s.name for s in shards]


def test_without_a_quick_bundle_the_shards_are_as_before():
    for quick in (0, 6, 100):  # none asked, or no more dated pages than asked
        assert plan_bundles(ARCHIVE, 2, quick, 1) == (None, plan_shards(ARCHIVE, 2, 1))


def test_the_quick_bundle_takes_the_newest_pages_and_lists_their_years():
    newest, shards = plan_bundles(ARCHIVE, max_pages=100, quick=4)
    assert [p.path for p in newest.pages] == ["c", "d", "e", "f"]
    assert newest.name == NEWEST and newest.years == (2024, 2023)
    assert [(s.name, [p.path for p in s.pages]) for s in shards] == [
        ("2023", ["b"]),
        ("2022", ["a"]),
        (UNDATED, ["g"]),
    ]
    # A same-day tie is broken by the path, as the listing sorts: "e" before "d".
    assert [p.path for p in plan_bundles(ARCHIVE, 100, quick=2)[0].pages] == ["e", "f"]


def test_a_new_article_moves_the_oldest_quick_page_into_its_year():
    before_quick, before = plan_bundles(ARCHIVE, max_pages=100, quick=3)
    after_quick, after = plan_bundles([*ARCHIVE, dated("h", "2024-04-01")], 100, quick=3)
    assert [p.path for p in before_quick.pages] == ["d", "e", "f"]
    assert [p.path for p in after_quick.pages] == ["e", "f", "h"]
    assert "2024" not in [s.name for s in before]  # every 2024 page was in the quick bundle
    moved = {s.name: s for s in after}["2024"]
    assert [p.path for p in moved.pages] == ["d"]
    assert before_quick.key("v") != after_quick.key("v")
    unchanged = {s.name: s.key("v") for s in before}
    assert {s.name: s.key("v") for s in after if s.name != "2024"} == unchanged
