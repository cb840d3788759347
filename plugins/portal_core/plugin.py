"""Receivers that connect the portal core to Pelican's signals."""

from __future__ import annotations

import datetime as dt
import os

from pelican import signals
from pelican.contents import Article, Content
from portal_content.errors import ContentError, DroppedArticlesError
from portal_content.membership import IdentityMembershipList
from portal_content.metadata import (
    ARTICLE_COLLECTIONS,
    PAGE_COLLECTIONS,
    SLUG_MAX_LENGTH,
    apply_conventions,
)
from portal_files.header import key_line, read_header
from settings_spec import apply

from portal_core.content_links import refuse_links_at_start, refuse_static_links_leaving
from portal_core.group_pages import write_group_pages_in_linear_time
from portal_core.reader import VietnameseMarkdownReader
from portal_core.settings import SPEC

# ``<updated>`` of a feed without entries: the Unix epoch, "never", the same in every build.
NO_ENTRIES_UPDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def check_settings(pelican) -> None:
    """Validate the plugin's settings at start-up and add the defaults the site does not set."""
    apply(SPEC, pelican.settings)


def use_vietnamese_reader(readers) -> None:
    """Read every Markdown extension with the strict Vietnamese reader."""
    for extension in VietnameseMarkdownReader.file_extensions:
        readers.reader_classes[extension] = VietnameseMarkdownReader


def mark_known_fields(generator, metadata) -> None:
    """Flag unknown authors and day-only dates on each article's metadata."""
    apply_conventions(metadata)


def drop_undated_feed_items(context, feed) -> None:
    """Keep articles whose date is unknown out of feeds: Atom would need a made-up date.

    A feed left with no entries (an author or document cited only by undated articles) is
    still written, since its address is published and must keep answering, with a fixed
    ``<updated>`` (``NO_ENTRIES_UPDATED``) instead of the build time, so it stays the same
    from build to build.
    """
    feed.items[:] = [item for item in feed.items if item.get("pubdate")]
    if not feed.items:
        feed.latest_post_date = _no_entries_updated


def _no_entries_updated() -> dt.datetime:
    return NO_ENTRIES_UPDATED


def refuse_dropped_articles(generator) -> None:
    """Stop the build if any article source did not become an article, draft or hidden page."""
    settings = generator.settings
    sources = set(
        generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"])
    )
    # Pelican's own relative_source_path is relative to PATH, which get_files lists from.
    same_root = os.path.normpath(settings.get("PATH", "")) == os.path.normpath(generator.path)
    produced = set()
    for group in (getattr(generator, name) for name in ARTICLE_COLLECTIONS):
        produced.update(
            a.relative_source_path if same_root else os.path.relpath(a.source_path, generator.path)
            for a in group
        )
    skipped = {p for p in sources if p not in produced and _status_is_skip(generator, p)}
    dropped = sorted(sources - produced - skipped)
    if dropped:
        raise DroppedArticlesError(
            {os.path.join(generator.path, p): diagnose_dropped(generator, p) for p in dropped}
        )


def refuse_unaddressable(generator) -> None:
    """Stop the build if an article or page has a blank ``Title``, or no address that can be
    written: a title with no letter or digit and no ``Slug`` (Pelican would write it over
    the folder's own ``index.html``, as ``/bai-viet/``), or a slug, tag, category or author
    whose address is longer than SLUG_MAX_LENGTH (a folder name the file system refuses).
    Each is named as ``path:line: reason``."""
    reasons = {}
    for name in ARTICLE_COLLECTIONS + PAGE_COLLECTIONS:
        for doc in getattr(generator, name, None) or ():
            reason = _unaddressable_reason(doc)
            if reason:
                reasons[doc.source_path] = reason
    for key, wrapper, articles in _taxonomy(generator):
        if len(wrapper.slug) > SLUG_MAX_LENGTH and articles:
            doc = articles[0]
            reasons.setdefault(
                doc.source_path,
                f"{doc.source_path}:{key_line(doc.source_path, key) or 1}: `{wrapper.name}` "
                f"cho địa chỉ dài {len(wrapper.slug)} ký tự, quá {SLUG_MAX_LENGTH}: hãy "
                "viết ngắn hơn",
            )
    if reasons:
        raise DroppedArticlesError(reasons)


def _unaddressable_reason(doc) -> str | None:
    """Why ``doc`` cannot be published for want of a title or an address (None: it can)."""
    title = str(getattr(doc, "title", "") or "").strip()
    if not title:
        line = key_line(doc.source_path, "title") or 1
        return f"{doc.source_path}:{line}: tiêu đề (Title) đang để trống"
    slug = str(getattr(doc, "slug", "") or "").strip()
    if slug and len(slug) <= SLUG_MAX_LENGTH:
        return None
    line = key_line(doc.source_path, "slug") or key_line(doc.source_path, "title") or 1
    if not slug:
        return (
            f"{doc.source_path}:{line}: tiêu đề `{title}` không có chữ hay số nào để làm địa "
            "chỉ bài; hãy thêm dòng `Slug: …` (chữ thường không dấu, nối bằng dấu gạch ngang)"
        )
    return (
        f"{doc.source_path}:{line}: địa chỉ bài (Slug) dài {len(slug)} ký tự, quá "
        f"{SLUG_MAX_LENGTH}: hãy thêm hoặc rút gọn dòng `Slug: …` (tối đa 80 ký tự là vừa)"
    )


