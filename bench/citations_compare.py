"""Compare the citation extractor of a git revision with the one in the tree, text by text.

Usage::

    python bench/citations_compare.py [--rev REV] [--skip fresh68] [--show] [--speed N]

The old extractor is ``lib/citations`` of ``REV`` (default ``HEAD``), taken with ``git archive``
into a temporary folder and imported under another package name; the new one is the tree's
``citations``. Both run over every text: ``corpus/`` and ``corpus-extra/`` of ``SHARED_DIR``
(``../shared``), the reports of ``import-dev/`` (``.txt`` and ``.html`` as saved) and every
``bench/citations_freshN/NNN.txt`` (``--skip freshN`` leaves a held-out batch out). Each
file's extraction is written as JSON (every field of every citation and reference); the files
whose JSON differs are listed, with the lines that differ under ``--show``.

``--speed N``: CPU time of both extractors over corpus-extra and the fresh batches, text by
text in turn (each text by the old, then by the new, the order swapped every text and every
pass), N passes; the best pass of each and the difference in % are printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import importlib.util
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

import citations  # noqa: E402  (the tree's extractor)


def shared_dir() -> Path:
    env = os.environ.get("SHARED_DIR")
    return Path(env) if env else ROOT.parent / "shared"


def load_old(rev: str, into: Path):
    """The ``citations`` package of ``rev``, imported as ``citations_old``."""
    raw = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "lib/citations"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        tar.extractall(into, filter="data")
    folder = into / "lib" / "citations"
    spec = importlib.util.spec_from_file_location(
        "citations_old", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["citations_old"] = module
    spec.loader.exec_module(module)
    return module


def texts(skip: set[str]) -> list[tuple[str, str]]:
    """(name, text) of every text compared, in a fixed order."""
    shared = shared_dir()
    out = []
    for sub in ("corpus", "corpus-extra"):
        for p in sorted((shared / sub).glob("*.txt")):
            out.append((f"{sub}/{p.name}", p.read_text(encoding="utf-8")))
    for p in sorted((shared / "import-dev").iterdir()):
        if p.suffix in (".txt", ".html") and p.name != "README.md":
            out.append((f"import-dev/{p.name}", p.read_text(encoding="utf-8")))
    for folder in sorted(ROOT.glob("bench/citations_fresh*"), key=lambda f: int(f.name[15:])):
        if folder.name[10:] in skip:
            continue
        for p in sorted(folder.glob("[0-9][0-9][0-9].txt")):
            out.append((f"{folder.name[10:]}/{p.name}", p.read_text(encoding="utf-8")))
    return out


def as_json(extraction) -> str:
    def plain(x):
        return json.loads(json.dumps(dataclasses.asdict(x), ensure_ascii=False, default=str))

    return json.dumps(
        {
            "documents": [plain(d) for d in extraction.documents],
            "references": [plain(r) for r in extraction.references],
        },
        ensure_ascii=False,
        indent=1,
        sort_keys=True,
    )


def compare(old, items, show: bool) -> list[str]:
    changed = []
    for name, text in items:
        a, b = as_json(old.extract(text)), as_json(citations.extract(text))
        if a != b:
            changed.append(name)
            if show:
                print(f"=== {name}")
                diff = difflib.unified_diff(a.splitlines(), b.splitlines(), "old", "new", n=2)
                print("\n".join(list(diff)[2:]))
    return changed


def speed(old, items, passes: int) -> tuple[float, float]:
    best_old = best_new = float("inf")
    for k in range(passes):
        t_old = t_new = 0.0
        for i, (_name, text) in enumerate(items):
            order = ((old, 0), (citations, 1)) if (i + k) % 2 == 0 else ((citations, 1), (old, 0))
            for module, which in order:
                t0 = time.process_time()
                module.extract(text)
                dt = time.process_time() - t0
                if which:
                    t_new += dt
                else:
                    t_old += dt
        best_old, best_new = min(best_old, t_old), min(best_new, t_new)
    return best_old, best_new


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--speed", type=int, default=0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        old = load_old(args.rev, Path(tmp))
        items = texts(set(args.skip))
        changed = compare(old, items, args.show)
        print(f"{len(changed)} of {len(items)} files changed: {', '.join(changed)}")
        if args.speed:
            timed = [(n, t) for n, t in items if n.startswith(("corpus-extra/", "fresh"))]
            t_old, t_new = speed(old, timed, args.speed)
            print(
                f"CPU, best of {args.speed} passes over {len(timed)} texts: old {t_old:.3f} s, "
                f"new {t_new:.3f} s ({(t_new - t_old) / t_old * 100:+.1f} %)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
