"""Real Pelican builds of fixture sites: paths, content and bad input."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pelican.utils import slugify as pelican_slugify
from portal_content.errors import ContentError, DroppedArticlesError
from vntext import slugify_vi

from tests.support import (
    ROOT,
    build_site,
    copy_fixture,
    parse_html,
    portal_settings,
    refused_cleanly,
    text_of,
)


@pytest.fixture(scope="module")
def basic_site(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("basic")
    content = copy_fixture("basic", base)
    return build_site(content, base / "output", DEFAULT_PAGINATION=2)


def test_build_writes_article_pages_at_stable_urls(basic_site):
    for slug in (
        "quy-dinh-98",
        "hoi-nghi-ban-chap-hanh",
        "so-ket-cong-tac",
        "bai-cu-khong-ro-ngay",
    ):
        assert (basic_site / "bai-viet" / slug / "index.html").is_file(), slug


def test_taxonomy_urls_use_vietnamese_slugs(basic_site):
    assert (basic_site / "chuyen-muc" / "xay-dung-dang" / "index.html").is_file()
    assert (basic_site / "tac-gia" / "do-thi-lanh" / "index.html").is_file()
    assert (basic_site / "tu-khoa" / "ket-luan-1" / "index.html").is_file()


def test_pagination_uses_directories_so_similar_names_never_collide(basic_site):
    # "Kết luận 1" has 3 articles at 2 per page; "Kết luận 12" is another tag.
    page2 = basic_site / "tu-khoa" / "ket-luan-1" / "page" / "2" / "index.html"
    other = basic_site / "tu-khoa" / "ket-luan-12" / "index.html"
    assert page2.is_file() and other.is_file()
    assert "Kết luận 12" in text_of(parse_html(other), "h1")
    assert "Kết luận 1" in text_of(parse_html(page2), "h1")
    assert "Thực hiện Kết luận 12" not in page2.read_text(encoding="utf-8")
    home2 = basic_site / "page" / "2" / "index.html"
    assert home2.is_file()
    first = parse_html(basic_site / "index.html")
    assert first.css_first('a[rel="next"]').attributes["href"].endswith("/page/2/")


def test_html_is_vietnamese_and_titles_have_no_typographic_entities(basic_site):
    tree = parse_html(basic_site / "bai-viet" / "quy-dinh-98" / "index.html")
    assert tree.css_first("html").attributes["lang"] == "vi"
    raw_title = (basic_site / "bai-viet" / "quy-dinh-98" / "index.html").read_text("utf-8")
    head_title = raw_title.split("<title>")[1].split("</title>")[0]
    assert "&nbsp;" not in head_title and "\u00a0" not in head_title
    assert "<span" not in head_title


def test_article_page_shows_vietnamese_date_author_category(basic_site):
    tree = parse_html(basic_site / "bai-viet" / "hoi-nghi-ban-chap-hanh" / "index.html")
    meta = text_of(tree, ".meta")
    assert "Chủ Nhật, 21/05/2023 14:30" in meta
    assert "Hoàng Thiên" in meta and "Tin hoạt động" in meta


def test_day_precision_date_hides_the_default_time(basic_site):
    meta = text_of(parse_html(basic_site / "bai-viet" / "quy-dinh-98" / "index.html"), ".meta")
    assert "Thứ Bảy, 20/05/2023" in meta
    assert "00:00" not in meta


def test_unknown_date_and_author_are_shown_honestly(basic_site):
    undated = text_of(
        parse_html(basic_site / "bai-viet" / "bai-cu-khong-ro-ngay" / "index.html"), ".meta"
    )
    assert "Không rõ ngày đăng" in undated
    page = parse_html(basic_site / "bai-viet" / "bai-cu-khong-ro-ngay" / "index.html")
    assert not page.css(".meta time")
    assert not page.css('meta[property="article:published_time"]')
    assert "datePublished" not in text_of(page, 'script[type="application/ld+json"]')
    anonymous = text_of(
        parse_html(basic_site / "bai-viet" / "so-ket-cong-tac" / "index.html"), ".meta"
    )
    assert "Không rõ tác giả" in anonymous
    assert not (basic_site / "tac-gia" / "unknown").exists()


def test_nfd_source_is_published_in_nfc(basic_site):
    html = (basic_site / "bai-viet" / "bai-nfd" / "index.html").read_text("utf-8")
    assert "Đảng ủy Khối học tập nghị quyết" in html
    assert unicodedata.is_normalized("NFC", html)


def test_atom_feeds_are_linked_from_head(basic_site):
    tree = parse_html(basic_site / "index.html")
    links = [n.attributes["href"] for n in tree.css('link[type="application/atom+xml"]')]
    assert any(href.endswith("feeds/all.atom.xml") for href in links)
    assert (basic_site / "feeds" / "all.atom.xml").is_file()
    assert (basic_site / "feeds" / "chuyen-muc" / "xay-dung-dang.atom.xml").is_file()


@pytest.mark.parametrize(
    "name", ["Đảng ủy Khối", "Kết luận 12", "Quy định 98-QĐ/TW", "Đỗ Thị Lành", "Cần Thơ"]
)
def test_pelican_taxonomy_slugs_match_vntext(name):
    settings = portal_settings(Path("."), Path("."))
    assert pelican_slugify(name, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"]) == slugify_vi(
        name
    )


BAD_INPUTS = [
    pytest.param(
        "Date: 2023-05-20 10:00\nCategory: Tin hoạt động\n\nThân bài.\n", "title", id="no-title"
    ),
    pytest.param("Title: Bài\nCategory: Tin hoạt động\n\nThân bài.\n", "date", id="no-date"),
    pytest.param(
        "Title: Bài\nDate: 20/13/2023 ab\nCategory: Tin hoạt động\n\nThân bài.\n",
        "date",
        id="bad-date",
    ),
]


@pytest.mark.parametrize(("source", "what"), BAD_INPUTS)
def test_bad_article_fails_the_build_naming_the_file(tmp_path, caplog, source, what):
    content = copy_fixture("basic", tmp_path)
    bad = content / "2024" / "01" / "hong.md"
    bad.write_text(source, encoding="utf-8")
    with caplog.at_level(logging.WARNING), pytest.raises(DroppedArticlesError) as excinfo:
        build_site(content, tmp_path / "out")
    assert str(bad) in str(excinfo.value)
    assert what in str(excinfo.value).lower()


HEAD = "Author: Hoàng My\nCategory: Tin hoạt động\n"
REFUSED = [
    pytest.param(
        "Title:\nDate: 2024-01-07 10:00\n" + HEAD, 1, "tiêu đề (Title) đang để trống", id="blank"
    ),
    pytest.param(
        "Date: 2024-01-07 10:00\nTitle: ???\n" + HEAD,
        2,
        "tiêu đề `???` không có chữ hay số nào để làm địa chỉ bài; hãy thêm dòng `Slug: …`",
        id="no-address",
    ),
    pytest.param(
        "Title: Bài\nDate: 2024-01-07 10:00\n" + HEAD + "Slug: a" + "-bc" * 67 + "\n",
        5,
        "địa chỉ bài (Slug) dài 202 ký tự, quá 200",
        id="slug-too-long",
    ),
    pytest.param(
        "Title: Bài\nDate: 2024-01-07 10:00\nTags: ngắn, " + "Đảng bộ Khối " * 16 + "\n" + HEAD,
        3,
        "`" + ("Đảng bộ Khối " * 16).strip() + "` cho địa chỉ dài 207 ký tự, quá 200",
        id="tag-too-long",
    ),
    pytest.param(
        "Title: Bài\nDate: 2024-02-31 10:00\n" + HEAD,
        2,
        "Date: không đọc được ngày giờ `2024-02-31 10:00`: hãy viết YYYY-MM-DD HH:MM",
        id="impossible-date",
    ),
    pytest.param(
        "Title: Bài\nDate: 2024-01-07 10:00\n" + HEAD + "Status: maybe\n",
        5,
        "Status `maybe` không hợp lệ; dùng `draft` (bản nháp), `hidden` hoặc `published`",
        id="unknown-status",
    ),
]


@pytest.mark.parametrize(("header", "line", "reason"), REFUSED)
def test_article_the_build_cannot_address_or_read_is_refused_at_its_line(
    tmp_path, header, line, reason
):
    """Never published at a wrong address (a blank title made ``/bai-viet/index.html``),
    never silently skipped (an unknown Status), and told in Vietnamese at the field's line."""
    content = copy_fixture("basic", tmp_path)
    bad = content / "2024" / "01" / "hong.md"
    bad.write_text(header + "\nThân bài.\n", encoding="utf-8")
    with pytest.raises(DroppedArticlesError) as excinfo:
        build_site(content, tmp_path / "out")
    assert f"{bad}:{line}: {reason}" in str(excinfo.value)
    assert not (tmp_path / "out" / "bai-viet" / "index.html").exists()