def _taxonomy(generator):
    """``(metadata key, wrapper, its articles)`` for each tag, category and author of the
    articles generator (none on other generators)."""
    for tag, articles in (getattr(generator, "tags", None) or {}).items():
        yield "tags", tag, articles
    for category, articles in getattr(generator, "categories", None) or ():
        yield "category", category, articles
    for author, articles in getattr(generator, "authors", None) or ():
        yield "author", author, articles


def constant_time_membership(generator) -> None:
    """Give each tag, category and author its articles as an ``IdentityMembershipList``.

    Pelican's tag, category and author pages ask ``article in articles`` for every article
    of the site (``portal_content.membership``): linear instead of quadratic in the archive.
    The context's views of the same groups get the same lists.
    """
    for tag, articles in generator.tags.items():
        generator.tags[tag] = IdentityMembershipList(articles)
    for name in ("categories", "authors"):
        groups = getattr(generator, name)
        groups[:] = [(group, IdentityMembershipList(articles)) for group, articles in groups]
    if isinstance(generator.context.get("tags"), list):
        generator.context["tags"][:] = list(generator.tags.items())


def freeze_addresses(generators) -> None:
    """Give every article and page its URL once, when the generators are done.

    Pelican's ``url`` property formats ``ARTICLE_URL`` again on each use (copying the
    metadata, slugifying its category and author): every card of every listing, every
    link to a neighbour or a related article. Once all generators are finalized nothing
    that forms the address changes, so the value is kept in ``override_url``, Pelican's
    own per-content address (what ``url:`` metadata sets); ``save_as`` is left alone, so
    the writer's checks against two sources at one address are unchanged.
    """
    for generator in generators:
        for name in ARTICLE_COLLECTIONS + PAGE_COLLECTIONS:
            for content in getattr(generator, name, None) or ():
                if isinstance(content, Content) and not hasattr(content, "override_url"):
                    content.override_url = content.url


_FIELD_NAMES_VI = {"title": "tiêu đề (Title)", "date": "ngày đăng (Date)", "category": "chuyên mục"}


def diagnose_dropped(generator, relpath: str) -> str:
    """Say, as ``path[:line]: reason``, why Pelican could not publish one article."""
    full = os.path.join(generator.path, relpath)
    try:
        article = generator.readers.read_file(
            base_path=generator.path, path=relpath, content_class=Article, context={}
        )
    except ContentError as exc:
        return str(exc)
    except Exception as exc:  # Pelican's own parsing errors: report them, never hide them
        return f"{full}: {exc}"
    missing = [
        _FIELD_NAMES_VI.get(prop, prop)
        for prop in article.mandatory_properties
        if not getattr(article, prop, None)
    ]
    if missing:
        return f"{full}:1: thiếu thông tin bắt buộc: {', '.join(missing)}"
    status = str(getattr(article, "status", "") or "")
    if status and status.lower() not in Article.allowed_statuses:
        return (
            f"{full}:{key_line(full, 'status') or 1}: Status `{status}` không hợp lệ; dùng "
            "`draft` (bản nháp), `hidden` hoặc `published`"
        )
    return f"{full}: Pelican bỏ qua bài này (xem nhật ký ở trên)"


def _status_is_skip(generator, relpath: str) -> bool:
    """True if the file explicitly asks to be skipped (``Status: skip``)."""
    try:
        status = read_header(os.path.join(generator.path, relpath)).value("status")
    except OSError:
        return False
    return (status or "").lower() == "skip"


def register() -> None:
    """Connect the portal core receivers."""
    signals.initialized.connect(refuse_links_at_start)
    signals.initialized.connect(check_settings)
    signals.readers_init.connect(use_vietnamese_reader)
    signals.article_generator_context.connect(mark_known_fields)
    signals.page_generator_context.connect(mark_known_fields)
    signals.article_generator_finalized.connect(refuse_dropped_articles)
    signals.article_generator_finalized.connect(refuse_unaddressable)
    signals.page_generator_finalized.connect(refuse_unaddressable)
    signals.article_generator_finalized.connect(constant_time_membership)
    signals.article_generator_finalized.connect(write_group_pages_in_linear_time)
    signals.feed_generated.connect(drop_undated_feed_items)
    signals.all_generators_finalized.connect(refuse_static_links_leaving)
    signals.all_generators_finalized.connect(freeze_addresses)
