"""Receivers that schedule articles dated in the future (Pelican glue for ``clock``)."""

from __future__ import annotations

import datetime as dt
import logging

from pelican import signals
from portal_content.clock import ClockError, current_time, in_vietnam, is_scheduled
from settings_spec import apply

from scheduling.settings import DEFAULTS, SPEC

log = logging.getLogger(__name__)

_HELD = frozenset({"published", "hidden"})


def check_settings(pelican) -> None:
    """Validate the plugin's settings at start-up and add the defaults the site does not set."""
    apply(SPEC, pelican.settings)


def _now(generator) -> dt.datetime:
    """One "now" per build (kept on the generator, which lives for one build)."""
    now = getattr(generator, "portal_now", None)
    if now is None:
        try:
            now = current_time(generator.settings.get("PORTAL_NOW", DEFAULTS["PORTAL_NOW"]))
        except ClockError as exc:  # logged as an error: the build fails with this message
            log.error("LỖI: %s", exc)
            now = current_time(None, {})
        generator.portal_now = now
    return now


def mark_scheduled(generator, metadata) -> None:
    """Set ``scheduled`` (Vietnam time) on an article whose date is still to come.

    With ``SCHEDULE_HOLD`` (publish builds) the article also becomes a draft here, before
    Pelican sorts it into any list: no page, listing, feed, sitemap, search index, document
    or author page of the build shows it. Drafts and unknown dates are left alone.
    """
    date = metadata.get("date")
    if not date or not isinstance(date, dt.datetime):  # no date, or Date: unknown
        return
    status = str(metadata.get("status") or generator.settings.get("DEFAULT_STATUS", "published"))
    if status.lower() not in _HELD or not is_scheduled(date, _now(generator)):
        return
    metadata["scheduled"] = in_vietnam(date)
    if generator.settings.get("SCHEDULE_HOLD", DEFAULTS["SCHEDULE_HOLD"]):
        metadata["status"] = "draft"
        log.info("Hẹn giờ đăng %s: %s", metadata["scheduled"].isoformat(), metadata.get("title"))


def register() -> None:
    """Connect the receiver (module-level function: blinker keeps weak references)."""
    signals.initialized.connect(check_settings)
    signals.article_generator_context.connect(mark_scheduled)
