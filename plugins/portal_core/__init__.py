"""Portal core: Pelican glue for Vietnamese content.

- reads Markdown strictly (UTF-8, NFC, no control characters) with file:line errors;
- understands ``Date: unknown``, ``Author: unknown`` and ``Date_precision: day``;
- refuses to let Pelican drop an article silently.
"""

from portal_core.plugin import register

__all__ = ["register"]
