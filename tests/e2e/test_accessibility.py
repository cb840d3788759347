"""Zero axe-core violations (axe-playwright-python, Debian's chromium) on the reader's pages.

A quality gate (marked `gates`), kept next to the e2e fixtures to share their one browser."""

from __future__ import annotations

import locale

import pytest

from tests.e2e.conftest import VIEWPORTS

pytestmark = pytest.mark.gates

ARTICLE = (
    "/bai-viet/dang-uy-khoi-cac-cq-va-dn-tinh-tang-cuong-lanh-dao-chi-dao-dang-bo-chi-bo-co-so/"
)
PAGES = {
    "home": "/",
    "article": ARTICLE,
    "document": "/van-ban/98-qd-tw/",
    "documents": "/van-ban/",
    "archive-month": "/2023/05/",
    "archive-index": "/luu-tru/",
    "author": "/tac-gia/do-thi-lanh/",
    "search": "/tim-kiem/?q=dang+uy",
    "not-found": "/404.html",
}


@pytest.fixture(scope="module")
def axe():
    # The library reads axe.min.js (UTF-8) at import with the locale's encoding; under the C
    # locale that fails, so import it with a UTF-8 LC_CTYPE and restore the locale afterwards.
    previous = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
        from axe_playwright_python.sync_playwright import Axe
    finally:
        locale.setlocale(locale.LC_CTYPE, previous)
    return Axe()


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_has_no_axe_violations(name, viewport, axe, browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale="vi-VN")
    page = context.new_page()
    try:
        response = page.goto(f"{site_url}{PAGES[name]}")
        assert response.ok, f"{PAGES[name]}: HTTP {response.status}"
        if name == "search":
            page.locator(".search-result").first.wait_for(timeout=10_000)
        results = axe.run(page)
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()


def test_axe_gate_catches_a_violation(axe, browser):
    page = browser.new_page()
    try:
        page.set_content('<html><body><img src="x.png"><a href="#"></a></body></html>')
        results = axe.run(page)
        assert results.violations_count >= 2
    finally:
        page.close()
