"""Score the importer on a folder of real reports with a ``gold.json``.

Usage: ``python bench/import_score.py DIR [-v]`` (e.g. ``../shared/import-dev``).

``gold.json`` maps a file name to ``title``, ``date`` (YYYY-MM-DD, null: none printed), ``time``
(HH:MM, Vietnam time; null: none printed, the article must say ``Date_precision: day``),
``body_head`` and ``body_tail`` (the first and last 80 characters of the body). The folder
is imported into a temporary ``content/`` (nothing is written next to the sources) and every
written article is compared with its gold record:

* **title**: equal after collapsing whitespace;
* **date** / **time**: the ``Date`` field's day and its minute (a ``Date_precision: day`` or
  ``unknown`` date never has the right time);
* **body**: nothing lost; the article's text (sapo, body, byline) contains the gold head and
  tail (whitespace collapsed, Markdown escapes undone);
* **clean**: nothing added; at most a byline-sized rest after the tail and no line of furniture
  before the head (the article text starts with the sapo or the head);
* **byline**: how many articles got an ``Author`` (the gold has none: a count, not a score).

Rejected and duplicate inputs count as wrong on every field. Prints one line per miss with
``-v`` and exits 1 below ``--target`` (default 0.97) on any field or with any reject.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from importer import ImportOptions, Outcome, import_sources
from importer.fingerprint import split_article
from importer.legacy import detect

FIELDS = ("title", "date", "time", "body", "clean")
TAIL_SLACK = 60  # characters allowed after the gold tail (a byline the importer kept)


def _flat(text: str) -> str:
    return " ".join(text.split())


def article_text(markdown: str) -> tuple[dict[str, str], str]:
    """Metadata and the article's text as a reader sees it: sapo, body, byline."""
    meta, body = split_article(markdown)
    body = re.sub(r"^\{:[^}]*\}\s*$", " ", body, flags=re.MULTILINE)
    body = re.sub(r"^#{1,6}\s+", "", body, flags=re.MULTILINE)
    body = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", body, flags=re.MULTILINE)
    body = re.sub(r"\\(?=[\\`*_\[\]#>+\-.|!])", "", body)
    body = body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    parts = []
    if meta.get("summary") and "summary_source" not in meta:
        parts.append(meta["summary"])
    parts.append(body)
    byline = meta.get("byline") or meta.get("author", "unknown")
    if byline != "unknown":
        parts.append(byline)
    return meta, _flat(" ".join(parts))


@dataclass
class Score:
    total: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    rejected: list[str] = field(default_factory=list)
    bylines: int = 0
    misses: list[str] = field(default_factory=list)

    def share(self, name: str) -> float:
        return self.right[name] / self.total if self.total else 1.0


def _check(name: str, gold: dict, markdown: str, score: Score) -> None:
    meta, text = article_text(markdown)
    date = meta.get("date", "unknown")
    day_only = meta.get("date_precision") == "day"
    checks = {
        "title": _flat(meta.get("title", "")) == _flat(gold["title"]),
        "date": date[:10] == (gold["date"] or "unknown"),
        # No time printed (gold null): the article must not invent one.
        "time": date[:10] == (gold["date"] or "unknown")
        and (day_only or date == "unknown" if gold["time"] is None else not day_only)
        and (gold["time"] is None or date[11:16] == gold["time"]),
    }
    head, tail = _flat(gold["body_head"]), _flat(gold["body_tail"])
    at_head, at_tail = text.find(head), text.rfind(tail)
    checks["body"] = at_head >= 0 and at_tail >= 0
    summary = _flat(meta.get("summary", "")) if "summary_source" not in meta else ""
    starts_right = at_head == 0 or (bool(summary) and text.startswith(summary))
    checks["clean"] = (
        checks["body"] and starts_right and len(text) - (at_tail + len(tail)) <= TAIL_SLACK
    )
    for key, ok in checks.items():
        score.right[key] += ok
        if not ok:
            got = {
                "title": meta.get("title"),
                "date": date,
                "time": date,
                "body": f"head {at_head}, tail {at_tail}",
                "clean": f"start {text[:60]!r} / end {text[-80:]!r}",
            }[key]
            score.misses.append(f"{name}: {key}: {got!r}")
    if meta.get("author", "unknown") != "unknown":
        score.bylines += 1


def score_folder(folder: Path) -> Score:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    score = Score(total=len(gold))
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        sources = [folder / name for name in sorted(gold)]
        results = import_sources(
            sources, ImportOptions(content=content, now=dt.datetime.now(dt.UTC))
        )
        for result in results:
            name = result.source.name
            if result.outcome is not Outcome.IMPORTED or result.target is None:
                score.rejected.append(f"{name}: {result.outcome}: {result.reason}")
                continue
            _check(name, gold[name], result.target.read_text(encoding="utf-8"), score)
    return score


def trafilatura_metadata(folder: Path) -> tuple[int, int, int]:
    """Saved pages whose title and day trafilatura's own metadata gets right: (pages, title,
    date). Shows where the importer can lean on it and where it cannot."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pages = title = date = 0
    for name, record in sorted(gold.items()):
        if not name.endswith((".html", ".htm")):
            continue
        pages += 1
        found = trafilatura.extract_metadata(detect((folder / name).read_bytes()).text)
        title += bool(found and _flat(found.title or "") == _flat(record["title"]))
        date += bool(found and (found.date or "")[:10] == record["date"])
    return pages, title, date


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--target", type=float, default=0.97)
    parser.add_argument(
        "--trafilatura", action="store_true", help="also score trafilatura's own metadata"
    )
    args = parser.parse_args(argv)
    score = score_folder(args.folder)
    if args.verbose:
        for line in score.rejected + score.misses:
            print(line)
    print(f"{args.folder}: {score.total} reports")
    for name in FIELDS:
        print(f"  {name:<6} {score.right[name]:>4}/{score.total}  {score.share(name):6.1%}")
    print(f"  rejected {len(score.rejected)}; with a byline {score.bylines}")
    if args.trafilatura:
        pages, title, date = trafilatura_metadata(args.folder)
        print(f"  trafilatura metadata alone on {pages} saved pages: title {title}, day {date}")
    below = [n for n in FIELDS if score.share(n) < args.target]
    return 1 if below or score.rejected else 0


if __name__ == "__main__":
    sys.exit(main())
