"""Where one build's photo work happens: the cache store, worker count and image folder."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from build_cache.session import SESSION_KEY, cache_folder
from build_cache.store import CacheStore


@dataclass
class Workspace:
    """The build session, the photos store (None without a cache), the worker count and
    the folder images are made in: ``<cache>/photos``, or a scratch folder beside the
    output when the cache is off (removed by ``discard``)."""

    session: Any  # build_cache's BuildSession, or None outside a portal build
    store: CacheStore | None
    processes: int
    root: Path
    scratch: Path | None

    def discard(self) -> None:
        """Remove the scratch folder, if one was made."""
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)


def open_workspace(settings, output: Path) -> Workspace:
    """The photo workspace of the build of ``settings`` writing into ``output``."""
    session = settings.get(SESSION_KEY)
    folder = cache_folder(settings)
    store = session.store("photos") if session is not None and folder is not None else None
    processes = session.processes if session is not None else 1
    if folder is not None:
        return Workspace(session, store, processes, folder / "photos", None)
    scratch = Path(tempfile.mkdtemp(prefix=".photos-", dir=output.parent))
    return Workspace(session, store, processes, scratch, scratch)
