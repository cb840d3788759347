"""Register resolution (issue 14): ``Cited_as`` records and the article date put articles on
document pages, through a real ``python -m portal_core.build`` of a fixture site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, copy_fixture, parse_html


def run_build(content: Path, output: Path) -> subprocess.CompletedProcess:
    """Build as an editor would (``-q``: warnings and errors only)."""
    command = [sys.executable, "-m", "portal_core.build", "-q", "-s", str(ROOT / "pelicanconf.py")]
    return subprocess.run(
        [*command, "-o", str(output), str(content)],
        capture_output=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
        timeout=600,
        env={**os.environ, "COLUMNS": "400"},  # no wrapped log lines
    )


def log_of(result: subprocess.CompletedProcess) -> str:
    """Everything the build printed, whitespace-normalised (the log may wrap lines)."""
    return " ".join((result.stdout + result.stderr).split())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    base = tmp_path_factory.mktemp("archive_register")
    content = copy_fixture("archive_register", base)
    result = run_build(content, base / "output")
    assert result.returncode == 0, result.stderr
    return base / "output", result


def card_titles(page: Path) -> list[str]:
    tree = parse_html(page)
    return [" ".join(n.text().split()) for n in tree.css(".document-articles .card-title")]


def test_number_only_reference_reaches_the_page_of_the_record_that_lists_it(built):
    output, _ = built
    titles = card_titles(output / "van-ban" / "05-ct-tw" / "index.html")
    assert titles == ["Chi bộ học tập Chỉ thị 5"]  # not the 2014 article: the record is 2016


def test_article_date_fixes_the_plenum_term(built):
    output, _ = built
    page = output / "van-ban" / "04-nq-tw" / "index.html"
    assert card_titles(page) == ["Quán triệt Nghị quyết Trung ương 4"]
    record = parse_html(page).css_first(".document-record")
    fields = {
        dt.text().strip(): dd.text().strip()
        for dt, dd in zip(record.css("dt"), record.css("dd"), strict=True)
    }
    assert fields["Khóa"] == "XII"  # derived from the article's date, not printed


def test_colliding_phrase_resolves_nowhere_and_the_build_says_where(built):
    output, result = built
    for slug in ("09-ct-tu", "09-ct-hu"):
        assert card_titles(output / "van-ban" / slug / "index.html") == []
    assert not (output / "van-ban" / "09-ct-tw").exists()  # no page is invented
    log = log_of(result)
    assert "09-ct-tu.md:6: cách gọi 'chỉ thị 9' trùng với hồ sơ" in log
    assert "09-ct-hu.md:6 (09-CT/HU): không dùng cách gọi này" in log


def test_malformed_cited_as_stops_the_build_with_file_and_line(tmp_path):
    content = copy_fixture("archive_register", tmp_path)
    record = content / "van-ban" / "05-ct-tw.md"
    record.write_text(
        record.read_text("utf-8").replace("Cited_as: Chỉ thị 05;", "Cited_as: học tập tốt;"),
        "utf-8",
    )
    result = run_build(content, tmp_path / "out")
    assert result.returncode != 0
    log = log_of(result)
    assert "05-ct-tw.md:7: cách gọi không hợp lệ trong Cited_as: 'học tập tốt'" in log
    assert "Gợi ý: mỗi cách gọi là tên văn bản không kèm số hiệu đầy đủ" in log
    assert "Traceback" not in log


def record_fields(page: Path) -> dict[str, str]:
    record = parse_html(page).css_first(".document-record")
    return {
        dt.text().strip(): " ".join(dd.text().split())
        for dt, dd in zip(record.css("dt"), record.css("dd"), strict=True)
    }


def test_document_page_lists_the_other_names_of_its_record(built):
    output, _ = built
    fields = record_fields(output / "van-ban" / "05-ct-tw" / "index.html")
    assert fields["Tên gọi khác"] == "Chỉ thị 05; Chỉ thị số 05 của Bộ Chính trị"
    assert "Tên gọi khác" not in record_fields(output / "van-ban" / "04-nq-tw" / "index.html")


def test_document_page_shows_each_mention_as_printed(built):
    output, _ = built
    tree = parse_html(output / "van-ban" / "04-nq-tw" / "index.html")
    [mention] = tree.css(".document-articles .card-mention")
    assert " ".join(mention.text().split()) == "Nhắc đến: “Nghị quyết Trung ương 4”"
    tree = parse_html(output / "van-ban" / "05-ct-tw" / "index.html")
    [mention] = tree.css(".document-articles .card-mention")
    assert "“Chỉ thị 5”" in mention.text()


def test_search_finds_the_article_by_the_resolved_id(built):
    output, _ = built
    page = output / "bai-viet" / "quan-triet-nghi-quyet-trung-uong-4" / "index.html"
    hidden = " ".join(n.text() for n in parse_html(page).css("[data-pagefind-weight]"))
    assert "04-NQ/TW" in hidden and "04-nq-tw" in hidden
