"""URL slugs for Vietnamese text."""

from __future__ import annotations

from slugify import slugify

from vntext.normalize import nfc


def slugify_vi(text: str, *, max_length: int = 0) -> str:
    """Return an ASCII slug: "Đảng ủy Khối" -> "dang-uy-khoi", "98-QĐ/TW" -> "98-qd-tw".

    Transliteration is done by python-slugify (Unidecode tables), after NFC and the
    "Ð"→"Đ" fix, so every spelling of one text gives one slug.
    """
    return slugify(nfc(text, fix_eth=True), max_length=max_length, word_boundary=bool(max_length))
