"""Pelican's writer, deferred: pages are rendered at the end of the build, in forked
workers, and only when what they show changed.

Pelican's generators call ``write_file`` as usual (its pagination and overwrite checks
run unchanged). Rendering is recorded instead of done; ``flush`` (at ``finalized``) then:

- fingerprints every page (``page_keys``); a page whose fingerprint equals the one recorded
  for the previous output, and whose file there is intact, is hard-linked from it;
- renders the others in parallel; a page whose bytes equal the previous file is linked too,
  so unchanged files keep their inode and mtime (rsync and CDNs see only real changes);
- records the new fingerprints for the next build.

Feeds and other direct writes go through the same "link if equal" path.
"""

from __future__ import annotations

import io
import logging
import os
import stat
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pelican import writers as pelican_writers
from pelican.contents import Content
from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer
from portal_files import write_atomic, write_new
from portal_files.tree import stamp_key

from build_cache.bodies import forget_rendered_bodies
from build_cache.fingerprint import digest, settings_fingerprint, tree_fingerprint
from build_cache.fragments import MEMO_KEY, FragmentMemo
from build_cache.page_keys import PageKeys
from build_cache.pool import fork_map, in_worker
from build_cache.session import RUNTIME_SETTINGS, SESSION_KEY
from build_cache.settings import setting

logger = logging.getLogger(__name__)
_DEFERRED = "\x00portal-deferred\x00"
_ABSENT = object()  # a name the base context does not have


@dataclass(slots=True)
class PageJob:
    """One page to render: template, the base context and what this page adds to it."""

    relpath: str
    template: Any
    base: dict
    local: dict
    template_name: str
    key: str = ""


@dataclass(slots=True)
class FeedJob:
    """One feed to write: Pelican's ``write_feed`` arguments, replayed in a worker, and
    what its fingerprint covers (computed at ``flush`` with the pages')."""

    relpath: str
    call: tuple  # (items, context, path, url, feed_type, args, kwargs)
    values: dict
    site_url: str
    key: str = ""


