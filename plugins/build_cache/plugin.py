"""Receivers connecting the build cache to Pelican's signals (module level, no state)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

from pelican import signals
from pelican.urlwrappers import URLWrapper
from portal_content.clock import ClockError, current_time
from portal_content.metadata import ARTICLE_COLLECTIONS
from portal_content.source import decode_source
from settings_spec import apply

from build_cache.announce import announce_output_ready
from build_cache.articles import ArticleShelf
from build_cache.bodies import compress_bodies
from build_cache.fragments import fragment
from build_cache.pool import release_free_memory
from build_cache.session import SESSION_KEY, VALID_UNTIL_KEY, BuildSession, source_key
from build_cache.session import close_session as close_build_session
from build_cache.settings import SPEC
from build_cache.signals import output_complete
from build_cache.writer import PortalWriter

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mkd", ".mdown")


def open_session(pelican) -> None:
    """Validate the build cache's settings (adding their defaults), then start this build's
    session (cache, workers), reachable through the settings."""
    apply(SPEC, pelican.settings)
    previous = pelican.settings.get(SESSION_KEY)
    if previous is not None:
        previous.close()
    pelican.settings[SESSION_KEY] = BuildSession(pelican.settings)


def prerender_sources(generator) -> None:
    """Render every Markdown source of the content folder in parallel, before Pelican reads
    them one by one (the reader then takes the result from the session).

    Only each file's key and path are kept (the workers read the bytes again): the
    content folder's bytes are never all held at once. A file whose stamp (``file_stamp``)
    is the one it had in the last build is taken to have that build's key without being
    read (publish at 10,000 articles: 0.4 s of reading and hashing). The stamp is only a
    hint for what to render ahead: a worker renders a file only if its bytes still have
    that key, and the reader keys what it reads; a file changed behind an equal stamp is
    rendered by the reader, never taken from the cache under its old key.

    A source whose article is kept from an earlier build (``articles.py``) is not rendered
    ahead: Pelican takes the article itself, once its bytes are checked."""
    session = generator.settings.get(SESSION_KEY)
    if session is None:
        return
    stamps = _list_sources(generator.path, session.source_stamps())
    session.remember_source_stamps(stamps)
    shelf = open_article_shelf(generator)
    restorable = shelf.prefetch((p, key) for p, (_, key) in stamps.items()) if shelf else set()
    order = _reading_order(generator, stamps)
    to_render = {stamps[path][1]: path for path in order if path not in restorable}
    session.prepare(to_render, decode_source)


def _reading_order(generator, paths) -> list[str]:
    """``paths`` (absolute) in the order Pelican will read them: the articles in the order
    of the generator's own ``get_files`` (a set: its order is this process's), then the
    others as listed. The reader then finds each rendering ready, or nearly, while the
    workers render the next ones (``BuildSession.prepare``)."""
    settings = generator.settings
    listed = generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"])
    rank = {os.path.abspath(os.path.join(generator.path, name)): i for i, name in enumerate(listed)}
    return sorted(paths, key=lambda path: rank.get(path, len(rank)))


def settle_rendering(generator) -> None:
    """Once the articles are read, take the renderings still being made ahead (the pages'
    sources) and let the workers end: the plugins that fork after this (citations, photos,
    the writer) never fork beside the pool's threads."""
    session = generator.settings.get(SESSION_KEY)
    if session is not None:
        session.settle()


