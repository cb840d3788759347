"""Stable URLs, apart from Pelican (pure): the manifest of published URLs and redirects.

- ``manifest``: the committed manifest, redirects, redirect pages;
- ``old_url``: old addresses as web servers match them;
- ``server_maps``: exact nginx and Apache redirect maps.

The Pelican glue (checks on every build, writes the maps) is plugins/url_manifest.
"""
