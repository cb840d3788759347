"""Score the citation extractor against the hand labels of the five seed reports.

Usage: ``python bench/citations_score.py`` (``SHARED_DIR`` overrides ``../shared``).

Coded ids, document level, per seed and overall (micro): a found id is correct when it equals a
gold ``id`` or any of its ``as_written``; a gold document is recalled when any of those is found.
Uncoded references: recall of the ``required`` ones; a gold reference is recalled by a found
reference whose ``resolves_to`` equals the gold ``resolves_to.id``, or whose kind matches and
one of whose mentions overlaps an occurrence of a gold surface.

Exit status 1 when coded precision or recall is below 1.00, so it can gate a build.

Then the same, plus field and resolution accuracy, on the hand labels of real texts of
``corpus-extra/`` kept in ``bench/citations_extra_gold.json`` (rules inside it), for all texts,
for the development texts (``"split": "dev"``, seen while the grammar was written) and for the
groups labelled before the extractor changes of a round (``"heldout"``, ``"fresh"``,
``"fresh2"`` … ``"fresh114"``: their figures before that round's changes are the unseen
estimates):
coded P/R/F1; issuer, date and term accuracy over the gold citations found (a field is right
when it equals the label, or one of a list of labels, ignoring case, spacing and dash
look-alikes; None = None counts); uncoded recall over the ``required`` references (a found
reference of the same kind whose mention overlaps a gold surface, or a resolution to the gold
id there, or a mention of the coded document the same text prints: "Nghị định 179" after
179/2013/NĐ-CP); resolution accuracy
over the required references with ``resolves_to``; and wrong resolutions (a reference over a
gold surface resolved elsewhere, required or not; a code the label keeps in ``as_written`` is
its ``id``). ``--quiet`` leaves out the list of misses;
``--skip SPLIT`` (repeatable) leaves the labels of that split out entirely (their texts are not
read nor run), so a held-out batch stays unseen until its one score.
A label with ``"source": "import-dev"`` names a report of ``import-dev/``, scored on its body
(from ``body_head`` to ``body_tail`` of that folder's ``gold.json``, tags of a saved page
removed); one with ``"source": "freshN"`` (key ``freshN/NNN.txt``: fresh5, fresh7-110) a
text of ``bench/citations_freshN/``, real texts from outside ``shared`` (their origin in that
folder's ``sources.json``); every other label names a text of ``corpus-extra/``.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, fields
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


EXTRA_GOLD = Path(__file__).with_name("citations_extra_gold.json")
SPLITS = ("all", "dev", "heldout", "fresh", *(f"fresh{n}" for n in range(2, 39)))
#: Label sources whose texts are kept in the repository, in ``bench/citations_<source>/``.
_BENCH_SOURCE = re.compile(r"fresh\d+")

#: Reference kinds that count as the same reading of one mention ("Nghị quyết 8B" after
#: "Hội nghị Trung ương 8 đã ra" may come out as number-only or number-and-plenum).
_KIND_GROUPS = {"number_only": "number", "number_and_plenum": "number"}


#: Dash look-alikes read as one dash: the extractor reads its search view, where "–" is "-"
#: ("Cục Hải quan tỉnh Bà Rịa – Vũng Tàu").
_DASH_FOLD = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


def _norm(value) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).translate(_DASH_FOLD).split()).casefold()


def _field_ok(found, gold) -> bool:
    golds = gold if isinstance(gold, list) else [gold]
    return _norm(found) in {_norm(g) for g in golds}


def _same_kind(found: str, gold: str) -> bool:
    return _KIND_GROUPS.get(found, found) == _KIND_GROUPS.get(gold, gold)


@dataclass
class ExtraScore:
    texts: int = 0
    found: int = 0
    correct: int = 0
    gold: int = 0
    recalled: int = 0
    fields: dict | None = None  # field -> [right, total]
    uncoded_gold: int = 0  # required uncoded references
    uncoded_recalled: int = 0
    resolved_right: int = 0
    resolvable: int = 0
    resolved_wrong: int = 0
    misses: list | None = None

    def add(self, other: ExtraScore) -> None:
        for f in fields(self):
            if f.type == "int":  # the counts
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        for field, (right, total) in other.fields.items():
            self.fields[field][0] += right
            self.fields[field][1] += total
        self.misses.extend(other.misses)

    @property
    def f1(self) -> float:
        p = self.correct / self.found if self.found else 1.0
        r = self.recalled / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _empty() -> ExtraScore:
    return ExtraScore(fields={"issuer": [0, 0], "date": [0, 0], "term": [0, 0]}, misses=[])


def score_extra_text(name: str, text: str, gold: dict) -> ExtraScore:
    """Coded P/R, field accuracy, uncoded recall and resolution accuracy on one text."""
    out = _empty()
    text = unicodedata.normalize("NFC", text)
    result = extract(text)
    by_id = {c.id: c for c in result.documents}
    accepted = [{g["id"], *g.get("as_written", [])} for g in gold["citations"]]
    out.texts += 1
    out.found += len(by_id)
    out.correct += sum(1 for f in by_id if any(f in acc for acc in accepted))
    out.gold += len(accepted)
    for f in sorted(by_id):
        if not any(f in acc for acc in accepted):
            out.misses.append(f"{name}: false positive {f}")
    for g in gold["citations"]:
        # The gold id first, then the printed forms in label order (a set's order varies).
        hit = next((by_id[i] for i in (g["id"], *g.get("as_written", [])) if i in by_id), None)
        if hit is None:
            out.misses.append(f"{name}: missed {g['id']}")
            continue
        out.recalled += 1
        for field in ("issuer", "date", "term"):
            right = _field_ok(getattr(hit, field), g[f"{field}_stated"])
            out.fields[field][0] += right
            out.fields[field][1] += 1
            if not right:
                out.misses.append(
                    f"{name}: {g['id']} {field} {getattr(hit, field)!r} != {g[f'{field}_stated']!r}"
                )
    for u in gold.get("uncoded", []):
        target = (u.get("resolves_to") or {}).get("id")
        # The target's printed forms: a label's id and its as_written name one document.
        same = next((acc for acc in accepted if target in acc), {target})
        spans = [sp for surface in u["surfaces"] for sp in _spans(text, surface)]

        def overlaps(mentions, spans=spans) -> bool:
            return any(m.start < b and a < m.end for m in mentions for a, b in spans)

        refs = [r for r in result.references if overlaps(r.mentions)]
        # A number-only mention of a code the same text prints is a mention of that document.
        backrefs = {c.id for c in result.documents if overlaps(c.mentions)}
        got = {r.resolves_to for r in refs if r.resolves_to} | backrefs
        if u.get("required"):
            out.uncoded_gold += 1
            found = any(_same_kind(r.kind.value, u["kind"]) for r in refs) or (
                target is not None and bool(got & same)
            )
            out.uncoded_recalled += found
            if not found:
                out.misses.append(f"{name}: missed uncoded {u['canonical']}")
            if target:
                out.resolvable += 1
                out.resolved_right += bool(got & same)
                if not got & same:
                    out.misses.append(f"{name}: {u['canonical']} not resolved to {target}")
        wrong = got - same
        out.resolved_wrong += len(wrong)
        for w in sorted(wrong):
            out.misses.append(f"{name}: {u['canonical']} WRONGLY resolved to {w}")
    return out


_TAG = re.compile(r"<[^>]*>")


def report_body(shared: Path, name: str) -> str:
    """Body text of the import-dev report ``name``: from its ``body_head`` to its ``body_tail``."""
    raw = (shared / "import-dev" / name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        raw = html.unescape(_TAG.sub(" ", raw))
    raw = unicodedata.normalize("NFC", raw)
    meta = json.loads((shared / "import-dev" / "gold.json").read_text(encoding="utf-8"))[name]
    head = unicodedata.normalize("NFC", meta["body_head"])
    tail = unicodedata.normalize("NFC", meta["body_tail"])
    start = raw.find(head)
    end = raw.rfind(tail)
    if start < 0 or end < start:
        return raw
    return raw[start : end + len(tail)]


def _label_text(shared: Path, name: str, gold: dict) -> str:
    if gold.get("source") == "import-dev":
        return report_body(shared, name)
    source = gold.get("source") or ""
    if _BENCH_SOURCE.fullmatch(source):
        folder = Path(__file__).with_name(f"citations_{source}")
        return (folder / Path(name).name).read_text(encoding="utf-8")
    return (shared / "corpus-extra" / name).read_text(encoding="utf-8")


def score_extra(
    shared: Path, gold_path: Path = EXTRA_GOLD, skip: frozenset[str] = frozenset()
) -> dict[str, ExtraScore]:
    """Scores of the hand labels: ``{"all": …, "dev": …, "heldout": …, …}``.

    Labels whose split is in ``skip`` are left out: their texts are neither read nor run.
    """
    labels = json.loads(gold_path.read_text(encoding="utf-8"))["texts"]
    out = {split: _empty() for split in SPLITS if split not in skip}
    for name, gold in sorted(labels.items()):
        if gold.get("split", "dev") in skip:
            continue
        text = _label_text(shared, name, gold)
        one = score_extra_text(name, text, gold)
        out["all"].add(one)
        out.setdefault(gold.get("split", "dev"), _empty()).add(one)
    return out


def render_extra(scores: dict[str, ExtraScore], misses: bool = True) -> str:
    head = (
        f"{'texts':<9}{'n':>3} {'coded':>5} {'P':>5} {'R':>5} {'F1':>5} {'issuer':>12} "
        f"{'date':>12} {'term':>12} {'uncoded R':>14} {'resolution':>14} {'wrong':>5}"
    )
    lines = ["corpus-extra hand labels (bench/citations_extra_gold.json)", head, "-" * len(head)]
    for split, e in scores.items():
        p = e.correct / e.found if e.found else 1.0
        r = e.recalled / e.gold if e.gold else 1.0
        fields = [f"{v[0]}/{v[1]}={_ratio(v[0], v[1])}" for v in e.fields.values()]
        unc = f"{e.uncoded_recalled}/{e.uncoded_gold}={_ratio(e.uncoded_recalled, e.uncoded_gold)}"
        res = f"{e.resolved_right}/{e.resolvable}={_ratio(e.resolved_right, e.resolvable)}"
        lines.append(
            f"{split:<9}{e.texts:>3} {e.gold:>5} {p:>5.2f} {r:>5.2f} {e.f1:>5.2f} "
            f"{fields[0]:>12} {fields[1]:>12} {fields[2]:>12} {unc:>14} {res:>14} "
            f"{e.resolved_wrong:>5}"
        )
    if misses:
        lines += [f"    {m}" for m in scores["all"].misses]
    return "\n".join(lines)


def main() -> int:
    shared = shared_dir()
    if not (shared / "eval" / "seeds-gold.json").is_file():
        print(f"no labels at {shared}/eval/seeds-gold.json (set SHARED_DIR)", file=sys.stderr)
        return 2
    args = sys.argv[1:]
    skip = frozenset(args[i + 1] for i, a in enumerate(args[:-1]) if a == "--skip")
    result = score(shared)
    print(render(result))
    if EXTRA_GOLD.is_file() and (shared / "corpus-extra").is_dir():
        print()
        print(render_extra(score_extra(shared, skip=skip), misses="--quiet" not in args))
    return 0 if result.precision >= 1.0 and result.recall >= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
