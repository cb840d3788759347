"""Page fingerprints of articles: what a page and a card of an article count."""

from __future__ import annotations

import copy
import datetime as dt

from build_cache.page_keys import PageKeys
from build_cache.pool import fork_map
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG


def _articles(count: int = 3) -> list[Article]:
    settings = copy.deepcopy(DEFAULT_CONFIG)
    articles = []
    for number in range(count):
        article = Article(
            f"<p>Nội dung {number}</p>",
            metadata={
                "title": f"Bài {number}",
                "date": dt.datetime(2024, 1, number + 1, 8, 0),
                "slug": f"bai-{number}",
            },
            settings=settings,
            source_path=f"/site/content/bai-{number}.md",
        )
        article.portal_source_key = f"source-{number}"
        articles.append(article)
    for article in articles:
        article.related_articles = [a for a in articles if a is not article]
    return articles


def test_a_card_leaves_out_links_to_other_articles_a_page_counts_them():
    first, _second, third = _articles()
    before = PageKeys("").content_pair(first)
    first.related_articles = [third]  # another related article: its page changes, not its card
    after = PageKeys("").content_pair(first)
    assert after[0] != before[0]
    assert after[1] == before[1]
    first.summary_note = "mới"  # the article itself: page and card both change
    changed = PageKeys("").content_pair(first)
    assert changed[0] != after[0] and changed[1] != after[1]


def test_content_and_card_are_the_pair_of_one_walk():
    keys = PageKeys("")
    article = _articles()[0]
    assert keys.content(article) == keys.content_pair(article)[0]
    assert keys.card(article) == keys.content_pair(article)[1]
    assert keys.value(article) == keys.content(article)


def test_pairs_made_in_forked_workers_equal_those_made_here():
    articles = _articles(12)
    keys = PageKeys("")
    pairs = fork_map(keys.content_pair, articles, 2, min_items=1)
    expected = [PageKeys("").content_pair(a) for a in articles]
    assert pairs == expected
    for article, pair in zip(articles, pairs, strict=True):
        keys.remember(article, pair)
    assert [keys.card(a) for a in articles] == [pair[1] for pair in expected]


def test_membership_counts_which_articles_in_which_order_with_which_dates():
    articles = _articles(4)
    before = PageKeys("").membership(list(articles))
    assert PageKeys("").membership(list(reversed(articles))) != before
    assert PageKeys("").membership(articles[:3]) != before
    articles[2].date = articles[2].date.replace(year=2023)  # same list, another year group
    dated = PageKeys("").membership(list(articles))
    assert dated != before
    articles[2].summary_note = "mới"  # what one card says is not membership
    assert PageKeys("").membership(list(articles)) == dated


def test_an_article_in_many_lists_counts_the_same_in_each():
    articles = _articles(3)
    keys = PageKeys("")
    first = keys.membership([articles[0], articles[1]])
    keys.membership(articles)  # the article's part is remembered across lists
    assert keys.membership([articles[0], articles[1]]) == first
    assert PageKeys("").membership([articles[0], articles[1]]) == first


def test_a_listing_page_counts_the_same_as_current_previous_or_next_page():
    from pelican.paginator import PaginationRule, Paginator

    articles = _articles(5)
    settings = dict(articles[0].settings)
    patterns = settings["PAGINATION_PATTERNS"]
    settings["PAGINATION_PATTERNS"] = [PaginationRule(*rule) for rule in patterns]
    paginator = Paginator("tin/index.html", "tin/{number}/", articles, settings, 2)
    keys = PageKeys("")
    pages = [paginator.page(n) for n in (1, 2, 3)]
    again = [paginator.page(n) for n in (1, 2, 3)]  # new objects, as Pelican makes them
    assert [keys.value(p) for p in pages] == [keys.value(p) for p in again]
    assert len({keys.value(p) for p in pages}) == 3
    other = Paginator("tin/index.html", "tin/{number}/", articles[::-1], settings, 2)
    assert keys.value(other.page(1)) != keys.value(pages[0])
    assert PageKeys("").value(pages[0]) == keys.value(pages[0])
