"""Delete retired releases in a process of their own, at the lowest priority (pure).

A release of a 10,000-article site holds 33,000 files and folders. ``invoke publish``
retires the oldest release by renaming it (``ReleaseStore.prune``) and hands the deletion
to a detached process that outlives the publish: the publish returns as soon as the new
release is live, and the deletion runs between publishes instead of beside a build (where
it slowed a one-edit publish down by about half a second). Whatever a killed deletion left
is deleted the next time (every ``.pruned-*`` folder is).

    python -m publish.retired RELEASES_DIR    # what the detached process runs
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Prefix of a retired release's folder (``ReleaseStore.prune`` renames it so).
PRUNED_PREFIX = ".pruned-"


def delete_retired(releases_dir: Path) -> None:
    """Delete every retired release in ``releases_dir`` (a missing folder holds none)."""
    for path in sorted(releases_dir.glob(PRUNED_PREFIX + "*")):
        shutil.rmtree(path, ignore_errors=True)


def start_deleting(releases_dir: Path) -> subprocess.Popen | None:
    """Start ``delete_retired`` in a detached process at the lowest priority; None when
    there is nothing to delete. The process survives this one (its own session)."""
    if not any(releases_dir.glob(PRUNED_PREFIX + "*")):
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "publish.retired", str(releases_dir)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def main(argv: list[str]) -> int:
    """Entry point of the detached process: lowest priority, then delete."""
    with contextlib.suppress(AttributeError, OSError):  # not on every platform
        os.setpriority(os.PRIO_PROCESS, 0, 19)
    delete_retired(Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
