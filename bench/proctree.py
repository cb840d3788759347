"""Run a command and measure it: wall time, peak RSS of its largest process, and per process.

``wait4``'s ``ru_maxrss`` gives the peak of the largest single process of the tree (the
command or a descendant it waited for). A sampler thread also walks the tree through
``/proc/PID/task/TID/children`` and keeps each process's high-water mark (``VmHWM``), so the
peak of every process (the Pagefind indexer, a pool worker) is known too.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1024


@dataclass(frozen=True)
class Run:
    """One finished command."""

    wall: float
    status: int  # exit code; negative: killed by that signal
    peak_mib: float  # wait4: the largest single process of the tree
    peaks: dict[str, float] = field(default_factory=dict)  # label -> largest VmHWM, MiB
    stderr: str = ""
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.status == 0 and not self.timed_out

    def largest(self) -> tuple[str, float]:
        """(label, MiB) of the process with the highest sampled peak (wait4's if none)."""
        if not self.peaks:
            return "?", self.peak_mib
        label = max(self.peaks, key=self.peaks.__getitem__)
        return label, max(self.peaks[label], 0.0)


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (every thread's), [] once it has gone."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{tid}/children").read_text()
        except OSError:
            continue
        found.extend(int(part) for part in text.split())
    return found


def _cmdline(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def label(argv: list[str]) -> str:
    """A short name for a process: ``portal_core.build``, ``invoke serve``, ``pagefind``…"""
    if not argv:
        return "?"
    name = os.path.basename(argv[0])
    if name.startswith("python") and len(argv) > 1:
        rest = argv[1:]
        if rest[0] in {"-m", "-c"} and len(rest) > 1:
            return rest[1] if rest[0] == "-m" else "python -c"
        name = os.path.basename(rest[0])
        rest = rest[1:]
        if name in {"invoke", "inv"} and rest:
            return f"invoke {rest[0]}"
        return name
    return name


def _hwm_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the peak RSS of every process under ``root`` until ``stop()``."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.interval = interval
        self._halt = threading.Event()
        self._peaks: dict[int, tuple[str, int]] = {}
        self._names: dict[int, str] = {}

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def sample(self) -> None:
        pending = [(self.root, None)]
        while pending:
            pid, parent = pending.pop()
            if pid not in self._names:
                argv = _cmdline(pid)
                if not argv:
                    continue  # gone, or a zombie: its peak was sampled before, if ever
                name = label(argv)
                if parent is not None and argv == _cmdline(parent):
                    name += " (fork)"
                self._names[pid] = name
            kib = _hwm_kib(pid)
            if kib:
                old = self._peaks.get(pid, ("", 0))[1]
                self._peaks[pid] = (self._names[pid], max(old, kib))
            pending.extend((child, pid) for child in children(pid))

    def stop(self) -> dict[str, float]:
        """Stop sampling; the largest peak per label, in MiB."""
        self._halt.set()
        self.join()
        result: dict[str, float] = {}
        for name, kib in self._peaks.values():
            result[name] = max(result.get(name, 0.0), kib / MIB)
        return result


def signal_group(pid: int, signum: int) -> None:
    """Send ``signum`` to the session started for ``pid`` (``start_new_session``)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signum)


def stop_tree(process: subprocess.Popen, grace: float = 10.0) -> None:
    """End a command started by ``run``/``start`` and its children; reap it."""
    signal_group(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        signal_group(process.pid, signal.SIGKILL)
        process.wait()


def run(
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float | None = None,
) -> Run:
    """Run ``command`` to completion (or ``timeout``) and measure it."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    sampler = TreeSampler(process.pid)
    sampler.start()
    expired = threading.Event()
    done = threading.Event()

    def expire() -> None:
        if done.wait(timeout):
            return
        expired.set()
        signal_group(process.pid, signal.SIGTERM)
        if not done.wait(10):
            signal_group(process.pid, signal.SIGKILL)

    if timeout:
        threading.Thread(target=expire, daemon=True).start()
    stderr = _drain(process)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    process.returncode = os.waitstatus_to_exitcode(status)
    peaks = sampler.stop()
    return Run(
        wall=wall,
        status=process.returncode,
        peak_mib=usage.ru_maxrss / MIB,
        peaks=peaks,
        stderr=stderr.join_text(),
        timed_out=expired.is_set(),
    )


class _Drain(threading.Thread):
    """Reads a pipe to its end so the child never blocks on a full pipe."""

    def __init__(self, stream) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.chunks: list[bytes] = []

    def run(self) -> None:
        for chunk in iter(lambda: self.stream.read(65536), b""):
            self.chunks.append(chunk)

    def join_text(self) -> str:
        self.join()
        return b"".join(self.chunks).decode(errors="replace")


def _drain(process: subprocess.Popen) -> _Drain:
    drain = _Drain(process.stderr)
    drain.start()
    return drain
