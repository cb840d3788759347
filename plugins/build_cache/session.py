"""One build's cache and worker settings (pure: no Pelican import).

A ``BuildSession`` is made when a build starts and closed when it ends; it is reached
through the settings mapping under ``SESSION_KEY`` (never module state), so each Pelican
run, including the warm reruns of ``invoke serve``, has its own.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from portal_files.tree import StampedFile, stamped_files

from build_cache.fingerprint import (
    bytes_digest,
    digest,
    package_versions,
    settings_fingerprint,
    tree_fingerprint,
)
from build_cache.folder_records import FolderRecords
from build_cache.folders import FolderMaker
from build_cache.pool import ForkStream, can_fork, fork_map, worker_count
from build_cache.rendering import RENDER_SETTINGS, MarkdownRenderer, RenderedSource
from build_cache.settings import setting
from build_cache.store import CacheStore, encode
from build_cache.store import decode as decode_value

logger = logging.getLogger(__name__)

SESSION_KEY = "PORTAL_BUILD_SESSION"
OUTPUTS_VERSION = "outputs-1"
# Set by the build when the output stops being right (the next scheduled article's time).
VALID_UNTIL_KEY = "PORTAL_VALID_UNTIL"
# Settings set at run time that do not change what pages show.
RUNTIME_SETTINGS = frozenset(
    {SESSION_KEY, VALID_UNTIL_KEY, "PORTAL_PREVIOUS_OUTPUT", "OUTPUT_PATH", "PATH"}
)
CACHE_ENV = "PORTAL_CACHE_DIR"
# Values of PORTAL_CACHE_DIR that turn the cache off.
CACHE_OFF = frozenset({"", "0", "off", "none", "false"})
# Where the portal's packages live: pure libraries in lib/, Pelican plugins in plugins/.
PLUGINS_DIR = Path(__file__).resolve().parents[1]
LIB_DIR = PLUGINS_DIR.parent / "lib"
PACKAGE_DIRS = (LIB_DIR, PLUGINS_DIR)
RENDER_PACKAGES = ("markdown", "typogrify", "smartypants", "pelican")
# Code that makes a rendered source: the renderer and the reader's decoding.
RENDER_CODE = ("build_cache", "portal_core", "portal_content", "vntext", "portal_files")
# Packages whose versions change what an article read becomes (``articles.py``).
ARTICLE_PACKAGES = ("pelican", "markdown", "typogrify", "smartypants", "nh3", "babel")


def plugin_store(
    settings: Mapping[str, Any], namespace: str, packages: Sequence[str] | None = None
) -> CacheStore | None:
    """This build's store for a plugin's results (``BuildSession.store``), or None outside
    a portal build (no session in the settings)."""
    session = settings.get(SESSION_KEY)
    return session.store(namespace, packages) if session is not None else None


def process_map(settings: Mapping[str, Any]) -> Callable[[Callable, Sequence], list]:
    """``map`` over this build's forked workers (``BuildSession.processes``), for a
    plugin's work per file; the builtin ``map`` outside a portal build (no session)."""
    session = settings.get(SESSION_KEY)
    if session is None or session.background_running():
        return map  # never fork beside a running thread: a lock it holds would stay held
    session.settle()  # nor beside the threads of the sources' rendering pool
    return functools.partial(fork_map, processes=session.processes)


def close_session(settings: dict[str, Any]) -> None:
    """Close this build's session and take it out of ``settings`` (the cache is written, the
    workers still rendering ahead end); a no-op when it is closed already. The build's last
    receiver calls it, and ``portal_core.build`` after a build that stopped before its end."""
    session = settings.pop(SESSION_KEY, None)
    if session is not None:
        session.close()


def rendered_page_facts(settings: Mapping[str, Any], name: str) -> dict[str, Any]:
    """What the page reader ``name`` (``BuildSession.read_rendered_pages``) found in the pages
    this build rendered, by ``stamp_key``; empty outside a portal build."""
    session = settings.get(SESSION_KEY)
    return session.page_facts.get(name, {}) if session is not None else {}


def output_pages(settings: Mapping[str, Any], output: Path | str) -> list[StampedFile]:
    """``(relpath, size, mtime_ns)`` of every ``.html`` file of the finished ``output``, in
    no particular order: listed once per build (``BuildSession.output_pages``) for all the
    output readers (the sitemap, the search index), afresh outside a portal build."""
    session = settings.get(SESSION_KEY)
    if session is None:
        return stamped_files(output, ".html")
    return session.output_pages(output)


