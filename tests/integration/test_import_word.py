"""Reports kept as Word files (.docx) import like their text; older Word files are refused
with what to do. Real imports into a content folder, read back as the build reads them."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from importer import ImportOptions, Outcome, import_sources
from importer.__main__ import main as import_main
from importer.fingerprint import split_article

from tests.support import FIXTURES
from tests.word_documents import write_docx

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
OPENING = (
    "Sáng 20/5, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng "
    "6 tháng đầu năm 2023. Đồng chí Bí thư Đảng ủy Khối chủ trì hội nghị."
)
SECOND = (
    "Hội nghị đã đánh giá kết quả thực hiện Nghị quyết số 02-NQ/ĐUK ngày 26/4/2021 của Ban "
    "Chấp hành Đảng bộ Khối và đề ra nhiệm vụ trọng tâm 6 tháng cuối năm."
)


def _import(source: Path, content: Path):
    [result] = import_sources([source], ImportOptions(content, now=NOW))
    assert result.outcome is Outcome.IMPORTED, result.reason
    return result, *split_article(result.target.read_text(encoding="utf-8"))


def test_a_news_report_in_word_imports_with_its_title_date_and_byline(tmp_path):
    source = write_docx(
        tmp_path / "Tin so ket.docx",
        [
            "Đảng ủy Khối sơ kết công tác xây dựng Đảng 6 tháng đầu năm",
            "Thứ Bảy, 20/05/2023 08:30",
            OPENING,
            SECOND,
            "Nguyễn Văn An",
        ],
        pictures=2,
    )
    result, meta, body = _import(source, tmp_path / "content")
    assert meta["title"] == "Đảng ủy Khối sơ kết công tác xây dựng Đảng 6 tháng đầu năm"
    assert meta["date"] == "2023-05-20 08:30" and meta["author"] == "Nguyễn Văn An"
    assert meta["documents"] == "02-NQ/ĐUK (2021)"
    assert SECOND in body
    assert "tệp Word có 2 ảnh chưa được nhập: thêm ảnh vào bài bằng tay" in result.uncertain


def test_an_official_report_with_its_heading_in_a_table_imports_as_its_type_and_subject(
    tmp_path,
):
    source = write_docx(
        tmp_path / "bao-cao.docx",
        [
            "BÁO CÁO",
            "Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2023",
            OPENING,
            SECOND,
            "Nơi nhận:",
            "- Ban Thường vụ Tỉnh ủy,",
            "- Lưu VP.",
            "T/M BAN THƯỜNG VỤ",
            "BÍ THƯ",
            "Nguyễn Văn An",
        ],
        table=[
            [["ĐẢNG BỘ TỈNH QUẢNG NAM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*"]],
            [["ĐẢNG CỘNG SẢN VIỆT NAM"]],
            [["Số 15-BC/ĐUK"], ["Tam Kỳ, ngày 20 tháng 5 năm 2023"]],
        ],
    )
    _, meta, body = _import(source, tmp_path / "content")
    assert meta["title"] == "Báo cáo kết quả công tác xây dựng Đảng 6 tháng đầu năm 2023"
    assert meta["date"] == "2023-05-20 00:00" and meta["date_precision"] == "day"
    assert meta["author"] == "Nguyễn Văn An"
    assert "Nơi nhận" not in body and "ĐẢNG CỘNG SẢN" not in body


def test_text_typed_in_an_old_vietnamese_font_is_read_back(tmp_path):
    """Word keeps what a .VnTime font showed as the Windows letters of its bytes: the
    importer reads those back as TCVN3."""
    legacy = (FIXTURES / "import_legacy" / "bao-cao-tcvn3.txt").read_bytes().decode("cp1252")
    source = write_docx(tmp_path / "vntime.docx", legacy.split("\n\n"))
    result, meta, _ = _import(source, tmp_path / "content")
    assert result.encoding.startswith("utf-8+tcvn3")
    assert meta["title"] == "Nâng cao chất lượng chi bộ ở Đảng bộ Khối Các cơ quan tỉnh"


def test_a_folder_imports_word_files_and_refuses_the_older_ones(tmp_path):
    folder = tmp_path / "luu-tru"
    (folder / "trang_files").mkdir(parents=True)
    write_docx(folder / "tin.docx", ["Đảng ủy Khối sơ kết 6 tháng", "20/05/2023", OPENING, SECOND])
    write_docx(folder / "trang_files" / "dinh-kem.docx", ["Tệp đính kèm của trang", OPENING])
    (folder / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 Word 97")
    (folder / "trong.docx").write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
    report = tmp_path / "bao-cao.csv"
    code = import_main(
        [str(folder), "--content", str(tmp_path / "content"), "--report", str(report)]
    )
    assert code == 1
    rows = {
        Path(r["nguồn"]).name: r
        for r in csv.DictReader(report.read_text(encoding="utf-8-sig").splitlines())
    }
    assert set(rows) == {"tin.docx", "cu.doc", "trong.docx"}
    assert rows["tin.docx"]["kết quả"] == "đã nhập"
    assert rows["cu.doc"]["kết quả"] == "từ chối"
    assert "tệp .doc (Word, PDF…) chưa nhập trực tiếp được" in rows["cu.doc"]["lý do"]
    assert rows["trong.docx"]["lý do"] == "tệp .docx không có phần nội dung (word/document.xml)"
