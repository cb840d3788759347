"""sitemap.xml from a built site: every page that declares a canonical URL and is indexable.

Pure: reads files and returns records or bytes; imports nothing from Pelican.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One URL of the sitemap; ``lastmod`` is a W3C datetime or None."""

    loc: str
    lastmod: str | None


@dataclass(frozen=True, slots=True)
class PageHead:
    """What a page's <head> says about indexing."""

    canonical: str | None
    noindex: bool
    modified: str | None


class _HeadParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.noindex = False
        self.published: str | None = None
        self.modified: str | None = None
        self.done = False

    def handle_starttag(self, tag, attrs):
        values = {name: (value or "") for name, value in attrs}
        if tag == "link" and "canonical" in values.get("rel", "").split():
            self.canonical = values.get("href")
        elif tag == "meta":
            name = values.get("name", "").lower()
            prop = values.get("property", "").lower()
            if name == "robots" and "noindex" in values.get("content", "").lower():
                self.noindex = True
            elif prop == "article:published_time":
                self.published = values.get("content")
            elif prop == "article:modified_time":
                self.modified = values.get("content")
        elif tag == "body":
            self.done = True

    def handle_endtag(self, tag):
        if tag == "head":
            self.done = True


def read_page_head(html: str) -> PageHead:
    """Canonical URL, noindex flag and last-modified time declared in a page's <head>."""
    parser = _HeadParser()
    # The head ends long before the body text; feed in chunks and stop at </head>.
    for start in range(0, len(html), 4096):
        parser.feed(html[start : start + 4096])
        if parser.done:
            break
    return PageHead(parser.canonical, parser.noindex, parser.modified or parser.published)


def collect_entries(site: Path) -> list[SitemapEntry]:
    """Entries for every indexable HTML page under ``site`` that names a canonical URL."""
    entries: dict[str, SitemapEntry] = {}
    for path in sorted(site.rglob("*.html")):
        head = read_page_head(path.read_text(encoding="utf-8"))
        if head.noindex or not head.canonical:
            continue
        entries.setdefault(head.canonical, SitemapEntry(head.canonical, head.modified))
    return sorted(entries.values(), key=lambda entry: entry.loc)


def render_sitemap(entries: list[SitemapEntry]) -> bytes:
    """The sitemap document (sitemaps.org 0.9) for ``entries``, UTF-8 with a declaration."""
    ET.register_namespace("", SITEMAP_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in entries:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
        if entry.lastmod:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.lastmod
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"
