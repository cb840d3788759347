"""Receivers that connect sitemap and feed fixes to Pelican's signals."""

from __future__ import annotations

from pathlib import Path

from build_cache.session import SESSION_KEY
from build_cache.signals import output_complete
from pelican import signals
from settings_spec import apply

from portal_seo.settings import DEFAULTS, SPEC
from portal_seo.sitemap import collect_entries, render_sitemap


def check_settings(pelican) -> None:
    """Validate the plugin's settings at start-up and add the defaults the site does not set."""
    apply(SPEC, pelican.settings)


def _setting(settings, name: str) -> str:
    return settings.get(name, DEFAULTS[name])


def name_unknown_authors(context, feed) -> None:
    """Give Atom entries without an author the honest "unknown author" name, not the site's."""
    name = _setting(context, "FEED_UNKNOWN_AUTHOR_NAME")
    for item in feed.items:
        if not item.get("author_name"):
            item["author_name"] = name


def write_sitemap(pelican) -> None:
    """Write the sitemap of every indexable page of the finished output."""
    save_as = _setting(pelican.settings, "SITEMAP_SAVE_AS")
    if not save_as:
        return
    output = Path(pelican.output_path)
    session = pelican.settings.get(SESSION_KEY)
    store = session.store("sitemap", ("portal_seo",)) if session is not None else None
    known = store.get("heads", {}) if store is not None else None
    entries = collect_entries(output, known)
    if store is not None:
        store.put("heads", known)  # unchanged pages keep size and mtime (build_cache links them)
    (output / save_as).write_bytes(render_sitemap(entries))


def register() -> None:
    """Pelican entry point."""
    signals.initialized.connect(check_settings)
    signals.feed_generated.connect(name_unknown_authors)
    output_complete.connect(write_sitemap)
