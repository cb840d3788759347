"""Fast checks of a built site before it is published (stdlib only, seconds not minutes).

Every HTML page is UTF-8 with a ``<title>`` and ``lang``; every internal link and image points
to a file of the build; every XML feed parses; no draft is in the build. The slow validators
(Nu HTML checker, axe) run in the test suite, not here.
"""

from __future__ import annotations

import os
import posixpath
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml import html as lxml_html
from portal_files.tree import files_under

from publish.gate_cache import GateCache, PageFacts, XmlFacts

ATOM = "{http://www.w3.org/2005/Atom}feed"


@dataclass(frozen=True, slots=True)
class GateProblem:
    """A reason not to publish: the built file (relative) and a Vietnamese message."""

    path: str
    message: str

    def format(self) -> str:
        return f"{self.path}: {self.message}"


def _is_alternate(values: dict) -> bool:
    """``<link rel="canonical|alternate">`` name the public address, not a file to check."""
    return (values.get("rel") or "").lower() in {"canonical", "alternate"} and not (
        values.get("type") or ""
    ).endswith("xml")


def check_site(
    root: Path,
    site_url: str = "",
    draft_prefix: str = "",
    cache: GateCache | None = None,
    scheduled: Mapping[str, str] | None = None,
) -> list[GateProblem]:
    """Every reason the built site at ``root`` must not be published (empty: publish).

    With ``cache``, pages whose bytes were checked before are not parsed again, and a page
    found clean before is not judged again while no file of that check is missing (see
    ``gate_cache``). Time is linear in the number of files.
    ``scheduled`` maps the URL of each held (scheduled) article, e.g. ``bai-viet/x/``, to its
    source and time: a broken link to it says so.
    """
    check = SiteCheck(site_url, draft_prefix, cache, scheduled)
    check.check_written(root)
    return check.finish(root)


