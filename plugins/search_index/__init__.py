"""Search index: Pagefind over the built site, with Vietnamese-friendly search terms.

- ``terms`` (pure): folded copies of text and document-number variants, so a reader typing
  "dang uy" finds "Đảng ủy" and "98-qd-tw" finds "98-QĐ/TW";
- ``shards`` (pure): which pages go into which bundle (one per year) and each bundle's key;
- ``pagefind`` (subprocess wrapper): runs the Pagefind binary from PyPI on a set of pages;
- ``bundles``: one bundle per year under ``pagefind/``, reused from the cache when unchanged;
- ``plugin`` (glue): Jinja filters for the theme and an ``output_complete`` receiver that
  indexes the output of every build (``SEARCH_INDEX_PAGEFIND``, default True).
"""


def register() -> None:
    """Pelican entry point; the glue is imported only here, so the package's pure modules
    can be used without loading Pelican."""
    from search_index.plugin import register as connect

    connect()


__all__ = ["register"]
