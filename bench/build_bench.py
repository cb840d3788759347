"""Build the same scaled corpus with stock Pelican and with this portal, in one run.

Prints wall time and peak RSS (largest single process) of each build, as medians over
``--repeat`` runs taken alternately (A B A B …), and the portal/stock ratio. Not a test.

    .venv/bin/python bench/build_bench.py [-n 2000] [--repeat 3] [--keep DIR]

Stock Pelican: no plugins, its bundled "simple" theme, Pelican's default settings, same
content. Portal: pelicanconf.py with every plugin and the theme, as `invoke build` runs it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pelican

ROOT = Path(__file__).resolve().parents[1]
PELICAN = str(Path(sys.executable).parent / "pelican")
STOCK_CONF = """
SITENAME = "Stock Pelican"
SITEURL = ""
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
THEME = {theme!r}
PLUGINS = []
DEFAULT_PAGINATION = 10
FEED_ALL_ATOM = "feeds/all.atom.xml"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


@dataclass(frozen=True)
class Measurement:
    """One build: wall seconds and peak resident memory in MiB."""

    wall: float
    peak_rss_mib: float


def measure(command: list[str]) -> Measurement:
    """Run ``command`` to completion; return its wall time and its peak RSS (wait4)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise SystemExit(f"build failed: {' '.join(command)}\n{stderr[-3000:]}")
    return Measurement(wall=wall, peak_rss_mib=usage.ru_maxrss / 1024)


def stock_command(content: Path, output: Path, conf: Path) -> list[str]:
    """Stock Pelican over ``content``."""
    return [PELICAN, str(content), "-s", str(conf), "-o", str(output), "-q"]


def portal_command(content: Path, output: Path) -> list[str]:
    """The portal's build over ``content`` (same settings and post-build steps as invoke)."""
    return [
        sys.executable,
        str(ROOT / "bench" / "portal_build.py"),
        str(content),
        str(output),
    ]


def median(values: list[float]) -> float:
    """Median of ``values``."""
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the generated corpus and outputs here")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="portal-bench-"))
    content = work / "content"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate_corpus.py"),
            str(content),
            "-n",
            str(args.count),
        ],
        check=True,
    )
    conf = work / "stockconf.py"
    theme = Path(pelican.__file__).parent / "themes" / "simple"
    conf.write_text(STOCK_CONF.format(theme=str(theme)), encoding="utf-8")

    stock: list[Measurement] = []
    portal: list[Measurement] = []
    for _ in range(args.repeat):
        stock.append(measure(stock_command(content, work / "out-stock", conf)))
        portal.append(measure(portal_command(content, work / "out-portal")))

    rows = [
        ("Pelican gốc (stock)", stock),
        ("Cổng thông tin (portal)", portal),
    ]
    print(f"{args.count} bài viết, {args.repeat} lần mỗi bản dựng (trung vị)")
    print(f"{'bản dựng':<26} {'thời gian (s)':>14} {'RAM đỉnh (MiB)':>16}")
    for name, runs in rows:
        wall = median([m.wall for m in runs])
        rss = median([m.peak_rss_mib for m in runs])
        print(f"{name:<26} {wall:>14.2f} {rss:>16.1f}")
    wall_ratios = [p.wall / s.wall for p, s in zip(portal, stock, strict=True)]
    rss_ratios = [p.peak_rss_mib / s.peak_rss_mib for p, s in zip(portal, stock, strict=True)]
    print(f"{'tỉ lệ portal/stock':<26} {median(wall_ratios):>14.2f} {median(rss_ratios):>16.2f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
