"""Receivers that connect sitemap and feed fixes to Pelican's signals."""

from __future__ import annotations

from pathlib import Path

from build_cache.session import SESSION_KEY
from build_cache.signals import output_complete
from pelican import signals

from portal_seo.sitemap import collect_entries, render_sitemap

DEFAULTS = {
    # Where the sitemap is written, relative to the output; "" turns it off.
    "SITEMAP_SAVE_AS": "sitemap.xml",
    # Atom requires an author on every entry; this name is used when the article's is unknown.
    "FEED_UNKNOWN_AUTHOR_NAME": "Không rõ tác giả",
}


def _setting(settings, name: str) -> str:
    value = settings.get(name, DEFAULTS[name])
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {value!r} (default {DEFAULTS[name]!r})")
    return value


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
    signals.feed_generated.connect(name_unknown_authors)
    output_complete.connect(write_sitemap)
