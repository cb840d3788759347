"""Score the citation extractor against the hand labels of the five seed reports.

Usage: ``python bench/citations_score.py`` (``SHARED_DIR`` overrides ``../shared``).

Coded ids, document level, per seed and overall (micro): a found id is correct when it equals a
gold ``id`` or any of its ``as_written``; a gold document is recalled when any of those is found.
Uncoded references: recall of the ``required`` ones; a gold reference is recalled by a found
reference whose ``resolves_to`` equals the gold ``resolves_to.id``, or whose kind matches and
one of whose mentions overlaps an occurrence of a gold surface.

Exit status 1 when coded precision or recall is below 1.00, so it can gate a build.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from citations import extract


def shared_dir() -> Path:
    """``$SHARED_DIR`` or the ``shared`` folder next to the repository."""
    env = os.environ.get("SHARED_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"


@dataclass(frozen=True)
class SeedScore:
    name: str
    found: int
    correct: int
    gold: int
    recalled: int
    uncoded_gold: int
    uncoded_recalled: int
    false_positives: tuple[str, ...]
    missed: tuple[str, ...]
    missed_uncoded: tuple[str, ...]


@dataclass(frozen=True)
class Score:
    seeds: tuple[SeedScore, ...]

    @property
    def precision(self) -> float:
        found = sum(s.found for s in self.seeds)
        return sum(s.correct for s in self.seeds) / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = sum(s.gold for s in self.seeds)
        return sum(s.recalled for s in self.seeds) / gold if gold else 1.0

    @property
    def uncoded_recall(self) -> float:
        gold = sum(s.uncoded_gold for s in self.seeds)
        return sum(s.uncoded_recalled for s in self.seeds) / gold if gold else 1.0


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    surface = unicodedata.normalize("NFC", surface)
    out, i = [], text.find(surface)
    while i >= 0:
        out.append((i, i + len(surface)))
        i = text.find(surface, i + 1)
    return out


def score_seed(name: str, text: str, labels: dict) -> SeedScore:
    text = unicodedata.normalize("NFC", text)
    result = extract(text)
    found = {c.id for c in result.documents}
    accepted = [{g["id"], *g.get("as_written", [])} for g in labels.get("citations", [])]
    correct = {f for f in found if any(f in acc for acc in accepted)}
    recalled = [acc for acc in accepted if acc & found]
    gold_ids = [g["id"] for g in labels.get("citations", [])]
    missed = tuple(
        sorted(gid for gid, acc in zip(gold_ids, accepted, strict=True) if not acc & found)
    )
    required = [u for u in labels.get("uncoded", []) if u.get("required")]
    missed_uncoded = []
    for u in required:
        gold_id = (u.get("resolves_to") or {}).get("id")
        gold_spans = [sp for s in u.get("surfaces", []) for sp in _spans(text, s)]
        hit = any(
            (gold_id and r.resolves_to == gold_id)
            or (
                r.kind.value == u["kind"]
                and any(m.start < b and a < m.end for m in r.mentions for a, b in gold_spans)
            )
            for r in result.references
        )
        if not hit:
            missed_uncoded.append(u["canonical"])
    return SeedScore(
        name=name,
        found=len(found),
        correct=len(correct),
        gold=len(accepted),
        recalled=len(recalled),
        uncoded_gold=len(required),
        uncoded_recalled=len(required) - len(missed_uncoded),
        false_positives=tuple(sorted(found - correct)),
        missed=missed,
        missed_uncoded=tuple(missed_uncoded),
    )


def score(shared: Path | None = None) -> Score:
    """Score every seed of ``shared/eval/seeds-gold.json`` against ``shared/corpus``."""
    shared = shared or shared_dir()
    gold = json.loads((shared / "eval" / "seeds-gold.json").read_text(encoding="utf-8"))["seeds"]
    seeds = []
    for name, labels in sorted(gold.items()):
        text = (shared / "corpus" / name).read_text(encoding="utf-8")
        seeds.append(score_seed(name, text, labels))
    return Score(tuple(seeds))


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "  - "


def render(result: Score) -> str:
    head = f"{'seed':<28} {'found':>5} {'gold':>4} {'P':>5} {'R':>5} {'uncoded R':>10}"
    lines = [head, "-" * len(head)]
    for s in result.seeds:
        unc = f"{s.uncoded_recalled}/{s.uncoded_gold}"
        lines.append(
            f"{s.name:<28} {s.found:>5} {s.gold:>4} {_ratio(s.correct, s.found):>5} "
            f"{_ratio(s.recalled, s.gold):>5} {unc:>10}"
        )
        for fp in s.false_positives:
            lines.append(f"    false positive: {fp}")
        for m in s.missed:
            lines.append(f"    missed: {m}")
        for m in s.missed_uncoded:
            lines.append(f"    missed uncoded: {m}")
    found = sum(s.found for s in result.seeds)
    gold = sum(s.gold for s in result.seeds)
    unc_found = sum(s.uncoded_recalled for s in result.seeds)
    unc = f"{unc_found}/{sum(s.uncoded_gold for s in result.seeds)}"
    lines.append("-" * len(head))
    lines.append(
        f"{'overall':<28} {found:>5} {gold:>4} {result.precision:>5.2f} {result.recall:>5.2f} "
        f"{unc:>10}  (uncoded recall {result.uncoded_recall:.2f})"
    )
    return "\n".join(lines)


def main() -> int:
    shared = shared_dir()
    if not (shared / "eval" / "seeds-gold.json").is_file():
        print(f"no labels at {shared}/eval/seeds-gold.json (set SHARED_DIR)", file=sys.stderr)
        return 2
    result = score(shared)
    print(render(result))
    return 0 if result.precision >= 1.0 and result.recall >= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
