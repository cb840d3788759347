"""Unicode normalisation for Vietnamese text."""

from __future__ import annotations

import functools
import re
import unicodedata

# "Ð" (U+00D0, Icelandic eth) and "ð" are often typed for "Đ"/"đ" (U+0110/U+0111).
_ETH_TO_DSTROKE = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
# C0/C1 control characters except tab, line feed and carriage return.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def nfc(text: str, *, fix_eth: bool = False) -> str:
    """Return ``text`` in Unicode NFC; with ``fix_eth`` also map "Ð"/"ð" to "Đ"/"đ".

    Vietnamese text arrives decomposed (NFD) from macOS and from Windows-1258 sources;
    every input to the portal goes through this function.
    """
    result = unicodedata.normalize("NFC", text)
    if fix_eth:
        result = result.translate(_ETH_TO_DSTROKE)
    return result


def strip_control_chars(text: str) -> str:
    """Remove C0/C1 control characters, keeping tabs and line breaks."""
    return _CONTROL_RE.sub("", text)


def fold_diacritics(text: str) -> str:
    """Fold Vietnamese to plain ASCII letters: "Đảng ủy" -> "Dang uy".

    Used for accent-insensitive search, where readers type without diacritics.
    Unlike tone folding in search engines, this also maps "đ" to "d". Every character is
    decomposed (NFD) and its combining marks dropped, through one translation table, so
    folding costs about as much as copying the text.
    """
    return nfc(text, fix_eth=True).translate(_fold_table())


@functools.cache
def _fold_table() -> dict[int, str | None]:
    """Characters of the Basic Multilingual Plane that folding changes: combining marks
    (removed) and letters whose decomposition carries marks (their base letters)."""
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0x10000):
        char = chr(code)
        if unicodedata.category(char) == "Mn":
            table[code] = None
            continue
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed == char:
            continue
        base = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        if base != char:
            table[code] = base.replace("đ", "d").replace("Đ", "D")
    return table
