"""The five seed reports against their hand labels (../shared/eval/seeds-gold.json)."""

from __future__ import annotations

import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from citations import extract

ROOT = Path(__file__).resolve().parents[3]


def _load_score_module():
    spec = importlib.util.spec_from_file_location(
        "citations_score", ROOT / "bench" / "citations_score.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("citations_score", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SCORE = _load_score_module()
SHARED = SCORE.shared_dir()
GOLD_FILE = SHARED / "eval" / "seeds-gold.json"
needs_shared = pytest.mark.skipif(
    not GOLD_FILE.is_file(), reason=f"seed labels not found at {GOLD_FILE} (set SHARED_DIR)"
)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))["seeds"] if GOLD_FILE.is_file() else {}


def seed_text(name: str) -> str:
    return unicodedata.normalize("NFC", (SHARED / "corpus" / name).read_text(encoding="utf-8"))


@needs_shared
def test_seeds_score_is_perfect_on_coded_ids():
    result = SCORE.score(SHARED)
    assert len(result.seeds) == 5
    assert (result.precision, result.recall) == (1.0, 1.0), SCORE.render(result)
    assert result.uncoded_recall == 1.0, SCORE.render(result)


GOLD_CITATIONS = [
    pytest.param(name, g, id=f"{name[:3]}-{g['id']}")
    for name, seed in sorted(GOLD.items())
    for g in seed["citations"]
]


@needs_shared
@pytest.mark.parametrize(("name", "gold"), GOLD_CITATIONS)
def test_seeds_citation_fields_match_labels(name, gold):
    text = seed_text(name)
    accepted = {gold["id"], *gold.get("as_written", [])}
    found = [c for c in extract(text).documents if c.id in accepted]
    assert found, f"{gold['id']} not found"
    c = found[0]
    assert c.type == gold["type"]
    assert c.system.value == gold["system"]
    assert c.date == gold["date_stated"]
    assert c.term == gold["term_stated"]
    assert c.issuer == gold["issuer_stated"]
    surfaces = {m.text for c in found for m in c.mentions}
    assert set(gold["surfaces"]) <= surfaces
    assert set(gold.get("backrefs", [])) <= surfaces
    for m in (m for c in found for m in c.mentions):
        assert text[m.start : m.end] == m.text


@needs_shared
def test_seeds_reused_id_gets_two_keys_across_reports():
    keys = set()
    for name in ("001_28eb6ee1f84e1fc6.txt", "004_48e921f8beb52c64.txt"):
        (c,) = [c for c in extract(seed_text(name)).documents if c.id == "02-NQ/ĐUK"]
        keys.add(c.key)
    assert len(keys) == 2


@needs_shared
def test_seeds_negative_report_has_nothing():
    result = extract(seed_text("002_f958cd1b3440b985.txt"))
    assert result.documents == () and result.references == ()


def test_score_seed_counts_false_positives_and_misses():
    labels = {
        "citations": [{"id": "98-QĐ/TW", "as_written": []}, {"id": "10-CT/TW"}],
        "uncoded": [
            {
                "canonical": "NQ TW4 XII",
                "kind": "plenum",
                "surfaces": ["Nghị quyết Trung ương 4 (khóa XII)"],
                "resolves_to": None,
                "required": True,
            }
        ],
    }
    s = SCORE.score_seed("x", "Quy định số 98-QĐ/TW và Chỉ thị số 11-CT/TW.", labels)
    assert (s.found, s.correct, s.gold, s.recalled) == (2, 1, 2, 1)
    assert s.false_positives == ("11-CT/TW",) and s.missed == ("10-CT/TW",)
    assert s.missed_uncoded == ("NQ TW4 XII",)


@pytest.mark.parametrize(
    "source", ["fresh5", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13"]
)
def test_fresh_labels_name_texts_of_the_bench_folder(source):
    # the fifth, seventh and eighth fresh batches live in the repository
    # (bench/citations_<source>/), not in shared
    assert source in SCORE.SPLITS
    texts = json.loads(SCORE.EXTRA_GOLD.read_text(encoding="utf-8"))["texts"]
    batch = {k: v for k, v in texts.items() if v.get("source") == source}
    assert len(batch) >= 8 and all(v["split"] == source for v in batch.values())
    for name, labels in batch.items():
        assert name.startswith(f"{source}/")
        text = unicodedata.normalize("NFC", SCORE._label_text(Path("/nowhere"), name, labels))
        for g in labels["citations"]:
            assert any(i in text for i in (g["id"], *g.get("as_written", []))), (name, g["id"])
        for u in labels["uncoded"]:
            for surface in u["surfaces"]:
                assert unicodedata.normalize("NFC", surface) in text, (name, surface)
