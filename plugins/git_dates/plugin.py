"""Receivers that give each article ``git_updated`` from its file's last Git commit."""

from __future__ import annotations

import os
from pathlib import Path

from pelican import signals
from portal_content.metadata import ARTICLE_COLLECTIONS
from settings_spec import apply
from vntext import VN_TZ

from git_dates.history import last_update_times, updated_time
from git_dates.settings import DEFAULTS, SPEC


def check_settings(pelican) -> None:
    """Validate the plugin's settings at start-up and add the defaults the site does not set."""
    apply(SPEC, pelican.settings)


def attach_git_updated(generator) -> None:
    """Set ``git_updated`` (aware datetime or None) on every article, draft and hidden one.

    An explicit ``Modified:`` wins over Git; either is shown only when later than publication.
    """
    enabled = generator.settings.get("GIT_DATES_ENABLED", DEFAULTS["GIT_DATES_ENABLED"])
    times = last_update_times(Path(generator.path)) if enabled else {}
    for content in _contents(generator):
        relative = Path(os.path.relpath(content.source_path, generator.path)).as_posix()
        changed = times.get(relative)
        if "modified" in content.metadata:
            changed = getattr(content, "modified", None) or content.metadata["modified"]
        if changed is not None and changed.tzinfo is None:
            changed = changed.replace(tzinfo=VN_TZ)
        content.git_updated = updated_time(
            getattr(content, "date", None),
            changed,
            time_known=getattr(content, "time_known", True),
        )


def _contents(generator):
    for name in ARTICLE_COLLECTIONS:
        yield from getattr(generator, name, ())


def register() -> None:
    """Connect the receiver (module-level function: blinker keeps weak references)."""
    signals.initialized.connect(check_settings)
    signals.article_generator_finalized.connect(attach_git_updated)