class PortalWriter(Writer):
    """See the module docstring."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.session = (settings or {}).get(SESSION_KEY)
        if self.session is not None:
            self.session.writer = self
        self.jobs: list[PageJob] = []
        self.feeds: list[FeedJob] = []  # feeds to write at ``flush``, with the pages
        self.finished: list[PageJob] = []  # every page flushed, for the preview's refreshes
        self.written: dict[str, tuple[str, int, int]] = {}  # relpath -> (key, size, mtime)
        self.sources: dict[str, str] = {}  # source path of an article/page -> its relpath
        self._call: tuple[dict, str] | None = None
        self.context: dict | None = None
        self._policy: KeyPolicy | None = None
        self._output_prefix = os.path.join(os.path.abspath(self.output_path), "")
        self._rendering: tuple[Any, dict] | None = None
        # The key of the recorded feed being written (its checks were made when recorded).
        self._replay_key: str | None = None
        self._fragments: FragmentMemo | None = None  # while ``flush`` renders pages

    # --- recording (Pelican calls these) ------------------------------------------------
    def write_file(self, name, template, context, *args, **kwargs):
        """Pelican's write_file, with rendering deferred to ``flush``."""
        template_name = kwargs.get("template_name") or (args[2] if len(args) > 2 else None)
        template_name = template_name or os.path.splitext(getattr(template, "name", "") or "")[0]
        self._call = (context, template_name)
        self.context = context
        real_os = pelican_writers.os
        if isinstance(real_os, _OsWithoutMakedirs):  # another thread's swap: never keep it
            real_os = os
        folders_made = self.session is not None and self.session.folders is not None
        if folders_made:
            pelican_writers.os = _OsWithoutMakedirs(threading.get_ident())
        try:
            return super().write_file(name, _Deferred(self, template), context, *args, **kwargs)
        finally:
            pelican_writers.os = real_os
            self._call = None

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom", *args, **kw):
        """Pelican's write_feed, recorded: ``flush`` fingerprints the feed with the pages,
        in the workers, links it from the previous output when its items and settings did
        not change and writes the others (one feed per cited document: thousands in an
        archive)."""
        if path and self.session is not None:
            self.context = context
            self.policy()  # made from the context as the first feed sees it
            items = list(elements[: self.settings["FEED_MAX_ITEMS"]])
            values = {"items": items, "url": url, "type": feed_type, "args": [args, kw]}
            filename = sanitised_join(self.output_path, path)
            override = kw.get("override_output", args[0] if args else False)
            if self._claim(filename, override):
                call = (items, context, path, url, feed_type, args, kw)
                site_url = context.get("SITEURL", "")
                self.feeds.append(FeedJob(os.path.normpath(path), call, values, site_url))
            return None
        return super().write_feed(elements, context, path, url, feed_type, *args, **kw)

    def policy(self) -> KeyPolicy:
        """The page-key policy of this build (made once the context is complete)."""
        if self._policy is None:
            self._policy = KeyPolicy(self.session, self.settings, self.context or {})
        return self._policy

    def _reuse(self, relpath: str, key: str) -> bool:
        """Link ``relpath`` from the previous output if it was made with ``key``."""
        old = self._previous_manifest().get(relpath)
        source = self.previous_path(relpath) if old and old[0] == key else None
        if source is None or not _intact(source, old):  # one stat: a missing file, a folder…
            return False
        _replace_with_link(source, sanitised_join(self.output_path, relpath))
        self.written[relpath] = old
        return True

    def _previous_manifest(self) -> dict:
        """The previous output's manifest (the session reads it once per build)."""
        return self.session.previous_manifest() if self.session else {}

    def _claim(self, filename: str, override: bool) -> bool:
        """Pelican's overwrite checks for writing ``filename``: False when an earlier
        overriding write keeps it (nothing to write); raises as Pelican does."""
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" a second time (was previously overwritten)'
                )
            return False
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{filename}" as Pelican has already written to it '
                "previously (set `override=True` if intended)"
            )
        if override:
            self._overridden_files.add(filename)
            relpath = self._relpath(filename)
            self.jobs = [job for job in self.jobs if job.relpath != relpath]
            self.feeds = [job for job in self.feeds if job.relpath != relpath]
        self._written_files.add(filename)
        return True

    def _open_w(self, filename, encoding, override=False):
        """Overwrite checks as Pelican's; then record the page or buffer the direct write."""
        if self._replay_key is not None:
            relpath, key = self._relpath(filename), self._replay_key
            return _FeedSink(lambda data: self.emit(relpath, data, key))
        if not self._claim(filename, override):
            self._rendering = None
            return _Sink(None)
        if self._rendering is not None:
            template, localcontext = self._rendering
            self._rendering = None
            base, template_name = self._call or ({}, "")
            # What this page adds to the context (one lookup per name: 400 names a page)
            in_base = base.get
            local = {k: v for k, v in localcontext.items() if in_base(k, _ABSENT) is not v}
            relpath = self._relpath(filename)
            self.jobs.append(PageJob(relpath, template, base, local, template_name))
            for name in ("article", "page"):
                source = getattr(local.get(name), "source_path", None)
                if source:
                    self.sources.setdefault(source, relpath)
            return _Sink(None)
        return _Sink(lambda data: self.emit(self._relpath(filename), data))

    def _relpath(self, filename: str) -> str:
        """``filename`` relative to the output folder. Pelican's paths come from
        ``sanitised_join`` (absolute, normalised): the prefix is cut, where
        ``os.path.relpath`` would normalise both paths again (0.4 s per 21,000 pages)."""
        if filename.startswith(self._output_prefix):
            relpath = filename[len(self._output_prefix) :]
            if relpath and os.path.normpath(relpath) == relpath:
                return relpath
        return os.path.relpath(filename, self.output_path)

    # --- output -----------------------------------------------------------------------
    def emit(self, relpath: str, data: bytes, key: str = "") -> tuple[int, int]:
        """Write ``data`` at ``relpath``, or hard-link the previous output's identical file."""
        target = sanitised_join(self.output_path, relpath)
        previous = self.previous_path(relpath)
        if previous is not None and _same_bytes(previous, data):
            _replace_with_link(previous, target)
        elif not write_new(target, data):
            # The build's output folder is its own until it is swapped into place
            # (swap.py), so pages go straight into new files; one already there is
            # replaced, never written into.
            write_atomic(target, data)
        info = os.stat(target)
        self.written[relpath] = (key, info.st_size, info.st_mtime_ns)
        return info.st_size, info.st_mtime_ns

    def previous_path(self, relpath: str) -> str | None:
        """Where ``relpath`` is in the previous output, if there is one (the callers' one
        ``stat`` tells whether a regular file is there)."""
        if self.session is None or self.session.previous_output is None:
            return None
        return os.path.join(self.session.previous_output, relpath)

    def flush(self) -> None:
        """Fingerprint every recorded page and link the unchanged ones, then render the
        others; both steps in forked workers.

        Every key is computed before any page is rendered: rendering may touch what a key
        walks (Pelican memoises content and summaries on first use), and a key must not
        depend on which pages a worker happened to render before it.
        """
        jobs, self.jobs = self.jobs, []
        feeds, self.feeds = self.feeds, []
        self.finished.extend(jobs)
        if not jobs and not feeds:
            return
        session = self.session
        processes = session.processes if session is not None else 1
        recorded: list[PageJob | FeedJob] = [*jobs, *feeds]
        if session is not None:
            policy = self.policy()
            self._previous_manifest()  # made once, before forking: every worker reads it
            policy.remember_contents(self.context or {}, processes)
            settled = fork_map(self._key_or_link, recorded, processes, min_items=32)
        else:
            settled = [("", False, 0, 0)] * len(recorded)
        work: list[PageJob | FeedJob] = []
        for job, (key, reused, size, mtime) in zip(recorded, settled, strict=True):
            job.key = key
            if reused:
                self.written[job.relpath] = (key, size, mtime)
            else:
                work.append(job)
        self._fragments = FragmentMemo()  # each worker fills its own copy
        try:
            results = fork_map(self._render_job, work, processes, min_items=32)
        finally:
            self._fragments = None
        for job, (size, mtime, facts) in zip(work, results, strict=True):
            self.written[job.relpath] = (job.key, size, mtime)
            for name, fact in facts.items():
                session.page_facts.setdefault(name, {})[stamp_key(job.relpath, size, mtime)] = fact
        pages = [job for job in work if isinstance(job, PageJob)]
        if session is not None:
            session.stats["pages_rendered"] = len(pages)
            session.stats["pages_reused"] = len(jobs) - len(pages)
        kinds = Counter(job.template_name for job in pages)
        detail = ", ".join(f"{name or '?'} {count}" for name, count in kinds.most_common())
        logger.info(
            "Trang: %d dựng lại (%s), %d giữ nguyên; %d nguồn tin (feed) viết lại.",
            len(pages),
            detail,
            len(jobs) - len(pages),
            len(work) - len(pages),
        )

    def _key_or_link(self, job: PageJob | FeedJob) -> tuple[str, bool, int, int]:
        """(key, reused, size, mtime) of one page or feed: linked from the previous output
        when its key did not change (size and mtime then those of the linked file)."""
        key = self.policy().key(job)
        if self._reuse(job.relpath, key):
            _, size, mtime = self.written[job.relpath]
            return key, True, size, mtime
        return key, False, 0, 0

    def _render_job(self, job: PageJob | FeedJob) -> tuple[int, int, dict]:
        """Write one recorded page or feed; (size, mtime) of the file and what the session's
        page readers found in it (``BuildSession.read_rendered_pages``)."""
        facts: dict = {}
        if isinstance(job, FeedJob):
            size, mtime = self._write_recorded_feed(job)
        else:
            data = render_page(job, self._fragments).encode("utf-8")
            size, mtime = self.emit(job.relpath, data, job.key)
            if job.relpath.endswith(".html") and self.session is not None:
                facts = _read_page(self.session.page_readers, job.relpath, data)
        if in_worker():  # a worker's memo would end up holding every body it rendered
            forget_rendered_bodies()
        return size, mtime, facts

    def _write_recorded_feed(self, job: FeedJob) -> tuple[int, int]:
        items, context, path, url, feed_type, args, kw = job.call
        self._replay_key = job.key
        try:
            super().write_feed(items, context, path, url, feed_type, *args, **kw)
        finally:
            self._replay_key = None
        _, size, mtime = self.written[job.relpath]
        return size, mtime


