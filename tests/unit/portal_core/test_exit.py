"""``python -m portal_core.build`` ends without freeing its objects one by one, but only
after what a normal exit does first: exit handlers run, output flushed, status kept."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.support import ROOT


def _run(code: str, tmp_path) -> subprocess.CompletedProcess:
    script = textwrap.dedent(
        f"""
        import atexit, logging, sys, threading, time
        sys.path[:0] = [{str(ROOT / "plugins")!r}, {str(ROOT / "lib")!r}, {str(ROOT)!r}]
        from portal_core.build import exit_without_teardown
        marker = {str(tmp_path / "handler-ran")!r}
        atexit.register(lambda: open(marker, "w").write("ok"))
        logging.basicConfig(stream=sys.stderr, format="%(message)s")
        """
    ) + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        encoding="utf-8",  # Vietnamese output, whatever the locale (CI runs under C)
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        check=False,
    )


def test_exit_handlers_run_output_is_flushed_and_the_status_kept(tmp_path):
    result = _run(
        """
        sys.stdout.write("Đã dựng xong")  # no newline: only a flush writes it
        logging.getLogger("x").warning("cảnh báo cuối")
        exit_without_teardown(3)
        """,
        tmp_path,
    )
    assert result.returncode == 3
    assert result.stdout == "Đã dựng xong"
    assert "cảnh báo cuối" in result.stderr
    assert (tmp_path / "handler-ran").read_text() == "ok"


def test_a_thread_still_running_is_waited_for(tmp_path):
    result = _run(
        """
        worker = threading.Thread(target=lambda: (time.sleep(0.3), print("luồng xong")))
        worker.start()
        exit_without_teardown(0)
        """,
        tmp_path,
    )
    assert result.returncode == 0
    assert "luồng xong" in result.stdout
    assert (tmp_path / "handler-ran").read_text() == "ok"


def test_under_a_profiler_the_exit_is_the_normal_one(tmp_path):
    """``python -m cProfile`` writes its report after the program returns."""
    script = tmp_path / "build.py"
    script.write_text(
        "import sys\n"
        f"sys.path[:0] = [{str(ROOT / 'plugins')!r}, {str(ROOT / 'lib')!r}, {str(ROOT)!r}]\n"
        "from portal_core.build import exit_without_teardown\n"
        "exit_without_teardown(0)\n",
        encoding="utf-8",
    )
    report = tmp_path / "build.prof"
    result = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(report), str(script)],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert report.stat().st_size > 0
