"""`invoke serve`: a warm preview that shows a saved article at once and never goes blank.

Every full rebuild goes through ``run_build`` (cache, parallel workers, atomic swap) in a
background thread, so the server keeps answering from a complete build while it runs.
When exactly one article file changed, its page is first re-rendered alone from the last
build's warm generator (``article_refresh``) and the browser reloads; the full build then
brings the listings up to date and reloads the browser again. When a save breaks an
article, the page of that article is replaced by a Vietnamese error page naming the file
and line; the next good build replaces the whole folder again.
"""

from __future__ import annotations

import html
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from build_cache.session import output_sources
from portal_files import write_atomic

from portal_core.article_refresh import (
    capturing_articles_generator,
    keep_for_refresh,
    refresh_article,
)
from portal_core.build import editor_errors, run_build
from portal_core.listing_refresh import RecordedPages, refresh_listings, same_place

_PATH_IN_MESSAGE = re.compile(r"(/[^\s:]+\.(?:md|markdown|mkd|mdown))(?::\d+)?")
_ARTICLE_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown")
#: Seconds a full build waits for the listing pages of a saved article before it starts.
LISTINGS_FIRST_LIMIT = 5.0


@dataclass
class PreviewBuilder:
    """Builds ``content`` with ``settings_file`` into ``output``, again on every change."""

    settings_file: Path
    output: Path
    content: Path | None = None
    log: Callable[[str], None] = print
    errors: list[str] = field(default_factory=list)
    generator: Any = field(default=None, repr=False)  # the last good build's articles
    pages: Any = field(default=None, repr=False)  # and the pages it recorded
    _listings_due: tuple | None = field(default=None, repr=False)
    _seen: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)
    _wanted: threading.Event = field(default_factory=threading.Event, repr=False)
    _listings_wanted: threading.Event = field(default_factory=threading.Event, repr=False)
    _listings_busy: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def build(self) -> bool:
        """One full build; on failure, the broken articles' pages show the error."""

        self.errors = []
        if not self._seen:
            self._seen = self.scan()
        started = time.perf_counter()
        found: dict = {}
        with capturing_articles_generator(found):
            status = run_build(
                self.settings_file, self.output, self.content, report=self.errors.append
            )
        seconds = time.perf_counter() - started
        if status == 0:
            self.generator = keep_for_refresh(found.get("articles"))
            self.pages = RecordedPages.of_build(found.get("pages", []))
            self.log(f"Đã dựng lại trong {seconds:.1f} giây.")
            return True
        for message in self.errors:
            self.log(message)
        self.show_errors()
        return False

    # --- changes ----------------------------------------------------------------------
    def on_change(self, changed: list[str] | None = None) -> bool:
        """Files were saved (``changed``; by default, found by comparing the content folder
        with the last look): show a single changed article at once, then ask the background
        threads for its listing pages and a full build (``serve_in_background``). True if
        the article's page was shown."""
        if changed is None:
            changed = self.changed_sources()
        shown = False
        if len(changed) == 1 and changed[0].endswith(_ARTICLE_SUFFIXES):
            shown = self.refresh(changed[0])
        self._listings_wanted.set()
        self._wanted.set()
        return shown

    def watch_in_background(
        self, paths: list[Path], after_change: Callable[[], None]
    ) -> threading.Thread:
        """Start the thread that waits for saves under ``paths`` (inotify, through
        ``watchfiles``: no polling, so a running build does not slow it down), hands them
        to ``on_change`` and calls ``after_change`` when a page was shown."""
        import watchfiles

        def loop() -> None:
            existing = [str(p) for p in paths if p.exists()]
            for changes in watchfiles.watch(*existing, debounce=50, step=20):
                if self.on_change(sorted({path for _kind, path in changes})):
                    after_change()

        thread = threading.Thread(target=loop, name="portal-preview-watch", daemon=True)
        thread.start()
        return thread

    def serve_in_background(self, after_build: Callable[[], None]) -> list[threading.Thread]:
        """Start the threads that do what ``on_change`` asks for, calling ``after_build``
        after each step: one renders a saved article's listing pages (at once, even while
        a build runs), the other runs the full builds (one at a time; saves during a build
        make one more)."""

        def listings() -> None:
            while True:
                self._listings_wanted.wait()
                with self._listings_busy:  # taken before the request is cleared: see builds
                    self._listings_wanted.clear()
                    shown = self.refresh_listings_due()
                if shown:
                    after_build()

        def builds() -> None:
            while True:
                self._wanted.wait()
                self._wanted.clear()
                self.wait_for_listings()
                self.build()
                after_build()

        threads = [
            threading.Thread(target=listings, name="portal-preview-listings", daemon=True),
            threading.Thread(target=builds, name="portal-preview-build", daemon=True),
        ]
        for thread in threads:
            thread.start()
        return threads

    def wait_for_listings(self, limit: float = LISTINGS_FIRST_LIMIT) -> None:
        """Wait (at most ``limit`` seconds) until no listing refresh is asked for or running.
        The full build starts after it: both are Python work in this process, and the
        listing pages of a saved article take a tenth of a second alone, several times that
        beside a build."""
        deadline = time.monotonic() + limit
        while self._listings_wanted.is_set() or self._listings_busy.locked():
            if time.monotonic() > deadline:
                return
            time.sleep(0.005)

    def content_folder(self) -> Path:
        """The folder the preview reads (``--content``, else the settings' PATH)."""
        if self.content is not None:
            return self.content
        if self.generator is not None:
            return Path(self.generator.path)
        from pelican.settings import read_settings

        return Path(read_settings(str(self.settings_file))["PATH"])

    def scan(self) -> dict[str, tuple[int, int]]:
        """``{path: (mtime_ns, size)}`` of every file of the content folder."""
        found: dict[str, tuple[int, int]] = {}
        folders = [str(self.content_folder())]
        while folders:
            try:
                entries = list(os.scandir(folders.pop()))
            except OSError:
                continue
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.is_file():
                    info = entry.stat()
                    found[entry.path] = (info.st_mtime_ns, info.st_size)
        return found

    def changed_sources(self) -> list[str]:
        """Content files added, changed or removed since the last look."""
        now = self.scan()
        before, self._seen = self._seen, now
        return sorted(p for p in now.keys() | before.keys() if now.get(p) != before.get(p))

    def refresh(self, source: str) -> bool:
        """Re-render the page of the article at ``source`` alone; True if it was shown."""

        if self.generator is None or not self.output.is_dir():
            return False
        started = time.perf_counter()
        try:
            done = refresh_article(self.generator, source, str(self.output), _editor_message)
        except Exception as exc:  # the full build that follows reports it properly
            self.log(f"Không xem trước riêng được {source}: {exc}")
            return False
        if done is None:
            return False
        if done.error:
            self.log(done.error)
            write_atomic(self.output / done.relpath, error_page([done.error]))
            return True
        if self.pages is not None and same_place(done.old, done.new):
            self._listings_due = (self.pages, done.old, done.new)
        seconds = time.perf_counter() - started
        self.log(f"Đã hiện bài {done.relpath} trong {seconds:.2f} giây; đang dựng các trang khác.")
        return True

    def refresh_listings_due(self) -> int:
        """Re-render the listing pages of the article ``refresh`` just showed, if it kept
        its place (``listing_refresh``); how many pages were written."""
        due, self._listings_due = self._listings_due, None
        if due is None:
            return 0
        started = time.perf_counter()
        try:
            written = refresh_listings(*due, self.output)
        except Exception as exc:  # the full build that follows writes them anyway
            self.log(f"Không xem trước riêng được các trang liệt kê: {exc}")
            return 0
        seconds = time.perf_counter() - started
        self.log(f"Đã hiện {len(written)} trang liệt kê bài trong {seconds:.2f} giây.")
        return len(written)

    def show_errors(self) -> None:
        """Write an error page in place of each broken article's page (preview only)."""
        from pelican.settings import read_settings

        if not self.output.is_dir():
            return
        settings = read_settings(str(self.settings_file))
        sources = output_sources(settings, str(self.output.resolve()))
        page = error_page(self.errors)
        for path in broken_sources(self.errors):
            relpath = sources.get(path)
            if relpath:
                write_atomic(self.output / relpath, page)


def broken_sources(messages: list[str]) -> list[str]:
    """Source files named in build error messages (absolute paths)."""
    found: list[str] = []
    for message in messages:
        for match in _PATH_IN_MESSAGE.finditer(message):
            if match.group(1) not in found:
                found.append(match.group(1))
    return found


def error_page(messages: list[str]) -> str:
    """A small self-contained Vietnamese page listing the build errors (escaped)."""
    items = "".join(f"<li><pre>{html.escape(m)}</pre></li>" for m in messages)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Lỗi khi dựng bài viết</title></head><body>"
        "<main><h1>Bài viết này đang có lỗi</h1>"
        "<p>Sửa tệp theo thông báo dưới đây rồi lưu lại; trang sẽ tự tải lại.</p>"
        f"<ul>{items}</ul></main></body></html>"
    )


def _editor_message(exc: Exception) -> str | None:
    """The editor's ``LỖI: path:line: …`` message for a content error, else None."""
    return f"LỖI: {exc}" if isinstance(exc, editor_errors()) else None