def _read_page(readers: dict, relpath: str, data: bytes) -> dict:
    """``{name: read(relpath, data)}`` for each page reader that could read the page."""
    facts = {}
    for name, read in readers.items():
        try:
            facts[name] = read(relpath, data)
        except Exception:  # read from the file by its plugin instead
            continue
    return facts


def render_page(job: PageJob, fragments: FragmentMemo | None = None) -> str:
    """The HTML of one recorded page, as Pelican's writer would render it; ``fragments``:
    the memo of the theme's fragments for a batch of pages (``build_cache.fragments``)."""
    localcontext = dict(job.base)
    localcontext.update(job.local)
    if fragments is not None:
        localcontext[MEMO_KEY] = fragments
    if localcontext.get("localsiteurl"):
        job.base["localsiteurl"] = localcontext["localsiteurl"]
    return job.template.render(localcontext)


class KeyPolicy:
    """Which inputs each page depends on.

    Pages of ``PORTAL_PER_OBJECT_TEMPLATES`` (an article, a tag, a month…) depend on their
    own template variables and on what every page shows (menu: categories and pages;
    months of the archive; the code, theme and settings). Any other template (home page,
    indexes, robots.txt…) may read the whole site, so it depends on every content object.
    """

    def __init__(self, session, settings, context: dict) -> None:
        self.settings = settings
        self.context = context
        theme = settings.get("THEME", "")
        months = context.get("archive_months", [])
        shared = {
            "categories": [(c, len(a)) for c, a in context.get("categories", [])],
            "pages": context.get("pages", []),
            "archive_months": [(p.year, p.month, p.count) for p in months],
            "archive_years": [(p.year, p.count) for p in context.get("archive_years", [])],
        }
        self.keys = PageKeys("")
        base = digest(
            session.code,
            tree_fingerprint([theme]) if theme else "",
            settings_fingerprint(
                settings, sorted(k for k in settings if k not in RUNTIME_SETTINGS)
            ),
            self.keys.page("shared", "", shared),
        )
        self.keys.base = base
        self.per_object = frozenset(setting(settings, "PORTAL_PER_OBJECT_TEMPLATES"))
        self._site: str | None = None
        self._home: str | None = None
        self._documents: str | None = None

    def key(self, job: PageJob | FeedJob) -> str:
        """The fingerprint of one page or feed."""
        if isinstance(job, FeedJob):
            return self.keys.page("feed", job.call[2], job.values, job.site_url)
        if job.template_name == "index" and "index" not in self.per_object:
            page = job.local.get("articles_page")
            first = page is None or getattr(page, "number", 1) == 1
            extra = self.home() if first else ""  # the category blocks are on page 1 only
            return self.keys.page("index", job.relpath, self._listing(job.local), extra)
        if job.template_name in DOCUMENT_LISTINGS:
            return self.keys.page(
                job.template_name, job.relpath, self._listing(job.local), self.documents()
            )
        if job.template_name not in self.per_object:
            return self.keys.page(job.template_name, job.relpath, job.local, self.site())
        return self.keys.page(job.template_name, job.relpath, self._listing(job.local))

    def _listing(self, local: dict) -> dict:
        """A page's variables with whole lists counted by membership (see WHOLE_LISTS)."""
        values = dict(local)
        for name, value in local.items():
            if name in WHOLE_LISTS and isinstance(value, list | tuple):
                values[name] = ("members", self.keys.membership(value))
            elif isinstance(getattr(value, "articles", None), tuple) and hasattr(value, "year"):
                # an archive period (year or month): its label and its list's membership
                values[name] = (value.year, value.month, self.keys.membership(value.articles))
        return values

    def remember_contents(self, context: dict, processes: int) -> None:
        """Fingerprint every article and page of the site once, in ``processes`` forked
        workers, before the pages are keyed: each page's worker then finds them done
        instead of walking the same articles again for the cards of its listings."""
        contents = [
            content
            for name in _CONTENT_LISTS
            for content in context.get(name, ()) or ()
            if isinstance(content, Content)
        ]
        pairs = fork_map(self.keys.content_pair, contents, processes, min_items=256)
        for content, pair in zip(contents, pairs, strict=True):
            self.keys.remember(content, pair)

    def home(self) -> str:
        """What the home page shows besides its own list: per category, which articles it
        holds and the first ``HOME_CATEGORY_ARTICLES`` of them in full (as cards)."""
        if self._home is None:
            shown = int(setting(self.settings, "HOME_CATEGORY_ARTICLES"))
            parts = []
            for category, articles in self.context.get("categories", []):
                parts.append(self.keys.value(category))
                parts.append(self.keys.membership(articles))
                parts.extend(self.keys.card(a) for a in articles[:shown])
            self._home = digest("home", *parts)
        return self._home

    def documents(self) -> str:
        """What the documents indexes show besides their own variables: every document
        (as its page shows it) and which articles cite it (counts), not what they say."""
        if self._documents is None:
            parts = []
            for document in self.context.get("documents", []):
                parts.append(self.keys.value(document))
                parts.append(self.keys.membership(getattr(document, "articles", ())))
            self._documents = digest("documents", *parts)
        return self._documents

    def site(self) -> str:
        """Fingerprint of everything the site holds (for pages that may show any of it)."""
        if self._site is None:
            names = sorted(k for k in self.context if k.islower() and k not in _CONTEXT_SKIP)
            self._site = self.keys.page("site", "", {k: self.context[k] for k in names})
        return self._site


