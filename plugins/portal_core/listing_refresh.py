"""Preview: after a saved article's own page, the listing pages that show its card.

The preview keeps, with the last build's generator, every page that build recorded
(``build_cache.writer.PageJob``: template, context and the page's own variables). When a
saved article keeps its place — same date, category, tags, authors, status, address and
cited documents, so every listing holds it at the same position — the reader's new values
are copied into the article object the build made. Every list of that build then shows
the new card, and the recorded listing pages that show it (home, category, tag, author,
month and document pages) are rendered again, exactly as the build's writer renders them,
and renamed over the served files. Anything else (the links to it on other articles'
pages, feeds, the search index) waits for the full build that follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from build_cache.bodies import forget_rendered_content
from build_cache.fragments import FragmentMemo
from build_cache.settings import setting
from build_cache.writer import PageJob, render_page
from pelican.contents import Content
from pelican.paginator import Page
from portal_files import write_atomic

# What decides where an article is listed, and in which order.
PLACEMENT = ("date", "category", "tags", "authors", "status", "save_as", "lang", "template")
# Lists longer than this are whole archives (counted by membership), not cards on a page.
SHOWN_LIST_MAX = 50


@dataclass
class RecordedPages:
    """The pages of the last good build, and which of them show which article."""

    pages: list[PageJob]
    _index: dict[int, list[PageJob]] | None = field(default=None, repr=False)

    @classmethod
    def of_build(cls, pages: list[PageJob]) -> RecordedPages:
        """The listing pages among a build's pages (an article's own page is never
        re-rendered from here, so its variables need not be kept)."""
        return cls([job for job in pages if not isinstance(job.local.get("article"), Content)])

    def showing(self, article: Content) -> list[PageJob]:
        """The listing pages that show ``article``'s card."""
        if self._index is None:
            self._index = {}
            for job in self.pages:
                for shown in _articles_on(job):
                    self._index.setdefault(shown, []).append(job)
        return self._index.get(id(article), [])


def same_place(old: Content, new: Content) -> bool:
    """True when ``new`` would sit where ``old`` sits in every listing."""
    if old.metadata.get("documents") != new.metadata.get("documents"):
        return False
    return all(_plain(getattr(old, n, None)) == _plain(getattr(new, n, None)) for n in PLACEMENT)


def refresh_listings(pages: RecordedPages, old: Content, new: Content, output: Path) -> list[str]:
    """Give ``old`` what the reader gave ``new`` and render again the pages showing it
    (except its own page, already refreshed); the output paths written."""
    for name, value in vars(new).items():
        setattr(old, name, value)
    forget_rendered_content(old)  # Pelican's memo still holds the old text of ``old``
    written = []
    fragments = FragmentMemo()  # a card shown on several of these pages is rendered once
    for job in pages.showing(old):
        if isinstance(job.local.get("article"), Content):
            continue  # its own page is done; another article's page shows that one's body
        write_atomic(output / job.relpath, render_page(job, fragments))
        written.append(job.relpath)
    return written


def _articles_on(job: PageJob) -> set[int]:
    """Ids of the articles whose card ``job``'s listing page shows."""
    found: set[int] = set()
    for value in job.local.values():
        if isinstance(value, Page):
            found.update(_cards(value.object_list))
        else:
            found.update(_cards(value))
    page = job.local.get("articles_page")
    if job.template_name == "index" and (page is None or page.number == 1):
        shown = setting(job.base, "HOME_CATEGORY_ARTICLES")
        for _category, articles in job.base.get("categories", ()):
            found.update(id(a) for a in list(articles)[:shown])
    return found


def _cards(value: Any) -> set[int]:
    if isinstance(value, Content):
        return {id(value)}
    if isinstance(value, list | tuple) and len(value) <= SHOWN_LIST_MAX:
        return {id(v) for v in value if isinstance(v, Content)}
    return set()


def _plain(value: Any) -> Any:
    """Comparable form: URL wrappers by name, lists element-wise."""
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    if value is not None and hasattr(value, "slug") and hasattr(value, "name"):
        return str(value.name)
    return value
