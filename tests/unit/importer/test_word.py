"""importer.word: a Word document's text, paragraph by paragraph, or a clear refusal."""

from __future__ import annotations

import zipfile

import pytest
from importer.word import MARKUP_FACTOR, WordError, docx_text

from tests.word_documents import write_docx


def test_paragraphs_come_in_reading_order_with_the_heading_table_first(tmp_path):
    path = write_docx(
        tmp_path / "bao-cao.docx",
        ["BÁO CÁO", "Kết quả công tác <năm> & quý"],
        table=[[["ĐẢNG ỦY KHỐI", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]],
        pictures=3,
    )
    document = docx_text(path.read_bytes(), max_text_bytes=1 << 20)
    lines = [line for line in document.text.splitlines() if line]
    assert lines == [
        "ĐẢNG ỦY KHỐI",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BÁO CÁO",
        "Kết quả công tác <năm> & quý",
    ]
    assert "\n\n" in document.text  # a blank line after each paragraph, as in a text file
    assert document.pictures == 3


def test_a_word_97_file_is_refused_with_how_to_save_it():
    with pytest.raises(WordError, match=r"Word 97-2003 lưu \.doc: hãy mở và lưu lại thành \.docx"):
        docx_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word", max_text_bytes=1 << 20)


def test_a_zip_without_a_document_part_is_refused(tmp_path):
    path = tmp_path / "khac.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(WordError, match="không có phần nội dung"):
        docx_text(path.read_bytes(), max_text_bytes=1 << 20)


def test_a_broken_document_part_is_refused_not_raised(tmp_path):
    good = write_docx(tmp_path / "tot.docx", ["Đoạn"])
    path = tmp_path / "hong.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as broken:
        for name in source.namelist():
            part = source.read(name)
            broken.writestr(name, part[: len(part) // 2] if name == "word/document.xml" else part)
    with pytest.raises(WordError, match="tệp Word hỏng"):
        docx_text(path.read_bytes(), max_text_bytes=1 << 20)


def test_an_oversized_text_part_is_refused_before_it_is_unpacked(tmp_path):
    path = write_docx(tmp_path / "lon.docx", ["Đảng ủy Khối " * 2000])
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo("word/document.xml").file_size
    limit = size // MARKUP_FACTOR - 1
    with pytest.raises(WordError, match="quá lớn"):
        docx_text(path.read_bytes(), max_text_bytes=limit)
    assert docx_text(path.read_bytes(), max_text_bytes=size).text.startswith("Đảng ủy Khối")