def _list_sources(root: str, known: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """``{path: (stamp, content key)}`` of every Markdown file under ``root``; the key of a
    file whose stamp is ``known`` is taken from there without reading it (a hint)."""
    stamps: dict[str, tuple[str, str]] = {}
    for folder, _dirs, files in os.walk(root, followlinks=True):
        for name in files:
            if name.endswith(MARKDOWN_SUFFIXES):
                path = os.path.abspath(os.path.join(folder, name))  # as Pelican names it
                try:
                    stamp = file_stamp(os.stat(path))
                    hint = known.get(path)
                    key = hint[1] if hint and hint[0] == stamp else None
                    if key is None:
                        key = source_key(Path(path).read_bytes())
                except OSError:
                    continue  # the reader reports it
                stamps[path] = (stamp, key)
    return stamps


def open_article_shelf(generator) -> ArticleShelf | None:
    """Let Pelican's article generator take unchanged articles from the previous builds
    (``articles.py``) and keep those it reads: its ``get_cached_data`` and ``cache_data``,
    the hooks of Pelican's own content cache, which stays off (``CACHE_CONTENT``). None
    when that cache is on, or the build's "now" cannot be read."""
    settings = generator.settings
    session = settings.get(SESSION_KEY)
    if session is None or settings.get("CACHE_CONTENT") or settings.get("LOAD_CONTENT_CACHE"):
        return None
    try:
        now = current_time(settings.get("PORTAL_NOW"))
    except ClockError:
        return None  # the scheduling plugin reports it
    reader = getattr(generator.readers, "readers", {}).get("md")
    shelf = ArticleShelf(
        session.store("articles"),
        version=session.articles_version(),
        shared={"settings": settings, "context": generator.context},
        wrapper_type=URLWrapper,
        share=_wrapper_sharer(settings, getattr(reader, "shared", None)),
        now=now,
    )
    generator.get_cached_data = functools.partial(restore_article, generator, shelf)
    generator.cache_data = functools.partial(keep_article, shelf)
    return shelf


def _wrapper_sharer(settings, shared) -> Callable[[type, str], URLWrapper]:
    """Make each category, tag or author of restored articles once, then as the reader's
    one object of that name (``shared``, when the reader has one)."""
    made: dict[tuple[type, str], URLWrapper] = {}

    def share(cls: type, name: str) -> URLWrapper:
        wrapper = made.get((cls, name))
        if wrapper is None:
            wrapper = cls(name, settings)
            wrapper = made[(cls, name)] = shared(wrapper) if shared is not None else wrapper
        return wrapper

    return share


def restore_article(generator, shelf: ArticleShelf, filename: str, default=None):
    """Pelican's ``get_cached_data`` for one source: the article stored for its bytes (read
    and keyed now), else ``default`` (Pelican then reads it)."""
    path = os.path.abspath(os.path.join(generator.path, filename))
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return default  # the reader reports it
    article = shelf.restore(path, data)
    if article is None:
        return default
    # Sent by Pelican before it reads each file (make_folders_ahead waits for it).
    signals.article_generator_preread.send(generator)
    return article


def keep_article(shelf: ArticleShelf, _filename: str, article) -> None:
    """Pelican's ``cache_data``: store an article it has just read and validated."""
    metadata = getattr(article, "metadata", None) or {}
    shelf.keep(article.source_path, metadata.get("portal_source_key", ""), article)


def file_stamp(info: os.stat_result) -> str:
    """What changes whenever a file's bytes are written: size, modification and status
    change times (ns), inode and device."""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"


def make_folders_ahead(generator) -> None:
    """While the articles are read, make the folders of the previous output's pages
    (``folders.py``). Not earlier: Pelican empties the output folder (here a new staging
    folder) between making its generators and reading."""
    session = generator.settings.get(SESSION_KEY)
    if session is not None:
        session.make_folders_ahead(generator.output_path)


def make_new_folders_ahead(generator) -> None:
    """In a build without a previous output (a cold one), start making the folders of the
    pages known once the articles are read, in a child process (``folders.py``): the
    articles' and their tags', categories' and authors' (at 10,000 articles, 13,000 of the
    21,000 folders). The build process no longer makes them one by one before recording
    each page (2.5 s of its serial time at 10,000 articles, on this machine's disk); the
    workers make the few others (documents, months, later pages of a listing) as they
    write the pages."""
    session = generator.settings.get(SESSION_KEY)
    if session is None or session.previous_output is not None:
        return
    contents = [
        *generator.articles,
        *generator.translations,
        *getattr(generator, "hidden_articles", ()),
        *getattr(generator, "drafts", ()),
    ]
    wrappers = [
        name
        for grouping in (generator.tags, generator.categories, generator.authors)
        for name in (grouping.keys() if isinstance(grouping, dict) else (k for k, _ in grouping))
    ]
    relpaths = [item.save_as for item in (*contents, *wrappers) if getattr(item, "save_as", "")]
    session.make_new_folders_ahead(generator.output_path, relpaths)


def skip_unused_file_stamps(generator) -> None:
    """With Pelican's own content cache off (the portal's is keyed by content), its
    generator and readers would still stat each source file four times a build, stamping
    entries that are never stored: they get a constant stamp instead (0.8 s at 10,000
    articles). Nothing changes when ``CACHE_CONTENT`` or ``LOAD_CONTENT_CACHE`` is on."""
    settings = generator.settings
    if settings.get("CACHE_CONTENT") or settings.get("LOAD_CONTENT_CACHE"):
        return
    for cacher in (generator, getattr(generator, "readers", None)):
        if hasattr(cacher, "_filestamp_func"):
            cacher._filestamp_func = _no_stamp


def _no_stamp(_path: str) -> str:
    return ""


def note_next_schedule(generator) -> None:
    """Record when this build's output stops being right: the first scheduled article's
    time (plugins/scheduling sets ``scheduled``); a no-op rebuild is never skipped after."""
    times = [
        article.scheduled
        for name in ARTICLE_COLLECTIONS
        for article in getattr(generator, name, ())
        if getattr(article, "scheduled", None) is not None
    ]
    generator.settings[VALID_UNTIL_KEY] = min(times) if times else None


def compress_article_bodies(generator) -> None:
    """Hold the bodies of the articles read compressed until their pages are rendered
    (``bodies.py``: a third of the memory)."""
    compress_bodies(
        article for name in ARTICLE_COLLECTIONS for article in getattr(generator, name, ())
    )
    release_free_memory()


def use_portal_writer(pelican):
    """Pelican's writer with deferred, parallel, incremental rendering."""
    return PortalWriter


def finish_output(pelican) -> None:
    """Render the recorded pages, record the output, say that every file but what the
    output readers write is final (``announce.py``), then tell the output readers."""
    session = pelican.settings.get(SESSION_KEY)
    writer = session.writer if session is not None else None
    if writer is not None:
        writer.flush()
        if session.folders is not None:
            session.folders.finish(writer.written)
        session.save_manifest(pelican.output_path, writer.written, writer.sources)
    if session is not None:  # publish's gates start now, beside the sitemap and search index
        announce_output_ready(pelican.output_path, session.late_outputs())
    try:
        output_complete.send(pelican)
    except BaseException:
        if session is not None:  # nothing may still write into a failed build's folder
            session.wait_background(raise_error=False)
        raise
    if session is not None:
        session.wait_background()  # the search index, written beside the sitemap
    close_session(pelican)


def close_session(pelican) -> None:
    """Write the cache at the end of the build."""
    close_build_session(pelican.settings)


def offer_fragment_memo(generator) -> None:
    """Give the generator's templates the ``fragment`` global (``build_cache.fragments``)."""
    generator.env.globals.setdefault("fragment", fragment)


def register() -> None:
    """Connect the receivers."""
    signals.initialized.connect(open_session)
    signals.generator_init.connect(offer_fragment_memo)
    signals.article_generator_init.connect(prerender_sources)
    signals.article_generator_init.connect(skip_unused_file_stamps)
    signals.article_generator_preread.connect(make_folders_ahead)
    signals.page_generator_init.connect(skip_unused_file_stamps)
    signals.get_writer.connect(use_portal_writer)
    signals.article_generator_finalized.connect(settle_rendering)  # first: others fork
    signals.article_generator_finalized.connect(note_next_schedule)
    signals.article_generator_finalized.connect(make_new_folders_ahead)
    signals.article_generator_finalized.connect(compress_article_bodies)
    signals.finalized.connect(finish_output)
