"""The search page at scale, in Debian's chromium: results first on a 360 px phone, filters
collapsed there, the document filter as a type-ahead over its top entries, newest first
without a query (one Pagefind bundle per year and the quick bundle of the newest articles,
merged in the browser, each article in one of them)."""

from __future__ import annotations

import re

import pytest

from tests.e2e.test_reader_journeys import ARTICLE_98, TITLE_98, search

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    yield context.new_page()
    context.close()


def test_on_a_phone_the_first_result_is_in_the_first_screen_and_filters_are_collapsed(
    phone, site_url
):
    results = search(phone, site_url, "dang uy")
    assert phone.locator("#bo-loc-hop").evaluate("d => d.open") is False
    assert phone.locator("#bo-loc-hop > summary").is_visible()
    assert not phone.locator(".filter-group").first.is_visible()
    title = results.first.bounding_box()
    assert title is not None and title["y"] + title["height"] <= PHONE["height"], title
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_on_a_desktop_the_filters_are_open(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        search(page, site_url, "dang uy")
        assert page.locator("#bo-loc-hop").evaluate("d => d.open") is True
    finally:
        context.close()


def test_document_filter_shows_top_entries_and_finds_the_rest_by_typing(page, site_url):
    search(page, site_url, "chi bộ")
    group = page.locator(".filter-group[data-param='van-ban']")
    group.wait_for(state="attached")
    if not page.locator("#bo-loc-hop").evaluate("d => d.open"):
        page.locator("#bo-loc-hop > summary").click()
    options = group.locator(".filter-option")
    total = options.count()
    assert total > 8, "the portal's content cites more documents than the top entries"
    assert group.locator(".filter-option:visible").count() == 8
    more = group.locator(".filter-more")
    assert re.fullmatch(rf"Xem thêm \({total - 8}\)", more.inner_text())
    more.click()
    assert group.locator(".filter-option:visible").count() == min(total, 28)
    # Typed without diacritics or punctuation, the document is still found.
    group.locator(".filter-find").fill("98 qd tw")
    visible = group.locator(".filter-option:visible")
    assert visible.count() >= 1
    assert all("98-QĐ/TW" in text for text in visible.all_inner_texts())


def open_year_filters(page, site_url):
    """The search page with its filters open (collapsed on phones); the year checkboxes."""
    page.goto(f"{site_url}/tim-kiem/")
    page.locator("#tim-kiem[data-ready]").wait_for()
    years = page.locator(".filter-group[data-param='nam'] input")
    years.first.wait_for(state="attached")
    if not page.locator("#bo-loc-hop").evaluate("d => d.open"):
        page.locator("#bo-loc-hop > summary").click()
    return years


def test_filters_without_a_query_list_the_newest_articles_first(page, site_url):
    years = open_year_filters(page, site_url)
    for index in range(years.count()):  # every year: results come from every bundle
        years.nth(index).check()
    labels = page.locator(".filter-group[data-param='nam'] label").all_inner_texts()
    expected = sum(int(re.search(r"\((\d+)\)", label).group(1)) for label in labels)
    page.locator("#trang-thai").filter(has_text=f"Tìm thấy {expected} bài viết").wait_for()
    assert page.locator(".search-result").count() == min(expected, 30)
    dates = page.locator(".search-result .meta").all_inner_texts()
    as_iso = [f"{d[6:10]}-{d[3:5]}-{d[0:2]}" for d in dates]
    assert len(set(d[:4] for d in as_iso)) >= 3, dates
    assert as_iso == sorted(as_iso, reverse=True), dates


@pytest.fixture(scope="module")
def quick_site_url(tmp_path_factory):
    """The portal's content built with a quick bundle of its 2 newest articles."""
    from tests.e2e.conftest import serve_directory
    from tests.support import ROOT, build_site

    out = tmp_path_factory.mktemp("quick") / "output"
    build_site(ROOT / "content", out, SEARCH_INDEX_QUICK_PAGES=2)
    server, url = serve_directory(out)
    yield url
    server.shutdown()


def test_the_newest_articles_answer_first_then_the_whole_archive(phone, quick_site_url, site_url):
    requested: list[str] = []
    phone.on("request", lambda request: requested.append(request.url))
    results = search(phone, quick_site_url, "dang uy")
    final = phone.locator("#trang-thai").inner_text()
    assert any("/pagefind/moi-nhat/" in url for url in requested)
    titles = results.all_inner_texts()
    assert any(TITLE_98 in title for title in titles), titles
    search(phone, site_url, "dang uy")  # the same content without the quick bundle
    assert phone.locator("#trang-thai").inner_text() == final


def test_one_year_without_a_query_lists_that_years_articles_only(page, site_url):
    """The year filter reads each bundle's years (indexes.json) and picks only its own."""
    years = open_year_filters(page, site_url)
    labels = page.locator(".filter-group[data-param='nam'] label").all_inner_texts()
    for index in range(len(labels)):
        for other in range(years.count()):
            years.nth(other).set_checked(other == index)
        year = re.search(r"\d{4}", labels[index]).group(0)
        count = int(re.search(r"\((\d+)\)", labels[index]).group(1))
        page.locator("#trang-thai").filter(has_text=f"Tìm thấy {count} bài viết").wait_for()
        dates = page.locator(".search-result .meta").all_inner_texts()
        assert dates and all(d[6:10] == year for d in dates), (year, dates)


# content/: the 2 newest articles (2023, 2020) are the quick bundle of quick_site_url, the
# others (2018, 2011, undated) its yearly bundles.
ARTICLE_2018 = (
    "/bai-viet/dang-bo-khoi-cac-co-quan-tinh-chu-trong-danh-gia-phan-loai-to-chuc-dang-dang/"
)


def result_paths(page) -> list[str]:
    """The paths of the listed results, in order."""
    return page.locator(".search-result .result-title a").evaluate_all(
        "links => links.map((a) => new URL(a.href).pathname)"
    )


def test_a_query_lists_a_newest_and_an_old_article_once_each(page, quick_site_url, site_url):
    search(page, quick_site_url, "dang bo khoi")
    status = page.locator("#trang-thai")
    status.filter(has_text="Tìm thấy").wait_for()
    found = result_paths(page)
    assert found.count(ARTICLE_98) == 1 and found.count(ARTICLE_2018) == 1, found
    assert len(found) == len(set(found)), found
    final = status.inner_text()
    search(page, site_url, "dang bo khoi")  # the same content without the quick bundle
    page.locator("#trang-thai").filter(has_text="Tìm thấy").wait_for()
    assert status.inner_text() == final
    assert sorted(result_paths(page)) == sorted(found)


def test_filters_alone_list_newest_first_across_the_quick_bundle(page, quick_site_url, site_url):
    listed = {}
    for url in (quick_site_url, site_url):
        years = open_year_filters(page, url)
        for index in range(years.count()):
            years.nth(index).check()
        labels = page.locator(".filter-group[data-param='nam'] label").all_inner_texts()
        expected = sum(int(re.search(r"\((\d+)\)", label).group(1)) for label in labels)
        page.locator("#trang-thai").filter(has_text=f"Tìm thấy {expected} bài viết").wait_for()
        page.locator(".search-result").nth(min(expected, 30) - 1).wait_for()
        dates = page.locator(".search-result .meta").all_inner_texts()
        listed[url] = (labels, result_paths(page), dates)
    labels, found, dates = listed[quick_site_url]
    as_iso = [f"{d[6:10]}-{d[3:5]}-{d[0:2]}" for d in dates]
    assert as_iso == sorted(as_iso, reverse=True), dates
    assert {"2023", "2020"} <= {d[:4] for d in as_iso} and {"2018", "2011"} & {
        d[:4] for d in as_iso
    }, dates  # from the quick bundle and from the yearly ones
    assert len(found) == len(set(found)), found
    assert listed[quick_site_url] == listed[site_url]  # same counts, same list, same order
