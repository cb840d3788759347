"""Receivers that connect sitemap, feed fixes and JSON-LD to Pelican's signals."""

from __future__ import annotations

from pathlib import Path

from build_cache.session import (
    SESSION_KEY,
    output_pages,
    plugin_store,
    process_map,
    rendered_page_facts,
)
from build_cache.signals import output_complete
from markupsafe import Markup
from pelican import signals
from settings_spec import apply

from portal_seo.jsonld import Image, Person, news_article, script_json
from portal_seo.settings import DEFAULTS, SPEC
from portal_seo.sitemap import collect_entries, head_fields, render_sitemap


def check_settings(pelican) -> None:
    """Validate the plugin's settings at start-up and add the defaults the site does not set;
    have the build read each page's head for the sitemap as it renders the page, and say
    that the sitemap is written after the pages."""
    apply(SPEC, pelican.settings)
    session = pelican.settings.get(SESSION_KEY)
    if session is not None and _setting(pelican.settings, "SITEMAP_SAVE_AS"):
        session.read_rendered_pages("sitemap", head_fields)
        session.written_by_output_readers(_setting(pelican.settings, "SITEMAP_SAVE_AS"))


def _setting(settings, name: str) -> str:
    return settings.get(name, DEFAULTS[name])


def article_jsonld(article, site_name: str, site_url: str, canonical_url: str) -> Markup:
    """Jinja filter: ``article|article_jsonld(SITENAME, SITEURL, canonical_url)``, the
    article's ``NewsArticle`` as JSON safe inside ``<script type="application/ld+json">``."""
    summary = getattr(article, "summary", None)
    photo = getattr(article, "photo", None)
    category = getattr(article, "category", None)
    image = None
    if photo:
        largest = photo.largest
        caption = photo.caption or photo.alt
        image = Image(f"{site_url}/{largest.url}", largest.width, largest.height, caption)
    data = news_article(
        headline=str(article.title),
        publisher=site_name,
        url=canonical_url or "",
        description=_text_of(summary) if summary else None,
        published=article.date,  # false when unknown (portal_core's UNKNOWN_DATE)
        modified=getattr(article, "modified", None),
        authors=[
            Person(a.name, f"{site_url}/{a.url}") for a in getattr(article, "authors", None) or ()
        ],
        image=image,
        section=category.name if category else "",
        keywords=[tag.name for tag in getattr(article, "tags", None) or ()],
    )
    return Markup(script_json(data))


def _text_of(html) -> str:
    """The text of sanitised HTML, whitespace collapsed (as Jinja's ``striptags``)."""
    return Markup(html.__html__() if hasattr(html, "__html__") else str(html)).striptags()


def add_filters(generator) -> None:
    """Give the theme the ``article_jsonld`` filter."""
    generator.env.filters["article_jsonld"] = article_jsonld


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
    store = plugin_store(pelican.settings, "sitemap", ("portal_seo",))
    known = store.get("heads", {}) if store is not None else None
    if known is not None:  # the pages rendered now, read as they were written
        known.update(rendered_page_facts(pelican.settings, "sitemap"))
    listing = output_pages(pelican.settings, output)
    entries = collect_entries(output, known, process_map(pelican.settings), listing)
    if store is not None:
        store.put("heads", known)  # unchanged pages keep size and mtime (build_cache links them)
    (output / save_as).write_bytes(render_sitemap(entries))


def register() -> None:
    """Pelican entry point."""
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_filters)
    signals.feed_generated.connect(name_unknown_authors)
    output_complete.connect(write_sitemap)
