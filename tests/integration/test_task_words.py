"""Tasks take paths as people type them, and say what is missing without a terminal."""

from __future__ import annotations

from tests.integration.test_editor_workflow import run_task
from tests.support import FIXTURES

NFD = str(FIXTURES / "basic" / "2024" / "01" / "nfd.md")
CLEAN = str(FIXTURES / "basic" / "2024" / "01" / "so-ket.md")


def test_check_takes_several_paths_without_dashes_and_the_old_form_still_works():
    typed = run_task("check", CLEAN, NFD)
    assert typed.returncode == 1, typed.stderr
    assert "No idea" not in typed.stderr
    assert {line.split(":")[0] for line in typed.stdout.splitlines()} == {
        "tests/fixtures/basic/2024/01/nfd.md"
    }
    assert run_task("check", CLEAN).returncode == 0
    dashed = run_task("check", "--", NFD)
    assert dashed.returncode == 1 and "VN006" in dashed.stdout


def test_new_without_a_terminal_names_the_missing_options(tmp_path):
    result = run_task("new", "--title", "Tin", "--content", str(tmp_path))
    assert result.returncode == 1
    assert "thiếu --category, --author" in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(tmp_path.rglob("*.md"))


def test_help_is_vietnamese_with_an_example():
    for name in ("check", "new", "publish", "deploy"):
        shown = run_task("--help", name).stdout
        assert "Ví dụ" in shown, name