# The whole list behind a paginated listing, which Pelican gives every page of it: pages of
# per-object templates may count it and group it by year, but show in full only the items
# of their own page (``articles_page.object_list``), so it counts by membership and dates.
WHOLE_LISTS = ("articles", "dates", "all_articles")
# Templates that list documents: their own variables, the menu, and every document with
# the membership of its article list (``KeyPolicy.documents``); nothing else of the site.
DOCUMENT_LISTINGS = ("documents",)
# The site's articles and pages, in the context Pelican gives every page.
_CONTENT_LISTS = ("articles", "hidden_articles", "drafts", "pages", "hidden_pages", "draft_pages")
# Context entries that are Pelican's bookkeeping, not content.
_CONTEXT_SKIP = frozenset({"generated_content", "static_links", "static_content", "localsiteurl"})


class _OsWithoutMakedirs:
    """``os`` as Pelican's writer module sees it while a page is recorded in a build whose
    folders a child process makes ahead (``folders.py``: the previous output's folders, or
    in a cold build those of the articles and their tags, categories and authors):
    ``makedirs`` does nothing in the recording thread. Pelican makes each page's folder
    before it writes the page, but a recorded page is written (or linked) by ``flush``, in
    the workers, which make its folder then if it is not made yet (``emit``, ``_reuse``).
    At 10,000 articles that saves the build process 21,000 ``makedirs``, three system calls
    each (a publish: 0.3 s; a cold build, where each folder is new: 2.5 s on this machine).

    Any other thread keeps the real ``makedirs``: the swap is of Pelican's module, which
    other threads may use meanwhile (``invoke serve`` writes a refreshed page with Pelican's
    own ``Writer`` while a full build records its pages)."""

    def __init__(self, recording_thread: int) -> None:
        self._recording_thread = recording_thread

    def makedirs(self, name, mode=0o777, exist_ok=False) -> None:
        """Nothing in the recording thread, ``os.makedirs`` in any other."""
        if threading.get_ident() != self._recording_thread:
            os.makedirs(name, mode, exist_ok)

    def __getattr__(self, name: str):
        return getattr(os, name)


