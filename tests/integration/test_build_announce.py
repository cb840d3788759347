"""`python -m portal_core.build` tells the process that started it when its pages are final
(``PORTAL_OUTPUT_READY_FD``, what `invoke publish` uses to run its gates while the search
index is written): every file outside the folders it names is then what the build ends
with."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from build_cache.announce import READY_FD_ENV, wait_for_announcement

from tests.support import ROOT, copy_fixture


def _files(root: str | Path, skipped: tuple[str, ...]) -> dict[str, str]:
    found = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            if not any(relative == s or relative.startswith(s + "/") for s in skipped):
                with open(path, "rb") as handle:
                    found[relative] = hashlib.sha256(handle.read()).hexdigest()
    return found


def test_the_build_announces_its_final_pages_before_the_output_readers(tmp_path):
    """Before the sitemap and the search index are written: every other file is final
    then, byte for byte, and no file appears later outside what was named unfinished."""
    content = copy_fixture("basic", tmp_path)
    output = tmp_path / "output"
    ready, for_build = os.pipe()
    command = [sys.executable, "-m", "portal_core.build", "-q", "-s", str(ROOT / "pelicanconf.py")]
    command += ["-o", str(output), str(content)]
    env = {**os.environ, "PORTAL_CACHE_DIR": str(tmp_path / "cache"), READY_FD_ENV: str(for_build)}
    build = subprocess.Popen(command, cwd=ROOT, env=env, pass_fds=(for_build,))
    os.close(for_build)
    try:
        announced = wait_for_announcement(build, ready)
        assert announced is not None
        folder = os.open(announced["folder"], os.O_RDONLY | os.O_DIRECTORY)
        then = _files(f"/proc/self/fd/{folder}", tuple(announced["unfinished"]))
        os.close(folder)
    finally:
        os.close(ready)
        assert build.wait(timeout=600) == 0
    assert announced["unfinished"] == ["pagefind", "sitemap.xml"]
    assert Path(announced["folder"]).parent == output.parent  # built beside, then swapped
    assert "index.html" in then
    assert then == _files(output, ("pagefind", "sitemap.xml"))
    assert (output / "pagefind" / "indexes.json").is_file() and (output / "sitemap.xml").is_file()


def test_without_the_variable_nothing_is_announced(tmp_path):
    from build_cache.announce import announce_output_ready

    assert not announce_output_ready(str(tmp_path), ["pagefind"], environ={})
    assert not announce_output_ready(str(tmp_path), ["pagefind"], environ={READY_FD_ENV: "x"})


def test_a_build_beside_a_previous_output_finds_its_search_bundles_in_place(
    tmp_path, monkeypatch, caplog
):
    """Publish builds beside the live release: the release's Pagefind bundles are linked
    into the new output while the sources are read, so unchanged ones are neither indexed
    again nor linked at the end (here with no cache at all to take them from)."""
    import logging

    from portal_core.build import run_build

    content = copy_fixture("archive_documents", tmp_path / "content")
    monkeypatch.setenv("PORTAL_CACHE_DIR", "off")
    first = tmp_path / "first"
    assert run_build(ROOT / "pelicanconf.py", first, content, report=print) == 0
    caplog.set_level(logging.INFO, logger="search_index.plugin")
    second = tmp_path / "second"
    assert run_build(ROOT / "pelicanconf.py", second, content, first, report=print) == 0
    (said,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Search")]
    assert "(0 indexed," in said, said
    entry = "pagefind/2023/pagefind-entry.json"
    assert (second / entry).stat().st_ino == (first / entry).stat().st_ino
