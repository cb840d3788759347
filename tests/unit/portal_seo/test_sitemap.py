"""portal_seo.sitemap: pages from built HTML, noindex left out, valid sitemap XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from portal_seo.sitemap import (
    SITEMAP_NS,
    SitemapEntry,
    collect_entries,
    read_page_head,
    render_sitemap,
)


def page(canonical: str | None = None, *, robots: str | None = None, modified: str = "") -> str:
    head = "<meta charset='utf-8'><title>t</title>"
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if robots:
        head += f'<meta name="robots" content="{robots}">'
    if modified:
        head += f'<meta property="article:published_time" content="{modified}">'
    return f"<!DOCTYPE html><html><head>{head}</head><body><p>x</p></body></html>"


@pytest.mark.parametrize(
    ("case", "html", "canonical", "noindex"),
    [
        ("canonical", page("/a/"), "/a/", False),
        ("noindex", page("/a/", robots="noindex"), "/a/", True),
        ("noindex, nofollow", page("/a/", robots="NOINDEX, nofollow"), "/a/", True),
        ("no canonical", page(), None, False),
    ],
)
def test_read_page_head(case, html, canonical, noindex):
    head = read_page_head(html)
    assert (head.canonical, head.noindex) == (canonical, noindex), case


def test_collect_entries_skips_noindex_and_pages_without_canonical(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        page("/a/", modified="2023-05-20T00:00:00+07:00"), encoding="utf-8"
    )
    (tmp_path / "draft").mkdir()
    (tmp_path / "draft" / "index.html").write_text(page("/draft/", robots="noindex"), "utf-8")
    (tmp_path / "index.html").write_text(page("/"), encoding="utf-8")
    (tmp_path / "fragment.html").write_text("<p>no head</p>", encoding="utf-8")
    assert collect_entries(tmp_path) == [
        SitemapEntry("/", None),
        SitemapEntry("/a/", "2023-05-20T00:00:00+07:00"),
    ]


def test_collect_entries_reads_the_pages_of_the_listing_it_is_given(tmp_path):
    from portal_files.tree import stamped_files

    for name in ("b", "a"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text(page(f"/{name}/"), encoding="utf-8")
    listing = stamped_files(tmp_path, ".html")
    (tmp_path / "c.html").write_text(page("/c/"), encoding="utf-8")  # not in the listing
    assert [e.loc for e in collect_entries(tmp_path, listing=listing)] == ["/a/", "/b/"]
    assert [e.loc for e in collect_entries(tmp_path)] == ["/a/", "/b/", "/c/"]


def test_render_sitemap_escapes_and_uses_the_sitemap_namespace():
    xml = render_sitemap([SitemapEntry("https://x.vn/?a=1&b=2", "2023-05-20")])
    root = ET.fromstring(xml)
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    assert root.find(f"{{{SITEMAP_NS}}}url/{{{SITEMAP_NS}}}loc").text == "https://x.vn/?a=1&b=2"
    assert b"&amp;" in xml
    assert xml.startswith(b"<?xml")


def test_known_heads_skip_unchanged_pages_and_see_changed_ones(tmp_path):
    from portal_seo.sitemap import collect_entries

    page = tmp_path / "a" / "index.html"
    page.parent.mkdir()
    head = '<html><head><link rel="canonical" href="https://x.vn/{}/"></head><body></body></html>'
    page.write_text(head.format("a"), encoding="utf-8")
    known: dict = {}
    assert [e.loc for e in collect_entries(tmp_path, known)] == ["https://x.vn/a/"]
    (key,) = known
    known[key] = ("https://x.vn/from-cache/", False, None)  # proves the file is not re-read
    assert [e.loc for e in collect_entries(tmp_path, known)] == ["https://x.vn/from-cache/"]
    page.write_text(head.format("changed"), encoding="utf-8")  # new size and mtime
    assert [e.loc for e in collect_entries(tmp_path, known)] == ["https://x.vn/changed/"]
    assert len(known) == 1  # stale heads are dropped


def test_unread_pages_go_through_map_many_and_path_order_decides_duplicates(tmp_path):
    from portal_seo.sitemap import collect_entries

    head = '<html><head><link rel="canonical" href="https://x.vn/{}/">{}</head></html>'
    for relpath, name, extra in (
        ("a/b/index.html", "same", '<meta property="article:modified_time" content="1">'),
        ("a-b/index.html", "same", '<meta property="article:modified_time" content="2">'),
        ("c.html", "c", ""),
    ):
        (tmp_path / relpath).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relpath).write_text(head.format(name, extra), encoding="utf-8")
    asked: list[list[str]] = []

    def map_many(function, paths):
        asked.append(sorted(p[len(str(tmp_path)) + 1 :] for p in paths))
        return [function(p) for p in paths]

    known: dict = {}
    entries = collect_entries(tmp_path, known, map_many)
    # "a/b" comes before "a-b" folder by folder (as pathlib sorts), so its head wins
    assert [(e.loc, e.lastmod) for e in entries] == [
        ("https://x.vn/c/", None),
        ("https://x.vn/same/", "1"),
    ]
    (tmp_path / "c.html").write_text(head.format("c2", ""), encoding="utf-8")
    assert collect_entries(tmp_path, known, map_many)[0].loc == "https://x.vn/c2/"
    assert asked == [["a-b/index.html", "a/b/index.html", "c.html"], ["c.html"]]


@pytest.mark.parametrize(
    ("case", "html", "expected"),
    [
        (
            "attributes in any case, single quotes",
            "<HTML><HEAD><LINK REL='Canonical' HREF='/b/'>"
            "<META NAME='Robots' CONTENT='NoIndex'></HEAD><body></body>",
            ("/b/", True, None),
        ),
        (
            "an entity in the attributes",
            '<head><link rel="&#99;anonical" href="/c/?a=1&amp;b=2">'
            '<meta property="article:modified_time" content="2024-01-02T03:04:05+07:00">'
            "</head><body></body>",
            ("/c/?a=1&b=2", False, "2024-01-02T03:04:05+07:00"),
        ),
        (
            "a body before any </head>",
            '<link rel="canonical" href="/d/"><body><link rel="canonical" href="/x/"></head>',
            ("/d/", False, None),
        ),
        (
            "an upper-case </HEAD > before the lower-case one",
            '<link rel="canonical" href="/e/"></HEAD ><link rel="canonical" href="/x/"></head>',
            ("/e/", False, None),
        ),
        (
            "no head end at all",
            '<meta name="viewport" content="x"><link rel="canonical" href="/f/">',
            ("/f/", False, None),
        ),
    ],
)
def test_read_page_head_reads_only_what_matters_but_misses_nothing(case, html, expected):
    head = read_page_head(html)
    assert (head.canonical, head.noindex, head.modified) == expected, case


def _render_with_elementtree(entries) -> bytes:
    """What the sitemap was written with before it was written as text."""
    ET.register_namespace("", SITEMAP_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in entries:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.lastmod
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


@pytest.mark.parametrize(
    "entries",
    [
        [],
        [SitemapEntry("https://x.vn/", None)],
        [
            SitemapEntry(
                "https://x.vn/bai-viet/nghị-quyết/?a=1&b=<2>", "2023-05-20T08:00:00+07:00"
            ),
            SitemapEntry("https://x.vn/\"trích\"/'dẫn'/", ""),
            SitemapEntry("https://x.vn/tu-khoa/đảng/", "2024-01-01"),
        ],
    ],
    ids=["empty", "no_lastmod", "escaped_and_vietnamese"],
)
def test_render_sitemap_writes_what_elementtree_writes(entries):
    assert render_sitemap(entries) == _render_with_elementtree(entries)


@pytest.mark.parametrize(
    "page",
    [
        '<html><head><link rel="canonical" href="https://x.vn/a/"></head><body>b</body></html>',
        '<html><head><meta name="robots" content="noindex"></head></html>',
        "<html><head>"
        + "<meta name='x' content='đ'>" * 4000
        + '<link rel="canonical" href="https://x.vn/dai/"></head><body></body></html>',
        "<html><head><title>\udcff</title></head></html>",
    ],
    ids=["canonical", "noindex", "head_longer_than_one_read", "not_utf8"],
)
def test_head_fields_of_the_bytes_are_those_read_from_the_file(tmp_path, page):
    from portal_seo.sitemap import head_fields, read_head_of_file

    data = page.encode("utf-8", "surrogateescape")
    (tmp_path / "index.html").write_bytes(data)
    head = read_head_of_file(str(tmp_path / "index.html"))
    assert head_fields("index.html", data) == (head.canonical, head.noindex, head.modified)
