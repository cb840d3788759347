"""Each checker rule on a failing and a passing file, written into a real content/ folder."""

from __future__ import annotations

import ast
import os
import unicodedata
from pathlib import Path

import content_check
import pytest
from content_check import CheckSettings, Problem, Severity, check_paths, has_errors
from content_check.__main__ import fix_file
from content_check.config import load_settings

from tests.support import ROOT

CATEGORIES = ("Xây dựng Đảng", "Tin hoạt động")
GOOD_META = {
    "Title": "Đảng ủy Khối học tập Nghị quyết",
    "Date": "2024-01-10 08:00",
    "Author": "Hoàng My",
    "Category": "Tin hoạt động",
    "Summary": "Đảng ủy Khối tổ chức học tập.",
    "Slug": "dang-uy-khoi-hoc-tap",
}
GOOD_BODY = "Đảng ủy Khối tổ chức học tập Quy định số 98-QĐ/TW.\n"
GOOD_PATH = "2024/01/dang-uy-khoi-hoc-tap.md"


def article(body: str = GOOD_BODY, drop: tuple[str, ...] = (), **meta: str) -> str:
    """An article: the good metadata, ``meta`` overriding it, ``drop`` keys removed."""
    values = {**GOOD_META, **meta}
    lines = [f"{k.replace('__', '_')}: {v}" for k, v in values.items() if k not in drop]
    return "\n".join(lines) + "\n\n" + body


def check(tmp_path: Path, files: dict[str, str | bytes], target: str = GOOD_PATH):
    root = tmp_path / "content"
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    settings = CheckSettings(content_root=root, categories=CATEGORIES)
    return check_paths([root / target], settings)


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


