"""check → build into a fresh folder → fast gates → atomic swap (the `invoke publish` task)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from publish.gate_cache import GateCache
from publish.gates import check_site
from publish.releases import PublishError, ReleaseStore

GATES_CACHE = ".gates-cache.json"


def publish_site(
    store: ReleaseStore,
    build: Callable[[Path], bool],
    *,
    site_url: str = "",
    draft_prefix: str = "",
    keep: int = 5,
    report: Callable[[str], None] = print,
    cache_gates: bool = True,
    scheduled: Mapping[str, str] | None = None,
) -> Path:
    """Build with ``build(output) -> ok`` into a fresh folder and publish it if it passes.

    Raises PublishError (nothing published, the live site untouched) when the build fails
    or a gate finds a problem. Returns the new release. The gates remember the pages they
    parsed in ``releases_dir/.gates-cache.json`` (``cache_gates``), so a one-article
    publish parses only the pages that changed. ``scheduled``: URL -> source and time of the
    articles the build holds back (named when a page links to one).
    """
    with store.lock():
        # The releases the last publish retired are deleted while this one builds (file
        # system work in a thread; the build runs in its own process).
        deleting = threading.Thread(target=store.delete_pruned, name="delete-pruned")
        deleting.start()
        try:
            release = _build_check_and_swap(
                store, build, site_url, draft_prefix, report, cache_gates, scheduled
            )
            store.prune(keep)
        finally:
            deleting.join()
    return release


def _build_check_and_swap(
    store: ReleaseStore,
    build: Callable[[Path], bool],
    site_url: str,
    draft_prefix: str,
    report: Callable[[str], None],
    cache_gates: bool,
    scheduled: Mapping[str, str] | None,
) -> Path:
    """Build into a fresh folder, run the gates, then serve it (under the lock)."""
    building = store.start_build()
    try:
        if not build(building):
            raise PublishError("dựng trang thất bại (xem lỗi ở trên); trang đang chạy giữ nguyên")
        cache = GateCache(store.releases_dir / GATES_CACHE if cache_gates else None)
        if cache.warning:
            report(f"cảnh báo: {cache.warning}")
        problems = check_site(building, site_url, draft_prefix, cache, scheduled)
        cache.save()
        if problems:
            for problem in problems[:50]:
                report(f"  {problem.format()}")
            raise PublishError(
                f"bản dựng không qua kiểm tra nhanh ({len(problems)} lỗi); "
                "trang đang chạy giữ nguyên"
            )
    except BaseException:
        store.discard(building)
        raise
    release = store.finish_build(building)
    store.activate(release)
    return release


def rollback_site(store: ReleaseStore) -> Path:
    """Serve the previous release again."""
    with store.lock():
        return store.rollback()
