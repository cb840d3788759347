"""Portal core: Pelican glue for Vietnamese content.

- reads Markdown strictly (UTF-8, NFC, no control characters) with file:line errors;
- understands ``Date: unknown``, ``Author: unknown`` and ``Date_precision: day``;
- refuses to let Pelican drop an article silently.
"""


def register() -> None:
    """Pelican entry point; the glue is imported only here, so the package's pure modules
    can be used without loading Pelican."""
    from portal_core.plugin import register as connect

    connect()


__all__ = ["register"]
