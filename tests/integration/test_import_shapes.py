"""Held-out report shapes not in ../shared/import-dev: the general rules, proven.

``tests/fixtures/import_shapes/`` holds reports written for these tests, each in a shape the
development set does not have (title + time line + one long paragraph; a portal copy wrapped in
log-in links, breadcrumbs, a header-bar date, counters, share links, related news and a footer;
a kicker with the time before the date; a Word file with the date at the end; a CMS table
layout with ``og:`` meta only; JSON-LD with a UTC date; a page with no meta at all and a
"today" bar). A second set, written after the importer was built and scored once before any
rule was added for it: a NukeViet news page, a Joomla article (info box, "Super User"), a
WordPress post (share and like boxes, related posts, comment form), a print view laid out in
a one-column table, a provincial portal whose ``<title>`` names only the section, a text copy
with the date in words and comments below, and one with a counter line under the time. Two
single-file archives (MHTML): Chrome's "Webpage, Single File" (quoted-printable UTF-8, an
image part) and Word's "Web Archive" (Windows-1258, Word's own markup). Three text copies of
portals thick with furniture the grammars had not met ("Theo dõi chúng tôi trên Google
News", a menu kept apart by spaces, an audio player's clock, "Lượt thích 12", a comment
form, a header bar's date under an unknown line). Two saved pages without a heading tag: one
whose blocks are named in Vietnamese ("tieu-de-tin", "tin-lien-quan", "chan-trang"), one of
ASP.NET WebForms (the whole page in a form, the article in labels split by line breaks). Three
more text copies: a date printed above the title under a section's name, a "Người đăng: … |
Ngày: … | Xem: …" line, "Bạn đang xem: <title>". A Party body's report typed as text (number,
place and date, "BÁO CÁO" and its subject, recipients and signature). An old page of `<font>`,
`<b>` and `<br>` (title in bold above an "(Cập nhật: …)" line, the text split by line
breaks). Two more text copies: a section's name that is also a listing heading ("Tin hoạt
động") over the title, English interface words, "Bài viết được xem nhiều".
``gold.json`` says what a reader sees. A Windows-1258 copy is made here from text,
with Python's own codec (not the importer's).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from importer import ImportOptions, Outcome, import_sources
from importer.__main__ import main as import_main
from importer.fingerprint import split_article

from tests.support import FIXTURES

SHAPES = FIXTURES / "import_shapes"
GOLD = json.loads((SHAPES / "gold.json").read_text(encoding="utf-8"))
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
FURNITURE = (
    "Lượt xem", "Đăng nhập", "Trang chủ", "Tin cùng chuyên mục", "©", "Bản quyền", "Hôm nay",
    "Chia sẻ", "Cỡ chữ", "Tin đã đưa", "Bài viết liên quan", "Hotline",
    "Những tin", "Thích điều này", "Có liên quan", "Số lần đọc", "Lượt đọc", "Chi tiết",
    "Địa chỉ bài viết", "Tổng số điểm", "Nguồn tin", "Các tin khác", "Bình luận", "Super User",
    "Google News", "03:12", "Lượt thích", "Gửi bài viết", "Lưu bài", "THỜI SỰ", "Ý kiến",
    "Các tin đã đưa", "In trang", "Quay lại", "Sơ đồ website", "Bạn đang xem", "Bản tin điện tử",
    "Các bài đã đăng", "Chuyên mục:", "Nơi nhận", "T/M CHI BỘ", "Số 15-BC/CB", "In bài này",
    "CÁC TIN KHÁC", "CHUYÊN MỤC", "Email this", "xem nhiều", "Gửi cho bạn bè",
)  # fmt: skip
# The byline each page prints, and what its CMS's author meta says instead (an account).
AUTHORS = {
    "nukeviet.html": "Ngọc Lan", "joomla.html": "Phạm Thu Trang",
    "wordpress.html": "Thanh Hương", "ban-in.html": "Tuấn Anh", "cong-tinh.html": "Minh Thu",
    "ngay-bang-chu.txt": "Hồng Nhung", "gio-phut-truoc.txt": "Trần Quang",
    "chrome.mhtml": "Lan Phương", "word.mht": "Thu Trang",  # both words interface words
    "portal-a.txt": "Thanh Tâm", "portal-b.txt": "Mai Hương", "portal-c.txt": "Ngọc Anh",
    "lop-viet.html": "Nguyễn Văn Bình", "portal-e.txt": "Lê Hà", "portal-f.txt": "Hồng Vân",
    "van-ban-hanh-chinh.txt": "Nguyễn Thị Hoa",  # the signer of a Party report
    "trang-cu-br.html": "Thanh Bình",  # not the left column's "CHUYÊN MỤC"
}  # fmt: skip


def flat(text: str) -> str:
    text = re.sub(r"\\(?=[\\`*_\[\]#>+\-.|!])", "", text)
    return " ".join(text.replace("&amp;", "&").split())


def cp1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    content = tmp_path_factory.mktemp("shapes") / "content"
    results = import_sources([SHAPES], ImportOptions(content=content, now=NOW))
    return {r.source.name: r for r in results}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_held_out_shape_is_read_right(imported, name):
    gold = GOLD[name]
    result = imported[name]
    assert result.outcome is Outcome.IMPORTED, result.reason
    meta, body = split_article(result.target.read_text(encoding="utf-8"))
    assert meta["title"] == gold["title"]
    assert meta["date"][:10] == gold["date"]
    if gold["time"]:
        assert meta["date"][11:] == gold["time"] and "date_precision" not in meta
    else:
        assert meta["date_precision"] == "day"  # no time printed: none invented
    text = flat(meta.get("summary", "") + " " + body)
    assert flat(gold["body_head"]) in text and flat(gold["body_tail"]) in text
    whole = flat(" ".join(v for k, v in meta.items() if not k.startswith("import")) + body)
    for word in FURNITURE:
        assert word not in whole, word


@pytest.mark.parametrize("name", sorted(AUTHORS))
def test_byline_is_the_printed_one_not_a_cms_account(imported, name):
    meta, body = split_article(imported[name].target.read_text(encoding="utf-8"))
    assert meta["author"] == AUTHORS[name]
    assert not flat(body).endswith(AUTHORS[name])  # taken off the body's end


def test_mhtml_archive_gives_its_image_and_old_address(imported):
    result = imported["chrome.mhtml"]
    meta, _ = split_article(result.target.read_text(encoding="utf-8"))
    image = result.target.parents[2] / meta["image"]
    assert image.is_file() and image.read_bytes().startswith(b"\x89PNG")  # from its part
    assert meta["image_caption"] == "Các đảng viên mới tuyên thệ dưới cờ Đảng."
    assert meta["aliases"] == "/tin-tuc/ket-nap-12-dang-vien-moi-123.html"
    assert meta["import_source"].startswith(str(SHAPES / "chrome.mhtml"))  # not a temp copy
    assert not list(result.target.parents[2].rglob("*.mhtml"))


def test_only_an_update_date_is_flagged(imported):
    # The print view prints only "Cập nhật lúc 9h30, ngày 20/11/2017".
    assert "chỉ có ngày cập nhật, không có ngày đăng" in imported["ban-in.html"].uncertain
    assert not any("cập nhật" in d for d in imported["nukeviet.html"].uncertain)


def test_furniture_dates_are_not_the_article_date(imported):
    # Header bars print 2024 ("Thứ Sáu, 09/02/2024", "Hôm nay: …"), related news other days.
    for result in imported.values():
        meta, _ = split_article(result.target.read_text(encoding="utf-8"))
        assert not meta["date"].startswith("2024"), result.source.name


def test_one_paragraph_body_stays_whole(imported):
    meta, body = split_article(imported["mot-doan.txt"].target.read_text(encoding="utf-8"))
    source = (SHAPES / "mot-doan.txt").read_text(encoding="utf-8").splitlines()[2]
    assert flat(body) == flat(source.removesuffix(" Minh Châu")) or flat(body) == flat(source)
    assert meta["summary_source"].startswith("tự động")


def test_windows_1258_title_time_and_one_paragraph(tmp_path):
    text = (
        "Chi bộ Ban Tuyên giáo học tập chuyên đề năm 2014\r\n"
        "18-03-2014 08:05\r\n"
        "Chiều 17/3, Chi bộ Ban Tuyên giáo Đảng ủy Khối tổ chức học tập chuyên đề năm 2014 cho "
        "toàn thể đảng viên. Các đảng viên đã thảo luận, liên hệ với nhiệm vụ chuyên môn và "
        "đăng ký những việc làm cụ thể để thực hiện trong năm, trong đó chú trọng tinh thần "
        "trách nhiệm, ý thức tiết kiệm và thái độ phục vụ nhân dân. Chi bộ giao chi ủy theo "
        "dõi, đánh giá kết quả thực hiện vào dịp sơ kết sáu tháng và tổng kết cuối năm. "
        "Thu Hằng\r\n"
    )
    source = tmp_path / "bai-cp1258.txt"
    source.write_bytes(cp1258(text))
    [result] = import_sources([source], ImportOptions(tmp_path / "content", now=NOW))
    assert result.outcome is Outcome.IMPORTED, result.reason
    assert result.encoding.startswith("cp1258")
    meta, body = split_article(result.target.read_text(encoding="utf-8"))
    assert meta["title"] == "Chi bộ Ban Tuyên giáo học tập chuyên đề năm 2014"
    assert meta["date"] == "2014-03-18 08:05"
    assert flat(body) == flat(text.splitlines()[2])  # first to last sentence, one paragraph


def test_csv_report_has_a_row_per_input_with_doubts(tmp_path, capsys):
    undated = tmp_path / "khong-ngay.txt"
    undated.write_text(
        "Chi đoàn Văn phòng ra quân làm sạch môi trường\n\n"
        "Sáng Chủ nhật, Chi đoàn Văn phòng Đảng ủy Khối ra quân làm sạch khuôn viên cơ quan.\n\n"
        "Hơn 30 đoàn viên đã tham gia thu gom rác, phát quang bụi rậm và trồng thêm cây xanh.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    report = tmp_path / "bao-cao.csv"
    content = tmp_path / "content"
    sources = [str(SHAPES / "cms-bang.html"), str(undated), str(empty)]
    code = import_main([*sources, "--content", str(content), "--report", str(report)])
    assert code == 1  # the empty file is rejected
    assert str(report) in capsys.readouterr().out
    rows = list(csv.DictReader(report.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["kết quả"] for r in rows] == ["đã nhập", "đã nhập", "từ chối"]
    assert rows[0]["tiêu đề"] == GOLD["cms-bang.html"]["title"]
    assert rows[0]["ngày đăng"] == "2017-07-12 16:20" and rows[0]["tác giả"] == "Phạm Quang Huy"
    assert rows[0]["bảng mã (độ tin cậy)"].startswith("utf-8 (")
    assert "không thấy ngày đăng" in rows[1]["điểm chưa chắc chắn"]
    assert "thân bài ngắn" in rows[1]["điểm chưa chắc chắn"]
    assert "tệp rỗng" in rows[2]["lý do"]


def test_word_and_pdf_files_in_a_folder_are_refused_with_what_to_do_never_skipped(tmp_path):
    """An archive folder holds Word and PDF files beside its pages: each gets its own row,
    refused with the way to import it, while the saved page's images and styles are not
    sources at all."""
    folder = tmp_path / "luu-tru"
    (folder / "trang_files").mkdir(parents=True)
    shutil.copy(SHAPES / "cms-bang.html", folder / "trang.html")
    (folder / "trang_files" / "anh.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "trang_files" / "kieu.css").write_text("p{}", encoding="utf-8")
    (folder / "trang_files" / "dinh-kem.pdf").write_bytes(b"%PDF-1.4")  # the page's own
    (folder / "Bao cao 2009.DOC").write_bytes(b"\xd0\xcf\x11\xe0 Word 97")
    (folder / "nghi-quyet.pdf").write_bytes(b"%PDF-1.4")
    report = tmp_path / "bao-cao.csv"
    code = import_main(
        [str(folder), "--content", str(tmp_path / "content"), "--report", str(report)]
    )
    assert code == 1
    rows = {
        Path(r["nguồn"]).name: r
        for r in csv.DictReader(report.read_text(encoding="utf-8-sig").splitlines())
    }
    assert set(rows) == {"trang.html", "Bao cao 2009.DOC", "nghi-quyet.pdf"}
    assert rows["trang.html"]["kết quả"] == "đã nhập"
    for name, suffix in (("Bao cao 2009.DOC", ".doc"), ("nghi-quyet.pdf", ".pdf")):
        assert rows[name]["kết quả"] == "từ chối"
        assert f"tệp {suffix} (Word, PDF…) chưa nhập trực tiếp được" in rows[name]["lý do"]
        assert "Văn bản thuần (.txt" in rows[name]["lý do"]
