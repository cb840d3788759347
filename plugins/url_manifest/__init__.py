"""Stable URLs forever: a committed manifest of published URLs, checked on every build, and
redirect pages + server maps for old URLs (``Aliases:`` metadata and ``redirects.yaml``).

The manifest, old URLs and server maps are the pure library ``stable_urls``
(lib/stable_urls); ``plugin`` is the Pelican glue.
"""


def register() -> None:
    """Pelican entry point; the glue is imported only here, so the package's pure modules
    can be used without loading Pelican."""
    from url_manifest.plugin import register as connect

    connect()


__all__ = ["register"]
