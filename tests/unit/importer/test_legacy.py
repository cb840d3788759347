"""Legacy Vietnamese encodings: every letter with every tone, published examples, detection."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from importer.legacy import UndecodableError, decode, detect, encode
from importer.legacy.convert import TCVN3_PUNCTUATION, encode_tcvn3
from importer.legacy.tables import TCVN3_DECODE, vietnamese_letters

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
LEGACY = ("cp1258", "vni", "tcvn3", "viqr")
LETTERS = vietnamese_letters()


def test_letter_table_is_complete():
    # 12 vowels x (6 tone forms) x 2 cases, minus plain a e i o u y in both cases, plus đ Đ.
    assert len(LETTERS) == 12 * 6 * 2 - 12 + 2
    assert len(set(LETTERS)) == len(LETTERS)
    assert all(unicodedata.is_normalized("NFC", letter) for letter in LETTERS)
    for word in ("ặ", "Ự", "ỹ", "Ỵ", "ẫ", "Ở", "đ"):
        assert word in LETTERS


@pytest.mark.parametrize("encoding", LEGACY)
@pytest.mark.parametrize("letter", LETTERS)
def test_legacy_round_trip_every_letter_every_tone(encoding, letter):
    # Alone, inside a word, and next to punctuation the encoding uses as marks.
    for text in (letter, f"ng{letter}n", f"{letter}. {letter}? ({letter})"):
        data = encode(text, encoding)
        assert decode(data, encoding) == text


@pytest.mark.parametrize(
    ("encoding", "data", "expected"),
    [
        ("tcvn3", b"B\xb8t X\xb8t", "Bát Xát"),
        ("tcvn3", b"M\xad\xeang Kh\xad\xacng", "Mường Khương"),
        ("tcvn3", b"\xa7\xb6ng \xf1y Kh\xe8i", "Đảng ủy Khối"),
        ("tcvn3", b"Vi\xd6t Nam", "Việt Nam"),
        ("vni", "Vieät Nam".encode("cp1252"), "Việt Nam"),
        ("vni", "Ñaûng uûy Khoái".encode("cp1252"), "Đảng ủy Khối"),
        ("vni", "ngöôøi daân".encode("cp1252"), "người dân"),
        ("vni", "TRÖÔØNG HOÏC".encode("cp1252"), "TRƯỜNG HỌC"),
        ("vni", "nghóa vuï".encode("cp1252"), "nghĩa vụ"),
        # Windows-1258 writes tones as separate combining bytes; the result is NFC.
        ("cp1258", b"Vi\xea\xf2t Nam", "Việt Nam"),
        ("cp1258", b"\xd0a\xd2ng u\xd2y", "Đảng ủy"),
        ("viqr", b"Vie^.t Nam", "Việt Nam"),
        ("viqr", b"DDa?ng u?y Kho^'i", "Đảng ủy Khối"),
        ("viqr", b"ngu+o+`i da^n", "người dân"),
        ("viqr", b"Ha` No^.i\\.", "Hà Nội."),
        ("viqr", b"chi.. ", "chị. "),
    ],
)
def test_legacy_decodes_published_examples(encoding, data, expected):
    text = decode(data, encoding)
    assert text == expected
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv not installed")
def test_tcvn3_table_equals_glibc_tcvn5712_1():
    for byte, char in TCVN3_DECODE.items():
        result = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=bytes([byte]),
            capture_output=True,
            check=True,
        )
        assert unicodedata.normalize("NFC", result.stdout.decode()) == char, hex(byte)


def _corpus_texts():
    return [
        unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
        for p in sorted(CORPUS.glob("*.txt"))
    ]


@pytest.mark.parametrize("encoding", [*LEGACY, "utf-8", "utf-16"])
def test_detect_finds_the_encoding_of_real_reports(encoding):
    for text in _corpus_texts():
        if encoding == "tcvn3":
            data = encode_tcvn3(text, ascii_punctuation=True)
            text = text.translate(TCVN3_PUNCTUATION)
        else:
            data = encode(text, encoding)
        if encoding == "viqr":
            text = text.translate(TCVN3_PUNCTUATION).replace("\xa0", " ")
        result = detect(data)
        assert result.encoding == encoding
        assert result.confidence >= 0.7
        assert result.text == text


def test_detect_forced_encoding_overrides_the_guess():
    text = _corpus_texts()[2][:3000]
    data = encode(text, "vni")
    right = detect(data, forced="VNI-Windows")
    assert (right.encoding, right.text) == ("vni", text)
    # Forcing the wrong one is honoured (the archivist asked for it) but scores lower.
    wrong = detect(data, forced="tcvn3")
    assert wrong.encoding == "tcvn3"
    assert wrong.text != text
    assert wrong.scores[0][1] < right.scores[0][1] - 0.2


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(codec):
    # Notepad writes a BOM; a converter or a mail client may not.
    text = _corpus_texts()[0][:3000]
    result = detect(text.encode(codec))
    assert (result.encoding, result.text) == ("utf-16", text)


@pytest.mark.parametrize("encoding", ["vni", "tcvn3", "cp1258", "utf-8"])
def test_font_encoded_text_saved_as_utf8_is_read_again(encoding):
    # A page typed in VNI-Times (or .VnTime, or Windows-1258 shown as Windows-1252) and saved
    # as UTF-8 holds "Ñaûng uûy"; UTF-8 encoded twice holds "Ä\x90áº£ng".
    text = _corpus_texts()[1][:3000]
    if encoding == "tcvn3":
        data = encode_tcvn3(text, ascii_punctuation=True)
        text = text.translate(TCVN3_PUNCTUATION)
    else:
        data = text.encode("utf-8") if encoding == "utf-8" else encode(text, encoding)
    shown = data.decode("latin-1")
    result = detect(shown.encode("utf-8"))
    assert (result.encoding, result.text) == (f"utf-8+{encoding}", text)


@pytest.mark.parametrize(
    "text",
    [
        "Café, crème brûlée và phở: mỗi sáng tôi uống cà phê ở Hà Nội, rồi đi làm.",
        # A menu in Unicode beside font text: not read again (a known limit).
        "Trang chủ | Tin tức " + encode("Đảng ủy Khối tổ chức hội nghị", "vni").decode("latin-1"),
    ],
)
def test_utf8_that_is_not_font_text_stays_utf8(text):
    assert detect(text.encode("utf-8")).encoding == "utf-8"


def test_utf16_forced_and_its_aliases():
    text = "Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác năm"
    assert detect(text.encode("utf-16"), forced="UTF-16LE").text == text


@pytest.mark.parametrize(
    "data",
    [
        bytes(random.Random(8).randrange(128, 256) for _ in range(4000)),
        b"PK\x03\x04\x00\x00binary",
        b"\xff\xfe\x81\x8d\x8f\x90\x9d" * 50,
    ],
    ids=["random-high-bytes", "nul-bytes", "undefined-bytes"],
)
def test_detect_rejects_undecodable_bytes(data):
    with pytest.raises(UndecodableError):
        detect(data)


def test_unknown_encoding_name_is_an_error():
    with pytest.raises(ValueError, match="unknown encoding"):
        decode(b"x", "koi8-r")
