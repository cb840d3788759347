"""Everything a build reads, as one fingerprint: when it equals the one recorded for the
output folder, and that folder is intact, the build has nothing to do (pure: no Pelican).

Inputs: every file under the content folder (names and bytes), the theme, the settings, the
plugin code and package versions, the Git state of the content (for "Cập nhật lúc"), and
PORTAL_NOW. Time is an input too: a build records until when its output stays right (the
time of the next scheduled article), and the shortcut is never taken after that.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from portal_files.tree import stamped_files

from build_cache.fingerprint import digest, settings_fingerprint, tree_fingerprint
from build_cache.folder_records import FolderRecords
from build_cache.session import RUNTIME_SETTINGS, code_fingerprint, plugin_packages
from build_cache.store import CacheStore


def input_fingerprint(settings: Mapping[str, Any]) -> str:
    """Fingerprint of everything the build of ``settings`` reads."""
    content = Path(settings["PATH"])
    theme = Path(settings.get("THEME", ""))
    names = sorted(k for k in settings if k not in RUNTIME_SETTINGS)
    return digest(
        tree_fingerprint([content]),
        tree_fingerprint([theme]) if theme.is_dir() else "",
        settings_fingerprint(settings, names),
        code_fingerprint(plugin_packages(settings), ("pelican", "jinja2", "pagefind")),
        _git_state(content),
        os.environ.get("PORTAL_NOW", ""),
    )


def _git_state(folder: Path) -> str:
    """HEAD and uncommitted changes of the repository holding ``folder`` ("" outside Git)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        status = subprocess.run(
            ["git", "-C", str(folder), "status", "--porcelain", "--", "."],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return "no-git"
    return f"{head.returncode}:{head.stdout.strip()}:{status.stdout}"


class BuildRecords:
    """What each output folder was built from, in the cache folder (keyed by the folder's
    device and inode, which survive the atomic swap)."""

    def __init__(self, folder: Path | None) -> None:
        self.records = FolderRecords(CacheStore(folder, "builds", "builds-1"))

    def up_to_date(self, output: Path, fingerprint: str, now: dt.datetime) -> bool:
        """True when ``output`` was built from ``fingerprint``, is still right at ``now``,
        and every file the build wrote is still there unchanged."""
        if not output.is_dir():
            return False
        record = self.records.get(output)
        if not record or record.get("inputs") != fingerprint:
            return False
        until = record.get("valid_until")
        if until is not None and now >= until:
            return False
        return _intact(output, record.get("files", {}))

    def remember(
        self,
        output: Path,
        fingerprint: str,
        valid_until: dt.datetime | None,
        files: Mapping[str, tuple[int, int]],
    ) -> None:
        """Record what ``output`` was built from."""
        self.records.put(
            output, {"inputs": fingerprint, "valid_until": valid_until, "files": dict(files)}
        )
        self.records.close()

    def forget(self, output: Path) -> None:
        """Drop what was recorded for ``output`` (a build that is never skipped)."""
        self.records.forget(output)
        self.records.close()


def output_files(output: Path) -> dict[str, tuple[int, int]]:
    """``{relpath: (size, mtime_ns)}`` of every file under ``output`` (one listing per
    folder: 0.32 s for the 33,000 files of a 10,000-article site, where a walk with a
    ``stat`` and a ``relpath`` per file took 0.58 s)."""
    return {relpath: (size, mtime) for relpath, size, mtime in stamped_files(output)}


def _intact(output: Path, files: Mapping[str, tuple[int, int]]) -> bool:
    return bool(files) and output_files(output) == dict(files)
