"""Archivist importer: raw text pages, saved web pages and legacy-encoded files -> articles.

Pure where possible: one reader per source kind (``text_reader``, ``html_reader``, ``legacy``)
produces one frozen ``Report``; ``writer`` renders it in the format of docs/content-format.md
and writes atomically; ``fingerprint`` finds duplicates; ``run`` ties them together and
produces the import report. See lib/importer/README.md.
"""

from importer.models import ImportRejected, ImportResult, Outcome, Report
from importer.run import (
    DEFAULT_MAX_BYTES,
    ImportOptions,
    format_results,
    import_sources,
    read_report,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ImportOptions",
    "ImportRejected",
    "ImportResult",
    "Outcome",
    "Report",
    "format_results",
    "import_sources",
    "read_report",
]