# (case, files, expected code, line, col): every rule fails here ...
FAILING = [
    (
        "legacy_encoding",
        {GOOD_PATH: article().encode("utf-8") + "Đăng".encode("cp1258")},
        "VN001",
        9,
        1,
    ),
    ("cp1258_byte", {GOOD_PATH: b"Title: \xd0\xe3ng\n"}, "VN001", 1, 8),
    ("binary_named_md", {GOOD_PATH: b"\x89PNG\r\n\x1a\n\x00\x00\x00"}, "VN002", 3, 1),
    ("empty_file", {GOOD_PATH: ""}, "VN003", 1, 1),
    ("blank_file", {GOOD_PATH: "\n \n"}, "VN003", 1, 1),
    ("bom", {GOOD_PATH: b"\xef\xbb\xbf" + article().encode()}, "VN004", 1, 1),
    ("crlf", {GOOD_PATH: article().replace("\n", "\r\n")}, "VN005", 1, 1),
    ("nfd_title", {GOOD_PATH: unicodedata.normalize("NFD", article())}, "VN006", 1, 9),
    ("control_char", {GOOD_PATH: article(body="Đảng\x0bủy\n")}, "VN007", 8, 5),
    ("no_metadata", {GOOD_PATH: "Đây là nội dung không có tiêu đề.\n"}, "VN010", 1, 1),
    ("missing_summary", {GOOD_PATH: article(drop=("Summary",))}, "VN011", 6, 1),
    ("empty_author", {GOOD_PATH: article(Author="")}, "VN012", 3, 9),
    ("typo_key", {GOOD_PATH: article(Catgory="x")}, "VN013", 7, 1),
    ("duplicate_key", {GOOD_PATH: article().replace("Slug:", "Title: Lặp\nSlug:")}, "VN014", 6, 1),
    ("date_unreadable", {GOOD_PATH: article(Date="30/12/2020 06:12")}, "VN020", 2, 7),
    ("date_without_time", {GOOD_PATH: article(Date="2024-01-10")}, "VN021", 2, 7),
    ("bad_precision", {GOOD_PATH: article(Date_precision="hour")}, "VN022", 7, 17),
    ("foreign_offset", {GOOD_PATH: article(Date="2024-01-10 08:00+00:00")}, "VN023", 2, 7),
    ("wrong_folder", {"2023/05/x.md": article()}, "VN024", 2, 7),
    ("unknown_category", {GOOD_PATH: article(Category="Thời sự")}, "VN030", 4, 11),
    (
        "slug_collision",
        {GOOD_PATH: article(), "2024/02/other.md": article(Title="Khác")},
        "VN040",
        6,
        7,
    ),
    (
        "title_slug_collision",
        {
            GOOD_PATH: article(Slug="dang-uy-khoi-hoc-tap-nghi-quyet"),
            "2024/02/other.md": article(drop=("Slug",)),
        },
        "VN040",
        6,
        7,
    ),
    ("slug_not_ascii", {GOOD_PATH: article(Slug="Đảng-ủy")}, "VN041", 6, 7),
    ("slug_too_long", {GOOD_PATH: article(Slug="a" + "-bc" * 67)}, "VN042", 6, 7),
    (
        "tag_too_long",
        {GOOD_PATH: article(Tags="ngắn, " + "Nghị quyết Đảng bộ Khối " * 9)},
        "VN043",
        7,
        13,
    ),
    ("malformed_document", {GOOD_PATH: article(Documents="98-QĐ/TW; 98/QĐTW")}, "VN050", 7, 22),
    ("document_read_differently", {GOOD_PATH: article(Documents="98 - QĐ/TW")}, "VN051", 7, 12),
    (
        "text_reads_differently",
        {GOOD_PATH: article(body="Theo Quy định số 98-QĐi/TW.\n", Documents="98-QĐ/TW (khóa IX)")},
        "VN051",
        7,
        12,
    ),
    (
        "missing_article_link",
        {GOOD_PATH: article(body="Xem [bài cũ](/bai-viet/khong-co/).\n")},
        "VN060",
        8,
        14,
    ),
    (
        "missing_attachment",
        {GOOD_PATH: article(body="Tải [văn bản]({static}/files/nq.pdf).\n")},
        "VN060",
        8,
        15,
    ),
    (
        "missing_image_html",
        {GOOD_PATH: article(body='<img src="/images/anh.jpg" alt="">\n')},
        "VN060",
        8,
        11,
    ),
    (
        "missing_filename_link",
        {GOOD_PATH: article(body="[x]({filename}../02/khac.md)\n")},
        "VN060",
        8,
        5,
    ),
    (
        "static_link_climbing_out",
        {GOOD_PATH: article(body="Xem [tệp]({static}/../bi-mat.txt).\n")},
        "VN060",
        8,
        11,
    ),
    (
        "attach_link_climbing_out",
        {GOOD_PATH: article(body="Xem [tệp]({attach}../../../bi-mat.txt).\n")},
        "VN060",
        8,
        11,
    ),
    ("internal_phrase", {GOOD_PATH: article(body="Tài liệu LƯU HÀNH NỘI BỘ.\n")}, "VN070", 8, 10),
    ("internal_visibility", {GOOD_PATH: article(Visibility="nội bộ")}, "VN070", 7, 13),
    ("bad_status", {GOOD_PATH: article(Status="nhap")}, "VN071", 7, 9),
    ("record_bad_id", {"van-ban/x.md": "Id: 98-QĐ-TW\nTitle: Quy định 98\n"}, "VN080", 1, 5),
    ("record_missing_id", {"van-ban/x.md": "Title: Quy định 98\n"}, "VN081", 2, 1),
    ("record_bad_issued", {"van-ban/x.md": "Id: 98-QĐ/TW\nIssued: 7/10/2004\n"}, "VN082", 2, 1),
    (
        "duplicate_record",
        {"van-ban/a.md": "Id: 98-QĐ/TW\nTerm: IX\n", "van-ban/b.md": "Title: T\nId: 98-QĐ/TW\n"},
        "VN083",
        1,
        5,
    ),
    ("bad_documents_fix", {GOOD_PATH: article(Documents_fix="76-CT/TW")}, "VN052", 7, 1),
]


@pytest.mark.parametrize(
    ("files", "code", "line", "col"), [pytest.param(*row[1:], id=row[0]) for row in FAILING]
)
def test_rule_reports_failing_file_at_line_and_column(tmp_path, files, code, line, col):
    target = next(iter(files))
    problems = check(tmp_path, files, target)
    hits = [p for p in problems if p.code == code]
    assert hits, problems
    assert (hits[0].line, hits[0].col) == (line, col), hits[0]
    assert hits[0].path == str((tmp_path / "content" / target).resolve())
    assert any("\u00c0" <= ch <= "\u1ef9" for ch in hits[0].message), "message in Vietnamese"


