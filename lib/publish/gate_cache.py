"""What the fast gates found in each file, kept between publishes.

Parsing every HTML page and feed of a big site takes far longer than a one-article publish
may. A file whose bytes did not change says the same things (title, ``lang``, links; a feed
parses or not), so only new or changed files are parsed. Whether a link's target exists is
judged again on every publish (the cache holds what a file says, never whether the site
around it is right). A cache from another version or that cannot be read is discarded with a
warning; it can never change a verdict.

Files are known by the hash of their bytes. Most files of a release are hard links of the
previous release's files (the build links the pages it did not render again), so a file is
first looked up by its stamp (device, inode, size and modification time in ns, the check
rsync and git make): a file with a known stamp is not even read. Any write changes the
stamp; a replaced file has another inode.

A page found clean (no problem) is remembered with its path and content hash; with the
clean pages, the files their links reach and the site URL. The next check takes such a page
as clean again without judging its links when nothing it depended on can have changed: the
same bytes at the same path, the same site URL, and none of those files missing. Files
added cannot break a link, and a removed file that no clean page linked to (the search
index's fragments a publish replaces) cannot either; a removed file some page linked to
makes every link be judged again.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portal_files.atomic import write_atomic

VERSION = 6  # bump when the parsers (gates.parse_page, gates.parse_xml) change what they extract


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What one HTML page says: a title, a ``lang``, its links; or that it is not UTF-8."""

    utf8: bool
    titled: bool = False
    lang: bool = False
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class XmlFacts:
    """What one XML file is: the parser's error (``""`` when it parses) and its root tag."""

    error: str = ""
    root: str = ""


# What reading a damaged, cut or foreign cache file may raise.
_UNREADABLE = (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, EOFError)


