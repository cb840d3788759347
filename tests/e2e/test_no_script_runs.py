"""In chromium: no payload runs on any page, and no page breaks the Content-Security-Policy.

The payload site (tests/xss_payloads.py) is built with the real settings; every HTML page it
has is opened, hovered and focused through; a JavaScript dialog, a CSP violation or a console
error fails the test with the page and the message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import serve_directory

pytestmark = pytest.mark.e2e

# Records CSP violations before any page script runs (init scripts are not subject to CSP).
_WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""
# Every element with a title or inside a link gets a hover and focus: handlers need them.
_POKE = """
() => {
  for (const el of document.querySelectorAll("body *")) {
    for (const type of ["mouseover", "mouseenter", "focus", "click"]) {
      if (type === "click" && el.closest("a[href], button, input, label, summary")) continue;
      el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }
}
"""


class Watcher:
    """Collects dialogs, console errors and page errors of one browser page."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(locale="vi-VN")
        self.context.add_init_script(_WATCH_CSP)
        self.events: list[str] = []
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on(
            "console",
            lambda msg: msg.type == "error" and self.events.append(f"console: {msg.text}"),
        )
        self.page.on("pageerror", lambda exc: self.events.append(f"pageerror: {exc}"))

    def _dialog(self, dialog) -> None:
        self.events.append(f"dialog {dialog.type}: {dialog.message}")
        dialog.dismiss()

    def visit(self, url: str, poke: bool = True) -> list[str]:
        self.events.clear()
        self.page.goto(url, wait_until="load")
        if poke:
            self.page.evaluate(_POKE)
        self.page.wait_for_timeout(30)
        violations = self.page.evaluate("window.__csp || []")
        return [*self.events, *(f"csp: {v}" for v in violations)]

    def close(self) -> None:
        self.context.close()


def _pages(site: Path) -> list[str]:
    urls = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        urls.append(relative[: -len("index.html")] if relative.endswith("index.html") else relative)
    return urls


@pytest.fixture(scope="module")
def payload_url(payload_site):
    server, url = serve_directory(payload_site)
    yield url
    server.shutdown()


def test_no_dialog_fires_and_nothing_breaks_the_csp_on_any_payload_page(
    browser, payload_site, payload_url
):
    watcher = Watcher(browser)
    problems = {}
    pages = _pages(payload_site)
    assert len(pages) > 150
    try:
        for relative in pages:
            found = watcher.visit(f"{payload_url}/{relative}")
            # <img src=x> keeps a harmless relative address that does not exist.
            found = [f for f in found if "Failed to load resource" not in f]
            if found:
                problems[relative] = found
    finally:
        watcher.close()
    assert problems == {}


def test_search_shows_payload_titles_as_text_and_runs_nothing(browser, payload_url):
    watcher = Watcher(browser)
    try:
        # A query that only the <script> payload's article matches, so it is listed whatever
        # the ranking of the many other payload articles.
        found = watcher.visit(f"{payload_url}/tim-kiem/?q=XSS01", poke=False)
        page = watcher.page
        page.wait_for_selector("#ket-qua li", timeout=15000)
        titles = page.locator("#ket-qua .result-title").all_inner_texts()
        assert any("<script>alert('XSS01')</script>" in t for t in titles) or any(
            "onerror" in t for t in titles
        ), titles
        assert page.locator("#ket-qua img, #ket-qua script, #ket-qua svg").count() == 0
        page.evaluate(_POKE)
        page.wait_for_timeout(50)
        found += watcher.events
    finally:
        watcher.close()
    assert found == []


def test_real_site_page_kinds_keep_the_csp_and_search_and_text_size_work(browser, site_url):
    watcher = Watcher(browser)
    kinds = [
        "",
        "bai-viet/nang-cao-chat-luong-chi-bo-o-dang-bo-khoi-cac-co-quan-tinh/",
        "trang/gioi-thieu/",
        "chuyen-muc/xay-dung-dang/",
        "tu-khoa/",
        "tac-gia/",
        "luu-tru/",
        "2023/",
        "2023/05/",
        "van-ban/",
        "van-ban/98-qd-tw/",
        "404.html",
    ]
    try:
        problems = {k: f for k in kinds if (f := watcher.visit(f"{site_url}/{k}", poke=False))}
        page = watcher.page
        found = watcher.visit(f"{site_url}/tim-kiem/?q=chi+bo", poke=False)
        page.wait_for_selector("#ket-qua li", timeout=15000)
        assert page.locator("#ket-qua li").count() > 0
        found += [f"csp: {v}" for v in page.evaluate("window.__csp")] + watcher.events
        if found:
            problems["tim-kiem/"] = found
        watcher.visit(f"{site_url}/", poke=False)
        before = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('main')).fontSize)"
        )
        page.locator("label:has(#co-chu-lon)").click()
        after = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('main')).fontSize)"
        )
        assert after > before
    finally:
        watcher.close()
    assert problems == {}
