"""Pure modules never load Pelican, Jinja or Markdown, even through a package __init__.

Each module is imported in a fresh interpreter and ``sys.modules`` is inspected afterwards,
so an indirect import (module -> package __init__ -> plugin glue -> pelican) fails too.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support import ROOT

PURE_MODULES = [
    "vntext",
    "citations",
    "content_check",
    "importer",
    "publish",
    "document_archive.records",
    "document_archive.archives",
    "document_archive.citing",
    "document_archive.identity",
    "document_archive.merge",
    "document_archive.overrides",
    "search_index.terms",
    "portal_seo.sitemap",
    "url_manifest.manifest",
    "git_dates.history",
    "portal_core.source",
    "portal_core.metadata",
    "build_cache.store",
    "build_cache.fingerprint",
    "build_cache.pool",
    "build_cache.swap",
    "safe_html.sanitize",
]
ENGINES = ("pelican", "jinja2", "markdown")


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_loads_no_engine(module):
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        f"print(json.dumps([m for m in {ENGINES!r} if m in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [], module


def test_the_check_catches_an_impure_module():
    """The same probe reports the glue module, which does import Pelican."""
    code = (
        "import importlib, sys\n"
        "importlib.import_module('portal_core.plugin')\n"
        "print('pelican' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "True"
