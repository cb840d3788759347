"""Fork-based parallel map for build steps (pure: no Pelican import).

Workers are forked, so they see the parent's memory (settings, templates, content objects)
without pickling it; only the arguments' indexes go in and plain results come out.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def worker_count(setting: int | None = None) -> int:
    """Processes to use: ``setting`` if positive, else the CPUs this process may run on."""
    if setting and setting > 0:
        return int(setting)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


#: Chunks of items each worker takes, on average, in ``fork_map``. Items differ in cost
#: (an article page, a feed of 20 bodies, a document page of 200 cards): with 8, the last
#: chunk of a cold build's 22,000 pages ran alone for 2-3 s on one of two cores; with 32 a
#: chunk is a few hundred pages, and the tail a fraction of a second.
CHUNKS_PER_WORKER = 32


def fork_map(
    function: Callable[[Any], T],
    items: Sequence[Any],
    processes: int,
    *,
    min_items: int = 64,
    chunksize: int | None = None,
) -> list[T]:
    """``[function(item) for item in items]``, over ``processes`` forked workers.

    Runs in this process when there are few items, one process, or no ``fork``. Results
    must be picklable plain data. ``function`` and ``items`` are inherited by fork, never
    pickled: workers receive only indexes.
    """
    if not can_fork(processes, len(items), min_items):
        return [function(item) for item in items]
    context = multiprocessing.get_context("fork")
    job = _Job(function, items)
    release_free_memory()  # the workers start from what the parent really holds
    # Keep shared pages shared: the workers' collector would touch every inherited object.
    # No gc.collect() first (as the gc docs advise for fork): at 10,000 articles a full
    # collection of the parent's heap costs 0.3-0.6 s per fork, and garbage left frozen is
    # collected after ``unfreeze`` like any other.
    gc.freeze()
    try:
        size = chunksize or max(1, len(items) // (processes * CHUNKS_PER_WORKER))
        with context.Pool(processes, initializer=_install, initargs=(job,)) as workers:
            return workers.map(_run_index, range(len(items)), chunksize=size)
    finally:
        gc.unfreeze()


def can_fork(processes: int, count: int, min_items: int = 64) -> bool:
    """Whether ``fork_map`` and ``ForkStream`` fork for ``count`` items: more than one
    process, at least ``min_items`` items, and ``fork`` available."""
    return (
        processes > 1 and count >= min_items and "fork" in multiprocessing.get_all_start_methods()
    )


class ForkStream:
    """``function(item)`` for each of ``items``, computed in ``processes`` forked workers
    while the caller goes on: ``next_result()`` hands back ``(index, result)`` pairs in the
    order they are done, until ``pending`` is 0. Only for ``can_fork`` cases.

    The caller must ``close()`` it (every result taken) or ``terminate()`` it (results no
    longer wanted) before it forks again: the pool's threads run beside the caller until
    then. ``function`` and ``items`` are inherited by fork, as in ``fork_map``.
    """

    def __init__(
        self,
        function: Callable[[Any], Any],
        items: Sequence[Any],
        processes: int,
        *,
        chunksize: int | None = None,
    ) -> None:
        context = multiprocessing.get_context("fork")
        job = _Job(function, items)
        release_free_memory()
        gc.freeze()  # as in fork_map: only the fork needs it, the workers are forked now
        try:
            self._workers = context.Pool(processes, initializer=_install, initargs=(job,))
        finally:
            gc.unfreeze()
        size = chunksize or max(1, len(items) // (processes * CHUNKS_PER_WORKER))
        self._results = self._workers.imap_unordered(
            _run_indexed, range(len(items)), chunksize=size
        )
        self.pending = len(items)

    def next_result(self) -> tuple[int, Any]:
        """The next ``(index, result)`` done (waits for it); StopIteration when none is left."""
        if self.pending == 0:
            raise StopIteration
        pair = next(self._results)
        self.pending -= 1
        return pair

    def close(self) -> None:
        """Let the workers end once every result is taken, and wait for them."""
        self._workers.close()
        self._workers.join()

    def terminate(self) -> None:
        """Stop the workers now; results not yet taken are lost."""
        self._workers.terminate()
        self._workers.join()
        self.pending = 0


def release_free_memory() -> None:
    """Give the C allocator's free pages back to the system (glibc ``malloc_trim``).

    Memory freed by Python (an archive's bodies once compressed, a step's temporary
    results) stays in the process until then, counted in its RSS and in every forked
    worker's. A no-op where the C library has no ``malloc_trim``.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own C library
    except (OSError, AttributeError):  # not glibc
        return
    trim(0)


def in_worker() -> bool:
    """Whether this process is a worker forked by ``fork_map``."""
    return _Job.current is not None


class _Job:
    """The function and items a forked worker runs (inherited, not pickled)."""

    current: _Job | None = None

    def __init__(self, function: Callable[[Any], Any], items: Sequence[Any]) -> None:
        self.function = function
        self.items = items


#: A worker's collector thresholds: Python's defaults, whatever the build process set
#: (``portal_core.build.BUILD_GC_THRESHOLDS``). A worker renders thousands of pages, whose
#: short-lived cycles (Jinja's) must not wait for a rare full collection.
WORKER_GC_THRESHOLDS = (700, 10, 10)


def _install(job: _Job) -> None:
    _Job.current = job
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _run_index(index: int) -> Any:
    job = _Job.current
    assert job is not None
    return job.function(job.items[index])


def _run_indexed(index: int) -> tuple[int, Any]:
    return index, _run_index(index)
