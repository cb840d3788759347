"""When each file was last committed, and whether that is worth showing (no Pelican)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from vntext import VN_TZ

_SEPARATOR = "\x1e"  # starts each commit in the log output below


def parse_log(output: str) -> dict[str, dt.datetime]:
    """``{path: time of its newest commit}`` from ``git log --format=%x1e%cI --name-only``.

    The log lists commits newest first, so the first time a path appears is its last commit.
    """
    times: dict[str, dt.datetime] = {}
    for block in output.split(_SEPARATOR):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        when = dt.datetime.fromisoformat(lines[0].strip())
        for path in lines[1:]:
            times.setdefault(path.strip(), when)
    return times


def last_commit_times(directory: Path) -> dict[str, dt.datetime]:
    """Last commit time of every file under ``directory`` (paths relative to it).

    One ``git log`` for the whole folder. Empty when ``directory`` is not in a Git checkout
    or git is not installed: the build then simply shows no update times.
    """
    command = [
        "git",
        "-c",
        "core.quotepath=off",
        "log",
        f"--format={_SEPARATOR}%cI",
        "--name-only",
        "--relative",
        "--no-renames",
        "--",
        ".",
    ]
    try:
        result = subprocess.run(
            command, cwd=directory, capture_output=True, text=True, encoding="utf-8", check=False
        )
    except (OSError, ValueError):
        return {}
    if result.returncode != 0:
        return {}
    return parse_log(result.stdout)


def updated_time(
    published: dt.datetime | None, committed: dt.datetime | None, *, time_known: bool = True
) -> dt.datetime | None:
    """The "Cập nhật lúc" time: the commit time when it is later than publication and differs
    from it as shown (to the minute, or to the day when the publication time is not known).

    None when either is missing (an unknown publication date has nothing to be compared with).
    """
    if published is None or committed is None or published.tzinfo is None:
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
