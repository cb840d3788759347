"""One Pagefind bundle per shard (year) of a built site, reused while its pages are unchanged.

Layout of the output: ``pagefind/<shard>/`` holds one complete Pagefind bundle and
``pagefind/indexes.json`` lists them, newest first, with the quick bundle of the newest
articles (``pagefind/moi-nhat/``, ``quick``) apart; the search page loads the quick bundle
(else the newest) and merges all the others into it in the browser (Pagefind's
``mergeIndex``). Every indexed page is in exactly one bundle: the shards hold the pages the
quick bundle does not (``shards.plan_bundles``). Each bundle is built by its own Pagefind
process over its pages only, so memory is bounded by the shard size.

Bundles are kept in ``<cache>/search_index/<key>/``, ``key`` being a digest of the shard's page
paths and bytes and of the Pagefind version: an unchanged shard is linked (or copied) from
there instead of indexed again. A cache that cannot be written is skipped with a warning.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from portal_files.atomic import write_atomic
from portal_files.tree import StampedFile, link_tree, stamp_key, stamped_files

from search_index.pagefind import index_pages, pagefind_version
from search_index.shards import IndexedPage, Shard, plan_bundles, read_page

logger = logging.getLogger(__name__)

BUNDLES_DIR = "pagefind"
LISTING = "indexes.json"
# Bump when the bundle layout or what goes into a bundle changes.
LAYOUT_VERSION = "portal-search-4"  # 3: quick pages out of the shards; 4: search_document
# Unused cache entries kept for other checkouts or branches (the oldest go first).
KEEP_UNUSED = 64
# Articles in the small "newest" bundle that answers first, and not in the shards (0: none).
QUICK_PAGES = 200


@dataclass
class IndexReport:
    """What one indexing run did."""

    shards: list[Shard]
    quick: Shard | None = None
    built: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)

    @property
    def bundles(self) -> list[Shard]:
        """Every bundle written: the shards, then the quick bundle if there is one."""
        return self.shards + ([self.quick] if self.quick else [])

    @property
    def pages(self) -> int:
        """Pages indexed, each once (the quick bundle's are not in the shards)."""
        return sum(len(shard.pages) for shard in self.bundles)


def scan_site(
    site: Path,
    known: dict | None = None,
    map_many: Callable = map,
    listing: Iterable[StampedFile] | None = None,
) -> list[IndexedPage]:
    """The pages of ``site`` that Pagefind indexes (outside ``pagefind/``), in path order.

    ``known`` maps "relpath size mtime_ns" to what an earlier run read from that file (None:
    not indexed); a file with the same size and mtime is not read again (the build links
    unchanged pages, keeping their mtime). It is replaced by this run's entries.
    ``map_many(function, items)`` reads the other files (default: ``map``, one after the
    other; the plugin passes the build's process pool). ``listing``: the site's ``.html``
    files as ``stamped_files`` lists them, when the caller has them already.
    """
    previous = dict(known) if known is not None else {}
    found = stamped_files(site, ".html") if listing is None else listing
    skipped = BUNDLES_DIR + "/"
    files = [
        (relpath, stamp_key(relpath, size, mtime))
        for relpath, size, mtime in sorted(found, key=_walk_order)
        if not relpath.startswith(skipped)
    ]
    base = os.fspath(site)  # a path is made only for a file to read (a few after one edit)
    unread = [
        (relpath, os.path.join(base, relpath)) for relpath, key in files if key not in previous
    ]
    read = iter(map_many(_read_file, unread))
    if known is not None:
        known.clear()
    pages: list[IndexedPage] = []
    for _, key in files:
        page = previous[key] if key in previous else next(read)
        if known is not None:
            known[key] = page
        if page is not None:
            pages.append(page)
    return pages


def _walk_order(item: StampedFile) -> tuple[list[str], str]:
    """Folder by folder, each folder's files before its subfolders (``os.walk`` order)."""
    *folders, name = item[0].split("/")
    return folders, name


def _read_file(item: tuple[str, str]) -> IndexedPage | None:
    relpath, path = item
    with open(path, "rb") as handle:
        return read_page(relpath, handle.read())


def index_site(
    site: Path,
    cache: Path | None,
    max_pages: int,
    workers: int = 1,
    quick: int = QUICK_PAGES,
    known: dict | None = None,
    map_many: Callable = map,
    recent: int = 0,
) -> IndexReport:
    """Write ``site/pagefind/``: the small bundle of the ``quick`` newest articles, one
    bundle per shard of the other pages and the listing; return what was done. ``known``
    and ``map_many``: as for ``scan_site``; ``recent``: as ``plan_shards``'s
    ``recent_pages``."""
    site = Path(site)
    pages = scan_site(site, known, map_many)
    return index_scanned(site, pages, cache, max_pages, workers, quick, recent)


def index_scanned(
    site: Path,
    pages: list[IndexedPage],
    cache: Path | None,
    max_pages: int,
    workers: int = 1,
    quick: int = QUICK_PAGES,
    recent: int = 0,
) -> IndexReport:
    """``index_site`` for ``pages`` already found by ``scan_site``: Pagefind runs in its own
    processes, from ``workers`` threads; nothing here forks the calling process, so it may
    run in a thread beside the rest of the build."""
    site = Path(site)
    version = f"{LAYOUT_VERSION}/{pagefind_version()}"
    newest, shards = plan_bundles(pages, max_pages, quick, recent)
    report = IndexReport(shards, newest)
    every = report.bundles
    root = site / BUNDLES_DIR
    root.mkdir(parents=True, exist_ok=True)
    previous = _listed_keys(root / LISTING)
    store = _usable_cache(cache)
    keys = {shard.name: shard.key(version) for shard in every}

    def in_place(shard: Shard) -> bool:
        """The output already holds this shard's bundle (listed with the same key)."""
        entry = root / shard.name / "pagefind-entry.json"
        return previous.get(shard.name) == keys[shard.name] and entry.is_file()

    def in_cache(shard: Shard) -> bool:
        return store is not None and (store / keys[shard.name] / "pagefind-entry.json").is_file()

    def place(shard: Shard) -> None:
        key = keys[shard.name]
        target = root / shard.name
        if in_place(shard):
            report.reused.append(shard.name)
            return
        if store is not None:
            try:
                cached = store / key
                if in_cache(shard):
                    report.reused.append(shard.name)
                else:
                    _build_into(cached, lambda out: index_pages(site, _paths(shard), out))
                    report.built.append(shard.name)
                _build_into(target, lambda out: _link_tree(cached, out))
                return
            except OSError as exc:
                logger.warning("Bộ nhớ đệm tìm kiếm %s lỗi (%s): lập chỉ mục thẳng", store, exc)
        _build_into(target, lambda out: index_pages(site, _paths(shard), out))
        report.built.append(shard.name)

    # Shards to index first, largest first, so that no large one is left running alone at
    # the end; the ready ones (linked, not indexed) fill the gaps.
    order = sorted(every, key=lambda s: (in_place(s) or in_cache(s), -len(s.pages)))
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        list(pool.map(place, order))
    _remove_others(root, {shard.name for shard in every} | {LISTING})
    _write_listing(root / LISTING, report.shards, report.quick, keys)
    if store is not None:
        _prune(store, set(keys.values()))
    return report


def _paths(shard: Shard) -> list[str]:
    return [page.path for page in shard.pages]


def _listed_keys(listing: Path) -> dict[str, str]:
    """Shard name -> key from a previous listing (empty if missing or unreadable)."""
    try:
        data = json.loads(listing.read_text(encoding="utf-8"))
        quick = [data["quick"]] if data.get("quick") else []
        return {b["name"]: b["key"] for b in data["bundles"] + quick}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _usable_cache(cache: Path | None) -> Path | None:
    """``<cache>/search_index``, created; None (with a warning) when it cannot be written."""
    if cache is None:
        return None
    store = Path(cache) / "search_index"
    try:
        store.mkdir(parents=True, exist_ok=True)
        probe = store / f".probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        logger.warning("Bộ nhớ đệm tìm kiếm %s không ghi được (%s): lập chỉ mục lại", store, exc)
        return None
    return store


def _build_into(target: Path, make: Callable[[Path], object]) -> None:
    """Make ``target`` with ``make(tmp)`` in a sibling folder, then swap it in."""
    tmp = target.with_name(f".tmp-{target.name}-{uuid.uuid4().hex}")
    old = target.with_name(f".old-{target.name}-{uuid.uuid4().hex}")
    try:
        make(tmp)
        if target.exists():
            target.rename(old)
        tmp.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


def _link_tree(source: Path, target: Path) -> None:
    """Hard-link every file of the cached bundle ``source`` into ``target`` (copied across
    file systems), and mark the entry used (``_prune`` keeps the newest)."""
    link_tree(source, target, copy_unlinkable=True)
    os.utime(source)


def _remove_others(root: Path, keep: set[str]) -> None:
    """Remove what an older build left in ``pagefind/`` (old shards, the single bundle)."""
    for entry in root.iterdir():
        if entry.name in keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _write_listing(
    listing: Path, shards: list[Shard], quick: Shard | None, keys: dict[str, str]
) -> None:
    """``indexes.json``: the bundles in search order (newest first) and the quick bundle
    (searched first on its own, and merged with the others: its pages are in no other)."""

    def entry(s: Shard) -> dict:
        return {
            "name": s.name,
            "path": f"{s.name}/",
            "pages": len(s.pages),
            "years": list(s.years),
            "key": keys[s.name],
        }

    data: dict = {"bundles": [entry(s) for s in shards]}
    if quick is not None:
        data["quick"] = entry(quick)
    write_atomic(listing, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _prune(store: Path, used: set[str]) -> None:
    """Drop half-written entries and all but the newest KEEP_UNUSED unused bundles."""
    try:
        entries = list(store.iterdir())
        unused = []
        for entry in entries:
            if entry.name.startswith((".tmp-", ".old-")):
                continue  # may belong to a build running now; removed by its owner
            if entry.name not in used:
                unused.append(entry)
        unused.sort(key=lambda e: e.stat().st_mtime, reverse=True)
        for entry in unused[KEEP_UNUSED:]:
            shutil.rmtree(entry, ignore_errors=True)
    except OSError as exc:
        logger.warning("Không dọn được bộ nhớ đệm tìm kiếm %s: %s", store, exc)
