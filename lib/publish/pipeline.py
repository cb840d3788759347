"""check → build into a fresh folder → fast gates → atomic swap (the `invoke publish` task)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from publish.gate_cache import GateCache
from publish.gates import SiteCheck
from publish.releases import PublishError, ReleaseStore

GATES_CACHE = ".gates-cache"


#: ``build(output, pages_ready) -> ok``: builds into ``output``. It may call
#: ``pages_ready(folder, unfinished)`` once, from any thread, when every file of the build
#: is final except the relative paths ``unfinished`` (files or folders), ``folder`` being where
#: it writes them (it may rename that folder to ``output`` at its end).
Build = Callable[[Path, Callable[[str, Sequence[str]], None]], bool]


def publish_site(
    store: ReleaseStore,
    build: Build,
    *,
    site_url: str = "",
    draft_prefix: str = "",
    keep: int = 5,
    report: Callable[[str], None] = print,
    cache_gates: bool = True,
    scheduled: Mapping[str, str] | None = None,
) -> Path:
    """Build with ``build`` (see ``Build``) into a fresh folder and publish it if it passes.

    Raises PublishError (nothing published, the live site untouched) when the build fails
    or a gate finds a problem. Returns the new release. The gates remember the pages they
    parsed in ``releases_dir/.gates-cache`` (``cache_gates``), so a one-article
    publish parses only the pages that changed. ``scheduled``: URL -> source and time of the
    articles the build holds back (named when a page links to one).
    """
    with store.lock():
        try:
            release = _build_check_and_swap(
                store, build, site_url, draft_prefix, report, cache_gates, scheduled
            )
            store.prune(keep)
        finally:
            # Retired releases (this publish's and any a killed deletion left) are deleted
            # by a detached process at the lowest priority, after the build: 33,000 files
            # at 10,000 articles, which slowed a one-edit publish by about half a second
            # when deleted beside its build (publish.retired).
            store.delete_pruned_in_background()
    return release


def _build_check_and_swap(
    store: ReleaseStore,
    build: Build,
    site_url: str,
    draft_prefix: str,
    report: Callable[[str], None],
    cache_gates: bool,
    scheduled: Mapping[str, str] | None,
) -> Path:
    """Build into a fresh folder, run the gates, then serve it (under the lock)."""
    building = store.start_build()
    cache_file = store.releases_dir / GATES_CACHE if cache_gates else None
    try:
        cache = GateCache(cache_file, background=True)  # read while the build starts
        early = EarlyCheck(SiteCheck(site_url, draft_prefix, cache, scheduled))
        try:
            built = build(building, early.start)
        finally:
            early.wait()
        if cache.warning:
            report(f"cảnh báo: {cache.warning}")
        if not built:
            raise PublishError("dựng trang thất bại (xem lỗi ở trên); trang đang chạy giữ nguyên")
        check = early.check
        if early.failed:  # judged again from the start, as if it had not begun
            cache = GateCache(cache_file)
            check = SiteCheck(site_url, draft_prefix, cache, scheduled)
        problems = check.finish(building)
        if problems:
            _save_gates_cache(cache, report)
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
    # Saved once the release is live: what the gates read is not on the editor's wait
    # (12 MB at 10,000 articles), and a cache never changes a verdict.
    _save_gates_cache(cache, report)
    return release


def _save_gates_cache(cache: GateCache, report: Callable[[str], None]) -> None:
    """Keep what the gates read for the next publish; a cache that cannot be written is
    a warning (the next publish parses the pages again), never a failed publish."""
    try:
        cache.save()
        if cache.path is not None:  # the JSON cache of earlier versions
            cache.path.with_name(cache.path.name + ".json").unlink(missing_ok=True)
    except OSError as exc:
        report(f"cảnh báo: không ghi được bộ nhớ đệm kiểm tra ({exc})")


class EarlyCheck:
    """Runs ``SiteCheck.check_written`` in a thread once the build says its pages are final
    (``start``, the ``pages_ready`` a ``Build`` is given), while the build still writes its
    search index: the gates then wait only for what is left.

    The build writes into a folder it renames at the end; the check reads it through a
    descriptor of that folder (``/proc/self/fd/N``), so the rename cannot pull files from
    under it. Anything unexpected (the folder already gone, an error while reading) leaves
    ``failed`` set: the caller then checks the finished build from the start."""

    def __init__(self, check: SiteCheck) -> None:
        self.check = check
        self.failed = False
        self._thread: threading.Thread | None = None

    def start(self, folder: str, unfinished: Sequence[str]) -> None:
        """Check ``folder`` (the build's, absolute) outside ``unfinished`` from now on."""
        if self._thread is not None:
            return
        try:
            descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return  # already moved into place: checked after the build
        root = f"/proc/self/fd/{descriptor}"
        if not os.path.isdir(root):  # no /proc: read by name (checked again if moved)
            root = folder

        def run() -> None:
            try:
                self.check.check_written(root, unfinished)
            except Exception:
                self.failed = True
            finally:
                os.close(descriptor)

        self._thread = threading.Thread(target=run, name="publish-early-gates", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Wait for the check ``start`` began, if any."""
        if self._thread is not None:
            self._thread.join()


def rollback_site(store: ReleaseStore) -> Path:
    """Serve the previous release again."""
    with store.lock():
        return store.rollback()
