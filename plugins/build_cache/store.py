"""A small persistent key-value store for build results (pure: no Pelican import).

One SQLite file per namespace under the cache folder. Values are pickled plain data
(strings, numbers, lists, dicts, tuples). Every failure (folder read-only or deleted, file
corrupt, written by another version) turns the store into a no-op with one warning:
a cache can make a build faster, never wrong, and never make it fail.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

# Bump when the stored layout changes: older files are then discarded, not read.
FORMAT_VERSION = 1
#: Pending entries are written once they reach this many (compressed) bytes: a cold build
#: of an archive would otherwise hold every page's rendered HTML twice until the end.
PENDING_LIMIT = 8 * 2**20


class CacheStore:
    """Key-value store in ``folder/<namespace>.sqlite``, scoped by a ``version`` string.

    Entries written under another ``version`` (another code, settings or template
    fingerprint) are invisible and are dropped when the store is opened.
    """

    def __init__(self, folder: Path | None, namespace: str, version: str) -> None:
        self.version = f"{FORMAT_VERSION}:{version}"
        self.path = Path(folder) / f"{namespace}.sqlite" if folder else None
        self._db: sqlite3.Connection | None = None
        self._pending: dict[str, bytes] = {}
        self._pending_bytes = 0
        self._prefetched: dict[str, bytes] = {}
        self._absent: set[str] = set()  # prefetched and not stored (until put)
        self.prefetched = False  # whether ``prefetch`` ran (a plugin prefetches once a build)
        if self.path is not None:
            self._open()

    # --- lifecycle -------------------------------------------------------------------
    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS entries (k TEXT PRIMARY KEY, v BLOB)")
            row = db.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
            if row is None or row[0] != self.version:
                if row is not None:
                    logger.info("Bộ nhớ đệm %s thuộc phiên bản khác: bỏ đi.", self.path.name)
                db.execute("BEGIN IMMEDIATE")
                db.execute("DELETE FROM entries")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))
                db.execute("COMMIT")
            self._db = db
        except (sqlite3.Error, OSError) as exc:
            self._disable(exc)

    def _disable(self, exc: BaseException) -> None:
        logger.warning(
            "Không dùng được bộ nhớ đệm %s (%s): dựng lại toàn bộ, kết quả vẫn đúng.",
            self.path,
            exc,
        )
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None
        if self.path is not None and isinstance(exc, sqlite3.DatabaseError):
            # A corrupt file is removed so the next build starts clean.
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.unlink(f"{self.path}{suffix}")

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        """Write pending entries and close the file."""
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    # --- access ----------------------------------------------------------------------
    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The stored values of ``keys`` that are present and readable."""
        found: dict[str, Any] = {}
        for key, blob in self.get_encoded_many(keys).items():
            try:
                found[key] = decode(blob)
            except Exception:  # a damaged entry is a miss, never a wrong value
                continue
        return found

    def get_encoded_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The stored entries of ``keys`` that are present, still encoded (``decode``
        gives a value back, or raises for a damaged entry)."""
        found: dict[str, bytes] = {}
        wanted = list(dict.fromkeys(keys))
        if self._db is None or not wanted:
            return found
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT k, v FROM entries WHERE k IN ({marks})", chunk
                ).fetchall()
                found.update(rows)
        except sqlite3.Error as exc:
            self._disable(exc)
            return {}
        return found

    def prefetch(self, keys: Iterable[str]) -> set[str]:
        """Read the entries of ``keys`` now, in one query per 500 keys: each is then handed
        out once by ``get_encoded`` without a query of its own (a plugin that looks up one
        entry per article knows every key when the articles are listed). Returns the keys
        found."""
        self.prefetched = True
        wanted = list(dict.fromkeys(keys))
        found = self.get_encoded_many(wanted)
        self._prefetched.update(found)
        if self._db is not None:  # a disabled store knows nothing: no key is "absent"
            self._absent.update(key for key in wanted if key not in found)
        return set(found)

    def get_encoded(self, key: str) -> bytes | None:
        """One stored entry, still encoded, or None (one put this build counts too)."""
        blob = self._prefetched.pop(key, None) or self._pending.get(key)
        if blob is not None:
            return blob
        if key in self._absent:  # not stored when prefetched, nor put since: no query
            return None  # (a cold build asked once per article: 10,000 queries)
        return self.get_encoded_many([key]).get(key)

    def get(self, key: str, default: Any = None) -> Any:
        """One stored value, or ``default``."""
        return self.get_many([key]).get(key, default)

    def put(self, key: str, value: Any) -> None:
        """Remember ``value`` under ``key`` (see ``put_encoded``)."""
        if self._db is not None:
            self.put_encoded(key, encode(value))

    def put_encoded(self, key: str, blob: bytes) -> None:
        """Remember a value ``encode`` made, under ``key``: written on ``flush``, or as soon
        as the pending entries reach ``PENDING_LIMIT`` bytes (values are keyed by what they
        are made of, so one written early is as right as one written at the end)."""
        self._absent.discard(key)
        if self._db is not None:
            self._pending[key] = blob
            self._pending_bytes += len(blob)
            if self._pending_bytes >= PENDING_LIMIT:
                self.flush()

    def flush(self) -> None:
        """Write pending entries in one transaction."""
        if self._db is None or not self._pending:
            self._pending.clear()
            self._pending_bytes = 0
            return
        items = list(self._pending.items())
        self._pending.clear()
        self._pending_bytes = 0
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)", items)
            self._db.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            self._disable(exc)

    def keys(self) -> Iterator[str]:
        """Every stored key (for pruning and tests)."""
        if self._db is None:
            return iter(())
        try:
            return iter([row[0] for row in self._db.execute("SELECT k FROM entries")])
        except sqlite3.Error as exc:
            self._disable(exc)
            return iter(())

    def delete_many(self, keys: Iterable[str]) -> None:
        """Forget ``keys``."""
        doomed = [(k,) for k in keys]
        if self._db is None or not doomed:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("DELETE FROM entries WHERE k = ?", doomed)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._disable(exc)


def encode(value: Any) -> bytes:
    """A value as the store keeps it: pickled, then compressed (a third of its size in
    memory for rendered HTML)."""
    return zlib.compress(pickle.dumps(value, protocol=5), 1)


def decode(blob: bytes) -> Any:
    """The value ``encode`` made ``blob`` from (raises if the blob is damaged)."""
    return pickle.loads(zlib.decompress(blob))
