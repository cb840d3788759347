"""SEO, sharing and the search index, checked on the real build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from tests.support import build_site, copy_fixture, parse_html

pytestmark = pytest.mark.gates

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def article_pages(site: Path) -> list[Path]:
    return sorted((site / "bai-viet").glob("*/index.html"))


def test_sitemap_lists_every_indexable_page_and_nothing_else(portal_site):
    tree = etree.parse(str(portal_site / "sitemap.xml"))
    locs = [node.text for node in tree.iter(f"{SITEMAP}loc")]
    assert len(locs) == len(set(locs))
    for loc in locs:
        target = portal_site / loc.lstrip("/")
        page = target / "index.html" if loc.endswith("/") else target
        assert page.is_file(), loc
        assert 'content="noindex"' not in page.read_text(encoding="utf-8"), loc
    assert "/" in locs
    assert {f"/bai-viet/{p.parent.name}/" for p in article_pages(portal_site)} <= set(locs)
    assert any(loc.startswith("/van-ban/") for loc in locs), "document pages missing"
    assert not any(loc.startswith(("/ban-nhap/", "/tim-kiem/", "/404")) for loc in locs)


def test_robots_txt_points_to_the_sitemap(portal_site):
    robots = (portal_site / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap:" in robots
    assert "Disallow: /ban-nhap/" in robots


def test_pages_have_canonical_and_opengraph(portal_site):
    for page in [portal_site / "index.html", *article_pages(portal_site)]:
        tree = parse_html(page)
        canonical = tree.css_first('link[rel="canonical"]').attributes["href"]
        expected = "/" + page.parent.relative_to(portal_site).as_posix() + "/"
        assert canonical == expected.replace("/./", "/").replace("//", "/")
        og = {
            node.attributes["property"]: node.attributes["content"]
            for node in tree.css("meta[property^='og:']")
        }
        assert og["og:url"] == canonical
        assert og["og:title"] and og["og:locale"] == "vi_VN"
        assert og["og:type"] == ("website" if page.parent == portal_site else "article")


@pytest.fixture(scope="module")
def basic_site(tmp_path_factory) -> Path:
    """The "basic" fixture site (it has a report whose author is unknown), without search."""
    content = copy_fixture("basic", tmp_path_factory.mktemp("basic"))
    return build_site(content, content.parent / "output", SEARCH_INDEX_PAGEFIND=False)


@pytest.mark.parametrize("site_name", ["portal_site", "basic_site"])
def test_articles_have_newsarticle_jsonld_without_nbsp(site_name, request):
    site = request.getfixturevalue(site_name)
    without_author = 0
    for page in article_pages(site):
        html = page.read_text(encoding="utf-8")
        node = parse_html(page).css_first('script[type="application/ld+json"]')
        data = json.loads(node.text())
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == parse_html(page).css_first("h1").text().strip()
        assert "&nbsp;" not in node.text() and "\xa0" not in json.dumps(data, ensure_ascii=False)
        assert data["inLanguage"] == "vi"
        if "Không rõ tác giả" in html:
            assert "author" not in data, page
            without_author += 1
        else:
            assert data["author"][0]["@type"] == "Person"
    if site_name == "basic_site":
        assert without_author >= 1, "the basic fixture has a report without author"


def indexed_pages(site) -> int:
    """Pages in all the Pagefind bundles that pagefind/indexes.json lists (the quick one
    too: its pages are in no other)."""
    listing = json.loads((site / "pagefind" / "indexes.json").read_text("utf-8"))
    total = 0
    for bundle in listing["bundles"] + ([listing["quick"]] if listing.get("quick") else []):
        entry = site / "pagefind" / bundle["path"] / "pagefind-entry.json"
        languages = json.loads(entry.read_text("utf-8"))["languages"]
        total += sum(language["page_count"] for language in languages.values())
    return total


def test_search_index_covers_published_articles_only(portal_site):
    assert indexed_pages(portal_site) == len(article_pages(portal_site))
    bodies = [
        page
        for page in portal_site.rglob("*.html")
        if "data-pagefind-body" in page.read_text(encoding="utf-8")
    ]
    assert sorted(bodies) == article_pages(portal_site)


def test_search_assets_load_on_the_search_page_only(portal_site):
    for page in portal_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        loads_search = "search.js" in html or "pagefind/pagefind" in html
        assert loads_search == (page == portal_site / "tim-kiem" / "index.html"), page


def test_feed_entries_with_unknown_author_are_valid_and_honest(basic_site):
    from tests.gates.test_feeds import atom_problems

    feed = basic_site / "feeds" / "all.atom.xml"
    tree = etree.parse(str(feed))
    assert atom_problems(tree) == []
    names = [node.text for node in tree.iter("{http://www.w3.org/2005/Atom}name")]
    assert "Không rõ tác giả" in names


def test_drafts_and_hidden_articles_stay_out_of_search_and_sitemap(tmp_path):
    content = copy_fixture("basic", tmp_path)
    for status in ("draft", "hidden"):
        (content / "2024" / "01" / f"{status}.md").write_text(
            f"Title: Bài {status} về Đảng ủy\nDate: 2024-01-06 09:00\nAuthor: Hoàng My\n"
            f"Category: Xây dựng Đảng\nSlug: bai-{status}\nStatus: {status}\n\nNội dung.\n",
            encoding="utf-8",
        )
    site = build_site(content, tmp_path / "output")
    draft = site / "ban-nhap" / "bai-draft" / "index.html"
    hidden = site / "bai-viet" / "bai-hidden" / "index.html"
    assert draft.is_file() and hidden.is_file()
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "bai-draft" not in sitemap and "bai-hidden" not in sitemap
    for page in (draft, hidden):
        html = page.read_text(encoding="utf-8")
        assert '<meta name="robots" content="noindex">' in html
        assert "data-pagefind-body" not in html
    published = [p for p in article_pages(site) if p != hidden]
    assert indexed_pages(site) == len(published)
