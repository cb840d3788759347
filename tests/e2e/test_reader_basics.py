"""What a reader sees: home and article pages in a real browser, phone and desktop."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e


def test_home_lists_latest_news_and_opens_an_article(page, site_url):
    page.goto(f"{site_url}/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("heading", name="Tin mới").is_visible()
    first = page.locator(".lead-story .lead-title a")
    title = first.inner_text()
    assert "Quy định 98-QĐ/TW" in title  # newest real report (20/05/2023)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"home-{page.viewport_name}.png"), full_page=True)
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert "Thứ Bảy, 20/05/2023" in page.locator(".meta").first.inner_text()
    assert "Đỗ Thị Lành" in page.locator(".meta").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / f"article-{page.viewport_name}.png"), full_page=True)
    assert page.external_requests == []


def test_article_fits_phone_width_without_horizontal_scroll(page, site_url):
    page.goto(f"{site_url}/bai-viet/nang-cao-chat-luong-chi-bo-o-dang-bo-khoi-cac-co-quan-tinh/")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= page.viewport_size["width"]
    assert page.locator(".caption").count() == 1  # duplicated caption kept once, as a caption
