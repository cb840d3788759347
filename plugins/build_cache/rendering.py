"""Markdown source -> plain data (body HTML, metadata strings), typogrified (no Pelican).

This is the expensive, cacheable part of reading an article: Python-Markdown and
typogrify. It depends only on the file's bytes and the settings named in
``RENDER_SETTINGS``, so its result is stored by their fingerprint and computed in
forked workers. Turning the strings into Pelican metadata (dates, categories, authors)
stays in the reader, on every build.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from markdown import Markdown

from build_cache.settings import setting

# Settings that change what ``render_source`` returns.
RENDER_SETTINGS = (
    "MARKDOWN",
    "FORMATTED_FIELDS",
    "PORTAL_TYPOGRIFY",
    "TYPOGRIFY_IGNORE_TAGS",
    "TYPOGRIFY_OMIT_FILTERS",
    "TYPOGRIFY_DASHES",
)


@dataclass(frozen=True, slots=True)
class RenderedSource:
    """What Markdown and typogrify make of one source file."""

    content: str  # body HTML, typogrified when the setting asks
    meta: dict[str, list[str]]  # metadata lines as written (key lower-case)
    formatted: dict[str, str]  # formatted fields (summary…) as HTML, typogrified
    title: str | None  # the title, typogrified


class MarkdownRenderer:
    """Renders sources with one reusable Markdown object (``reset()`` between files)."""

    def __init__(self, settings: Mapping[str, Any]) -> None:
        config = dict(settings["MARKDOWN"])
        extensions = list(config.get("extensions", []))
        for extension in config.get("extension_configs", {}):
            if extension not in extensions:
                extensions.append(extension)
        if "markdown.extensions.meta" not in extensions:
            extensions.append("markdown.extensions.meta")
        config["extensions"] = extensions
        self._document = Markdown(**config)
        self._fields = Markdown(**config)
        self._fields.preprocessors.deregister("meta")  # a summary line is never metadata
        self._formatted_names = {name.lower() for name in settings["FORMATTED_FIELDS"]}
        self._typogrify = _typogrifier(settings) if setting(settings, "PORTAL_TYPOGRIFY") else None

    def render(self, text: str) -> RenderedSource:
        """Render the decoded text of one Markdown file."""
        self._document.reset()
        content = self._document.convert(text)
        meta = {k.lower(): list(v) for k, v in getattr(self._document, "Meta", {}).items()}
        formatted = {}
        for name, values in meta.items():
            if name in self._formatted_names:
                self._fields.reset()
                formatted[name] = self._typo(self._fields.convert("\n".join(values)))
        title = meta["title"][0] if meta.get("title") else None
        return RenderedSource(
            content=self._typo(content) if content else content,
            meta=meta,
            formatted=formatted,
            title=self._typo(title) if title else title,
        )

    def _typo(self, html: str) -> str:
        return self._typogrify(html) if self._typogrify else html


def _typogrifier(settings: Mapping[str, Any]) -> Callable[[str], str]:
    """typogrify configured as Pelican configures it (dashes, ignored tags, filters)."""
    import smartypants
    import typogrify.filters as typogrify_filters

    from build_cache.typogrify_guards import install_guards

    install_guards(smartypants)
    install_guards(typogrify_filters)
    dashes = settings.get("TYPOGRIFY_DASHES", "default")
    attr = {
        "oldschool": smartypants.Attr.set2,
        "oldschool_inverted": smartypants.Attr.set3,
    }.get(dashes, smartypants.Attr.set1)
    smartypants.Attr.default = attr | smartypants.Attr.w
    ignore = settings.get("TYPOGRIFY_IGNORE_TAGS", [])
    omit = dict.fromkeys(settings.get("TYPOGRIFY_OMIT_FILTERS", []), False)

    def apply(html: str) -> str:
        return typogrify_filters.typogrify(html, ignore, **omit)

    return apply
