"""Records about output folders, kept while their folder exists (pure: no Pelican import).

Every build writes into a new folder beside its output and swaps it in (``swap.py``), so each
build, preview rebuild and publish has a new output folder. Records keyed by a folder's
identity (device and inode, which survive the swap's renames) were never removed when their
folder went: each build left one behind in ``outputs`` (a manifest of every page, 186 KB at
1,000 articles, about 2 MB at 10,000) and one in ``builds`` (its files' stamps).

``FolderRecords`` notes, beside each record, the folder its folder lives in: the swap renames
only within that parent. Whenever it writes a record it drops those whose folder is no longer
among its parent's entries (a replaced output, a failed build's discarded folder, a retired
release), and every entry it did not write (records from before it). A folder still being
built is an entry of its parent too, so a build running beside this one keeps its record.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from build_cache.store import CacheStore

#: The store's entry that lists the records: ``{identity: [parent folder, order]}``. An
#: identity is "device:inode", so this key is never one.
INDEX_KEY = "folders"
#: At most this many records are kept, the most recently written, even if more of their
#: folders exist (releases kept for rollback, say): the oldest is the least likely to be an
#: upcoming build's previous output.
MAX_RECORDS = 32


def folder_identity(path: str | os.PathLike[str]) -> str:
    """A folder's identity that survives renames: ``"device:inode"``."""
    info = os.stat(path)
    return f"{info.st_dev}:{info.st_ino}"


class FolderRecords:
    """Records about folders in ``store``, by ``folder_identity``; every entry of ``store``
    is written through this class."""

    def __init__(self, store: CacheStore, limit: int = MAX_RECORDS) -> None:
        self.store = store
        self.limit = limit

    def get(self, folder: str | os.PathLike[str]) -> Any:
        """The record of ``folder``, or None (none kept, or the folder is gone)."""
        try:
            identity = folder_identity(folder)
        except OSError:
            return None
        return self.store.get(identity)

    def put(self, folder: str | os.PathLike[str], record: Any) -> None:
        """Write the record of ``folder`` now, and drop the records of folders gone."""
        identity = folder_identity(folder)
        index = self._index()
        order = max((entry[1] for entry in index.values()), default=0) + 1
        index[identity] = [os.path.dirname(os.path.abspath(folder)), order]
        kept = _kept(index, identity, self.limit)
        self.store.put(identity, record)
        self.store.put(INDEX_KEY, kept)
        self.store.flush()
        wanted = {*kept, INDEX_KEY}
        self.store.delete_many(set(self.store.keys()) - wanted)

    def forget(self, folder: str | os.PathLike[str]) -> None:
        """Drop the record of ``folder``, if any."""
        try:
            identity = folder_identity(folder)
        except OSError:
            return
        index = self._index()
        index.pop(identity, None)
        self.store.put(INDEX_KEY, index)
        self.store.flush()
        self.store.delete_many([identity])

    def close(self) -> None:
        """Close the store (what was put is written already)."""
        self.store.close()

    def _index(self) -> dict[str, list]:
        try:
            index = self.store.get(INDEX_KEY)
        except Exception:  # a damaged index: every record is checked again from nothing
            return {}
        if not isinstance(index, dict):
            return {}
        return {
            k: list(v)
            for k, v in index.items()
            if isinstance(v, (list, tuple)) and len(v) == 2 and isinstance(v[1], int)
        }


def _kept(index: dict[str, list], current: str, limit: int) -> dict[str, list]:
    """The entries of ``index`` whose folder is still in its parent (always ``current``),
    at most ``limit`` of them, the most recently written."""
    present = _present(parent for parent, _ in index.values())
    alive = {
        identity: entry
        for identity, entry in index.items()
        if identity == current or identity in present.get(entry[0], ())
    }
    newest = sorted(alive, key=lambda identity: alive[identity][1], reverse=True)[:limit]
    return {identity: alive[identity] for identity in newest}


def _present(parents: Iterable[str]) -> dict[str, set[str]]:
    """``{parent: identities of its sub-folders}`` (empty for a parent that is gone)."""
    found: dict[str, set[str]] = {}
    for parent in set(parents):
        identities: set[str] = set()
        try:
            with os.scandir(parent) as entries:
                folders = [e.path for e in entries if e.is_dir(follow_symlinks=False)]
        except OSError:
            folders = []
        for folder in folders:  # stat, not the listing's inode: overlay file systems differ
            try:
                identities.add(folder_identity(folder))
            except OSError:
                continue  # removed meanwhile
        found[parent] = identities
    return found
