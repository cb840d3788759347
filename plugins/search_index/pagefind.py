"""Run Pagefind (the ``pagefind[bin]`` package from PyPI) over a built site, offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site; the message carries its own output."""


def pagefind_command(site: Path) -> list[str]:
    """The command that indexes ``site`` in place (the bundle goes to ``site/pagefind/``)."""
    return [sys.executable, "-m", "pagefind", "--site", str(site), "--quiet"]


def build_search_index(site: Path) -> Path:
    """Index the HTML pages of ``site`` (those marked ``data-pagefind-body``); return the bundle.

    Raises SearchIndexError if Pagefind fails or writes no bundle.
    """
    result = subprocess.run(pagefind_command(site), capture_output=True, text=True, check=False)
    bundle = site / "pagefind"
    if result.returncode != 0 or not (bundle / "pagefind.js").is_file():
        output = (result.stderr or result.stdout).strip()
        raise SearchIndexError(
            f"{site}: Pagefind failed (exit {result.returncode}): {output or 'no output'}. "
            "Check that pagefind[bin] is installed: pip install -e '.[test]'."
        )
    return bundle
