"""Tasks take paths as people type them, and say what is missing without a terminal."""

from __future__ import annotations

import json
import re
import shutil

from tests.integration.test_editor_workflow import run_task
from tests.support import FIXTURES, ROOT

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


def test_check_takes_another_content_folder_with_its_own_document_records(tmp_path):
    content = tmp_path / "noi-dung"
    shutil.copytree(ROOT / "content", content)
    bad = content / "2024" / "01" / "ngay-sai.md"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        (ROOT / "content" / "pages" / "gioi-thieu.md").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = run_task("check", "--content", str(content))
    assert result.returncode == 1, result.stdout + result.stderr
    reported = {line.split(":")[0] for line in result.stdout.splitlines() if ": VN" in line}
    # Only the page copied among the articles is wrong; the folder's own van-ban/ records
    # and pages/ are read as records and pages, and no article collides with content/'s.
    assert reported == {str(bad)}, result.stdout
    assert "VN040" not in result.stdout


def test_new_without_a_terminal_names_the_missing_options(tmp_path):
    result = run_task("new", "--title", "Tin", "--content", str(tmp_path))
    assert result.returncode == 1
    assert "thiếu --category, --author" in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(tmp_path.rglob("*.md"))


def test_import_takes_several_paths_without_dashes_and_the_old_forms_still_work(tmp_path):
    spaced = tmp_path / "Bao cao VNI 2020.txt"  # Word-era names have spaces
    shutil.copy(FIXTURES / "import_legacy" / "bao-cao-vni.txt", spaced)
    tcvn3 = str(FIXTURES / "import_legacy" / "bao-cao-tcvn3.txt")
    shapes = str(FIXTURES / "import_shapes" / "mot-doan.txt")
    content = ["--content", str(tmp_path / "content")]

    typed = run_task("import", tcvn3, str(spaced), shapes, "--dry-run", *content)
    assert "No idea" not in typed.stderr and "Traceback" not in typed.stderr
    assert typed.returncode == 0, typed.stdout + typed.stderr
    assert "Tổng: 3 nguồn; đã nhập 2, trùng lặp 1, từ chối 0" in typed.stdout
    assert str(spaced) in typed.stdout and "vni" in typed.stdout
    assert not (tmp_path / "content").exists()  # dry run

    dashed = run_task("import", "--dry-run", *content, "--", tcvn3, shapes)
    assert dashed.returncode == 0, dashed.stdout + dashed.stderr
    assert "Tổng: 2 nguồn; đã nhập 2" in dashed.stdout
    commas = run_task("import", f"{tcvn3},{shapes}", *content)
    assert commas.returncode == 0, commas.stdout + commas.stderr
    assert len(list((tmp_path / "content").rglob("*.md"))) == 2

    nothing = run_task("import", "--dry-run")
    assert nothing.returncode == 2
    assert "LỖI: thiếu tệp hoặc thư mục nguồn" in nothing.stderr
    assert "Traceback" not in nothing.stderr


VIETNAMESE = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]")


def test_every_task_has_vietnamese_help_with_an_example():
    listed = json.loads(run_task("--list", "--list-format=json").stdout)
    names = [entry["name"] for entry in listed["tasks"]]
    assert {"build", "serve", "test", "lint", "format", "clean", "import", "urls"} <= set(names)
    for name in names:
        shown = run_task("--help", name).stdout
        docstring = shown.split("Docstring:", 1)[1].split("Options:", 1)[0]
        assert VIETNAMESE.search(docstring.splitlines()[1]), (name, docstring)
        assert "Ví dụ" in docstring and f"invoke {name}" in docstring, (name, docstring)
        options = shown.split("Options:", 1)[1]
        for line in options.strip().splitlines():
            flag, *own_help = re.split(r"\s{2,}", line.strip(), maxsplit=1)
            if flag.startswith("-") and own_help:  # an option and the start of its help
                assert VIETNAMESE.search(own_help[0]), (name, line)