class SiteCheck:
    """The gates of ``check_site`` in two steps, for a build that is still writing some
    folders (its search index) when every other file is final: ``check_written`` checks
    the final files while the build goes on, ``finish`` the rest once it is done. The
    verdict is the one ``check_site`` gives the finished build.

    ``check_written`` may read the build where it is written (``root``) and ``finish``
    where it ends up: file names are relative to each."""

    def __init__(
        self,
        site_url: str = "",
        draft_prefix: str = "",
        cache: GateCache | None = None,
        scheduled: Mapping[str, str] | None = None,
    ) -> None:
        self.site_url = site_url
        self.draft_prefix = draft_prefix
        self.cache = cache or GateCache(None)
        self.scheduled = scheduled if scheduled is not None else {}  # filled meanwhile
        self.files: set[str] = set()
        self.problems: list[GateProblem] = []
        self._unfinished: tuple[str, ...] = ()
        # Pages with links into an unfinished path: (page, its hash or "" when it has a
        # problem already, the files its other links reach, the waiting links), judged by
        # ``finish``, which remembers the clean ones.
        self._waiting: list[tuple[str, str, set[str], list[str]]] = []
        self._checked = False

    def check_written(self, root: Path | str, unfinished: Iterable[str] = ()) -> None:
        """Check every file under ``root`` but the paths ``unfinished`` (relative files or
        folders, still being written). Links into them wait for ``finish``."""
        self._unfinished = tuple(path.strip("/") for path in unfinished if path.strip("/"))
        self.files.update(f for f in _files(root) if not _under(f, self._unfinished))
        links = _LinkJudge(self.files, self.site_url, self.scheduled, self._unfinished)
        unfinished = self._unfinished
        clean = self.cache.clean_before(self.files, self.site_url, lambda f: _under(f, unfinished))
        self._check_files(root, sorted(self.files), links, clean)
        self._checked = True

    def finish(self, root: Path | str) -> list[GateProblem]:
        """Check what ``check_written`` left (everything, if it was not called) in the
        finished build at ``root``; every problem found, ``check_site``'s order."""
        if not self._checked:
            self.check_written(root)
        late = sorted(f for path in self._unfinished for f in _files_at(root, path))
        self.files.update(late)
        links = _LinkJudge(self.files, self.site_url, self.scheduled)
        if any(target not in self.files for target in self.cache.later_targets):
            # A page taken as clean from last time links to a file the build did not
            # write in the end: judge every page again, as if there were no cache.
            self.problems, self._waiting = [], []
            self.cache.clean_before(self.files, self.site_url)
            self._check_files(root, sorted(self.files), links, set())
        for page, key, targets, waiting in self._waiting:  # nothing is unfinished now
            found: list[GateProblem] = []
            for link in waiting:
                found.extend(_link_problems(page, link, links, targets, []))
            if key and not found:  # no problem before either ("" if there was one)
                self.cache.mark_clean(page, key, targets)
            self.problems.extend(found)
        self._waiting = []
        self._check_files(root, late, links, set())
        problems: list[GateProblem] = []
        if "index.html" not in self.files:
            problems.append(GateProblem("index.html", "thiếu trang chủ"))
        if self.draft_prefix:
            drafts = sorted(f for f in self.files if f.startswith(self.draft_prefix))
            problems.extend(GateProblem(f, "bản nháp lọt vào bản xuất bản") for f in drafts)
        return problems + sorted(self.problems, key=lambda p: p.path)

    def _check_files(
        self,
        root: Path | str,
        relpaths: list[str],
        links: _LinkJudge,
        clean: set[tuple[str, str]],
    ) -> None:
        base = os.fspath(root)  # joined as text: a Path per file cost 0.2 s at 21,000 pages
        for relative in relpaths:
            if relative.endswith(".html"):
                key, facts = self.cache.page_facts(os.path.join(base, relative), parse_page)
                if (relative, key) in clean:
                    self.cache.mark_clean(relative, key)
                    continue
                targets: set[str] = set()
                waiting: list[str] = []
                found = _page_problems(relative, facts, links, targets, waiting)
                if waiting:  # judged by ``finish``; remembered clean there if it is
                    self._waiting.append((relative, "" if found else key, targets, waiting))
                elif not found:
                    self.cache.mark_clean(relative, key, targets)
                self.problems.extend(found)
            elif relative.endswith(".xml"):
                facts_xml = self.cache.xml_facts(os.path.join(base, relative), parse_xml)
                self.problems.extend(_xml_problems(relative, facts_xml))


def _under(relpath: str, paths: tuple[str, ...]) -> bool:
    """Whether ``relpath`` is one of ``paths`` or inside one of them."""
    return any(relpath == path or relpath.startswith(path + "/") for path in paths)


def _files_at(root: Path | str, path: str) -> list[str]:
    """The files (relative to ``root``) at ``path``: the files under it if it is a folder,
    itself if it is a file, none if it is missing."""
    full = os.path.join(root, path)
    if os.path.isdir(full):
        return [f"{path}/{name}" for name, _ in files_under(full)]
    return [path] if os.path.isfile(full) else []


def _files(root: Path | str) -> set[str]:
    """Every file of the build, relative and POSIX (symlinked folders not followed)."""
    return {relpath for relpath, _ in files_under(root)}


