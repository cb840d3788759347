"""Pure libraries never load Pelican, Jinja or Markdown, nor a Pelican plugin package.

Every module under lib/ is pure; so is every plugin package's ``__init__`` (it imports its
glue lazily, in ``register()``) and the few small pure helpers left inside plugins, listed
in ``PURE_IN_PLUGINS``; everything else under plugins/ is glue. Each module is imported in a
pristine interpreter (one fresh ``python`` forked once per module, so nothing another module
imported is there) and ``sys.modules`` is inspected afterwards: an indirect import (module ->
package __init__ -> plugin glue -> pelican) fails too, and a new module under lib/ is checked
without being listed anywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.support import ROOT

LIB = ROOT / "lib"
PLUGINS = ROOT / "plugins"
ENGINES = ("pelican", "jinja2", "markdown")
# Pure modules left inside a plugin package: small helpers only that plugin uses (settings
# with their frozen defaults, parsers of the built files, the build cache's pure parts).
PURE_IN_PLUGINS = frozenset(
    {
        "build_cache.fingerprint",
        "build_cache.pool",
        "build_cache.settings",
        "build_cache.typogrify_guards",
        "build_cache.signals",
        "build_cache.store",
        "build_cache.swap",
        "document_archive.settings",
        "git_dates.history",
        "git_dates.settings",
        "git_dates.significant",
        "photos.settings",
        "portal_core.settings",
        "portal_seo.jsonld",
        "portal_seo.settings",
        "portal_seo.sitemap",
        "safe_html.headers",
        "safe_html.internal",
        "safe_html.sanitize",
        "safe_html.settings",
        "scheduling.settings",
        "search_index.bundles",
        "search_index.pagefind",
        "search_index.settings",
        "search_index.shards",
        "search_index.terms",
        "url_manifest.settings",
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
            found += [
                "plugins/" + m
                for m, module in list(sys.modules.items())
                if "." not in m
                and (getattr(module, "__file__", None) or "").startswith(sys.argv[3])
            ]
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


def _modules(folder) -> list[str]:
    """Every importable module and package under ``folder`` (``__main__`` scripts aside)."""
    names = []
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(folder).with_suffix("").parts
        if not (folder / parts[0] / "__init__.py").is_file() or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


LIBRARY_MODULES = _modules(LIB)
PLUGIN_MODULES = _modules(PLUGINS)
MODULES = LIBRARY_MODULES + PLUGIN_MODULES
PLUGIN_PACKAGES = [name for name in PLUGIN_MODULES if "." not in name]
PURE = LIBRARY_MODULES + PLUGIN_PACKAGES + sorted(PURE_IN_PLUGINS)


@pytest.fixture(scope="module")
def engines_loaded() -> dict[str, list[str]]:
    """Module name -> engines and ``plugins/<package>`` in ``sys.modules`` after importing
    it in a pristine interpreter."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _PROBE,
            json.dumps(MODULES),
            json.dumps(ENGINES),
            f"{PLUGINS}{os.sep}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_pure_modules_load_no_engine(engines_loaded):
    """One probe for all modules (one test, so parallel test workers do not repeat it)."""
    loaded = {name: engines_loaded[name] for name in PURE}
    # Engines and failed imports; a plugin package loaded by a plugin's helper is allowed.
    impure = {
        name: [m for m in found if not m.startswith("plugins/")] for name, found in loaded.items()
    }
    assert {name: found for name, found in impure.items() if found} == {}


def test_libraries_load_no_plugin_package(engines_loaded):
    """lib/ stands alone: the layers go plugins -> lib, never back."""
    found = {name: engines_loaded[name] for name in LIBRARY_MODULES}
    assert {name: loaded for name, loaded in found.items() if loaded} == {}


def test_the_check_catches_an_impure_module(engines_loaded):
    """The same probe reports the glue modules, which do import Pelican and other plugins."""
    assert "pelican" in engines_loaded["portal_core.plugin"]
    assert "pelican" in engines_loaded["document_archive.generator"]
    assert "plugins/build_cache" in engines_loaded["document_archive.generator"]


def test_the_libraries_are_in_lib_and_the_listed_helpers_exist():
    assert not PURE_IN_PLUGINS - set(PLUGIN_MODULES), sorted(PURE_IN_PLUGINS - set(PLUGIN_MODULES))
    for library in (
        "vntext",
        "citations",
        "content_check",
        "importer",
        "publish",
        "portal_files",
        "settings_spec",
        "archive",
        "portal_content",
        "portal_photos",
        "stable_urls",
    ):
        assert library in LIBRARY_MODULES
