"""Receivers that connect the search index to Pelican's signals."""

from __future__ import annotations

import logging
from pathlib import Path

from build_cache.signals import output_complete
from pelican import signals
from search_index.pagefind import build_search_index
from search_index.terms import document_number_variants, fold_for_search

logger = logging.getLogger(__name__)

DEFAULTS = {
    # Run Pagefind over the output after every build (the search page needs its bundle).
    "SEARCH_INDEX_PAGEFIND": True,
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
    bundle = build_search_index(Path(pelican.output_path))
    logger.info("Search index written to %s", bundle)


def register() -> None:
    """Pelican entry point."""
    signals.generator_init.connect(add_search_filters)
    output_complete.connect(index_output)
