"""schema.org JSON-LD for article pages, built as data and serialised safely (pure).

``news_article`` builds the ``NewsArticle`` of one article from plain values; ``script_json``
serialises any JSON-LD for a ``<script type="application/ld+json">`` element: keys sorted, and
``<``, ``>``, ``&`` and ``'`` written as ``\\u003c``…, so no value (a title typed as
``</script><script>…``) can close the element or open another (as Jinja's ``tojson``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


@dataclass(frozen=True, slots=True)
class Person:
    """An author with a page on the site (``url`` absolute or site-relative as given)."""

    name: str
    url: str


@dataclass(frozen=True, slots=True)
class Image:
    """The article's lead photo as shared: its largest copy."""

    url: str
    width: int
    height: int
    caption: str


def news_article(
    *,
    headline: str,
    publisher: str,
    url: str = "",
    description: str | None = None,
    published: dt.datetime | None = None,
    modified: dt.datetime | None = None,
    authors: Iterable[Person] = (),
    image: Image | None = None,
    section: str = "",
    keywords: Iterable[str] = (),
) -> dict:
    """The schema.org ``NewsArticle`` of one article.

    Empty values are left out: no ``author`` when the author is unknown, no
    ``datePublished`` when the date is (a false ``published``), no ``description`` when
    there is no summary (``None``). No-break spaces (typogrify) become plain spaces in the
    headline and description.
    """
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline.replace("\xa0", " "),
        "inLanguage": "vi",
        "publisher": {"@type": "Organization", "name": publisher},
    }
    if url:
        data["mainEntityOfPage"] = data["url"] = url
    if description is not None:
        data["description"] = description.replace("\xa0", " ").strip()
    if published:
        data["datePublished"] = published.isoformat()
    if modified:
        data["dateModified"] = modified.isoformat()
    people = [{"@type": "Person", "name": p.name, "url": p.url} for p in authors]
    if people:
        data["author"] = people
    if image is not None:
        data["image"] = {
            "@type": "ImageObject",
            "url": image.url,
            "width": image.width,
            "height": image.height,
            "caption": image.caption,
        }
    if section:
        data["articleSection"] = section
    words = list(keywords)
    if words:
        data["keywords"] = ", ".join(words)
    return data


def script_json(data: Mapping) -> str:
    """``data`` as JSON safe inside a ``<script>`` element (sorted keys, ASCII only)."""
    text = json.dumps(data, sort_keys=True)
    for char, escaped in _UNSAFE.items():
        text = text.replace(char, escaped)
    return text
