"""VN053: impossible plenum references warn at the line and column where they are printed."""

from __future__ import annotations

import pytest
from content_check import CheckSettings, Severity, check_paths

from tests.unit.content_check.test_content_check_rules import CATEGORIES, GOOD_PATH, article


def _check(tmp_path, text: str, rel: str = GOOD_PATH):
    path = tmp_path / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    settings = CheckSettings(content_root=tmp_path / "content", categories=CATEGORIES)
    return [p for p in check_paths([path], settings) if p.code == "VN053"]


@pytest.mark.parametrize(
    ("body", "date", "col", "says"),
    [
        ("Học tập Nghị quyết Trung ương 19 khóa XI.\n", "2014-01-10 08:00", 9, "19 khóa XI"),
        ("Quán triệt Nghị quyết Trung ương 4 khóa XIII.\n", "2015-01-10 08:00", 12, "XIII"),
        ("Quán triệt Nghị quyết Trung ương 8 (khóa XII).\n", "2016-02-01 08:00", 12, "2018"),
    ],
)
def test_impossible_reference_warns_where_it_is_printed(tmp_path, body, date, col, says):
    [problem] = _check(tmp_path, article("Mở đầu.\n\n" + body, Date=date))
    assert problem.severity is Severity.WARNING
    assert (problem.line, problem.col) == (10, col)
    assert says in problem.message
    assert problem.format().startswith(f"{problem.path}:10:{col}: VN053 ")


def test_a_reference_wrapped_over_two_lines_warns_at_its_first_line(tmp_path):
    # Markdown wraps a paragraph: the term on the next line is still the reference's term
    body = "Học tập Nghị quyết Trung ương 19\nkhóa XI của Đảng.\n"
    [problem] = _check(tmp_path, article("Mở đầu.\n\n" + body, Date="2014-01-10 08:00"))
    assert (problem.line, problem.col) == (10, 9)
    assert "19 khóa XI" in problem.message


def test_reference_in_the_title_points_at_the_title(tmp_path):
    text = article(Title="Học tập Nghị quyết Trung ương 16 khóa XII")
    [problem] = _check(tmp_path, text)
    assert (problem.line, problem.col) == (1, 16)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Quán triệt Nghị quyết Trung ương 4 khóa XII.\n", "2017-03-10 08:00"),
        ("Quán triệt Nghị quyết Trung ương 4.\n", "2017-03-10 08:00"),
        ("Quán triệt Nghị quyết Trung ương 4 khóa XIII.\n", "unknown"),
    ],
)
def test_possible_or_undecidable_reference_is_quiet(tmp_path, body, date):
    text = article(body, Date=date, Date_precision="day") if date == "unknown" else None
    assert _check(tmp_path, text or article(body, Date=date)) == []


def test_document_records_are_not_read_as_articles(tmp_path):
    record = "Id: 19-NQ/TW\nTitle: Nghị quyết Trung ương 19 khóa XI\n\nMô tả.\n"
    assert _check(tmp_path, record, rel="van-ban/19-nq-tw.md") == []
