"""import-dev's reports printed the ways other portals print them, imported right.

``bench/import_variants.py`` measures the importer on every report of ``../shared/import-dev``
in every variant (date forms, other portals' furniture, saved-page layouts without machine
dates, text layouts, encodings and line ends). This test runs the same variants on two
reports of each shape, so a rule that breaks one of them fails here, not only in the bench.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest

from tests.support import ROOT, SHARED

IMPORT_DEV = SHARED / "import-dev"
PER_SHAPE = 2


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A folder with the first reports of each shape of import-dev that print a time."""
    gold = json.loads((IMPORT_DEV / "gold.json").read_text(encoding="utf-8"))
    chosen: dict[str, dict] = {}
    for shape in ("-plain.txt", "-portal.txt", "-page.html"):
        names = [n for n in sorted(gold) if n.endswith(shape) and gold[n].get("time")]
        chosen |= {name: gold[name] for name in names[:PER_SHAPE]}
    folder = tmp_path_factory.mktemp("import-dev-sample")
    for name in chosen:
        shutil.copy(IMPORT_DEV / name, folder / name)
    (folder / "gold.json").write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def variants():
    """``bench/import_variants.py``, imported as the bench runs it (``bench/`` on the path)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(ROOT / "bench"))
        import import_variants

        yield import_variants


@pytest.mark.parametrize(
    "family", ["date", "furniture", "layout", "text", "encoding", "page-encoding"]
)
def test_every_variant_of_the_sample_is_imported_right(variants, sample, family, capsys):
    misses = variants.run(sample, [family], seed=1, verbose=True)
    printed = capsys.readouterr().out
    assert misses == 0, printed
    totals = re.search(rf"^{family}: \d+ variants, (\d+) reports", printed, re.MULTILINE)
    assert totals and int(totals[1]) >= 2 * PER_SHAPE  # the family made variants at all