class _Deferred:
    """Stands in for a Jinja template: ``render`` records instead of rendering."""

    def __init__(self, writer: PortalWriter, template: Any) -> None:
        self._writer = writer
        self._template = template
        self.name = getattr(template, "name", None)

    def render(self, localcontext: dict) -> str:
        self._writer._rendering = (self._template, localcontext)
        return _DEFERRED


class _Sink:
    """A file-like object: collects writes and hands them to ``done`` on close."""

    def __init__(self, done) -> None:
        self._done = done
        self._parts: list[str | bytes] = []

    def write(self, data: str | bytes) -> int:
        if self._done is not None:
            self._parts.append(data)
        return len(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._done is not None:
            done, self._done = self._done, None
            done(b"".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in self._parts))


class _FeedSink(io.TextIOBase):
    """A text stream for a replayed feed: collects the text and hands its UTF-8 bytes to
    ``done`` on close. feedgenerator's XML writer writes into a text stream as it is; any
    other object it wraps in an ``io.TextIOWrapper`` (UTF-8, ``xmlcharrefreplace``), which
    encodes and passes on each of the feed's small strings, a few hundred per item."""

    def __init__(self, done) -> None:
        super().__init__()
        self._done = done
        self._parts: list[str] = []

    def writable(self) -> bool:
        return True

    def write(self, data: str) -> int:
        self._parts.append(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            parts, self._parts = self._parts, []
            super().close()
            # The errors policy of the wrapper it replaces: the same bytes for any text.
            self._done("".join(parts).encode("utf-8", "xmlcharrefreplace"))


def _same_bytes(path: str, data: bytes) -> bool:
    """``path`` is a regular file holding exactly ``data``."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


def _intact(path: str, recorded: tuple[str, int, int]) -> bool:
    """The previous file is still what the previous build wrote (size and mtime)."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_size == recorded[1]
        and info.st_mtime_ns == recorded[2]
    )


def _replace_with_link(source: str, target: str) -> None:
    """Make ``target`` a new hard link to ``source`` (a copy across file systems), never
    writing into the file ``target`` was; its folder is made if missing. Linking is tried
    first: in a new output folder the target is almost never there already, and its folder
    almost always made (ahead, ``folders.py``): one system call instead of two or four."""
    try:
        os.link(source, target)
        return
    except FileExistsError:
        os.unlink(target)
    except FileNotFoundError:  # its folder is not made yet (or ``source`` is gone: raised below)
        os.makedirs(os.path.dirname(target), exist_ok=True)
    except OSError:
        pass  # another file system: copied below
    try:
        os.link(source, target)
    except OSError:
        import shutil

        if os.path.lexists(target):
            os.unlink(target)
        shutil.copy2(source, target)
