"""docs/settings.md lists exactly the settings of every plugin's Spec, with their defaults.

Each plugin with a ``settings.py`` declares a ``SPEC``; its section of docs/settings.md (the
``## <plugin>`` heading) has a table ``| setting | type | default | meaning |`` with one row per
key, whose default cell starts with the default as a Python literal in backquotes.
"""

from __future__ import annotations

import ast
import importlib.util
import re

import pytest

from tests.support import ROOT

DOCS = ROOT / "docs" / "settings.md"
# Package -> its settings.py: the Pelican plugins' and the libraries' (publish) alike.
SETTINGS_FILES = {
    path.parent.name: path
    for folder in ("lib", "plugins")
    for path in (ROOT / folder).glob("*/settings.py")
}
PLUGIN_SETTINGS = sorted(SETTINGS_FILES)
_ROW = re.compile(r"^\| `([A-Z][A-Z0-9_]*)` \| [^|]* \| `([^`]*)`")


def _spec_of(package: str):
    """The SPEC of ``<package>/settings.py``, loaded from its file (a test that
    loads a settings file named like a package cannot shadow it)."""
    path = SETTINGS_FILES[package]
    spec = importlib.util.spec_from_file_location(f"_documented_{package}_settings", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SPEC


def _sections() -> dict[str, dict[str, str]]:
    """{section heading: {setting: default literal}} of every settings table."""
    sections: dict[str, dict[str, str]] = {}
    heading = ""
    in_table = False
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
            sections.setdefault(heading, {})
        elif line.startswith("| setting | type | default |"):
            in_table = True
        elif not line.startswith("|"):
            in_table = False
        elif in_table and (match := _ROW.match(line)):
            sections[heading][match.group(1)] = match.group(2)
    return sections


def _section_of(plugin: str, sections: dict) -> dict[str, str]:
    found = [rows for name, rows in sections.items() if name.lower().startswith(plugin)]
    assert len(found) == 1, f"docs/settings.md: no single '## {plugin}' section"
    return found[0]


def _plain(value):
    return list(value) if isinstance(value, list | tuple) else value


@pytest.mark.parametrize("package", PLUGIN_SETTINGS)
def test_settings_docs_list_exactly_the_plugins_defaults(package):
    spec = _spec_of(package)
    rows = _section_of(spec.plugin, _sections())
    assert sorted(rows) == sorted(spec.defaults), package
    for key, literal in rows.items():
        assert _plain(ast.literal_eval(literal)) == _plain(spec.defaults[key]), key


# Sections whose plugin reads its settings without a Spec (none left).
WITHOUT_SPEC: tuple[str, ...] = ()


def test_settings_docs_rows_belong_to_a_plugin():
    """Every documented plugin setting is some plugin's (a stale row fails)."""
    specs = [_spec_of(p) for p in PLUGIN_SETTINGS]
    known = {key for spec in specs for key in spec.defaults}
    for heading, rows in _sections().items():
        if heading.startswith(WITHOUT_SPEC):
            continue
        assert set(rows) <= known, (heading, sorted(set(rows) - known))