# ... and passes here (each row is the passing twin of a failing case above).
PASSING = [
    ("good_article", {GOOD_PATH: article()}),
    (
        "longest_slug_and_tag",
        {GOOD_PATH: article(Slug="a" + "-b" * 99 + "c", Tags="ngắn, " + "ab " * 66 + "cd")},
    ),
    ("undated_unknown", {"undated/x.md": article(Date="unknown", Author="unknown")}),
    ("day_precision", {GOOD_PATH: article(Date="2024-01-10", Date_precision="day")}),
    ("year_of_three_digits", {"0999/01/x.md": article(Date="0999-01-10 08:00", body="Thân.\n")}),
    ("vietnam_offset", {GOOD_PATH: article(Date="2024-01-10T08:00+07:00")}),
    ("distinct_slugs", {GOOD_PATH: article(), "2024/02/other.md": article(Slug="khac")}),
    (
        "draft_and_article_share_slug_but_not_url",
        {GOOD_PATH: article(), "2024/02/d.md": article(Status="draft")},
    ),
    (
        "well_formed_documents",
        {GOOD_PATH: article(Documents="98-QĐ/TW (khóa IX); 30/2020/NĐ-CP; 02-NQ/ĐUK (2021)")},
    ),
    (
        "existing_links",
        {
            GOOD_PATH: article(
                body="[a](/bai-viet/khac/) [b]({static}/files/nq.pdf) "
                "[c]({filename}../02/other.md) [d](https://example.vn/x) "
                "[e](/chuyen-muc/xay-dung-dang/) [f](#muc-1) [g](/trang/gioi-thieu/)"
                '\n<img src="/images/anh.jpg" alt="">\n'
            ),
            "2024/02/other.md": article(Slug="khac"),
            "files/nq.pdf": b"%PDF-1.4",
            "images/anh.jpg": b"\xff\xd8",
            "pages/gioi-thieu.md": "Title: Giới thiệu\nSlug: gioi-thieu\n\nTrang.\n",
        },
    ),
    (
        "static_link_from_the_content_root",
        {
            "pages/a.md": "Title: A\nSlug: a\n\n[x]({static}../images/anh.jpg)\n",
            "images/anh.jpg": b"\xff",
        },
    ),
    ("internal_draft", {GOOD_PATH: article(body="Lưu hành nội bộ.\n", Status="draft")}),
    (
        "internal_phrase_declared_public",
        {
            GOOD_PATH: article(
                body="Tài liệu lưu hành nội bộ đã được công bố.\n", Visibility="public"
            )
        },
    ),
    ("good_record", {"van-ban/x.md": "Id: 98-QĐ/TW\nTitle: Quy định 98\nIssued: 2004-10-07\n"}),
    (
        "same_id_other_term",
        {"van-ban/a.md": "Id: 04-NQ/TW\nTerm: X\n", "van-ban/b.md": "Id: 04-NQ/TW\nTerm: XII\n"},
    ),
    ("good_documents_fix", {GOOD_PATH: article(Documents_fix="76-CT/TW => 76-QĐ/TW")}),
    (
        "page_needs_no_date",
        {"pages/gioi-thieu.md": "Title: Giới thiệu\nSlug: gioi-thieu\n\nTrang.\n"},
    ),
]


@pytest.mark.parametrize("files", [pytest.param(row[1], id=row[0]) for row in PASSING])
def test_rule_passes_good_file(tmp_path, files):
    target = next(iter(files))
    assert check(tmp_path, files, target) == []


def test_bad_input_never_stops_the_other_checks(tmp_path):
    files = {
        "2024/01/a.md": b"Title: \xd0\xe3ng\n",
        "2024/01/b.md": b"\x00\x01",
        "2024/01/c.md": "",
        GOOD_PATH: article(Category="Thời sự"),
    }
    check(tmp_path, files)
    problems = check_paths([tmp_path / "content"], CheckSettings(tmp_path / "content", CATEGORIES))
    assert sorted(set(codes(problems))) == ["VN001", "VN002", "VN003", "VN030"]


def test_bom_and_crlf_are_warnings_and_the_rest_is_checked(tmp_path):
    data = b"\xef\xbb\xbf" + article(Category="Thời sự").replace("\n", "\r\n").encode()
    problems = check(tmp_path, {GOOD_PATH: data})
    assert codes(problems) == ["VN004", "VN005", "VN030"]
    assert [p.severity for p in problems[:2]] == [Severity.WARNING] * 2
    assert has_errors(problems) and not has_errors(problems[:2])


