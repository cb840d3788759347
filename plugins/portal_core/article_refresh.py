"""Preview: show one saved article at once, from the previous build's warm generator.

``invoke serve`` keeps the articles generator of its last full build. When exactly one
article file changed, ``refresh_article`` reads that file again through the generator's own
readers (the same reader, signals and settings as a build), gives the new article what the
build had attached to the old one (neighbours, related articles, cited documents, Git
dates…), renders its page with Pelican's writer and the generator's templates into a
scratch folder, and renames the file over the served one. The full incremental build that
follows brings every other page (and those attachments) up to date.

A file that no longer reads (a metadata error) gives the Vietnamese ``path:line`` error
page in place of the article instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from build_cache.bodies import drop_body
from build_cache.session import SESSION_KEY
from build_cache.signals import output_complete
from pelican import signals
from pelican.contents import Article
from pelican.generators import ArticlesGenerator
from pelican.writers import Writer
from portal_content.metadata import ARTICLE_COLLECTIONS


@dataclass
class Refreshed:
    """What ``refresh_article`` did: the page it replaced and, if reading failed, why;
    else the article as the last build had it and as it was read now."""

    relpath: str
    error: str = ""
    old: Article | None = None
    new: Article | None = None


@contextmanager
def capturing_articles_generator(found: dict) -> Iterator[dict]:
    """During a build, put its ``ArticlesGenerator`` in ``found["articles"]`` and the pages
    its writer recorded (``build_cache.writer.PageJob``) in ``found["pages"]``."""

    def keep(generators) -> None:
        for generator in generators:
            if isinstance(generator, ArticlesGenerator):
                found["articles"] = generator

    def keep_pages(pelican) -> None:
        writer = getattr(pelican.settings.get(SESSION_KEY), "writer", None)
        found["pages"] = list(getattr(writer, "finished", ()))

    signals.all_generators_finalized.connect(keep)
    output_complete.connect(keep_pages)
    try:
        yield found
    finally:
        signals.all_generators_finalized.disconnect(keep)
        output_complete.disconnect(keep_pages)


def keep_for_refresh(generator: ArticlesGenerator | None) -> ArticlesGenerator | None:
    """The generator as the preview keeps it between builds: without the articles' bodies.

    A refreshed page shows its own article read again; of the others it shows cards and
    links (titles, summaries, dates), never their text. So a summary cut from a body is
    kept as the article's summary, then the bodies are dropped: the preview holds about
    one build's worth of memory while the next build runs.
    """
    if generator is None:
        return None
    for name in ARTICLE_COLLECTIONS:
        for article in getattr(generator, name, ()) or ():
            if "summary" not in article.metadata:
                article.metadata["summary"] = article.summary
            drop_body(article)
    return generator


def find_article(generator: ArticlesGenerator, source_path: str) -> Article | None:
    """The article (published, hidden or draft) read from ``source_path`` in that build."""
    wanted = os.path.realpath(source_path)
    for name in ARTICLE_COLLECTIONS:
        for article in getattr(generator, name, ()) or ():
            if os.path.realpath(article.source_path) == wanted:
                return article
    return None


def refresh_article(
    generator: ArticlesGenerator, source_path: str, output: str, describe_error
) -> Refreshed | None:
    """Render the page of the article at ``source_path`` again into ``output``.

    ``None`` when this article cannot be refreshed alone (not in the last build, a new
    address or status, not valid): the full build will do it. ``describe_error`` turns an
    exception raised by the reader into the editor's message (or ``None`` to re-raise).
    """
    old = find_article(generator, source_path)
    if old is None or not old.save_as:
        return None
    try:
        new = generator.readers.read_file(
            base_path=generator.path,
            path=os.path.relpath(source_path, generator.path),
            content_class=Article,
            context=generator.context,
            preread_signal=signals.article_generator_preread,
            preread_sender=generator,
            context_signal=signals.article_generator_context,
            context_sender=generator,
        )
    except Exception as exc:
        message = describe_error(exc)
        if message is None:
            raise
        return Refreshed(old.save_as, message)
    if (
        not isinstance(new, Article)
        or not new.is_valid()
        or new.status != old.status
        or new.save_as != old.save_as
    ):
        return None
    for name, value in vars(old).items():  # what the build attached after reading
        if name not in vars(new) and name != "override_url":  # its own address, computed
            setattr(new, name, value)
    _write_page(generator, new, output)
    return Refreshed(new.save_as, old=old, new=new)


def _write_page(generator: ArticlesGenerator, article: Article, output: str) -> None:
    """Pelican's article (or draft) page write, into a scratch folder, then renamed in."""
    settings = generator.settings
    extra = {"all_articles": generator.articles} if article.status == "draft" else {}
    scratch = tempfile.mkdtemp(prefix=".refresh-", dir=os.path.dirname(os.path.abspath(output)))
    try:
        Writer(scratch, settings=settings).write_file(
            article.save_as,
            generator.get_template(article.template),
            generator.context,
            relative_urls=settings["RELATIVE_URLS"],
            article=article,
            category=getattr(article, "category", None),
            override_output=hasattr(article, "override_save_as"),
            url=article.url,
            blog=True,
            **extra,
        )
        target = os.path.join(output, article.save_as)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.replace(os.path.join(scratch, article.save_as), target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
