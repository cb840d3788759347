"""Listing pages stay small as the archive grows: every page of a generated 300-article site
that is not an article is at most 100 KB of HTML, and the documents index shows only the most
cited documents of each type (the rest are on paginated pages per type and by date)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from bench.generate_corpus import generate
from tests.support import build_site, parse_html

pytestmark = pytest.mark.gates

BUDGET = 100 * 1024
ARTICLES = 300


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("listing-size")
    content = generate(root / "content", count=ARTICLES, seed=11)
    return build_site(content, root / "output")


def listing_pages(site: Path) -> list[Path]:
    """Every HTML page that lists something: all but articles and stand-alone pages."""
    skip = ("bai-viet", "trang", "pagefind", "theme")
    return sorted(
        page for page in site.rglob("*.html") if page.relative_to(site).parts[0] not in skip
    )


def test_every_listing_page_is_at_most_100_kb(generated_site):
    pages = listing_pages(generated_site)
    names = {p.relative_to(generated_site).as_posix() for p in pages}
    for expected in (
        "index.html",
        "van-ban/index.html",
        "van-ban/theo-ngay/index.html",
        "luu-tru/index.html",
        "tu-khoa/index.html",
        "tac-gia/index.html",
        "chuyen-muc/index.html",
        "tim-kiem/index.html",
    ):
        assert expected in names, expected
    sizes = {name: (generated_site / name).stat().st_size for name in names}
    over = {name: size for name, size in sizes.items() if size > BUDGET}
    assert not over, over


def test_documents_index_links_each_big_type_to_its_paginated_page(generated_site):
    index = parse_html(generated_site / "van-ban" / "index.html")
    for table in index.css(".document-system table"):
        assert len(table.css("tbody tr")) <= 5
    links = [a.attributes["href"] for a in index.css(".more-link a")]
    type_links = [href for href in links if "/van-ban/loai/" in href]
    assert type_links, "a 300-article site has a type with more than 5 documents"
    total = 0
    for href in type_links:
        folder = generated_site / urlparse(href).path.strip("/")
        pages = [folder / "index.html", *sorted(folder.glob("page/*/index.html"))]
        rows = [len(parse_html(p).css("tbody tr")) for p in pages if p.is_file()]
        assert rows and all(n <= 50 for n in rows), (href, rows)
        total += sum(rows)
    heading_counts = [
        int(h.text().rsplit("(", 1)[1].rstrip(")")) for h in index.css(".document-system h3")
    ]
    assert total == sum(c for c in heading_counts if c > 5)