def test_non_utf8_article_fails_with_line_number(tmp_path):
    content = copy_fixture("basic", tmp_path)
    bad = content / "2024" / "01" / "cp1258.md"
    bad.write_bytes(
        "Title: Bài cũ\nDate: 2023-05-20 10:00\n\n".encode() + "Đông Hà".encode("cp1258")
    )
    with pytest.raises(DroppedArticlesError) as excinfo:
        build_site(content, tmp_path / "out")
    assert f"{bad}:4" in str(excinfo.value)
    assert "UTF-8" in str(excinfo.value)


def test_bom_and_windows_line_endings_are_accepted(tmp_path):
    content = copy_fixture("basic", tmp_path)
    (content / "2024" / "01" / "bom.md").write_bytes(
        b"\xef\xbb\xbf"
        + "Title: Bài có BOM\r\nDate: 2024-01-07 10:00\r\nAuthor: Hoàng My\r\n"
        "Category: Tin hoạt động\r\nSlug: bai-co-bom\r\n\r\nThân bài.\r\n".encode()
    )
    out = build_site(content, tmp_path / "out")
    assert text_of(parse_html(out / "bai-viet" / "bai-co-bom" / "index.html"), "h1") == "Bài có BOM"


def run_build_cli(content: Path, output: Path) -> subprocess.CompletedProcess:
    """Run ``python -m portal_core.build`` as an editor would, capturing its output."""
    command = [sys.executable, "-m", "portal_core.build", "-q", "-s", str(ROOT / "pelicanconf.py")]
    return subprocess.run(
        [*command, "-o", str(output), str(content)],
        capture_output=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )


