"""Time the citation extractor over the corpus at 1x, 2x, 4x and 8x text size.

Usage: ``python bench/citations_speed.py`` (``SHARED_DIR`` overrides ``../shared``).

Prints seconds and seconds per MB (UTF-8) for each size: a flat time per MB shows extraction is
linear in text size. Every text of ``corpus/`` and ``corpus-extra/`` is repeated N times and
joined into one document per size, so a super-linear pattern would show at 8x. Not a test.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from citations import extract


def shared_dir() -> Path:
    env = os.environ.get("SHARED_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"


def load_texts(shared: Path) -> list[str]:
    files = sorted((shared / "corpus").glob("*.txt")) + sorted(
        (shared / "corpus-extra").glob("*.txt")
    )
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def best_of(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    texts = load_texts(shared_dir())
    if not texts:
        print("no corpus found (set SHARED_DIR)", file=sys.stderr)
        return 2
    per_file = best_of(lambda: [extract(t) for t in texts])
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus, file by file: {len(texts)} files, {size:.2f} MB, {per_file:.3f} s")
    print(f"{'size':>5} {'MB':>7} {'seconds':>8} {'s/MB':>7}")
    for factor in (1, 2, 4, 8):
        doc = "\n\n".join(t for t in texts for _ in range(factor))
        mb = len(doc.encode("utf-8")) / 1e6
        seconds = best_of(lambda doc=doc: extract(doc), repeat=2)
        print(f"{factor:>4}x {mb:>7.2f} {seconds:>8.3f} {seconds / mb:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
