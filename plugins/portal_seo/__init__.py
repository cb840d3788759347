"""SEO and sharing glue: sitemap.xml from the built pages, valid Atom feeds.

- ``sitemap`` (pure): reads the canonical URL, robots and dates from built HTML pages and
  writes a sitemap with an XML library (pages marked ``noindex`` — drafts, hidden pages, 404 —
  are left out);
- ``plugin`` (glue): writes ``SITEMAP_SAVE_AS`` after the build and gives Atom entries whose
  author is unknown an honest author name (Atom requires one; the site is never credited).
"""


def register() -> None:
    """Pelican entry point; the glue is imported only here, so the package's pure modules
    can be used without loading Pelican."""
    from portal_seo.plugin import register as connect

    connect()


__all__ = ["register"]
