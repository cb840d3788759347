"""The importer passes the imported article's date to the citation extractor."""

from __future__ import annotations

import datetime as dt

import pytest
from importer import ImportOptions
from importer.cite import cited_documents
from importer.run import read_report

PLENUM = "Chi bộ quán triệt Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng."


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (None, ()),  # no term printed, no date: nothing is guessed
        (dt.date(2017, 3, 14), ("04-NQ/TW (khóa XII)",)),
        ("2013-05-02", ("12-NQ/TW (khóa XI)",)),
    ],
)
def test_article_date_fixes_the_plenum_term(date, expected):
    assert cited_documents(PLENUM, date=date) == (expected, None)


def test_read_report_uses_the_date_of_the_source(tmp_path):
    source = tmp_path / "bao-cao.txt"
    filler = "Các đảng viên thảo luận sôi nổi, nêu nhiều ý kiến tâm huyết. " * 15
    source.write_text(
        f"Chi bộ học tập Nghị quyết Trung ương 4\nThứ Ba, 14/03/2017 08:30\n{PLENUM} {filler}\n",
        encoding="utf-8",
    )
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    report = read_report(source, ImportOptions(tmp_path / "content", now=now))
    assert report.date.date() == dt.date(2017, 3, 14)
    assert report.documents == ("04-NQ/TW (khóa XII)",)
