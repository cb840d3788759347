"""What a reader does, in Debian's chromium at a phone and a desktop viewport: follow a cited
document, browse an archive month, search without diacritics or by document number, filter."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.e2e

ARTICLE_98 = (
    "/bai-viet/dang-uy-khoi-cac-cq-va-dn-tinh-tang-cuong-lanh-dao-chi-dao-dang-bo-chi-bo-co-so/"
)
TITLE_98 = "Quy định 98-QĐ/TW"


def search(page, site_url: str, query: str):
    """Open the search page for ``query`` and wait for Pagefind's answer."""
    page.goto(f"{site_url}/tim-kiem/?q={query}")
    page.locator("#tim-kiem[data-ready]").wait_for()
    status = page.locator("#trang-thai")
    status.filter(has_text=re.compile(r"Tìm thấy|Không tìm thấy")).wait_for()
    return page.locator(".search-result .result-title a")


def test_reader_follows_a_cited_document_to_its_page(page, site_url):
    page.goto(f"{site_url}{ARTICLE_98}")
    cited = page.locator(".cited-documents a", has_text="98-QĐ/TW")
    cited.first.click()
    page.wait_for_url(re.compile(r"/van-ban/98-qd-tw/$"))
    assert "98-QĐ/TW" in page.locator("h1").inner_text()
    citing = page.locator(f"main a[href$='{ARTICLE_98}']")
    assert citing.count() >= 1, "the document page lists the article that cites it"
    assert page.external_requests == []


def test_reader_browses_an_archive_month(page, site_url):
    page.goto(f"{site_url}/")
    page.get_by_role("navigation", name="Chuyên mục").get_by_role("link", name="Lưu trữ").click()
    page.get_by_role("link", name="Tháng 5 năm 2023").first.click()
    page.wait_for_url(re.compile(r"/2023/05/$"))
    assert page.locator("h1").inner_text() == "Tháng 5 năm 2023"
    assert page.locator(f"main a[href$='{ARTICLE_98}']").count() >= 1


@pytest.mark.parametrize("query", ["dang uy", "đảng ủy", "Dang Uy Khoi"])
def test_search_finds_dang_uy_typed_without_diacritics(page, site_url, query):
    results = search(page, site_url, query)
    titles = results.all_inner_texts()
    assert any(TITLE_98 in title for title in titles), titles


@pytest.mark.parametrize("query", ["98-QĐ/TW", "98-qd-tw", "98 qđ tw", "98-QD/TW"])
def test_search_finds_a_document_number_however_typed(page, site_url, query):
    results = search(page, site_url, query)
    assert TITLE_98 in results.first.inner_text(), results.all_inner_texts()
    assert page.external_requests == []


def test_search_from_the_header_form_without_typing_on_the_search_page(page, site_url):
    page.goto(f"{site_url}/")
    if page.viewport_name == "phone":
        page.locator("#o-tim-kiem").scroll_into_view_if_needed()
    page.locator("#o-tim-kiem").fill("98-QĐ/TW")
    page.locator("#o-tim-kiem").press("Enter")
    page.wait_for_url(re.compile(r"/tim-kiem/\?q="))
    page.locator(".search-result").first.wait_for()
    assert TITLE_98 in page.locator(".search-result .result-title a").first.inner_text()


def choose_filter(page, param: str, text: str) -> None:
    """Open the filters (collapsed on phones), type ``text`` in the group's finder if it has
    one, and tick the first value containing ``text``."""
    group = page.locator(f".filter-group[data-param='{param}']")
    group.wait_for(state="attached")
    if not page.locator("#bo-loc-hop").evaluate("d => d.open"):
        page.locator("#bo-loc-hop > summary").click()
    if group.locator(".filter-find").count():
        group.locator(".filter-find").fill(text)
    group.locator(".filter-option", has_text=text).first.locator("input").check()


def test_search_filters_by_document_cited(page, site_url):
    search(page, site_url, "chi bộ")
    unfiltered = page.locator(".search-result").count()
    choose_filter(page, "van-ban", "98-QĐ/TW")
    page.wait_for_url(re.compile(r"van-ban="))
    page.locator("#trang-thai").filter(has_text="Tìm thấy").wait_for()
    links = page.locator(".search-result .result-title a")
    page.wait_for_function(
        "n => document.querySelectorAll('.search-result').length < n", arg=unfiltered
    )
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs and all(href.startswith("/bai-viet/") for href in hrefs)
    assert ARTICLE_98 in hrefs
    # Every result cites the document: its page links to /van-ban/98-qd-tw/.
    for href in hrefs:
        page.goto(f"{site_url}{href}")
        assert page.locator(".cited-documents a[href$='/van-ban/98-qd-tw/']").count() == 1


def test_text_size_control_enlarges_text_and_is_remembered(page, site_url):
    page.goto(f"{site_url}{ARTICLE_98}")
    before = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.locator(".text-size label", has_text="Chữ lớn").click()
    after = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert after > before * 1.1
    page.goto(f"{site_url}/")
    remembered = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert remembered == after


def test_text_size_control_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(f"{site_url}{ARTICLE_98}")
        body = page.locator(".article-body")
        assert body.is_visible()
        before = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        page.locator(".text-size label", has_text="Chữ lớn").click()
        after = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert after > before * 1.1
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


@pytest.mark.parametrize(
    "path", ["/", ARTICLE_98, "/tim-kiem/?q=dang+uy", "/van-ban/", "/2023/05/"]
)
def test_pages_fit_a_360px_phone_without_horizontal_scroll(browser, site_url, path):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(f"{site_url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    finally:
        context.close()
