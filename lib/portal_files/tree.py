"""Walk a folder of files (a built site): one listing per folder, no stat per entry
(``stamped_files``: one stat per file it keeps)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path


def files_under(root: Path | str) -> Iterator[tuple[str, os.DirEntry]]:
    """``(relpath, entry)`` of every file under ``root``, in no particular order.

    ``relpath`` is POSIX. Links to files count as files; links to folders are not followed
    (as ``os.walk`` and ``Path.rglob`` do). ``entry.stat()`` gives size and mtime.

    A folder below ``root`` that is gone by the time it is listed is skipped, as
    ``os.walk`` skips it: a build's search index is written (``pagefind/``, in temporary
    folders renamed into place) while the sitemap walks the same output.
    """
    folders = [("", os.fspath(root))]
    while folders:
        prefix, folder = folders.pop()
        try:
            listing = os.scandir(folder)
        except FileNotFoundError:
            if not prefix:
                raise  # the root itself
            continue
        with listing as entries:
            for entry in entries:  # the kind comes with the listing
                if entry.is_dir(follow_symlinks=False):
                    folders.append((prefix + entry.name + "/", entry.path))
                elif entry.is_file():
                    yield prefix + entry.name, entry


def link_tree(source: Path | str, target: Path | str, *, copy_unlinkable: bool = False) -> None:
    """Hard-link every file under the folder ``source`` into the new folder ``target`` (its
    folders are made; ``target`` must not exist). A file that cannot be linked (another file
    system) is copied with ``copy_unlinkable``; otherwise, and for a folder that cannot be
    listed, OSError is raised, with ``target`` left half made for the caller to remove.
    Paths are joined as text: a search bundle has one file per page."""
    start = os.fspath(source)

    def unlistable(error: OSError) -> None:
        raise error

    for folder, _dirs, files in os.walk(start, onerror=unlistable):
        relative = os.path.relpath(folder, start)
        made = os.fspath(target) if relative == "." else os.path.join(target, relative)
        os.mkdir(made)
        for name in files:
            here, there = os.path.join(folder, name), os.path.join(made, name)
            try:
                os.link(here, there)
            except OSError:
                if not copy_unlinkable:
                    raise
                shutil.copy2(here, there)


#: ``(relpath, size, mtime_ns)`` of one file.
StampedFile = tuple[str, int, int]


def stamp_key(relpath: str, size: int, mtime_ns: int) -> str:
    """The text that names one version of a file (``"relpath size mtime_ns"``): what the
    output readers (sitemap, search index) remember a page by, and the build gives them
    for the pages it renders."""
    return f"{relpath} {size} {mtime_ns}"


def stamped_files(root: Path | str, suffix: str = "") -> list[StampedFile]:
    """``(relpath, size, mtime_ns)`` of every file under ``root`` whose name ends with
    ``suffix``, in no particular order (``files_under``, one stat per file kept). A file
    gone between the listing and its stat is left out, as a vanished folder is."""
    found = []
    for relpath, entry in files_under(root):
        if relpath.endswith(suffix):
            try:
                info = entry.stat()
            except FileNotFoundError:
                continue
            found.append((relpath, info.st_size, info.st_mtime_ns))
    return found