class GateCache:
    """Facts of pages and feeds by content hash (and file stamp), kept in one file (``marshal``)."""

    def __init__(self, path: Path | None, *, background: bool = False) -> None:
        """Read the cache at ``path`` (None: no cache); with ``background``, in a thread
        that every use waits for (a publish reads it while its build starts: 12 MB,
        0.2 s at 10,000 articles)."""
        self.path = path
        self._warning = ""
        self._loading: threading.Thread | None = None
        self._known: dict[str, PageFacts | XmlFacts] = {}
        self._stamps: dict[str, str] = {}
        self._used: dict[str, PageFacts | XmlFacts] = {}
        self._used_stamps: dict[str, str] = {}
        self._clean: set[tuple[str, str]] = set()  # (relpath, hash) judged clean last time
        self._clean_targets: set[str] = set()  # the files their links reach
        self._clean_site = ""
        self._now_clean: set[tuple[str, str]] = set()
        self.later_targets: set[str] = set()  # see ``clean_before``
        self._now_targets: set[str] = set()
        if path is not None and path.exists():
            if background:
                self._loading = threading.Thread(
                    target=self._load, args=(path,), name="gates-cache-load", daemon=True
                )
                self._loading.start()
            else:
                self._load(path)

    @property
    def warning(self) -> str:
        """Why the cache file was not used ("" when it was, or when there was none)."""
        self._wait()
        return self._warning

    def _wait(self) -> None:
        loading = self._loading
        if loading is not None:
            loading.join()

    def _load(self, path: Path) -> None:
        try:
            data = marshal.loads(path.read_bytes())
            if not isinstance(data, dict) or data.get("version") != VERSION:
                version = data.get("version") if isinstance(data, dict) else None
                raise ValueError(f"phiên bản {version!r}")
            known: dict[str, PageFacts | XmlFacts] = {
                str(key): PageFacts(bool(u), bool(t), bool(g), tuple(map(str, links)))
                for key, (u, t, g, links) in data["pages"].items()
            }
            known.update((str(k), XmlFacts(str(e), str(r))) for k, (e, r) in data["xml"].items())
            stamps = {str(stamp): str(key) for stamp, key in data["stamps"].items()}
            clean = data["clean"]
            pages_clean = {(str(relpath), str(key)) for relpath, key in clean["pages"]}
            targets, site = {str(f) for f in clean["targets"]}, str(clean["site"])
        except _UNREADABLE as exc:
            self._warning = f"bỏ qua bộ nhớ đệm kiểm tra {path} (cũ hoặc hỏng: {exc})"
            return
        self._known, self._stamps = known, stamps
        self._clean, self._clean_targets, self._clean_site = pages_clean, targets, site

    def page_facts(
        self, path: str | Path, parse: Callable[[bytes], PageFacts]
    ) -> tuple[str, PageFacts]:
        """The hash of the HTML page at ``path`` and its facts: cached, else
        ``parse(its bytes)`` (the hash names the page in ``clean_before``)."""
        return self._facts(path, parse, PageFacts)

    def clean_before(
        self, files: set[str], site_url: str, later: Callable[[str], bool] = lambda _: False
    ) -> set[tuple[str, str]]:
        """Start a check of a site of ``files`` at ``site_url``: the ``(relpath, hash)`` of
        the pages found clean last time if that verdict still holds (else an empty set:
        judge them all). The URL is saved with the pages this check finds clean.

        ``later(relpath)``: whether a file not in ``files`` may still be written (a build's
        sitemap, its search index). Such files the clean pages link to are not missing
        yet: ``later_targets`` lists them, for the caller to find in the finished build
        (else the verdict does not hold, and every page is judged again)."""
        self._wait()
        missing = self._clean_targets - files
        still = site_url == self._clean_site and all(later(target) for target in missing)
        self.later_targets = missing if still else set()
        self._clean_site = site_url
        self._now_clean = set()  # a check started again forgets what it took as clean
        self._now_targets = set(self._clean_targets) if still else set()
        return self._clean if still else set()

    def mark_clean(self, relpath: str, key: str, targets: Iterable[str] = ()) -> None:
        """Remember that the page ``relpath`` with the bytes of hash ``key`` is clean, and
        the files its links reach (none to add for a page taken as clean from last time:
        its files are kept from then)."""
        self._now_clean.add((relpath, key))
        self._now_targets.update(targets)

    def xml_facts(self, path: str | Path, parse: Callable[[bytes], XmlFacts]) -> XmlFacts:
        """The facts of the XML file at ``path``: cached, else ``parse(its bytes)``."""
        return self._facts(path, parse, XmlFacts)[1]

    def _facts(
        self, path: str | Path, parse: Callable[[bytes], Any], kind: type
    ) -> tuple[str, Any]:
        self._wait()
        info = os.stat(path)
        stamp = f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}"
        key = self._stamps.get(stamp)
        found = self._lookup(key, kind) if key else None
        if found is None:
            data = Path(path).read_bytes()
            key = hashlib.blake2b(data, digest_size=20).hexdigest()
            found = self._lookup(key, kind) or parse(data)
        self._used[key] = found
        self._used_stamps[stamp] = key
        return key, found

    def _lookup(self, key: str, kind: type) -> Any:
        found = self._used.get(key) or self._known.get(key)
        return found if isinstance(found, kind) else None

    def save(self) -> None:
        """Write the facts of the files seen this time (older ones are dropped), atomically.

        In ``marshal``'s format (Python's own, for its own caches): at 10,000 articles the
        file is 12 MB, which JSON took 0.25 s to write at the end of every publish."""
        if self.path is None:
            return
        self._wait()
        pages, xml = {}, {}
        for key, f in self._used.items():
            if isinstance(f, PageFacts):
                pages[key] = (f.utf8, f.titled, f.lang, f.links)
            else:
                xml[key] = (f.error, f.root)
        data = {
            "version": VERSION,
            "pages": pages,
            "xml": xml,
            "stamps": self._used_stamps,
            "clean": {
                "pages": sorted(self._now_clean),
                "targets": sorted(self._now_targets),
                "site": self._clean_site,
            },
        }
        write_atomic(self.path, marshal.dumps(data))
