"""Time the content checker (`invoke check`) on one big article and on many articles.

Shows that checking is linear: the time per MB of one article, and the time per article of a
content folder, should stay about the same as the size grows. Not a test.

    .venv/bin/python bench/check_speed.py [--mb 1,2,4] [-n 1000,10000] [--timeout 120]

Each size runs ``python -m content_check`` in its own process (what an editor waits for),
so a checker that does not finish is stopped at ``--timeout`` and reported, not waited for.
The time of checking one small article (start-up, imports, settings) is measured first and
subtracted before dividing. Checks run without the checker's cache, except the last column:
the same folder again after one article was edited, with the cache of the previous run.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate_corpus import (
    edit_article,
    generate,
    load_paragraphs,
)  # bench/ is on sys.path when run

ROOT = Path(__file__).resolve().parents[1]
HEADER = """\
Title: Báo cáo tổng hợp rất dài
Date: 2024-01-10 08:00
Author: Hoàng My
Category: Tin hoạt động
Summary: Báo cáo tổng hợp dùng để đo tốc độ của trình kiểm tra.
Slug: bao-cao-tong-hop-rat-dai
Documents: 98-QĐ/TW; 30/2020/NĐ-CP

"""


def big_article(content: Path, megabytes: float, seed: int = 7) -> Path:
    """Write one article of about ``megabytes`` MB of real paragraphs; return its path."""
    rng = random.Random(seed)
    paragraphs = load_paragraphs()
    body: list[str] = []
    size = 0
    while size < megabytes * 1024 * 1024:
        paragraph = rng.choice(paragraphs)
        body.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    path = content / "2024" / "01" / "bao-cao-tong-hop-rat-dai.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + "\n\n".join(body) + "\n", encoding="utf-8")
    return path


def run_check(
    content: Path, targets: list[Path], timeout: float, cache: Path | None = None
) -> float | None:
    """Seconds ``python -m content_check`` took, or None when stopped at ``timeout``.

    ``cache``: the checker's cache folder (PORTAL_CACHE_DIR); None checks every file.
    """
    command = [
        sys.executable,
        "-m",
        "content_check",
        "--settings",
        str(ROOT / "pelicanconf.py"),
        "--content",
        str(content),
        *map(str, targets),
    ]
    env = {**os.environ, "PORTAL_CACHE_DIR": str(cache) if cache else "off"}
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False, env=env)
    except subprocess.TimeoutExpired:
        return None
    for line in done.stderr.decode(errors="replace").splitlines():
        if "bộ nhớ đệm" in line:
            print(f"  ({line.strip()})")
    return time.perf_counter() - start


def _sizes(text: str, kind: type) -> list:
    return [kind(part) for part in text.split(",") if part.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", default="1,2,4", help="sizes of the one big article, in MB")
    parser.add_argument("-n", "--count", default="1000,10000", help="numbers of articles")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per check")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="check-speed-"))
    try:
        small = generate(work / "small", 1)
        base = run_check(small, [small], args.timeout) or 0.0
        print(f"khởi động (1 bài) / start-up (1 article): {base:.2f} s")
        print(f"{'một bài / one article':<28} {'giây / s':>10} {'s/MB':>10}")
        for megabytes in _sizes(args.mb, float):
            content = work / f"big-{megabytes}"
            path = big_article(content, megabytes)
            seconds = run_check(content, [path], args.timeout)
            if seconds is None:
                print(f"{megabytes:>24.1f} MB {'> ' + str(args.timeout):>10} {'-':>10}")
                continue
            per_mb = max(seconds - base, 0.0) / megabytes
            print(f"{megabytes:>24.1f} MB {seconds:>10.2f} {per_mb:>10.3f}")
        print(
            f"{'nhiều bài / many articles':<28} {'giây / s':>10} {'ms/bài':>10} "
            f"{'có cache, 1 sửa / cached, 1 edit (s)':>38}"
        )
        for count in _sizes(args.count, int):
            content = generate(work / f"n-{count}", count)
            seconds = run_check(content, [content], args.timeout)
            if seconds is None:
                print(f"{count:>24} bài {'> ' + str(args.timeout):>9} {'-':>10}")
                continue
            per_article = max(seconds - base, 0.0) / count * 1000
            cache = work / f"cache-{count}"
            run_check(content, [content], args.timeout, cache)  # fills the cache
            edit_article(content)
            cached = run_check(content, [content], args.timeout, cache)
            shown = f"{cached:.2f}" if cached is not None else f"> {args.timeout}"
            print(f"{count:>24} bài {seconds:>9.2f} {per_article:>10.2f} {shown:>38}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