def test_build_command_fails_cleanly_naming_the_broken_file(tmp_path):
    content = copy_fixture("basic", tmp_path)
    bad = content / "2024" / "01" / "thieu-ngay.md"
    bad.write_text("Title: Bài thiếu ngày\nCategory: Tin hoạt động\n\nThân bài.\n", "utf-8")
    result = run_build_cli(content, tmp_path / "out")
    assert result.returncode == 2
    assert f"{bad}:1: thiếu thông tin bắt buộc: ngày đăng (Date)" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_build_command_succeeds_on_good_content(tmp_path):
    content = copy_fixture("basic", tmp_path)
    result = run_build_cli(content, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "bai-viet" / "quy-dinh-98" / "index.html").is_file()


@pytest.mark.parametrize(
    ("module", "flag"), [("portal_core.build", "-s"), ("content_check", "--settings")]
)
def test_a_missing_settings_file_is_named_without_a_traceback(tmp_path, module, flag):
    missing = tmp_path / "khong-co.py"
    command = [sys.executable, "-m", module, flag, str(missing), str(tmp_path)]
    refused_cleanly(command, tmp_path, f"không thấy tệp cấu hình {missing}")


def test_a_missing_content_folder_is_named_without_a_traceback(tmp_path):
    missing = tmp_path / "khong-co-noi-dung"
    build = [sys.executable, "-m", "portal_core.build", "-s", str(ROOT / "pelicanconf.py")]
    command = [*build, "-o", str(tmp_path / "out"), str(missing)]
    refused_cleanly(command, tmp_path, f"không thấy thư mục nội dung {missing}")
    assert not (tmp_path / "out").exists()


