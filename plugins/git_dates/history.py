"""When the part of each article readers see last changed in Git (no Pelican).

One ``git log`` for the whole content folder lists the modifications of every file (commits
that only added a file, such as an import, are not modifications); one ``git cat-file``
process reads the two versions of a modification, newest first, until one differs in what a
reader sees (``significant.reader_view``). Renames are followed. Work grows with the
number of edits in the history, not with the size of the archive.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vntext import VN_TZ

from git_dates.significant import reader_view

_SEPARATOR = "\x1e"  # starts each commit in the log output below
_LOG = [
    "git",
    "-c",
    "core.quotepath=off",
    "log",
    f"--format={_SEPARATOR}%cI",
    "--raw",
    "--no-abbrev",
    "-M",
    "--diff-filter=MR",
    "--relative",
    "--",
    ".",
]


@dataclass(frozen=True, slots=True)
class Change:
    """One file modified by one commit (``old_path`` differs when the commit renamed it)."""

    when: dt.datetime
    old_blob: str
    new_blob: str
    old_path: str
    path: str


def parse_raw_log(output: str) -> Iterator[Change]:
    """Changes from ``git log --format=%x1e%cI --raw --no-abbrev``, newest commit first."""
    for block in output.split(_SEPARATOR):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        when = dt.datetime.fromisoformat(lines[0].strip())
        for line in lines[1:]:
            if not line.startswith(":"):
                continue
            info, _, names = line.partition("\t")
            fields = info.split()
            paths = names.split("\t")
            if len(fields) < 5 or not paths[0]:
                continue
            yield Change(when, fields[2], fields[3], paths[0], paths[-1])


def last_changes(changes: Iterator[Change], view) -> dict[str, dt.datetime]:
    """``{current path: time of the newest change a reader sees}``.

    ``view(blob)`` returns what a reader sees of a version (``reader_view``), or None when it
    cannot be read. A change from or to a draft is not an update (not yet published).
    """
    found: dict[str, dt.datetime] = {}
    renamed: dict[str, str] = {}  # older name -> current name
    for change in changes:
        current = renamed.get(change.path, change.path)
        if change.old_path != change.path:
            renamed[change.old_path] = current
        if current in found or change.old_blob == change.new_blob:
            continue
        before, after = view(change.old_blob), view(change.new_blob)
        if before is None or after is None or before[2] or after[2]:
            continue
        if before[:2] != after[:2]:
            found[current] = change.when
    return found


class _Blobs:
    """Reads blobs through one ``git cat-file --batch`` process, each blob once."""

    def __init__(self, directory: Path) -> None:
        self.process = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=directory,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.seen: dict[str, tuple | None] = {}

    def view(self, blob: str):
        if blob not in self.seen:
            self.seen[blob] = self._read(blob)
        return self.seen[blob]

    def _read(self, blob: str):
        self.process.stdin.write(blob.encode() + b"\n")
        self.process.stdin.flush()
        header = self.process.stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            return None
        data = self.process.stdout.read(int(header[2]) + 1)[:-1]
        return reader_view(data)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def last_update_times(directory: Path) -> dict[str, dt.datetime]:
    """Per file under ``directory`` (relative paths), the newest commit that changed its
    title, summary or body after it was added. Empty outside a Git checkout or without git.
    """
    try:
        result = subprocess.run(
            _LOG, cwd=directory, capture_output=True, text=True, encoding="utf-8", check=False
        )
    except (OSError, ValueError):
        return {}
    if result.returncode != 0:
        return {}
    blobs = _Blobs(directory)
    try:
        return last_changes(parse_raw_log(result.stdout), blobs.view)
    finally:
        blobs.close()


def updated_time(
    published: dt.datetime | None, committed: dt.datetime | None, *, time_known: bool = True
) -> dt.datetime | None:
    """The "Cập nhật lúc" time: the change time when it is later than publication and differs
    from it as shown (to the minute, or to the day when the publication time is not known).

    None when either is missing or unknown (``Date: unknown`` has nothing to be compared with).
    """
    if not published or not committed or published.tzinfo is None:
        return None
    local_published = published.astimezone(VN_TZ)
    local_committed = committed.astimezone(VN_TZ)
    if local_committed <= local_published:
        return None
    if time_known:
        same = local_committed.replace(second=0, microsecond=0) == local_published.replace(
            second=0, microsecond=0
        )
    else:
        same = local_committed.date() == local_published.date()
    return None if same else local_committed
