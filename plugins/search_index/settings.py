"""Settings of search_index: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # Run Pagefind over the output after every build (the search page needs its bundle).
        "SEARCH_INDEX_PAGEFIND": True,
        # Most pages in one Pagefind index (one per year, split by months beyond this): bounds
        # the indexer's memory (about 0.3 MiB per page).
        "SEARCH_INDEX_SHARD_PAGES": 1000,
        # Most pages in one index of the newest year (split by months beyond this; 0: as
        # other years): a new article or an edit there re-indexes this many pages, not the year.
        "SEARCH_INDEX_RECENT_SHARD_PAGES": 200,
        # Newest articles in a small extra bundle searched first, so the first results show
        # while the whole archive is searched (0: none).
        "SEARCH_INDEX_QUICK_PAGES": 200,
        # The search page (`search` in DIRECT_TEMPLATES, theme/templates/search.html): what
        # the theme links to, and where Pelican writes it.
        "SEARCH_URL": "tim-kiem/",
        "SEARCH_SAVE_AS": "tim-kiem/index.html",
    }
)

SPEC = Spec(
    plugin="search_index",
    defaults=DEFAULTS,
    prefixes=("SEARCH_INDEX_",),
    minimum={
        "SEARCH_INDEX_SHARD_PAGES": 1,
        "SEARCH_INDEX_QUICK_PAGES": 0,
        "SEARCH_INDEX_RECENT_SHARD_PAGES": 0,
    },
)
