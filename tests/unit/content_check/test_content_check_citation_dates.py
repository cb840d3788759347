"""VN054 (coded citations against the article's date) and VN053 for a term that does not exist,
by the real checker on real files."""

from __future__ import annotations

import pytest
from content_check import CheckSettings, Severity, check_paths

from tests.unit.content_check.test_content_check_rules import CATEGORIES, GOOD_PATH, article


def _check(tmp_path, text: str, codes=("VN053", "VN054"), rel: str = GOOD_PATH):
    path = tmp_path / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    settings = CheckSettings(content_root=tmp_path / "content", categories=CATEGORIES)
    return [p for p in check_paths([path], settings) if p.code in codes]


@pytest.mark.parametrize(
    ("body", "date", "col", "says"),
    [
        ("Học tập Nghị quyết số 04-NQ/TW (khóa XIII) về xây dựng Đảng.\n", "2017-03-10 08:00",
         9, "khóa XIII bắt đầu từ 2021-01-25"),
        ("Học tập Nghị quyết số 04-NQ/TW (khóa XV).\n", "2024-03-10 08:00", 9, "không có khóa XV"),
        ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n", "2015-06-01 08:00",
         11, "ghi ngày 2016-05-15, sau ngày của bài (2015-06-01)"),
        ("Thực hiện Kế hoạch số 12/KH-UBND tháng 7/2024 của UBND tỉnh.\n", "2024-06-01 08:00",
         11, "ghi ngày 2024-07"),
    ],
)  # fmt: skip
def test_citation_contradicting_the_article_date_warns_where_printed(
    tmp_path, body, date, col, says
):
    [problem] = _check(tmp_path, article("Mở đầu.\n\n" + body, Date=date))
    assert (problem.code, problem.severity) == ("VN054", Severity.WARNING)
    assert (problem.line, problem.col) == (10, col)
    assert says in problem.message
    assert problem.format().startswith(f"{problem.path}:10:{col}: VN054 ")


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Học tập Nghị quyết số 04-NQ/TW (khóa XII).\n", "2017-03-10 08:00"),
        ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.\n", "2016-05-15 08:00"),
        # a local committee numbers its own terms
        ("Thực hiện Nghị quyết số 02-NQ/ĐUK (khóa XX) của Đảng ủy Khối.\n", "2017-03-10 08:00"),
        ("Thực hiện Nghị quyết số 04-NQ/TW (khóa XIII).\n", "unknown"),
    ],
)
def test_citation_consistent_or_undecidable_is_quiet(tmp_path, body, date):
    extra = {"Date_precision": "day"} if date == "unknown" else {}
    assert _check(tmp_path, article(body, Date=date, **extra)) == []


def test_a_term_that_does_not_exist_warns_without_a_date(tmp_path):
    [problem] = _check(
        tmp_path,
        article("Quán triệt Nghị quyết Trung ương 4 khóa XV.\n", Date="unknown",
                Date_precision="day"),
    )  # fmt: skip
    assert problem.code == "VN053"
    assert "không có khóa XV" in problem.message


def test_records_are_not_judged_as_articles(tmp_path):
    record = "Id: 04-NQ/TW\nTitle: Nghị quyết số 04-NQ/TW (khóa XV)\n\nMô tả.\n"
    assert _check(tmp_path, record, rel="van-ban/04-nq-tw.md") == []
