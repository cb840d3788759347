"""The site's document register (``Cited_as``) and the archive's call of the library (pure)."""

from __future__ import annotations

import datetime as dt

import pytest
from archive import citing
from archive.errors import ArchiveError
from archive.records import parse_record


def record(path: str, header: str):
    """A DocumentRecord parsed the way the generator does (metadata keys lower-cased)."""
    text = header.strip() + "\n\nMô tả.\n"
    metadata = {}
    for line in header.strip().splitlines():
        key, _, value = line.partition(":")
        metadata[key.strip().lower()] = value.strip()
    return parse_record(path, text, metadata, "<p>Mô tả.</p>", citing.canonical, default_slug="x")


CT05 = record(
    "van-ban/05-ct-tw.md",
    """
Id: 05-CT/TW
Issuer: Bộ Chính trị
Issued: 2016-05-15
Term: XII
Cited_as: Chỉ thị 05; Chỉ thị số 05 của Bộ Chính trị
""",
)
KL21 = record(
    "van-ban/21-kl-tw.md",
    """
Id: 21-KL/TW
Issuer: Ban Chấp hành Trung ương
Issued: 2021-10-25
Term: XIII
Cited_as: Kết luận 21
""",
)


def ids(docs):
    return [(d.id, d.term) for d in docs]


def test_record_keeps_cited_as_phrases_and_their_line():
    assert CT05.cited_as == ("Chỉ thị 05", "Chỉ thị số 05 của Bộ Chính trị")
    assert CT05.cited_as_line == 5


def test_number_only_reference_resolves_through_the_register():
    register = citing.Register.from_records([CT05, KL21])
    text = "Chi bộ học tập Chỉ thị 5 và Kết luận 21 trong tháng."
    assert ids(citing.extract(text, register=register)) == [
        ("05-CT/TW", "XII"),
        ("21-KL/TW", "XIII"),
    ]
    assert citing.extract(text) == []  # without the register nothing is guessed


def test_stated_issuer_must_be_the_records():
    register = citing.Register.from_records([CT05])
    assert ids(citing.extract("theo Chỉ thị 05 của Bộ Chính trị", register=register)) == [
        ("05-CT/TW", None)  # the issuer fixes the code already; the library resolves it
    ]
    assert citing.extract("theo Chỉ thị 05 của Tỉnh ủy Khánh Hòa", register=register) == []


def test_contradicting_term_or_date_does_not_resolve():
    register = citing.Register.from_records([CT05])
    assert citing.extract("Chỉ thị 05 (khóa XI) đã", register=register) == []
    assert citing.extract("Chỉ thị 05 yêu cầu", date=dt.date(2012, 1, 1), register=register) == []
    later = citing.extract("Chỉ thị 05 yêu cầu", date=dt.date(2017, 1, 1), register=register)
    assert [(d.id, d.date) for d in later] == [("05-CT/TW", "2016-05-15")]


def test_article_date_reaches_the_library():
    docs = citing.extract("Quán triệt Nghị quyết Trung ương 4 ở chi bộ", date=dt.date(2018, 3, 1))
    assert ids(docs) == [("04-NQ/TW", "XII")]
    assert docs[0].mentions == ("Nghị quyết Trung ương 4",)  # as printed


def test_colliding_phrase_is_left_out_with_a_warning_naming_both_files():
    other = record(
        "van-ban/05-ct-tu.md",
        """
Id: 05-CT/TU
Issuer: Ban Thường vụ Tỉnh ủy
Cited_as: Chỉ thị số 05
""",
    )
    register = citing.Register.from_records([CT05, other])
    assert citing.extract("thực hiện Chỉ thị 05 trong năm", register=register) == []
    assert len(register.warnings) == 2
    first = register.warnings[0]
    assert first.startswith("van-ban/05-ct-tw.md:5: cách gọi 'chỉ thị 5' trùng với hồ sơ")
    assert "van-ban/05-ct-tu.md:3 (05-CT/TU)" in first
    # the phrase only CT05 has still works
    resolved = citing.extract("Chỉ thị số 05 của Bộ Chính trị", register=register)
    assert ids(resolved) == [("05-CT/TW", None)]


@pytest.mark.parametrize("phrase", ["Chỉ thị 05-CT/TW", "học tập tốt", "Chỉ thị 05 và Chỉ thị 07"])
def test_malformed_cited_as_is_a_vietnamese_error_with_file_and_line(phrase):
    bad = record(
        "van-ban/bad.md",
        f"""
Id: 07-CT/TW
Title: Thử
Cited_as: {phrase}
""",
    )
    with pytest.raises(ArchiveError) as info:
        citing.Register.from_records([bad])
    assert str(info.value).startswith(
        f"van-ban/bad.md:3: cách gọi không hợp lệ trong Cited_as: {phrase!r}"
    )


def test_register_lookup_is_a_dict():
    register = citing.Register.from_records([CT05, KL21])
    assert isinstance(register.entries, dict)
    assert len(register.entries) == 3
