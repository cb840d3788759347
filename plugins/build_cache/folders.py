"""Make the output's folders ahead of the build, in a forked process (pure: no Pelican import).

Pelican makes the folder of every page right before writing it, one ``os.makedirs`` at a
time in the build process: at 10,000 articles a rebuild beside the previous output makes
21,000 new folders, 1-2 s of the one-edit publish. This build's folders are the previous
output's but for a few, so a child process makes them while the build reads its sources (a
core is idle then) and Pelican finds them made (7 µs instead of 50 µs each on ext4). A
folder that stays empty (a deleted or renamed article's) is removed once the pages are
written, so the output is the same as without this step.

The same child links, file by file, the folders of the previous output that a plugin
carries over (``BuildSession.carry_over``: the search index's ``pagefind/``, one file per
article, 10,000 hard links at 10,000 articles): the plugin finds them in place and redoes
only what changed, instead of linking them in the build's last second. A carried folder is
linked beside its place and renamed into it once complete: it is there whole or not at all.

A process, not a thread: the build forks its workers later, and a fork must not happen
while a thread of the parent is inside a system call. The child is a bare ``os.fork`` that
only calls ``mkdir`` and leaves with ``os._exit``: no collector run, no exit handlers, no
flush of the parent's buffers, nothing that could wait for a lock another thread of the
parent (the preview's server) held at the fork.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
from collections.abc import Iterable

from portal_files.tree import link_tree


def folders_of(relpaths: Iterable[str]) -> list[str]:
    """The folders (relative, parents first) holding ``relpaths``; unsafe paths skipped."""
    folders: set[str] = set()
    for relpath in relpaths:
        if relpath.startswith("/") or (".." in relpath and ".." in relpath.split("/")):
            continue
        folder = os.path.dirname(relpath)
        while folder and folder not in folders:
            folders.add(folder)
            folder = os.path.dirname(folder)
    return sorted(folders, key=lambda f: (f.count("/"), f))


def _make(root: str, folders: list[str]) -> None:
    for folder in folders:
        try:
            os.mkdir(os.path.join(root, folder))
        except OSError:
            continue  # made by the build meanwhile, or not makeable: the build reports it


def carry(source: str, target: str) -> bool:
    """Hard-link every file under the folder ``source`` into the new folder ``target``
    (made beside it, then renamed into place); False, with nothing left, when any file
    cannot be linked or any folder listed (another file system, a folder that changed
    meanwhile) or ``target`` exists."""
    if not os.path.isdir(source) or os.path.lexists(target):
        return False
    parent, name = os.path.split(target)
    partial = os.path.join(parent, f".carry-{name}-{os.getpid()}")
    try:
        link_tree(source, partial)
        os.rename(partial, target)
        return True
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        return False


class FolderMaker:
    """The folders of ``relpaths`` under ``root``, made by a child process, and the
    ``carried`` folders (relative) of ``previous`` linked into ``root``."""

    def __init__(
        self,
        root: str,
        relpaths: Iterable[str],
        previous: str | None = None,
        carried: Iterable[str] = (),
    ) -> None:
        self.root = root
        self.folders = folders_of(relpaths)
        self.carried = [
            folder.strip("/")
            for folder in carried
            if previous is not None and folder.strip("/") and ".." not in folder.split("/")
        ]
        self.previous = previous
        self._child: int | None = None

    def _work(self) -> None:
        _make(self.root, self.folders)
        for folder in self.carried:
            assert self.previous is not None
            carry(os.path.join(self.previous, folder), os.path.join(self.root, folder))

    def start(self) -> FolderMaker:
        """Start making the folders (in this process where there is no ``fork``)."""
        if not self.folders and not self.carried:
            return self
        if not hasattr(os, "fork"):
            self._work()
            return self
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child, which never returns
            try:
                gc.disable()
                self._work()
            finally:
                os._exit(0)
        self._child = child
        return self

    def wait(self) -> None:
        """Wait until every folder is made."""
        if self._child is not None:
            with contextlib.suppress(ChildProcessError):  # already reaped
                os.waitpid(self._child, 0)
            self._child = None

    def finish(self, used: Iterable[str]) -> int:
        """Wait, then remove the folders made here that hold none of the files ``used``
        (relative paths) and are empty; return how many were removed."""
        self.wait()
        needed = set(folders_of(used))
        removed = 0
        for folder in reversed(self.folders):  # children before their parents
            if folder in needed:
                continue
            try:
                os.rmdir(os.path.join(self.root, folder))
                removed += 1
            except OSError:
                continue  # holds a file something else wrote: it stays
        return removed
