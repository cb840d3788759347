"""Line grammars of the text reader, and Markdown escaping of the writer."""

from __future__ import annotations

import datetime as dt

import markdown
import pytest
from importer.models import Block, BlockKind
from importer.recognise import parse_author_title, parse_byline, parse_date_line, recase_from
from importer.writer import escape_markdown, render_block
from stable_urls.manifest import (
    Redirect,
    expand_redirects,
    normalise_url,
    parse_aliases,
    updated_manifest,
    withdrawn,
)
from vntext import VN_TZ


@pytest.mark.parametrize(
    ("line", "expected", "precision"),
    [
        ("Thứ 7, Ngày 20 / 05 / 2023", (2023, 5, 20, 0, 0), "day"),
        ("06:12, 30/12/2020", (2020, 12, 30, 6, 12), "minute"),
        ("Cập nhật ngày: 09/10/2018 | 16:34 GMT+7", (2018, 10, 9, 16, 34), "minute"),
        ("10/07/2011 - 19:35", (2011, 7, 10, 19, 35), "minute"),
        ("Chủ nhật, 02-01-2022 08h05", (2022, 1, 2, 8, 5), "minute"),
        ("Ngày đăng: 5 tháng 9 năm 2019", (2019, 9, 5, 0, 0), "day"),
        ("Cập nhật lúc 09:00 (GMT+0) 01/02/2021", (2021, 2, 1, 16, 0), "minute"),
    ],
)
def test_recognise_date_lines(line, expected, precision):
    found = parse_date_line(line)
    assert found is not None
    assert found.value == dt.datetime(*expected, tzinfo=VN_TZ)
    assert found.precision == precision


@pytest.mark.parametrize(
    "line",
    [
        "Tính đến 30/11/2020, Đảng bộ Khối có 68 tổ chức cơ sở đảng.",
        "Ngày 19-2-2013, Thủ tướng Chính phủ ban hành Quyết định số 339/QĐ-TTg",
        "31/02/2020",
        "Nghị quyết số 02-NQ/ĐUK",
    ],
)
def test_recognise_not_a_date_line(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "author", "title"),
    [
        ("Bài và ảnh: HOÀNG THIÊN", "Hoàng Thiên", None),
        ("Bài, ảnh: Hoàng Hoài", "Hoàng Hoài", None),
        ("HOÀNG MY", "Hoàng My", None),
        ("* MAI THANH DÂN", "Mai Thanh Dân", None),
        ("Đỗ Thị Lành - Phó Trưởng ban Tổ chức ĐUK", "Đỗ Thị Lành", "Phó Trưởng ban Tổ chức ĐUK"),
        ("Tin, ảnh: NGUYỄN VĂN AN", "Nguyễn Văn An", None),
        ("Trần Hùng (Ban Tuyên giáo Đảng ủy Khối)", "Trần Hùng", "Ban Tuyên giáo Đảng ủy Khối"),
    ],
)
def test_recognise_bylines(line, author, title):
    found = parse_byline(line)
    assert (found.author, found.author_title, found.printed) == (author, title, line)


@pytest.mark.parametrize(
    "line",
    [
        "Ảnh: XUÂN ĐÀO.",
        "Về mối quan hệ của đảng bộ, chi bộ",
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN",
        "Công tác xét, kết nạp đảng viên mới được chú trọng.",
        "Hà Nội - Thủ đô",
    ],
)
def test_recognise_not_a_byline(line):
    assert parse_byline(line, allow_plain=False) is None


def test_recognise_author_title_and_recasing():
    assert (
        parse_author_title("Thành ủy viên, Bí thư Đảng ủy Khối")
        == "Thành ủy viên, Bí thư Đảng ủy Khối"
    )
    assert parse_author_title("Đảng bộ Khối có 152 tổ chức cơ sở đảng.") is None
    body = "Hơn 2 năm qua, Đảng ủy khối Các cơ quan (CCQ) chủ động"
    assert recase_from("ĐẢNG ỦY KHỐI CÁC CƠ QUAN", body) == "Đảng ủy khối Các cơ quan"
    assert recase_from("TIN TỨC:", "không có") == "Tin tức"


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script> & <b>x</b>",
        "# không phải tiêu đề",
        "1. không phải danh sách",
        "- cũng không",
        "*nhấn* _mạnh_ [liên kết](http://x) `mã`",
        "a\\b",
    ],
)
def test_writer_escapes_text_so_markdown_renders_it_verbatim(text):
    html = markdown.markdown(escape_markdown(text), extensions=["markdown.extensions.extra"])
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert inner == text


def test_writer_renders_caption_and_table():
    assert render_block(Block(BlockKind.CAPTION, "Ảnh: A")) == "Ảnh: A\n{: .caption }"
    table = render_block(Block(BlockKind.TABLE, rows=(("a", "b|c"), ("1",))))
    assert table.splitlines() == ["| a | b\\|c |", "|---|---|", "| 1 |  |"]


def test_url_manifest_pure_rules():
    assert normalise_url("/bai-viet/x") == "bai-viet/x/"
    assert normalise_url("/bai-viet/x/index.html") == "bai-viet/x/"
    assert normalise_url("/feeds/all.atom.xml") == "feeds/all.atom.xml"
    assert normalise_url("/") == ""
    assert parse_aliases("/cu/a/, /cu/b") == ["cu/a/", "cu/b/"]
    manifest = ["", "chuyen-muc/a/", "chuyen-muc/a/page/2/", "bai-viet/x/"]
    rules = expand_redirects([Redirect("chuyen-muc/a/*", "chuyen-muc/b/*")], manifest)
    assert {r.old: r.new for r in rules} == {
        "chuyen-muc/a/": "chuyen-muc/b/",
        "chuyen-muc/a/page/2/": "chuyen-muc/b/page/2/",
    }
    assert withdrawn(manifest, {"", "bai-viet/y/"}, rules) == ["bai-viet/x/"]
    assert updated_manifest(["old/"], {"new/"}) == ["new/", "old/"]