def test_settings_pelican_refuses_are_reported_without_a_traceback(tmp_path):
    settings = tmp_path / "cau-hinh.py"
    settings.write_text(f"PATH = {str(tmp_path / 'khong-co')!r}\n", encoding="utf-8")
    command = [sys.executable, "-m", "portal_core.build", "-s", str(settings), "-o", str(tmp_path)]
    refused_cleanly(command, tmp_path, f"LỖI: cấu hình {settings} không dùng được")


def test_feed_titles_and_summaries_carry_no_typographic_entities(basic_site):
    import feedparser

    feed = feedparser.parse((basic_site / "feeds" / "all.atom.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    titles = [entry.title for entry in feed.entries]
    assert "Đảng ủy Khối quán triệt Quy định 98-QĐ/TW" in titles
    for entry in feed.entries:
        assert "\u00a0" not in entry.title and "&nbsp;" not in entry.title
        assert "<" not in entry.title
    # an article whose date is unknown would need a made-up date in Atom: it stays out
    assert "Bài cũ không rõ ngày" not in titles
    assert len(titles) == len(set(titles)) and all(entry.get("published") for entry in feed.entries)


def test_feed_of_only_undated_articles_is_empty_and_the_same_every_build(basic_site, tmp_path):
    """Hoàng Hoài wrote only the undated article: the author's published feed address keeps
    answering, with no entry and a fixed <updated> (once the build time: every build differed)."""
    import feedparser

    path = Path("feeds") / "tac-gia" / "hoang-hoai.atom.xml"
    feed = feedparser.parse((basic_site / path).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries == []
    assert feed.feed.updated.startswith("1970-01-01")
    again = build_site(copy_fixture("basic", tmp_path), tmp_path / "out", DEFAULT_PAGINATION=2)
    assert (again / path).read_bytes() == (basic_site / path).read_bytes()


def test_robots_txt_names_the_absolute_sitemap_of_the_published_site(tmp_path):
    content = copy_fixture("basic", tmp_path)
    out = build_site(content, tmp_path / "out", SITEURL="https://portal.example.vn")
    robots = (out / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://portal.example.vn/sitemap.xml" in robots
    assert "Disallow: /ban-nhap/" in robots


def test_builds_of_the_same_content_are_identical_whatever_order_files_are_read(tmp_path):
    """Pelican reads the content folder as a set, whose order follows PYTHONHASHSEED;
    articles of one date must still be listed in one order (ARTICLE_ORDER_BY)."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for number in range(8):
        (content / "2023" / f"cung-ngay-{number}.md").write_text(
            f"Title: Tin cùng ngày số {number}\nDate: 2023-06-01 08:00\n"
            "Author: Ban Tuyên giáo\nCategory: Xây dựng Đảng\nTags: cùng ngày\n"
            f"Slug: tin-cung-ngay-{number}\n\nNội dung tin số {number}.\n",
            encoding="utf-8",
        )
    trees = []
    for seed in ("1", "2"):
        output = tmp_path / f"output-{seed}"
        env = {
            **os.environ,
            "PYTHONHASHSEED": seed,
            "PORTAL_CACHE_DIR": str(tmp_path / f"cache-{seed}"),
            "PORTAL_NOW": "2026-11-30T10:00:00+07:00",
        }
        command = [sys.executable, "-m", "portal_core.build", "-q"]
        command += ["-s", str(ROOT / "pelicanconf.py"), "-o", str(output), str(content)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        trees.append(
            {
                path.relative_to(output).as_posix(): path.read_bytes()
                for path in output.rglob("*")
                if path.is_file() and "pagefind" not in path.relative_to(output).parts
            }
        )
    assert trees[0].keys() == trees[1].keys()
    assert [p for p in trees[0] if trees[0][p] != trees[1][p]] == []


def test_a_search_index_failure_fails_the_build_and_keeps_the_served_site(tmp_path, monkeypatch):
    """Pagefind runs beside the sitemap, in a thread: the build still waits for it, fails
    with its error, and never swaps the half-made folder in."""
    from portal_core.build import run_build
    from search_index.pagefind import SearchIndexError

    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    content = copy_fixture("basic", tmp_path)
    output = tmp_path / "out"
    assert run_build(ROOT / "pelicanconf.py", output, content, report=print) == 0
    served = (output / "pagefind" / "indexes.json").read_bytes()
    page = output / "bai-viet" / "quy-dinh-98" / "index.html"
    before = page.read_bytes()
    source = next(content.rglob("*.md"))
    source.write_text(source.read_text(encoding="utf-8") + "\nĐoạn mới.\n", encoding="utf-8")
    broken = ["sh", "-c", "echo 'pagefind: hỏng' >&2; exit 3"]
    monkeypatch.setattr("search_index.pagefind.pagefind_command", lambda site, out: broken)
    with pytest.raises(SearchIndexError, match="hỏng"):
        run_build(ROOT / "pelicanconf.py", output, content, report=print)
    assert page.read_bytes() == before
    assert (output / "pagefind" / "indexes.json").read_bytes() == served
    staging = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.building")]
    assert staging == []  # discarded (renamed to a .trash- folder that rm deletes)


def test_tag_category_and_author_pages_are_those_pelicans_own_methods_write(tmp_path, monkeypatch):
    """``portal_core.group_pages`` writes tag, category and author pages without Pelican's
    scan of every article per group; the output must be byte for byte what Pelican's own
    ``generate_tags``, ``generate_categories`` and ``generate_authors`` give (articles of
    several dates, shared groups, a tag written twice in one article)."""
    from portal_core import group_pages
    from portal_core.build import run_build

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for number in range(7):
        tags = "chung, riêng {n}, chung" if number == 3 else "chung, riêng {n}"
        (content / "2023" / f"nhom-{number}.md").write_text(
            f"Title: Tin nhóm số {number}\nDate: 2023-0{1 + number % 5}-1{number} 08:00\n"
            f"Author: {'Ban Tuyên giáo' if number % 2 else 'Lê Quang Đức'}\n"
            f"Category: {'Xây dựng Đảng' if number % 3 else 'Tin tức'}\n"
            f"Tags: {tags.format(n=number % 2)}\nSlug: tin-nhom-{number}\n\n"
            f"Nội dung tin số {number}.\n",
            encoding="utf-8",
        )
    monkeypatch.setenv("PORTAL_CACHE_DIR", "off")
    monkeypatch.setenv("PORTAL_NOW", "2026-11-30T10:00:00+07:00")
    calls: list[str] = []
    original = group_pages.write_group_pages

    def counting(generator, groups, *args):
        calls.append(groups)
        return original(generator, groups, *args)

    from build_cache.writer import PortalWriter

    recorded = PortalWriter.write_file
    written: dict[bool, list] = {True: [], False: []}

    def write_file(writer, name, template, context, *args, **kwargs):
        if kwargs.get("template_name") in ("tag", "category", "author"):
            kinds = sorted(k for k in kwargs if k not in ("articles", "dates", "all_articles"))
            lists = [[a.source_path for a in kwargs[k]] for k in ("articles", "dates")]
            written[replaced].append((name, template.name, kinds, lists))
        return recorded(writer, name, template, context, *args, **kwargs)

    trees = []
    for replaced in (True, False):
        output = tmp_path / f"output-{replaced}"
        with monkeypatch.context() as patch:
            patch.setattr(PortalWriter, "write_file", write_file)
            patch.setattr(group_pages, "write_group_pages", counting)
            if not replaced:
                patch.setattr(group_pages, "GROUP_PAGES", {})  # Pelican's methods stay
            assert run_build(ROOT / "pelicanconf.py", output, content) == 0
        trees.append(
            {
                path.relative_to(output).as_posix(): path.read_bytes()
                for path in output.rglob("*")
                if path.is_file() and "pagefind" not in path.relative_to(output).parts
            }
        )
    assert sorted(calls) == ["authors", "categories", "tags"]  # the first build only
    assert written[True] == written[False]  # the same calls, in order, with the same lists
    assert any(len(lists[1]) > 2 for *_, lists in written[True])
    assert trees[0].keys() == trees[1].keys()
    assert [p for p in trees[0] if trees[0][p] != trees[1][p]] == []
    tag_pages = [p for p in trees[0] if p.startswith("tu-khoa/chung/")]
    assert tag_pages and "Tin nhóm số 3" in trees[0][tag_pages[0]].decode()


def test_a_link_out_of_the_content_folder_stops_the_build_before_anything_is_read(tmp_path):
    """Git keeps symbolic links: one to a secret of the build machine is never published."""
    content = copy_fixture("basic", tmp_path)
    secret = tmp_path / "khoa-bi-mat.txt"
    secret.write_text("mật khẩu máy chủ", encoding="utf-8")
    (content / "images").mkdir(exist_ok=True)
    (content / "images" / "logo.png").write_bytes(b"\x89PNG\r\n")
    os.symlink(secret, content / "images" / "anh.jpg")
    os.symlink("logo.png", content / "images" / "logo-cu.png")  # inside: allowed
    result = run_build_cli(content, tmp_path / "out")
    assert result.returncode == 2, result.stderr
    assert (
        f"{content / 'images' / 'anh.jpg'}: liên kết tượng trưng (symlink) trỏ ra ngoài thư mục "
        f"nội dung, tới {secret}"
    ) in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()
    with pytest.raises(ContentError):  # Pelican run directly checks it too
        build_site(content, tmp_path / "pelican-out")
    assert not list((tmp_path / "pelican-out").rglob("anh.jpg"))
    (content / "images" / "anh.jpg").unlink()
    assert run_build_cli(content, tmp_path / "out").returncode == 0
    assert (tmp_path / "out" / "images" / "logo-cu.png").read_bytes() == b"\x89PNG\r\n"


def test_a_static_link_climbing_out_of_the_content_folder_stops_the_build_at_its_line(tmp_path):
    """Pelican would copy ``{static}/../x`` from beside the content folder to the same path
    beside the output folder: a file read and written outside both."""
    content = copy_fixture("basic", tmp_path)
    (tmp_path / "bi-mat.txt").write_text("mật khẩu", encoding="utf-8")
    bad = content / "2024" / "01" / "lien-ket.md"
    bad.write_text(
        "Title: Liên kết ra ngoài\nDate: 2024-01-07 10:00\nAuthor: Hoàng My\n"
        "Category: Tin hoạt động\n\nĐoạn đầu.\n\nXem [tệp]({static}/../bi-mat.txt) và "
        "[tệp khác]({attach}../../../bi-mat.txt).\n",
        encoding="utf-8",
    )
    output = tmp_path / "web" / "site" / "out"  # deeper than the content folder
    output.parent.mkdir(parents=True)
    result = run_build_cli(content, output)
    assert result.returncode == 2, result.stderr
    assert (
        f"{bad}:8: liên kết `{{static}}/../bi-mat.txt` ra ngoài thư mục nội dung" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("bi-mat.txt")) == ["bi-mat.txt"]
    assert not output.exists()
