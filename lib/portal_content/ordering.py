"""The order of a site's articles: newest first, and one fixed order among equal dates."""

from __future__ import annotations

from typing import Any


class NewestFirst:
    """Sort key (``ARTICLE_ORDER_BY``): the newer date first; articles of one date by slug.

    Pelican reads the content folder as a set, in an order that changes from run to run,
    and its "reversed-date" order keeps that order among articles of the same date:
    listings, feeds and neighbours would then differ between two builds of the same
    content (and every listing of the archive would be rendered again after one edit).
    """

    __slots__ = ("date", "slug")

    def __init__(self, content: Any) -> None:
        self.date = getattr(content, "date", None)
        self.slug = str(getattr(content, "slug", "") or "")

    def __lt__(self, other: NewestFirst) -> bool:
        if self.date != other.date:
            return self.date > other.date
        return self.slug < other.slug