def cache_folder(settings: Mapping[str, Any]) -> Path | None:
    """The cache folder: $PORTAL_CACHE_DIR, else the PORTAL_CACHE_DIR setting; None = off."""
    value = os.environ.get(CACHE_ENV)
    if value is None:
        value = settings.get("PORTAL_CACHE_DIR", "")
    value = str(value or "").strip()
    if value.lower() in CACHE_OFF:
        return None
    return Path(value).expanduser().resolve()


def code_fingerprint(
    packages: Sequence[str], distributions: Sequence[str] = RENDER_PACKAGES
) -> str:
    """Fingerprint of the code of ``packages`` (folders under lib/ or plugins/) and the
    versions of ``distributions``: results made by other code are never reused."""
    found = _portal_packages()
    folders = sorted(found[name] for name in set(packages))
    return digest(tree_fingerprint(folders, ("*.py",)), package_versions(distributions))


def plugin_packages(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The portal packages a build runs: its PLUGINS and every pure library (lib/), since
    the plugins' code calls them."""
    names = [str(p) for p in settings.get("PLUGINS", []) if isinstance(p, str)]
    found = _portal_packages()
    libraries = {name for name, folder in found.items() if folder.parent == LIB_DIR}
    return tuple(sorted({*names, *libraries} & found.keys()))


def _portal_packages() -> dict[str, Path]:
    """Package name -> its folder, for every package under lib/ and plugins/."""
    return {
        p.name: p
        for folder in PACKAGE_DIRS
        if folder.is_dir()
        for p in folder.iterdir()
        if (p / "__init__.py").is_file()
    }


#: The rendered store's entry of the sources' stamps (``BuildSession.source_stamps``): not a
#: content key (those are hex digests).
SOURCE_STAMPS_KEY = "source stamps"


class BuildSession:
    """The render cache and the process count of one build."""

    def __init__(self, settings: Mapping[str, Any]) -> None:
        self.settings = settings
        self.folder = cache_folder(settings)
        self.processes = worker_count(setting(settings, "PORTAL_BUILD_PROCESSES"))
        # Pages depend on every plugin of the build (and the theme and settings: writer.py).
        self.code = code_fingerprint(plugin_packages(settings), ("pelican", "jinja2"))
        render_code = code_fingerprint(RENDER_CODE)
        version = digest(render_code, settings_fingerprint(settings, RENDER_SETTINGS))
        self.rendered_store = CacheStore(self.folder, "rendered", version)
        # Page keys include the code: the record of written files survives code changes.
        self.outputs = FolderRecords(CacheStore(self.folder, "outputs", OUTPUTS_VERSION))
        previous = settings.get("PORTAL_PREVIOUS_OUTPUT")
        self.previous_output = str(previous) if previous and os.path.isdir(previous) else None
        # Renderings prepared for the reader, encoded as the store keeps them (a third of
        # the memory of 50,000 rendered articles held as objects).
        self._ready: dict[str, bytes] = {}
        # The content keys of the sources listed for this build (``prepare``), in the
        # order listed: plugins that keep one entry per source prefetch theirs by them.
        self.source_keys: tuple[str, ...] = ()
        self._followers: dict[str, tuple[tuple[str, ...], Callable]] = {}
        self.page_readers: dict[str, Callable[[str, bytes], Any]] = {}
        # What each page reader found in the pages rendered this build, by the page's stamp
        # "relpath size mtime_ns" (as ``stamped_files`` lists the file afterwards).
        self.page_facts: dict[str, dict[str, Any]] = {}
        self.writer = None  # the build's PortalWriter, once Pelican makes it
        self._stores: dict[str, CacheStore] = {}
        self._renderer: MarkdownRenderer | None = None
        self._manifest: dict[str, tuple[str, int, int]] | None = None
        self.folders: FolderMaker | None = None  # the output's folders, made ahead
        self._carried: list[str] = []  # folders of the previous output linked ahead
        self._late: list[str] = []  # output paths the output readers write
        self._background: list[_Background] = []  # output readers running in threads
        self._rendering: _Rendering | None = None  # sources ``prepare`` is rendering
        self._pages: dict[str, list[StampedFile]] = {}  # output folder -> its HTML files
        self.stats = {"rendered": 0, "reused": 0}

    def make_folders_ahead(self, output: str) -> None:
        """Start making, under ``output``, the folders of the previous output's files, and
        linking the folders plugins carry over (``carry_over``)."""
        if self.previous_output is not None and self.folders is None:
            self.folders = FolderMaker(
                output, self.previous_manifest(), self.previous_output, self._carried
            ).start()

    def make_new_folders_ahead(self, output: str, relpaths: Iterable[str]) -> None:
        """In a build without a previous output, start making the folders of ``relpaths``
        (the pages known once the articles are read) under ``output``."""
        if self.previous_output is None and self.folders is None:
            self.folders = FolderMaker(output, relpaths).start()

    def carry_over(self, folder: str) -> None:
        """Ask for the previous output's ``folder`` (relative) to be hard-linked into this
        build's output while the sources are read (``folders.py``), whole or not at all.
        For a plugin that writes that folder itself and redoes only what changed in it
        (the search index); it must replace files, never write into them: they are the
        previous output's files too. Call it at ``initialized``."""
        if folder not in self._carried:
            self._carried.append(folder)

    def output_pages(self, output: Path | str) -> list[StampedFile]:
        """The ``.html`` files of ``output`` (see ``output_pages``), listed on the first
        call. Only output readers ask, after every page is written: what they write
        themselves is not HTML (the sitemap) or not read by the others (``pagefind/``)."""
        folder = os.fspath(output)
        if folder not in self._pages:
            self._pages[folder] = stamped_files(folder, ".html")
        return self._pages[folder]

    def in_background(self, name: str, work: Callable[[], None]) -> None:
        """Run ``work`` in a thread while the build goes on: an output reader whose own
        processes do the work (Pagefind) leaves the build process free for the others
        (the sitemap). ``work`` must not fork the build process. The build waits for it
        (``wait_background``) before its output is used. What ``work`` writes is declared
        at ``initialized`` (``written_by_output_readers``)."""
        job = _Background(name, work)
        self._background.append(job)
        job.thread.start()

    def written_by_output_readers(self, path: str) -> None:
        """Declare, at ``initialized``, an output path (a file or a folder, relative) that an
        output reader (a receiver of ``output_complete``) writes, itself or in the
        background: the build announces every other file final before those readers run
        (``announce.py``; publish checks them meanwhile)."""
        path = path.strip("/")
        if path and path not in self._late:
            self._late.append(path)

    def late_outputs(self) -> list[str]:
        """What the output readers may still write once the pages are written: the paths
        they declared (their background work starts only after the announcement)."""
        return sorted(self._late)

    def background_running(self) -> bool:
        """Whether work started by ``in_background`` may still be running."""
        return any(job.thread.is_alive() for job in self._background)

    def wait_background(self, *, raise_error: bool = True) -> None:
        """Wait for the work started by ``in_background``; raise the first error it had
        (``raise_error=False``: the build is failing already, only log it)."""
        jobs, self._background = self._background, []
        for job in jobs:
            job.thread.join()
        errors = [job for job in jobs if job.error is not None]
        for job in errors[1:] if raise_error else errors:
            logger.error("%s: %s", job.name, job.error)
        if raise_error and errors:
            raise errors[0].error

    def source_stamps(self) -> dict[str, tuple[str, str]]:
        """``{path: (stamp, content key)}`` of the sources the last build listed (with
        this rendering code and settings); empty when unknown or unreadable."""
        try:
            found = self.rendered_store.get(SOURCE_STAMPS_KEY)
        except Exception:  # a damaged entry is no hint at all
            return {}
        return found if isinstance(found, dict) else {}

    def remember_source_stamps(self, stamps: Mapping[str, tuple[str, str]]) -> None:
        """Keep ``{path: (stamp, key)}`` of this build's sources for the next build."""
        self.rendered_store.put(SOURCE_STAMPS_KEY, dict(stamps))

    def close(self) -> None:
        """Write what this build learned to the cache."""
        rendering, self._rendering = self._rendering, None
        if rendering is not None:  # a build that stopped while reading: results unwanted
            rendering.stream.terminate()
        self.wait_background(raise_error=False)
        if self.folders is not None:
            self.folders.wait()
        self.rendered_store.close()
        self.outputs.close()
        for store in self._stores.values():
            store.close()

    def articles_version(self) -> str:
        """What every article kept from build to build (``articles.py``) depends on besides
        its file: the code of every plugin and library, the versions of the packages that
        read, render and sanitise it, every setting not set at run time, and the content
        folder (``PATH``)."""
        names = sorted(k for k in self.settings if k not in RUNTIME_SETTINGS)
        return digest(
            self.code,  # every plugin's and library's code (hashed once per build)
            package_versions(ARTICLE_PACKAGES),
            settings_fingerprint(self.settings, names),
            # the content folder: paths relative to it are part of an article
            os.path.abspath(str(self.settings.get("PATH", ""))),
        )

    def store(self, namespace: str, packages: Sequence[str] | None = None) -> CacheStore:
        """A store for another plugin's results, valid as long as the code of ``packages``
        (default: every plugin of the build) is unchanged; the plugin puts everything else
        its results depend on into its keys."""
        if namespace not in self._stores:
            code = self.code if packages is None else code_fingerprint(packages)
            self._stores[namespace] = CacheStore(self.folder, namespace, code)
        return self._stores[namespace]

    # --- output manifests ---------------------------------------------------------------
    def previous_manifest(self) -> dict[str, tuple[str, int, int]]:
        """``{relpath: (page key, size, mtime_ns)}`` recorded for the previous output."""
        if self.previous_output is None:
            return {}
        if self._manifest is None:
            record = output_record(self.outputs, self.previous_output)
            self._manifest = record.get("written", {})
        return self._manifest

    def save_manifest(
        self,
        output: str,
        written: Mapping[str, tuple[str, int, int]],
        sources: Mapping[str, str],
    ) -> None:
        """Record what was written into ``output`` (found again after it is renamed) and
        which source file each article or page came from."""
        record = {"written": dict(written), "sources": dict(sources)}
        self.outputs.put(output, record)

    # --- rendered sources --------------------------------------------------------------
    def renderer(self) -> MarkdownRenderer:
        if self._renderer is None:
            self._renderer = MarkdownRenderer(self.settings)
        return self._renderer

    def follow_rendering(self, namespace: str, packages: Sequence[str], make: Callable) -> None:
        """Have ``make(key, path, rendered)`` run in the worker that renders a source ahead
        of reading (``prepare``), right after it: the ``(key, blob)`` entries it returns go
        into the plugin's store ``namespace`` (``store(namespace, packages)``). What a
        plugin would otherwise make of each source while Pelican reads them one by one
        is then made on every core. The plugin must check an entry before it uses it; an
        error in ``make`` only leaves its entries out."""
        self._followers[namespace] = (tuple(packages), make)

    def read_rendered_pages(self, name: str, read: Callable[[str, bytes], Any]) -> None:
        """Have ``read(relpath, data)`` run on each HTML page in the worker that renders it,
        on its bytes (plain data back): ``page_facts[name]`` then holds the result by the
        page's stamp, so an output reader (the sitemap, the search index) finds, in a cold
        build, every rendered page read already, without opening 21,000 files one after
        the other at the end. A reader that fails on a page leaves it to be read from disk."""
        self.page_readers[name] = read

    def _follow(self, key: str, path: str, rendered: RenderedSource) -> list[tuple]:
        made = []
        for namespace, (_packages, make) in self._followers.items():
            try:
                made.extend((namespace, *entry) for entry in make(key, path, rendered))
            except Exception:  # the plugin makes it while reading, and reports any error
                continue
        return made

    def prepare(self, sources: Mapping[str, str], decode: Callable[[str, bytes], str]) -> None:
        """Start rendering every source ``{key: path}`` not yet cached, in forked workers,
        in the order given (the order the reader will ask for them); return at once.

        The reader goes on meanwhile: ``cached`` waits for the one it asks for, so Pelican
        reads the first articles while the workers render the rest. ``settle`` takes what
        is left; it must run before the build forks again (``settle_rendering``).
        A worker reads the file again and renders it only if its bytes still have ``key``
        (a file saved meanwhile is left for the reader, which renders what it reads).
        ``decode`` turns a file's bytes into text (it may raise; such files are left for
        the reader, which reports the error with the file and line).
        """
        self.settle()
        self.source_keys = tuple(dict.fromkeys((*self.source_keys, *sources)))
        wanted = [key for key in sources if key not in self._ready]
        found = self.rendered_store.get_encoded_many(wanted)
        self._ready.update(found)
        self.stats["reused"] += len(found)
        missing = [key for key in wanted if key not in found]
        if not missing:
            return
        renderer = self.renderer()

        def render(key: str) -> tuple[bytes, list[tuple]] | None:
            try:
                path = sources[key]
                data = Path(path).read_bytes()
                if source_key(data) != key:
                    return None  # changed since it was listed: the reader renders it
                text = decode(path, data)
                if not text.strip():
                    return None  # the reader reports it
                rendered = renderer.render(text)
                # pickled and compressed in parallel, with what plugins make of it
                return encode(rendered), self._follow(key, path, rendered)
            except Exception:  # reported by the reader, with file and line
                return None

        if can_fork(self.processes, len(missing)):
            self._rendering = _Rendering(missing, ForkStream(render, missing, self.processes))
            return
        for key in missing:
            self._accept(key, render(key))
        self._flush_rendered()

    def settle(self) -> None:
        """Take every rendering still being made by ``prepare``'s workers and let them end.
        Nothing may fork before (the pool's threads run beside the build until then)."""
        rendering, self._rendering = self._rendering, None
        if rendering is None:
            return
        try:
            while rendering.stream.pending:
                self._take_next(rendering)
            rendering.stream.close()
        except BaseException:
            rendering.stream.terminate()
            raise
        self._flush_rendered()

    def _await(self, key: str) -> None:
        """Take renderings from ``prepare``'s workers until the one of ``key`` is in."""
        rendering = self._rendering
        if rendering is None or key not in rendering.waiting:
            return
        while key in rendering.waiting:
            self._take_next(rendering)

    def _take_next(self, rendering: _Rendering) -> None:
        """Take the next rendering a worker has made (waiting for one)."""
        index, result = rendering.stream.next_result()
        key = rendering.keys[index]
        rendering.waiting.discard(key)
        self._accept(key, result)

    def _accept(self, key: str, result: tuple[bytes, list[tuple]] | None) -> None:
        """Keep one rendering made ahead (None: left for the reader) and what plugins made
        of it, each in its store."""
        if result is None:
            return
        blob, entries = result
        self._ready[key] = blob
        self.rendered_store.put_encoded(key, blob)
        self.stats["rendered"] += 1
        for namespace, entry_key, entry in entries:
            self.store(namespace, self._followers[namespace][0]).put_encoded(entry_key, entry)

    def _flush_rendered(self) -> None:
        self.rendered_store.flush()
        for namespace, (packages, _make) in self._followers.items():
            self.store(namespace, packages).flush()

    def cached(self, key: str) -> RenderedSource | None:
        """The rendering prepared or stored for the content ``key``, if any (waiting for it
        when ``prepare``'s workers are still making it). A prepared one is handed over
        once (the reader keeps what it needs; the store has it if asked again), so the
        build does not hold every source's HTML twice."""
        self._await(key)
        blob = self._ready.pop(key, None)
        if blob is not None:
            try:
                return decode_value(blob)
            except Exception:  # a damaged entry is a miss, never a wrong value
                return None
        result = self.rendered_store.get(key)
        if result is not None:
            self.stats["reused"] += 1
        return result

    def rendered(self, key: str, text: str) -> RenderedSource:
        """The rendering of ``text`` (whose content key is ``key``), cached or made now."""
        result = self.rendered_store.get(key)
        if result is None:
            result = self.renderer().render(text)
            self.rendered_store.put(key, result)
            self.stats["rendered"] += 1
        else:
            self.stats["reused"] += 1
        return result


class _Rendering:
    """Sources being rendered ahead by ``BuildSession.prepare``: their keys, in the order
    given to the workers, those not yet taken, and the workers' stream of results."""

    def __init__(self, keys: list[str], stream: ForkStream) -> None:
        self.keys = keys
        self.waiting = set(keys)
        self.stream = stream


class _Background:
    """One piece of work of ``BuildSession.in_background``, its thread and its error."""

    def __init__(self, name: str, work: Callable[[], None]) -> None:
        self.name = name
        self.error: BaseException | None = None

        def run() -> None:
            try:
                work()
            except BaseException as exc:  # handed to the build by wait_background
                self.error = exc

        self.thread = threading.Thread(target=run, name=f"portal-{name}", daemon=True)


def output_record(records: FolderRecords, output: str) -> dict:
    """What the build that wrote ``output`` recorded: ``written`` and ``sources``."""
    record = records.get(output)
    return record if isinstance(record, dict) else {}


def output_sources(settings: Mapping[str, Any], output: str) -> dict[str, str]:
    """``{source path: output relpath}`` of the articles and pages of the build in ``output``."""
    records = FolderRecords(CacheStore(cache_folder(settings), "outputs", OUTPUTS_VERSION))
    try:
        return dict(output_record(records, output).get("sources", {}))
    finally:
        records.close()


def source_key(data: bytes) -> str:
    """Cache key of a source file: the fingerprint of its bytes."""
    return bytes_digest(data)
