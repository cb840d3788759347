"""The five corpus reports, re-imported, equal the articles hand-made from them in content/.

Compared, exactly: Title, Date, Date_precision, Author, Author_title, Byline, Kicker,
Headline, Slug, Source, Category (the documented keyword rule), the Summary (except where the
hand-made file says ``Summary_source``: an editor wrote it because the page has no sapo), the
ids of Documents (the disambiguator in brackets is left out: the citation library adds a year
or term where the editor did not, and the build merges both), and the body text after
normalising whitespace (caption markers, ``##`` and Markdown escapes removed).

Not compared, because they need editorial judgement or did not exist then: Tags,
Summary_source, Source_note, and the importer's own ``Import_*`` provenance.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from importer import ImportOptions, Outcome, import_sources
from importer.fingerprint import split_article

from tests.support import ROOT, SHARED

CORPUS = SHARED / "corpus"
COMPARED = (
    "title",
    "date",
    "date_precision",
    "author",
    "author_title",
    "byline",
    "kicker",
    "headline",
    "slug",
    "source",
    "category",
)
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def body_text(markdown: str) -> str:
    text = re.sub(r"^\{:[^}]*\}\s*$", " ", markdown, flags=re.MULTILINE)
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"\\(?=[\\`*_\[\]#>+\-.|])", "", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def _hand_made() -> dict[str, Path]:
    found = {}
    for path in (ROOT / "content").rglob("*.md"):
        meta, _ = split_article(path.read_text(encoding="utf-8"))
        if meta.get("source", "").startswith("corpus/"):
            found[meta["source"]] = path
    return found


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    content = tmp_path_factory.mktemp("import") / "content"
    results = import_sources([CORPUS], ImportOptions(content=content, now=NOW))
    assert [r.outcome for r in results] == [Outcome.IMPORTED] * 5, results
    return {f"corpus/{r.source.name}": r.target for r in results}


def _documents(meta: dict[str, str]) -> set[str]:
    return {d.split(" (", 1)[0].strip() for d in meta.get("documents", "").split(";") if d.strip()}


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_import_corpus_report_equals_hand_made_article(imported, name):
    source = f"corpus/{name}"
    hand_meta, hand_body = split_article(_hand_made()[source].read_text(encoding="utf-8"))
    target = imported[source]
    meta, body = split_article(target.read_text(encoding="utf-8"))
    for key in COMPARED:
        assert meta.get(key) == hand_meta.get(key), key
    if "summary_source" not in hand_meta:
        assert meta["summary"] == hand_meta["summary"]
    else:
        assert meta["summary_source"].startswith("tự động")
    assert _documents(meta) == _documents(hand_meta)
    assert body_text(body) == body_text(hand_body)
    # Same place in content/ as the hand-made file.
    hand_rel = _hand_made()[source].relative_to(ROOT / "content")
    assert target.as_posix().endswith(hand_rel.as_posix())


def test_import_corpus_records_provenance(imported):
    meta, _ = split_article(imported["corpus/002_f958cd1b3440b985.txt"].read_text("utf-8"))
    assert meta["import_source"].endswith("corpus/002_f958cd1b3440b985.txt")
    assert re.fullmatch(r"[0-9a-f]{64}", meta["import_sha256"])
    assert meta["import_encoding"].startswith("utf-8")
    assert meta["import_date"] == "2026-01-01"
    assert re.fullmatch(r"[0-9a-f]{20}", meta["import_fingerprint"])


def test_import_corpus_into_real_content_is_all_duplicates(tmp_path):
    # The hand-made articles have no Import_fingerprint: theirs is computed from the body.
    results = import_sources(
        [CORPUS], ImportOptions(content=ROOT / "content", dry_run=True, now=NOW)
    )
    assert [r.outcome for r in results] == [Outcome.DUPLICATE] * 5
    for result in results:
        assert result.target == _hand_made()[f"corpus/{result.source.name}"]
