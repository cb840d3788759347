"""Helpers shared by the tests: real settings, real Pelican builds, parsed output."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
from pathlib import Path

from pelican import Pelican
from pelican.settings import read_settings
from selectolax.lexbor import LexborHTMLParser as HTMLParser

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


def portal_settings(content: Path, output: Path, **overrides) -> dict:
    """Settings from the real pelicanconf.py, pointed at ``content`` and ``output``."""
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(ROOT / "theme"),
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            **overrides,
        },
    )
    return settings


def build_site(content: Path, output: Path, **overrides) -> Path:
    """Run a real Pelican build of ``content`` into ``output`` and return ``output``."""
    Pelican(portal_settings(content, output, **overrides)).run()
    return output


def copy_fixture(name: str, destination: Path) -> Path:
    """Copy the fixture site ``tests/fixtures/<name>`` to ``destination`` and return it."""
    target = destination / name
    shutil.copytree(FIXTURES / name, target)
    return target


def search_fragments(output: Path) -> list[tuple[str, dict]]:
    """``(bundle, fragment)`` of every page in the built site's Pagefind bundles, in path
    order: what Pagefind stored for the page (``url``, ``content``, ``meta``, ``filters``)."""
    found = []
    for path in sorted((output / "pagefind").glob("*/fragment/*")):
        data = json.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd") :])
        found.append((path.parts[-3], data))
    return found


def parse_html(path: Path) -> HTMLParser:
    """Parse a built HTML file."""
    return HTMLParser(path.read_text(encoding="utf-8"))


def text_of(tree: HTMLParser, selector: str) -> str:
    """Whitespace-normalised text of the first node matching ``selector`` ('' if none)."""
    node = tree.css_first(selector)
    return " ".join(node.text().split()) if node else ""


def cited_documents(text: str) -> list[tuple]:
    """``(id, issuer, date)`` of each document the citation extractor finds in ``text``."""
    from citations import extract

    return [(c.id, c.issuer, c.date) for c in extract(text).documents]


def refused_cleanly(command: list[str], cwd: Path, message: str, timeout: float | None = None):
    """Run ``command``; assert it stopped with status 2 and ``message``, no traceback."""
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, encoding="utf-8", timeout=timeout, check=False
    )
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return result
