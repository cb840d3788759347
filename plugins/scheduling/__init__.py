"""Scheduled publishing: an article dated in the future is published at that time.

``portal_content.clock`` (pure, lib/portal_content) says what "now" is (``PORTAL_NOW``
environment variable or setting, else the clock) and whether a date is still to come;
``plugin`` (Pelican glue) marks such articles ``scheduled`` and, when ``SCHEDULE_HOLD`` is
true (publish builds), turns them into drafts before any listing, feed or page sees them.
"""


def register() -> None:
    """Pelican entry point; the glue is imported only here, so the package's pure modules
    can be used without loading Pelican."""
    from scheduling.plugin import register as connect

    connect()


__all__ = ["register"]
