"""Walk a folder of files (a built site): one listing per folder, no stat per entry."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def files_under(root: Path | str) -> Iterator[tuple[str, os.DirEntry]]:
    """``(relpath, entry)`` of every file under ``root``, in no particular order.

    ``relpath`` is POSIX. Links to files count as files; links to folders are not followed
    (as ``os.walk`` and ``Path.rglob`` do). ``entry.stat()`` gives size and mtime.
    """
    folders = [("", os.fspath(root))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:  # the kind comes with the listing
                if entry.is_dir(follow_symlinks=False):
                    folders.append((prefix + entry.name + "/", entry.path))
                elif entry.is_file():
                    yield prefix + entry.name, entry
