"""Zero broken internal links: a crawler over the served site, from every built page."""

from __future__ import annotations

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

pytestmark = pytest.mark.gates

LINK_ATTRIBUTES = {"href", "src"}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value and tag != "form":
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def fetch(url: str) -> tuple[int, str, str]:
    """Status, content type and (for HTML) text of ``url`` on the local server."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            kind = response.headers.get_content_type()
            body = response.read()
            return response.status, kind, body.decode("utf-8") if kind == "text/html" else ""
    except urllib.error.HTTPError as error:
        return error.code, "", ""


def crawl(base: str, seeds: list[str]) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Follow every same-site link from ``seeds``; status per URL and the pages linking to it."""
    status: dict[str, int] = {}
    referrers: dict[str, set[str]] = {}
    anchors: dict[str, set[str]] = {}
    fragments: list[tuple[str, str, str]] = []
    queue = list(seeds)
    with ThreadPoolExecutor(max_workers=8) as pool:
        while queue:
            batch = [url for url in dict.fromkeys(queue) if url not in status]
            queue = []
            for url, (code, kind, text) in zip(batch, pool.map(fetch, batch), strict=True):
                status[url] = code
                if kind != "text/html":
                    continue
                parser = _Links()
                parser.feed(text)
                anchors[url] = parser.ids
                for link in parser.links:
                    target, fragment = urldefrag(urljoin(url, link))
                    if urlsplit(target).netloc != urlsplit(base).netloc:
                        continue
                    referrers.setdefault(target, set()).add(url)
                    if fragment:
                        fragments.append((url, target, fragment))
                    if target not in status:
                        queue.append(target)
    for page, target, fragment in fragments:
        if status.get(target) == 200 and target in anchors and fragment not in anchors[target]:
            status[f"{target}#{fragment}"] = 404
            referrers.setdefault(f"{target}#{fragment}", set()).add(page)
    return status, referrers


def test_no_broken_internal_links(portal_site, gate_url):
    # Seeds: the home page and every HTML file of the output, so that pages nothing links to
    # (and the links on them) are checked too.
    seeds = [f"{gate_url}/"] + [
        f"{gate_url}/{path.relative_to(portal_site).as_posix()}"
        for path in sorted(portal_site.rglob("*.html"))
    ]
    status, referrers = crawl(gate_url, seeds)
    broken = {
        url: sorted(referrers.get(url, {"(seed)"})) for url, code in status.items() if code != 200
    }
    assert len(status) > len(seeds) / 2
    assert broken == {}


def test_crawler_reports_a_broken_link(tmp_path):
    from tests.e2e.conftest import serve_directory

    (tmp_path / "index.html").write_text(
        '<a href="/missing/">x</a><a href="#nowhere">y</a><p id="here"></p>', encoding="utf-8"
    )
    server, url = serve_directory(tmp_path)
    try:
        status, referrers = crawl(url, [f"{url}/"])
    finally:
        server.shutdown()
    assert status[f"{url}/missing/"] == 404
    assert status[f"{url}/#nowhere"] == 404
    assert referrers[f"{url}/missing/"] == {f"{url}/"}