def parse_page(data: bytes) -> PageFacts:
    """Title, ``lang`` and links of one HTML page (``utf8=False`` when it is not UTF-8).

    With lxml's HTML parser (libxml2, a dependency of trafilatura already): a 30 KB page in
    0.2 ms, where Python's ``html.parser`` took 1.5 ms (85 s for the 21,000 pages a theme
    change makes the first publish read)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return PageFacts(utf8=False)
    if not text.strip():
        return PageFacts(True)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return PageFacts(True)
    links = set()
    title = ""
    for element in root.iter(etree.Element):
        tag = element.tag
        if tag == "title" and not title:
            title = element.text_content()
        values = element.attrib
        for name in ("href", "src"):
            value = values.get(name)
            if value and not (tag == "link" and name == "href" and _is_alternate(values)):
                links.add(value)
    lang = root.get("lang") if root.tag == "html" else None
    return PageFacts(True, bool(title.strip()), bool(lang), tuple(sorted(links)))


def _page_problems(
    relative: str, facts: PageFacts, links: _LinkJudge, targets: set[str], waiting: list[str]
) -> list[GateProblem]:
    """What is wrong with one page; ``targets`` receives the files its good links reach,
    ``waiting`` its links into an unfinished folder."""
    if not facts.utf8:
        return [GateProblem(relative, "trang không phải UTF-8")]
    problems = []
    if not facts.titled:
        problems.append(GateProblem(relative, "trang không có <title>"))
    if not facts.lang:
        problems.append(GateProblem(relative, "thẻ <html> không có thuộc tính lang"))
    for link in facts.links:
        problems.extend(_link_problems(relative, link, links, targets, waiting))
    return problems


def _link_problems(
    relative: str, link: str, links: _LinkJudge, targets: set[str], waiting: list[str]
) -> list[GateProblem]:
    """A broken link of a page, as a problem; ``targets`` receives the file a good one
    reaches, ``waiting`` a link into an unfinished folder (not known yet)."""
    broken, target = links.judge(link, relative)
    if broken is None:
        waiting.append(link)
    elif broken:
        held = links.held(link, relative)
        why = f" (bài hẹn giờ {held}: chưa được đăng)" if held else ""
        return [GateProblem(relative, f"liên kết hỏng tới `{link}`{why}")]
    elif target is not None:
        targets.add(target)
    return []


# Links that begin so resolve the same from every page (absolute, external or in-page).
_PAGE_INDEPENDENT = ("/", "#", "http://", "https://", "mailto:", "tel:", "data:")


class _LinkJudge:
    """Whether a link of a page misses its target; remembers links seen from other pages."""

    def __init__(
        self,
        files: set[str],
        site_url: str,
        scheduled: Mapping[str, str],
        unfinished: tuple[str, ...] = (),
    ) -> None:
        self.files = files
        self.site_url = site_url
        self.scheduled = {url.rstrip("/") + "/index.html": what for url, what in scheduled.items()}
        self.unfinished = unfinished  # paths ("pagefind", "sitemap.xml") not final yet
        self._seen: dict[tuple[str, str], tuple[bool | None, str | None]] = {}

    def held(self, link: str, page: str) -> str:
        """The scheduled article a link points to (source and time), or ''."""
        target = _internal_target(link, page, self.site_url) or ""
        return self.scheduled.get(target) or self.scheduled.get(target + "/index.html", "")

    def judge(self, link: str, page: str) -> tuple[bool | None, str | None]:
        """(whether the link of ``page`` is broken, the file of the build it reaches: None
        for an external or broken link). Broken is None for a link into an unfinished
        path: not known yet."""
        key = (link, "" if link.startswith(_PAGE_INDEPENDENT) else posixpath.dirname(page))
        verdict = self._seen.get(key)
        if verdict is None:
            verdict = self._seen[key] = self._judged(_internal_target(link, page, self.site_url))
        return verdict

    def _judged(self, target: str | None) -> tuple[bool | None, str | None]:
        if target is None:
            return False, None
        if self.unfinished and _under(target, self.unfinished):
            return None, None
        if target in self.files:
            return False, target
        folder_page = posixpath.join(target, "index.html")
        return (False, folder_page) if folder_page in self.files else (True, None)


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


def parse_xml(data: bytes) -> XmlFacts:
    """Whether an XML file parses (the parser's message if not) and its root element."""
    try:
        return XmlFacts("", ET.fromstring(data).tag)
    except ET.ParseError as exc:
        return XmlFacts(str(exc) or "?")


def _xml_problems(relative: str, facts: XmlFacts) -> list[GateProblem]:
    if facts.error:
        return [GateProblem(relative, f"tệp XML hỏng: {facts.error}")]
    if relative.endswith(".atom.xml") and facts.root != ATOM:
        return [GateProblem(relative, "nguồn tin (feed) không phải Atom")]
    return []
