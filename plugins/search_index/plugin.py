"""Receivers that connect the search index to Pelican's signals."""

from __future__ import annotations

import logging
from pathlib import Path

from build_cache.pool import worker_count
from build_cache.session import SESSION_KEY, cache_folder
from build_cache.signals import output_complete
from pelican import signals

from search_index.bundles import index_site
from search_index.terms import document_number_variants, fold_for_search

logger = logging.getLogger(__name__)

DEFAULTS = {
    # Run Pagefind over the output after every build (the search page needs its bundle).
    "SEARCH_INDEX_PAGEFIND": True,
    # Most pages in one Pagefind index (one per year, split by months beyond this): bounds
    # the indexer's memory (about 0.3 MiB per page).
    "SEARCH_INDEX_SHARD_PAGES": 1000,
    # Newest articles in a small extra bundle searched first, so the first results show
    # while the whole archive is searched (0: none).
    "SEARCH_INDEX_QUICK_PAGES": 200,
}


def add_search_filters(generator) -> None:
    """Give the theme the ``search_fold`` and ``document_variants`` Jinja filters."""
    generator.env.filters.setdefault("search_fold", fold_for_search)
    generator.env.filters.setdefault("document_variants", document_number_variants)


def index_output(pelican) -> None:
    """Index the finished output with Pagefind, unless SEARCH_INDEX_PAGEFIND is False."""
    enabled = pelican.settings.get("SEARCH_INDEX_PAGEFIND", DEFAULTS["SEARCH_INDEX_PAGEFIND"])
    if not isinstance(enabled, bool):
        raise TypeError(f"SEARCH_INDEX_PAGEFIND must be True or False, not {enabled!r}")
    if not enabled:
        return
    max_pages = pelican.settings.get(
        "SEARCH_INDEX_SHARD_PAGES", DEFAULTS["SEARCH_INDEX_SHARD_PAGES"]
    )
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise TypeError(f"SEARCH_INDEX_SHARD_PAGES must be a positive integer, not {max_pages!r}")
    quick = pelican.settings.get("SEARCH_INDEX_QUICK_PAGES", DEFAULTS["SEARCH_INDEX_QUICK_PAGES"])
    if isinstance(quick, bool) or not isinstance(quick, int) or quick < 0:
        raise TypeError(f"SEARCH_INDEX_QUICK_PAGES must be an integer ≥ 0, not {quick!r}")
    session = pelican.settings.get(SESSION_KEY)
    store = session.store("search_pages", ("search_index",)) if session is not None else None
    known = store.get("pages", {}) if store is not None else None
    report = index_site(
        Path(pelican.output_path),
        cache_folder(pelican.settings),
        max_pages,
        worker_count(pelican.settings.get("PORTAL_BUILD_PROCESSES")),
        quick,
        known,
    )
    if store is not None:
        store.put("pages", known)  # pages read this time, by path, size and mtime
    logger.info(
        "Search index: %d pages in %d bundles (%d indexed, %d unchanged)",
        report.pages,
        len(report.shards),
        len(report.built),
        len(report.reused),
    )


def register() -> None:
    """Pelican entry point."""
    signals.generator_init.connect(add_search_filters)
    output_complete.connect(index_output)
