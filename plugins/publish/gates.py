"""Fast checks of a built site before it is published (stdlib only, seconds not minutes).

Every HTML page is UTF-8 with a ``<title>`` and ``lang``; every internal link and image points
to a file of the build; every XML feed parses; no draft is in the build. The slow validators
(Nu HTML checker, axe) run in the test suite, not here.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ATOM = "{http://www.w3.org/2005/Atom}feed"


@dataclass(frozen=True, slots=True)
class GateProblem:
    """A reason not to publish: the built file (relative) and a Vietnamese message."""

    path: str
    message: str

    def format(self) -> str:
        return f"{self.path}: {self.message}"


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.lang: str | None = None
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        elif tag == "title":
            self._in_title = True
        for name in ("href", "src"):
            if values.get(name) and not (
                tag == "link" and name == "href" and _is_alternate(values)
            ):
                self.links.append(values[name])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _is_alternate(values: dict) -> bool:
    """``<link rel="canonical|alternate">`` name the public address, not a file to check."""
    return (values.get("rel") or "").lower() in {"canonical", "alternate"} and not (
        values.get("type") or ""
    ).endswith("xml")


def check_site(root: Path, site_url: str = "", draft_prefix: str = "") -> list[GateProblem]:
    """Every reason the built site at ``root`` must not be published (empty: publish)."""
    root = Path(root)
    files = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    problems: list[GateProblem] = []
    if "index.html" not in files:
        problems.append(GateProblem("index.html", "thiếu trang chủ"))
    if draft_prefix:
        drafts = sorted(f for f in files if f.startswith(draft_prefix))
        problems.extend(GateProblem(f, "bản nháp lọt vào bản xuất bản") for f in drafts)
    for relative in sorted(files):
        if relative.endswith(".html"):
            problems.extend(_check_page(root, relative, files, site_url))
        elif relative.endswith(".xml"):
            problems.extend(_check_xml(root, relative))
    return problems


def _check_page(root: Path, relative: str, files: set[str], site_url: str) -> list[GateProblem]:
    try:
        text = (root / relative).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [GateProblem(relative, "trang không phải UTF-8")]
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    problems = []
    if not parser.title.strip():
        problems.append(GateProblem(relative, "trang không có <title>"))
    if not parser.lang:
        problems.append(GateProblem(relative, "thẻ <html> không có thuộc tính lang"))
    for link in sorted(set(parser.links)):
        target = _internal_target(link, relative, site_url)
        if target is None:
            continue
        if target not in files and posixpath.join(target, "index.html") not in files:
            problems.append(GateProblem(relative, f"liên kết hỏng tới `{link}`"))
    return problems


def _internal_target(link: str, page: str, site_url: str) -> str | None:
    """The built file a link points to (relative to the site root), or None if external."""
    if site_url and link.startswith(site_url.rstrip("/") + "/"):
        link = link[len(site_url.rstrip("/")) :]
    elif site_url and link == site_url.rstrip("/"):
        link = "/"
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        resolved = posixpath.normpath(path.lstrip("/")) if path.strip("/") else ""
    else:
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if resolved in ("", "."):
        return "index.html"
    if resolved.startswith(".."):
        return resolved  # outside the site: never a file of the build, so reported
    return resolved + "/index.html" if path.endswith("/") else resolved


def _check_xml(root: Path, relative: str) -> list[GateProblem]:
    try:
        tree = ET.parse(root / relative)
    except ET.ParseError as exc:
        return [GateProblem(relative, f"tệp XML hỏng: {exc}")]
    if relative.endswith(".atom.xml") and tree.getroot().tag != ATOM:
        return [GateProblem(relative, "nguồn tin (feed) không phải Atom")]
    return []
