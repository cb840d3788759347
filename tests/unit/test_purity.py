"""Pure modules never load Pelican, Jinja or Markdown, even through a package __init__.

Every module under plugins/ is pure unless it is listed in ``GLUE`` (Pelican plugin glue,
which translates between Pelican objects and the pure libraries). Each module is imported
in a pristine interpreter (one fresh ``python`` forked once per module, so nothing another
module imported is there) and ``sys.modules`` is inspected afterwards: an indirect import
(module -> package __init__ -> plugin glue -> pelican) fails too, and a new module is
checked without being listed anywhere.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support import ROOT

PLUGINS = ROOT / "plugins"
ENGINES = ("pelican", "jinja2", "markdown")
# Modules allowed to load an engine: the Pelican glue (``*.plugin`` everywhere) and the
# few modules that wrap Pelican's classes or render Markdown for it.
GLUE = frozenset(
    {
        "build_cache.inputs",
        "build_cache.page_keys",
        "build_cache.rendering",
        "build_cache.session",
        "build_cache.writer",
        "document_archive.generator",
        "document_archive.model",
        "photos.statics",
        "photos.workspace",
        "portal_core.build",
        "portal_core.preview",
        "portal_core.reader",
    }
)

_PROBE = r"""
import importlib, json, os, sys

def probe(name):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child starts from this pristine interpreter
        os.close(read)
        try:
            importlib.import_module(name)
            found = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
        except BaseException as exc:
            found = [f"import failed: {exc!r}"]
        os.write(write, json.dumps(found).encode())
        os._exit(0)
    os.close(write)
    return pid, read

results, running = {}, {}
names = json.loads(sys.argv[1])
while names or running:
    while names and len(running) < (os.cpu_count() or 1):
        name = names.pop()
        running[name] = probe(name)
    name, (pid, read) = next(iter(running.items()))
    data = b""
    while chunk := os.read(read, 65536):
        data += chunk
    os.close(read)
    os.waitpid(pid, 0)
    results[name] = json.loads(data)
    del running[name]
print(json.dumps(results))
"""


def _modules() -> list[str]:
    """Every importable module and package under plugins/ (``__main__`` scripts aside)."""
    names = []
    for path in sorted(PLUGINS.rglob("*.py")):
        parts = path.relative_to(PLUGINS).with_suffix("").parts
        if not (PLUGINS / parts[0] / "__init__.py").is_file() or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


MODULES = _modules()
PURE = [name for name in MODULES if name not in GLUE and name.rsplit(".", 1)[-1] != "plugin"]


@pytest.fixture(scope="module")
def engines_loaded() -> dict[str, list[str]]:
    """Module name -> engines in ``sys.modules`` after importing it in a pristine interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(MODULES), json.dumps(ENGINES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_pure_modules_load_no_engine(engines_loaded):
    """One probe for all modules (one test, so parallel test workers do not repeat it)."""
    impure = {name: engines_loaded[name] for name in PURE if engines_loaded[name]}
    assert impure == {}


def test_the_check_catches_an_impure_module(engines_loaded):
    """The same probe reports the glue modules, which do import Pelican."""
    assert "pelican" in engines_loaded["portal_core.plugin"]
    assert "pelican" in engines_loaded["document_archive.generator"]


def test_every_glue_module_exists_and_the_libraries_are_checked():
    assert not GLUE - set(MODULES), sorted(GLUE - set(MODULES))
    for library in ("vntext", "citations", "content_check", "importer", "publish", "portal_files"):
        assert library in PURE
