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
    if (
        processes <= 1
        or len(items) < min_items
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
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
