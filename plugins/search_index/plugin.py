"""Receivers that connect the search index to Pelican's signals."""

from __future__ import annotations

import logging
from pathlib import Path

from build_cache.pool import worker_count
from build_cache.session import (
    SESSION_KEY,
    cache_folder,
    output_pages,
    plugin_store,
    process_map,
    rendered_page_facts,
)
from build_cache.signals import output_complete
from pelican import signals
from settings_spec import apply, validated

from search_index.bundles import BUNDLES_DIR, index_scanned, scan_site
from search_index.settings import SPEC
from search_index.shards import read_page
from search_index.terms import document_number_variants, fold_for_search

logger = logging.getLogger(__name__)


def check_settings(pelican) -> None:
    """Validate the plugin's settings at start-up and add the defaults the site does not set;
    have the build read each page for the search index as it renders the page, and carry
    the previous output's bundles over."""
    apply(SPEC, pelican.settings)
    session = pelican.settings.get(SESSION_KEY)
    if session is not None and validated(SPEC, pelican.settings)["SEARCH_INDEX_PAGEFIND"]:
        session.read_rendered_pages("search", read_page)
        # The previous output's bundles, linked while the sources are read: unchanged ones
        # are then in place (10,000 articles: 10,000 links off the build's last second).
        session.carry_over(BUNDLES_DIR)
        session.written_by_output_readers(BUNDLES_DIR)


def add_search_filters(generator) -> None:
    """Give the theme the ``search_fold`` and ``document_variants`` Jinja filters."""
    generator.env.filters.setdefault("search_fold", fold_for_search)
    generator.env.filters.setdefault("document_variants", document_number_variants)


def index_output(pelican) -> None:
    """Index the finished output with Pagefind, unless SEARCH_INDEX_PAGEFIND is False.

    The pages are found here; Pagefind then runs in the background (its own processes,
    started from a thread) while the other output readers (the sitemap) do their work: the
    build waits for it before the output is swapped in (``BuildSession.in_background``)."""
    values = validated(SPEC, pelican.settings)
    if not values["SEARCH_INDEX_PAGEFIND"]:
        return
    site = Path(pelican.output_path)
    store = plugin_store(pelican.settings, "search_pages", ("search_index",))
    known = store.get("pages", {}) if store is not None else None
    if known is not None:  # the pages rendered now, read as they were written
        known.update(rendered_page_facts(pelican.settings, "search"))
    listing = output_pages(pelican.settings, site)
    pages = scan_site(site, known, process_map(pelican.settings), listing)
    if store is not None:
        store.put("pages", known)  # pages read this time, by path, size and mtime
    cache = cache_folder(pelican.settings)
    workers = worker_count(pelican.settings.get("PORTAL_BUILD_PROCESSES"))

    def index() -> None:
        report = index_scanned(
            site,
            pages,
            cache,
            values["SEARCH_INDEX_SHARD_PAGES"],
            workers,
            values["SEARCH_INDEX_QUICK_PAGES"],
            values["SEARCH_INDEX_RECENT_SHARD_PAGES"],
        )
        logger.info(
            "Search index: %d pages in %d bundles (%d indexed, %d unchanged)",
            report.pages,
            len(report.bundles),
            len(report.built),
            len(report.reused),
        )

    session = pelican.settings.get(SESSION_KEY)
    if session is None:
        index()
    else:
        session.in_background("search index", index)  # writes BUNDLES_DIR (check_settings)


def register() -> None:
    """Pelican entry point."""
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_search_filters)
    output_complete.connect(index_output)
