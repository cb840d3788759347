"""Articles as Pelican read them, kept from one build to the next (pure: no Pelican import).

Reading an unchanged article is most of a publish's serial time (at 10,000 articles about
3 s: the cached rendering decoded, metadata turned into Pelican values, the content object
made and validated, its body sanitised). An ``ArticleShelf`` keeps each article as it
stands once Pelican's generator has read and validated it (after ``content_object_init``,
before any signal about the whole generator) and hands it back in a later build whose
source file has the same bytes, so Pelican only files it into its lists.

What an entry depends on is in its key or in its store's version: the file's path and the
content key of its bytes (``session.source_key``, read and hashed again every build: a
stamp is never trusted), every setting, the code of every plugin, the versions of the
packages that read and sanitise, and the Python version. What the build shares is not
stored: the settings and the context (the build's own are put back) and each category,
tag and author (stored by class and name, put back as the build's one object of that
name, ``share``).

Time is the one input outside the file and the settings: an article dated after "now" is
scheduled (plugins/scheduling changes its status by the clock), so it is never stored, and
an entry whose date is after this build's "now" (a clock set back) is never restored.
A damaged or unreadable entry is a miss: the article is read again.
"""

from __future__ import annotations

import datetime as dt
import io
import pickle
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from portal_content.clock import is_scheduled

from build_cache.fingerprint import digest
from build_cache.session import source_key
from build_cache.store import CacheStore

#: Entry format: part of every key, so entries of an older format are never read.
ENTRY_FORMAT = "article-1"


class ArticleShelf:
    """One build's view of the stored articles.

    ``shared`` names the objects an article refers to that belong to the build (settings,
    context): stored by name, put back as this build's. ``wrapper_type`` is the class of
    categories, tags and authors; one is stored as its class and name and put back by
    ``share(cls, name)``. ``now`` is the build's "now" (None: nothing is stored or
    restored). ``version`` is what else every entry depends on (settings, code)."""

    def __init__(
        self,
        store: CacheStore,
        *,
        version: str,
        shared: Mapping[str, object],
        wrapper_type: type,
        share: Callable[[type, str], object],
        now: dt.datetime | None,
    ) -> None:
        self.store = store
        self.version = digest(ENTRY_FORMAT, version, sys.version)
        self.shared_ids = {id(value): name for name, value in shared.items()}
        self.shared = dict(shared)
        self.wrapper_type = wrapper_type
        self.share = share
        self.now = now
        self.stats = {"restored": 0, "kept": 0}

    def entry_key(self, path: str, key: str) -> str:
        """The entry of the article read from ``path`` whose bytes have the content key
        ``key``."""
        return digest(self.version, path, key)

    def prefetch(self, sources: Iterable[tuple[str, str]]) -> set[str]:
        """Read the entries of ``(path, source key)`` pairs in a few queries; the paths
        that have one (each is handed out once by ``restore``)."""
        if self.now is None:
            return set()
        keys = {self.entry_key(path, key): path for path, key in sources}
        return {keys[key] for key in self.store.prefetch(keys)}

    def restore(self, path: str, data: bytes) -> Any | None:
        """The article stored for ``path`` holding ``data`` (its bytes, as read now), made
        this build's; else None."""
        if self.now is None:
            return None
        blob = self.store.get_encoded(self.entry_key(path, source_key(data)))
        if blob is None:
            return None
        try:
            article = _Unpickler(io.BytesIO(blob), self).load()
        except Exception:  # a damaged or older entry is a miss, never a wrong article
            return None
        if self._time_bound(article):
            return None
        self.stats["restored"] += 1
        return article

    def keep(self, path: str, key: str, article: Any) -> None:
        """Store ``article``, read from ``path`` whose bytes had the content key ``key``,
        unless time decides anything about it or it holds something that cannot be
        stored."""
        if self.now is None or not key or self._time_bound(article):
            return
        buffer = io.BytesIO()
        try:
            _Pickler(buffer, self).dump(article)
        except Exception:  # a plugin's attribute that cannot be pickled: read every build
            return
        self.store.put_encoded(self.entry_key(path, key), buffer.getvalue())
        self.stats["kept"] += 1

    def _time_bound(self, article: Any) -> bool:
        """Whether the clock decides anything about ``article`` (scheduled, or dated after
        this build's "now")."""
        if getattr(article, "scheduled", None) is not None:
            return True
        date = getattr(article, "date", None)
        return isinstance(date, dt.datetime) and is_scheduled(date, self.now)


class _Pickler(pickle.Pickler):
    """Pickles an article, with the build's shared objects and wrappers by reference."""

    def __init__(self, file, shelf: ArticleShelf) -> None:
        super().__init__(file, protocol=5)
        self._shelf = shelf

    def persistent_id(self, obj: Any) -> Any:
        name = self._shelf.shared_ids.get(id(obj))
        if name is not None and self._shelf.shared[name] is obj:
            return name
        if isinstance(obj, self._shelf.wrapper_type):
            return (type(obj), obj.name)
        return None


class _Unpickler(pickle.Unpickler):
    """Unpickles what ``_Pickler`` made, with this build's shared objects and wrappers."""

    def __init__(self, file, shelf: ArticleShelf) -> None:
        super().__init__(file)
        self._shelf = shelf

    def persistent_load(self, pid: Any) -> Any:
        if isinstance(pid, str):
            return self._shelf.shared[pid]
        cls, name = pid
        if not (isinstance(cls, type) and issubclass(cls, self._shelf.wrapper_type)):
            raise pickle.UnpicklingError(f"not a shared object: {pid!r}")
        return self._shelf.share(cls, name)
