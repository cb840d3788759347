"""Date and author archives, undated/anonymous groups and the counts (real Pelican builds)."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from tests.support import build_site, copy_fixture, parse_html, text_of


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("archive_dates")
    content = copy_fixture("archive_dates", base)
    return build_site(
        content,
        base / "output",
        DEFAULT_PAGINATION=2,
        ARCHIVE_REPORT_SAVE_AS="luu-tru/bao-cao.json",
    )


def titles(tree) -> list[str]:
    return [" ".join(n.text().split()) for n in tree.css(".card-title")]


def test_year_and_month_pages_have_vietnamese_headings(site):
    month = parse_html(site / "2023" / "05" / "index.html")
    assert text_of(month, "h1") == "Tháng 5 năm 2023"
    assert "Tháng 5 năm 2023" in text_of(month, "title")
    year = parse_html(site / "2023" / "index.html")
    assert text_of(year, "h1") == "Năm 2023"
    assert [n.text() for n in year.css(".archive-months a")] == [
        "Tháng 5 năm 2023",
        "Tháng 2 năm 2023",
    ]


def test_month_archive_is_paginated_newest_first(site):
    first = parse_html(site / "2023" / "05" / "index.html")
    second = parse_html(site / "2023" / "05" / "page" / "2" / "index.html")
    assert titles(first) == ["Hội nghị giao ban tháng 5", "Sinh hoạt chi bộ tháng 5"]
    assert titles(second) == ["Tập huấn nghiệp vụ"]
    assert first.css_first('a[rel="next"]').attributes["href"].endswith("/2023/05/page/2/")


def test_undated_articles_are_grouped_honestly_never_under_1900(site):
    assert not (site / "1900").exists()
    undated = parse_html(site / "luu-tru" / "khong-ro-ngay" / "index.html")
    assert text_of(undated, "h1") == "Không rõ ngày đăng"
    assert sorted(titles(undated)) == ["Bài cũ không rõ ngày", "Bài cũ không rõ ngày và tác giả"]


def test_archive_index_lists_years_months_and_counts(site):
    tree = parse_html(site / "luu-tru" / "index.html")
    years = [" ".join(n.text().split()) for n in tree.css(".archive-years > li")]
    assert years[0].startswith("Năm 2023 (4)")
    assert "Tháng 5 năm 2023 (3)" in years[0] and "Tháng 2 năm 2023 (1)" in years[0]
    assert years[1].startswith("Năm 2021 (2)")
    assert len(years) == 2
    assert text_of(tree, ".archive-undated") == "Không rõ ngày đăng (2)"


def test_authors_index_is_sorted_by_given_name(site):
    tree = parse_html(site / "tac-gia" / "index.html")
    names = [n.text() for n in tree.css(".author-list li:not(.unknown) a")]
    # given names: An, Ánh, Bình, Lành (Vietnamese order: a < á < b < … < l)
    assert names == ["Lê Văn An", "Trần Thị Ánh", "Nguyễn Văn Bình", "Đỗ Thị Lành"]
    assert text_of(tree, ".author-list li.unknown") == "Không rõ tác giả (2)"


def test_articles_without_author_are_listed_apart_not_credited_to_the_site(site):
    tree = parse_html(site / "tac-gia" / "khong-ro" / "index.html")
    assert text_of(tree, "h1") == "Không rõ tác giả"
    assert titles(tree) == ["Sơ kết sáu tháng", "Bài cũ không rõ ngày và tác giả"]
    assert "Không rõ tác giả" in text_of(
        parse_html(site / "bai-viet" / "so-ket-sau-thang" / "index.html"), ".meta"
    )


def test_author_page_groups_by_year_and_has_a_feed(site):
    tree = parse_html(site / "tac-gia" / "do-thi-lanh" / "index.html")
    assert text_of(tree, ".by-year") == "Theo năm: 2023 (1) · 2021 (1) · Không rõ ngày đăng (1)"
    assert [n.text() for n in tree.css(".year-heading")] == ["2023", "2021"]
    feed = feedparser.parse(str(site / "feeds" / "tac-gia" / "do-thi-lanh.atom.xml"))
    assert not feed.bozo
    assert [e.title for e in feed.entries][:2] == [
        "Sinh hoạt chi bộ tháng 5",
        "Tổng kết năm 2021",
    ]


def test_counts_add_up(site):
    report = json.loads((site / "luu-tru" / "bao-cao.json").read_text(encoding="utf-8"))
    assert report["articles_in"] == 8
    kinds = report["kinds"]
    assert kinds["date"] == {"listed": 8, "outside": 0, "missing": []}
    assert kinds["author"] == {"listed": 8, "outside": 0, "missing": []}
    assert kinds["document"] == {"listed": 0, "outside": 8, "missing": []}
    # and the pages agree with the report: every year plus the undated group
    index = parse_html(site / "luu-tru" / "index.html")
    per_year = [
        int(" ".join(n.text().split()).split("(")[1].split(")")[0])
        for n in index.css(".archive-years > li")
    ]
    undated = int(text_of(index, ".archive-undated").split("(")[1].rstrip(")"))
    assert sum(per_year) + undated == report["articles_in"]
