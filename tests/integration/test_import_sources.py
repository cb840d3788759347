"""Importing legacy-encoded files, saved web pages and bad input, into real content folders."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from importer import ImportOptions, Outcome, format_results, import_sources
from importer.__main__ import main as import_main
from importer.fingerprint import split_article

from tests.support import FIXTURES, ROOT, build_site, copy_fixture, parse_html

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
LEGACY = FIXTURES / "import_legacy"
BAD = FIXTURES / "import_bad"
HAND_MADE = ROOT / "content/2020/12/nang-cao-chat-luong-chi-bo-o-dang-bo-khoi-cac-co-quan-tinh.md"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.mark.parametrize("name", ["cp1258", "tcvn3", "viqr", "vni"])
def test_import_legacy_file_gives_the_same_article(tmp_path, name):
    content = tmp_path / "content"
    [result] = import_sources([LEGACY / f"bao-cao-{name}.txt"], ImportOptions(content, now=NOW))
    assert result.outcome is Outcome.IMPORTED, result.reason
    assert result.encoding.startswith(name)
    meta, body = split_article(result.target.read_text(encoding="utf-8"))
    hand_meta, hand_body = split_article(HAND_MADE.read_text(encoding="utf-8"))
    for key in ("title", "date", "author", "byline", "slug"):
        assert meta[key] == hand_meta[key]
    assert meta["import_encoding"].startswith(name)
    assert result.target.relative_to(content) == HAND_MADE.relative_to(ROOT / "content")
    if name not in ("tcvn3", "viqr"):  # no “ ” – … in TCVN3 or VIQR: ASCII quotes
        assert " ".join(body.split()) == " ".join(hand_body.split())


def test_import_same_report_in_other_encodings_is_a_duplicate(tmp_path):
    content = tmp_path / "content"
    results = import_sources([LEGACY], ImportOptions(content, now=NOW))
    assert [r.outcome for r in results] == [
        Outcome.IMPORTED,
        Outcome.DUPLICATE,
        Outcome.DUPLICATE,
        Outcome.DUPLICATE,
    ]
    assert all(r.target == results[0].target for r in results)
    assert len(_files(content)) == 1
    # And again: the stored Import_fingerprint finds it.
    again = import_sources([LEGACY / "bao-cao-vni.txt"], ImportOptions(content, now=NOW))
    assert again[0].outcome is Outcome.DUPLICATE


def test_import_forced_encoding(tmp_path):
    options = ImportOptions(tmp_path / "content", encoding="VNI-Windows", now=NOW)
    [result] = import_sources([LEGACY / "bao-cao-vni.txt"], options)
    assert result.outcome is Outcome.IMPORTED
    assert result.encoding.startswith("vni (1.00)")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("ngay-tuong-lai.txt", "ở tương lai"),
        ("khong-co-noi-dung.txt", "không nhận ra tiêu đề và nội dung"),
        ("khong-giai-ma-duoc.txt", "không giải mã được"),
        ("khong-co-tep-nay.txt", "không tìm thấy tệp"),
    ],
)
def test_import_bad_input_is_rejected_and_nothing_written(tmp_path, name, message):
    content = tmp_path / "content"
    content.mkdir()
    [result] = import_sources([BAD / name], ImportOptions(content, now=NOW))
    assert result.outcome is Outcome.REJECTED
    assert message in result.reason
    assert _files(content) == []
    table = format_results([result])
    assert name in table and "từ chối" in table


def test_import_gigantic_file_is_rejected(tmp_path):
    huge = tmp_path / "khong-lo.txt"
    paragraph = "Đảng ủy Khối tổ chức hội nghị sơ kết công tác xây dựng Đảng. " * 40 + "\n\n"
    with huge.open("w", encoding="utf-8") as handle:
        handle.write("Tiêu đề bài rất dài\n\n")
        while handle.tell() < 3 * 1024 * 1024:
            handle.write(paragraph)
    content = tmp_path / "content"
    [result] = import_sources([huge], ImportOptions(content, now=NOW))
    assert result.outcome is Outcome.REJECTED
    assert "tệp quá lớn" in result.reason and "giới hạn 2.0 MB" in result.reason
    assert _files(content) == []


def test_import_dry_run_lists_every_input_and_writes_nothing(tmp_path, capsys):
    content = tmp_path / "content"
    sources = [str(LEGACY), str(BAD / "khong-co-noi-dung.txt"), str(FIXTURES / "import_html")]
    code = import_main([*sources, "--dry-run", "--content", str(content)])
    out = capsys.readouterr().out
    assert code == 1  # one input rejected
    assert _files(content) == []
    for line in ("bao-cao-cp1258.txt", "bao-cao-vni.txt", "khong-co-noi-dung.txt", "portal-page"):
        assert line in out
    assert out.count("sẽ nhập") == 2 and out.count("trùng lặp") == 3 + 1  # + the summary line
    assert "Tổng: 6 nguồn" in out and "chạy thử" in out


def test_import_unknown_category_is_refused(tmp_path, capsys):
    code = import_main(
        [str(LEGACY), "--category", "Thể thao", "--content", str(tmp_path)],
        categories=("Xây dựng Đảng",),
    )
    assert code == 2
    assert "Thể thao" in capsys.readouterr().err


def test_import_hostile_saved_page_builds_clean(tmp_path):
    site = copy_fixture("basic", tmp_path)
    results = import_sources([FIXTURES / "import_html"], ImportOptions(site, now=NOW))
    [result] = results
    assert result.outcome is Outcome.IMPORTED, result.reason
    markdown = result.target.read_text(encoding="utf-8")
    for bad in ("<script", "onerror", "onload", "<iframe", "javascript:", "alert(", "cookie"):
        assert bad not in markdown
    meta, _ = split_article(markdown)
    assert meta["date"] == "2023-01-12 15:20"
    assert meta["author"] == "Nguyễn Lan"
    assert meta["category"] == "Kiểm tra - Giám sát"
    assert "22-QĐ/TW" in meta["documents"]
    slug = meta["slug"]
    assert (site / "images" / slug / "trao-co.png").read_bytes().startswith(b"\x89PNG")
    assert (site / "files" / slug / "ke-hoach.pdf").exists()
    output = build_site(site, tmp_path / "output")
    page = output / "bai-viet" / slug / "index.html"
    tree = parse_html(page)
    article = tree.css_first("article") or tree.body
    assert article.css("iframe") == [] and article.css("script") == []
    assert "alert(" not in article.html and "onerror" not in article.html
    assert [td.text() for td in article.css("tbody tr:first-child td")] == [
        "Tổ chức đảng được kiểm tra",
        "40",
        "45",
    ]
    assert [li.text() for li in article.css("ul li")][:1] == [
        "Nâng cao chất lượng kiểm tra, giám sát thường xuyên của cấp ủy cơ sở."
    ]
    # The page's first photo leads the article (Image), its caption under it (figcaption).
    assert meta["image"] == f"images/{slug}/trao-co.png"
    lead = article.css_first("figure.lead-photo img")
    assert lead.attributes["src"].startswith("/anh/") and lead.attributes["alt"]
    assert (output / lead.attributes["src"].lstrip("/")).exists()
    assert article.css_first("figure.lead-photo figcaption").text().strip()
    pdf = [
        a.attributes["href"]
        for a in article.css("a")
        if "ke-hoach.pdf" in a.attributes.get("href", "")
    ]
    assert pdf and (output / pdf[0].lstrip("/")).exists()


def test_import_writes_atomically_no_temp_files_left(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    import_sources(
        [LEGACY / "bao-cao-vni.txt", FIXTURES / "import_html"], ImportOptions(content, now=NOW)
    )
    assert not [p for p in _files(content) if p.name.endswith(".tmp") or p.name.startswith(".")]