def test_missing_path_is_reported_not_raised(tmp_path):
    problems = check_paths([tmp_path / "nope.md"], CheckSettings(tmp_path, CATEGORIES))
    assert codes(problems) == ["VN009"]


def test_problem_format_is_path_line_col_code_message():
    problem = Problem("content/a.md", 3, 7, "VN030", Severity.ERROR, "chuyên mục lạ")
    assert problem.format() == "content/a.md:3:7: VN030 chuyên mục lạ"
    warning = Problem("content/a.md", 1, 1, "VN004", Severity.WARNING, "BOM")
    assert warning.format() == "content/a.md:1:1: VN004 cảnh báo: BOM"


def test_fix_rewrites_nfc_lf_without_bom_and_leaves_binary_alone(tmp_path):
    text = tmp_path / "a.md"
    text.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", article()).encode() + b"\r\n")
    binary = tmp_path / "b.md"
    binary.write_bytes(b"\x00\xff")
    assert fix_file(text) and not fix_file(binary) and not fix_file(text)
    assert text.read_bytes() == article().encode() + b"\n"
    assert binary.read_bytes() == b"\x00\xff"


def test_settings_are_read_from_pelicanconf():
    settings = load_settings(ROOT / "pelicanconf.py")
    assert "Xây dựng Đảng" in settings.categories
    assert settings.article_url == "bai-viet/{slug}/"
    assert settings.content_root == ROOT / "content"


def test_portal_content_has_no_errors():
    settings = load_settings(ROOT / "pelicanconf.py")
    problems = check_paths([settings.content_root], settings)
    assert not has_errors(problems), [p.format() for p in problems]


def test_checker_modules_import_nothing_from_pelican():
    # Pure rules: no module of the checker imports Pelican (portal_content.source is reused for
    # decoding; it is pure, though importing the portal_core package loads its Pelican glue).
    package = Path(content_check.__file__).parent
    for module in package.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.split(".")[0] == "pelican" for n in names), module.name


def test_draft_urls_lists_only_drafts(tmp_path):
    from content_check.check import draft_urls

    check(tmp_path, {GOOD_PATH: article(), "2024/02/d.md": article(Slug="nhap", Status="draft")})
    settings = CheckSettings(content_root=tmp_path / "content", categories=CATEGORIES)
    found = draft_urls(settings)
    assert [(p.name, url) for p, url in found] == [("d.md", "ban-nhap/nhap/")]


def test_a_link_out_of_the_content_folder_is_an_error_where_the_folder_is_checked(tmp_path):
    root = tmp_path / "content"
    (root / "2024" / "01").mkdir(parents=True)
    (root / "images").mkdir()
    (root / GOOD_PATH).write_text(article(), encoding="utf-8")
    (root / "images" / "a.jpg").write_bytes(b"\xff\xd8")
    os.symlink("/etc/hostname", root / "images" / "may.jpg")
    os.symlink("../../images/a.jpg", root / "2024" / "01" / "anh.jpg")  # inside: allowed
    settings = CheckSettings(content_root=root, categories=CATEGORIES)
    for checked in (root, root / "images"):
        problems = check_paths([checked], settings)
        assert [(p.path, p.code, p.severity) for p in problems] == [
            (str(root / "images" / "may.jpg"), "VN008", Severity.ERROR)
        ]
        assert "tới /etc/hostname" in problems[0].message
    assert check_paths([root / "2024"], settings) == []


def test_a_static_link_climbing_out_is_told_as_such_even_when_the_file_exists(tmp_path):
    (tmp_path / "bi-mat.txt").write_text("mật khẩu", encoding="utf-8")  # beside content/
    text = article(body="Xem [tệp]({static}/../bi-mat.txt) và [ảnh]({static}/images/a.jpg).\n")
    problems = check(tmp_path, {GOOD_PATH: text, "images/a.jpg": b"\xff\xd8"})
    assert [(p.code, p.line, p.col) for p in problems] == [("VN060", 8, 11)]
    assert "liên kết `{static}/../bi-mat.txt` ra ngoài thư mục nội dung" in problems[0].message
