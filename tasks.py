"""Tasks for editors and developers: `invoke --list` shows them all.

Nothing is read or built at import time; every task does its own work when called.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
PYTHON_BIN = Path(sys.executable).parent
DEV_SETTINGS = ROOT / "pelicanconf.py"
PUBLISH_SETTINGS = ROOT / "publishconf.py"


def _bin(name: str) -> str:
    """Path of a console script installed next to the running Python."""
    candidate = PYTHON_BIN / name
    return str(candidate) if candidate.exists() else name


def build_command(settings: Path, output: Path, content: Path | None = None) -> str:
    """The build command line: Pelican through portal_core.build (fails on any error)."""
    args = [sys.executable, "-m", "portal_core.build", "-s", str(settings), "-o", str(output)]
    if content is not None:
        args.append(str(content))
    return shlex.join(args)


@task(help={"output": "output folder (default: output/)"})
def build(c, output="output"):
    """Build the site (development settings) into output/."""
    c.run(build_command(DEV_SETTINGS, ROOT / output), pty=False)


@task(help={"port": "port to serve on (default 8000)", "host": "address (default 127.0.0.1)"})
def serve(c, port=8000, host="127.0.0.1"):
    """Build, serve on http://localhost:8000 and rebuild + reload the browser on change."""
    from livereload import Server

    output = ROOT / "output"
    command = build_command(DEV_SETTINGS, output)
    c.run(command)

    def rebuild():
        c.run(command, warn=True)

    server = Server()
    for pattern in ("content/**/*", "theme/**/*", "plugins/**/*.py", "pelicanconf.py"):
        server.watch(str(ROOT / pattern), rebuild)
    print(f"Đang phục vụ trang tại http://localhost:{port}/ (Ctrl+C để dừng)")
    server.serve(host=host, port=int(port), root=str(output), open_url_delay=None)


@task
def lint(c):
    """Run ruff (lint + format check) over the project."""
    c.run(f"{_bin('ruff')} check .")
    c.run(f"{_bin('ruff')} format --check .")


@task
def format(c):
    """Format the code with ruff."""
    c.run(f"{_bin('ruff')} check --fix .")
    c.run(f"{_bin('ruff')} format .")


@task(
    help={
        "k": "only tests matching this expression",
        "quick": "skip browser and validator tests (for a fast local loop)",
    }
)
def test(c, k="", quick=False):
    """Lint, then run the whole test suite (unit, integration, e2e, quality gates)."""
    lint(c)
    args = [_bin("pytest"), "-p", "no:cacheprovider"]
    if k:
        args += ["-k", k]
    if quick:
        args += ["-m", "not e2e and not gates"]
    c.run(shlex.join(args), pty=False, env={"PYTHONDONTWRITEBYTECODE": "1", **os.environ})


@task
def clean(c):
    """Remove generated output."""
    c.run(f"rm -rf {shlex.quote(str(ROOT / 'output'))}")
