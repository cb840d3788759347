"""Releases of the published site, swapped atomically with symlinks (no Pelican).

Layout (both folders on one filesystem, so a rename is atomic)::

    published/current  -> ../site-releases/20260523-083000-123456/   what the web server serves
    published/previous -> ../site-releases/20260522-170000-654321/   what `invoke rollback` restores
    site-releases/.building-…/                                       a build in progress
    site-releases/.pruned-…/                                         an old release being deleted

A new build is written into a fresh ``.building-…`` folder; only after it passed every check is
it renamed to its release name and ``current`` replaced by ``os.replace`` of a new symlink, an
atomic operation: a reader sees the old site or the new one, never a mix, and a build that fails
or is killed never touches ``published/``.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from publish.retired import PRUNED_PREFIX, delete_retired, start_deleting

BUILDING_PREFIX = ".building-"
LOCK_NAME = ".publish.lock"


class PublishError(Exception):
    """Publishing or rolling back cannot go on; the message (Vietnamese) says why."""


@contextmanager
def exclusive_lock(path: Path, busy: str) -> Iterator[None]:
    """Hold an exclusive lock on the file ``path`` (made with its folder if missing);
    ``PublishError(busy)`` at once if another process holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishError(busy) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass(frozen=True, slots=True)
class ReleaseStore:
    """The published site (``publish_dir``) and its releases (``releases_dir``)."""

    publish_dir: Path
    releases_dir: Path

    @property
    def current_link(self) -> Path:
        return self.publish_dir / "current"

    @property
    def previous_link(self) -> Path:
        return self.publish_dir / "previous"

    def current(self) -> Path | None:
        """The release being served, or None before the first publish."""
        return _target(self.current_link)

    def previous(self) -> Path | None:
        """The release `rollback` would restore, or None."""
        return _target(self.previous_link)

    def releases(self) -> list[Path]:
        """Finished releases, oldest first (names sort by time)."""
        if not self.releases_dir.is_dir():
            return []
        return sorted(
            p
            for p in self.releases_dir.iterdir()
            if p.is_dir() and not p.name.startswith(".") and not p.is_symlink()
        )

    def lock(self) -> AbstractContextManager[None]:
        """Hold the publish lock: one publish or rollback at a time."""
        return exclusive_lock(
            self.releases_dir / LOCK_NAME,
            "một lần xuất bản khác đang chạy; hãy đợi nó xong rồi thử lại",
        )

    def start_build(self) -> Path:
        """A fresh, empty folder for a new build, beside the releases (call under ``lock``).

        Leftovers of builds that failed or were killed are removed first, with the staging
        folders a build makes beside its output (``.<output>.building-…``, ``.<output>.old-…``).
        """
        self.releases_dir.mkdir(parents=True, exist_ok=True)
        _remove_matching(self.releases_dir, BUILDING_PREFIX + "*", "." + BUILDING_PREFIX + "*")
        return Path(tempfile.mkdtemp(prefix=BUILDING_PREFIX, dir=self.releases_dir))

    def discard(self, building: Path) -> None:
        """Remove a build that will not be published."""
        shutil.rmtree(building, ignore_errors=True)

    def finish_build(self, building: Path, now: dt.datetime | None = None) -> Path:
        """Rename a checked build to its release name (a timestamp) and return it."""
        stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S-%f")
        release = self.releases_dir / stamp
        suffix = 1
        while release.exists():
            release = self.releases_dir / f"{stamp}-{suffix}"
            suffix += 1
        os.rename(building, release)
        return release

    def activate(self, release: Path) -> None:
        """Serve ``release``: atomically repoint ``current``; the old one becomes ``previous``."""
        self.publish_dir.mkdir(parents=True, exist_ok=True)
        old = self.current()
        if old is not None and old.resolve() != release.resolve():
            _point(self.previous_link, old)
        _point(self.current_link, release)

    def rollback(self) -> Path:
        """Serve the previous release again (and make the replaced one ``previous``)."""
        before = self.previous()
        if before is None or not before.is_dir():
            raise PublishError("không có bản dựng trước để quay lại")
        now = self.current()
        _point(self.current_link, before)
        if now is not None:
            _point(self.previous_link, now)
        return before

    def prune(self, keep: int) -> list[Path]:
        """Retire old releases beyond the newest ``keep``; never current or previous.

        Each is renamed to ``.pruned-<name>`` at once (it stops being a release) and deleted
        by ``delete_pruned`` or ``delete_pruned_in_background``: deleting tens of thousands
        of files takes seconds, which no publish waits for (``publish.retired``).
        """
        protected = {p.resolve() for p in (self.current(), self.previous()) if p is not None}
        releases = self.releases()
        old = releases[: max(0, len(releases) - keep)]
        removed = [p for p in old if p.resolve() not in protected]
        for path in removed:
            os.rename(path, self.releases_dir / f"{PRUNED_PREFIX}{path.name}")
        return removed

    def delete_pruned(self) -> None:
        """Delete the releases ``prune`` retired (and whatever a killed deletion left)."""
        delete_retired(self.releases_dir)

    def delete_pruned_in_background(self) -> subprocess.Popen | None:
        """Start deleting them in a detached process at the lowest priority, which outlives
        this one (``publish.retired``); that process, or None when there is nothing to do."""
        return start_deleting(self.releases_dir)


def _remove_matching(folder: Path, *patterns: str) -> None:
    """Delete the folders in ``folder`` that match ``patterns`` (a missing folder holds none)."""
    for pattern in patterns:
        for path in folder.glob(pattern):
            shutil.rmtree(path, ignore_errors=True)


def _target(link: Path) -> Path | None:
    if not link.is_symlink():
        return None
    return (link.parent / os.readlink(link)).resolve()


def _point(link: Path, target: Path) -> None:
    """Make ``link`` a symlink to ``target`` (relative) in one atomic rename."""
    temporary = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(os.path.relpath(target.resolve(), link.parent.resolve()), temporary)
    os.replace(temporary, link)
