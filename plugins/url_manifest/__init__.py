"""Stable URLs forever: a committed manifest of published URLs, checked on every build, and
redirect pages + server maps for old URLs (``Aliases:`` metadata and ``redirects.yaml``).

``manifest`` is pure; ``plugin`` is the Pelican glue.
"""

from url_manifest.plugin import register

__all__ = ["register"]
