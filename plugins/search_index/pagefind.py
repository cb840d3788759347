"""Run Pagefind (the ``pagefind[bin]`` package from PyPI) over a set of pages, offline."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from search_index.shards import search_document

# Pagefind's ready-made interfaces: the portal has its own (theme/static/js/search.js).
UNUSED_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


#: Where the folder of pages Pagefind reads is made, when it is a writable folder: memory
#: (tmpfs) on Linux. A bundle's pages need one folder per page; on disk that cost 0.6 s per
#: 1,000 pages here, in memory 0.06 s. Elsewhere the system's temporary folder is used.
MEMORY_FOLDER = "/dev/shm"


def staging_parent() -> str | None:
    """The folder to make Pagefind's folder of pages in (None: the system's default)."""
    return MEMORY_FOLDER if os.access(MEMORY_FOLDER, os.W_OK | os.X_OK) else None


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site; the message carries its own output."""


def pagefind_version() -> str:
    """The installed Pagefind binary's version (part of every bundle's cache key)."""
    try:
        return metadata.version("pagefind_bin")
    except metadata.PackageNotFoundError:
        return "unknown"


def pagefind_command(site: Path, output: Path) -> list[str]:
    """The command that indexes the folder ``site`` into the bundle folder ``output``: the
    binary of ``pagefind_bin`` itself when it is there (``python -m pagefind`` only starts
    an interpreter to exec it, once per bundle)."""
    try:
        from pagefind_bin import get_executable

        program = [str(get_executable())]
    except (ImportError, FileNotFoundError):
        program = [sys.executable, "-m", "pagefind"]
    return [*program, "--site", str(site), "--output-path", str(output), "--quiet"]


def index_pages(site: Path, pages: Iterable[str], output: Path) -> Path:
    """Index the pages at relative ``pages`` of ``site`` into the new folder ``output``.

    Pagefind sees a folder of just those pages at the same relative paths, so their URLs
    stay those of the site, each reduced to what it indexes (``shards.search_document``).
    Raises SearchIndexError if Pagefind fails or writes no bundle.
    """
    with tempfile.TemporaryDirectory(prefix="pagefind-pages-", dir=staging_parent()) as staging:
        root = Path(staging)
        for page in pages:
            staged = root / page
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(search_document((site / page).read_bytes()))
        result = subprocess.run(
            pagefind_command(root, output),
            capture_output=True,
            encoding="utf-8",  # Pagefind prints UTF-8 (Vietnamese paths), whatever the locale
            errors="replace",
            check=False,
            cwd=staging,
        )
    if result.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        text = (result.stderr or result.stdout).strip()
        raise SearchIndexError(
            f"{site}: Pagefind failed (exit {result.returncode}): {text or 'no output'}. "
            "Check that pagefind[bin] is installed: pip install -e '.[test]'."
        )
    for name in UNUSED_FILES:
        (output / name).unlink(missing_ok=True)
    return output
