"""Receivers connecting the document archive to Pelican's signals (module level, no state)."""

from __future__ import annotations

from archive import archives, citing
from pelican import signals

from document_archive.generator import DocumentArchiveGenerator, date_of
from document_archive.settings import apply_archive_settings


def check_settings(pelican) -> None:
    """Validate the DOCUMENT_*/ARCHIVE_* settings at start-up (raises ArchiveSettingsError)
    and add the defaults the site does not set."""
    apply_archive_settings(pelican.settings)


def add_generator(pelican):
    """Add the archive generator (runs after the articles generator)."""
    return DocumentArchiveGenerator


def group_by_year(articles):
    """Jinja filter: ``articles|group_by_year`` -> [YearGroup(year|None, articles)]."""
    return archives.by_year(articles, date_of)


def add_filters(generator) -> None:
    """Give every template the ``group_by_year`` filter."""
    generator.env.filters["group_by_year"] = group_by_year


def load_citation_library(_generator) -> None:
    """Compile the citation grammar (``citing.load_library``) when the articles generator
    starts: ``build_cache``, connected first (PLUGINS), has then forked the workers that
    render the sources, which run beside it (cold build at 1,000 articles: 0.13 s out of the
    start-up, where one core was idle); the reader, which waits for those workers, catches
    up. The grammar is there before the citations are extracted in forked workers."""
    citing.load_library()


def register() -> None:
    """Connect the document archive receivers."""
    signals.initialized.connect(check_settings)
    signals.article_generator_init.connect(load_citation_library)
    signals.get_generators.connect(add_generator)
    signals.generator_init.connect(add_filters)
