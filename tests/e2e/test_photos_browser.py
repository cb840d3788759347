"""Lead photos in Debian's chromium, on a small site with one photo: the search result of the
article shows its thumbnail, and the article page at 360 px does not shift while it loads."""

from __future__ import annotations

import re
import shutil

import pytest
from portal_core.build import run_build

from tests.e2e.conftest import serve_directory
from tests.e2e.test_reader_journeys import search
from tests.integration.test_photos import ARTICLE, PAGE, set_photo
from tests.photo_files import photo_like_jpeg
from tests.support import FIXTURES, ROOT

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}

# Layout shifts, as Lighthouse counts them (those right after input excluded), from the start.
_WATCH_SHIFTS = """
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("photo-site")
    content = root / "content"
    shutil.copytree(FIXTURES / "basic", content)
    photo_like_jpeg(content / "images" / "2023" / "05" / "hoi-nghi.jpg")
    set_photo(content, ARTICLE, image="images/2023/05/hoi-nghi.jpg", image_alt="Quang cảnh")
    messages: list[str] = []
    status = run_build(ROOT / "pelicanconf.py", root / "output", content, report=messages.append)
    assert status == 0, messages
    server, url = serve_directory(root / "output")
    yield url
    server.shutdown()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    yield context.new_page()
    context.close()


def test_search_result_of_an_article_with_a_photo_shows_its_thumbnail(phone, photo_site):
    titles = search(phone, photo_site, "hội nghị ban chấp hành")
    result = phone.locator(".search-result", has=phone.locator(f"a[href$='/{PAGE[:-10]}']"))
    result.first.wait_for()
    assert titles.count() >= 1
    thumb = result.first.locator("img.result-photo")
    assert thumb.get_attribute("alt") == "Quang cảnh"
    assert thumb.get_attribute("loading") == "lazy"
    assert (thumb.get_attribute("width"), thumb.get_attribute("height")) == ("240", "160")
    assert re.search(r"/anh/[0-9a-f]{20}/hoi-nghi-240\.jpg$", thumb.get_attribute("src"))
    thumb.scroll_into_view_if_needed()
    phone.wait_for_function(
        "img => img.complete && img.naturalWidth === 240", arg=thumb.element_handle()
    )
    box = thumb.bounding_box()
    assert box is not None and 0 < box["width"] <= 130
    # Results without a photo stay text only.
    others = phone.locator(".search-result:not(.has-photo)")
    assert others.locator("img").count() == 0


def test_article_page_with_a_lead_photo_does_not_shift_on_a_phone(phone, photo_site):
    phone.add_init_script(_WATCH_SHIFTS)
    phone.goto(f"{photo_site}/{PAGE}", wait_until="load")
    lead = phone.locator("figure.lead-photo img")
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0")
    assert lead.bounding_box()["width"] <= PHONE["width"]
    phone.wait_for_timeout(500)  # late shifts (fonts, late styles) would be counted too
    assert phone.evaluate("window.__cls") < 0.01
