"""Decoders (bytes -> NFC text) and encoders (text -> bytes) for legacy Vietnamese encodings.

Decoders raise :class:`LegacyDecodeError` with the byte offset when the input cannot be in the
encoding. Encoders exist for the round-trip tests and to make test fixtures from real text; the
importer itself only decodes.
"""

from __future__ import annotations

import re
import unicodedata

from importer.legacy.tables import (
    TCVN3_DECODE,
    TCVN3_ENCODE,
    TONE_SET,
    VIQR_MARKS,
    VIQR_MODIFIER,
    VIQR_MODIFIER_BASES,
    VIQR_MODIFIER_OF,
    VIQR_TONE,
    VIQR_TONE_OF,
    VNI_DECODE,
    VNI_ENCODE,
)

ENCODINGS = ("utf-8", "utf-16", "cp1258", "vni", "tcvn3", "viqr")
ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode": "utf-8",
    "cp1258": "cp1258",
    "windows-1258": "cp1258",
    "win1258": "cp1258",
    "vni": "vni",
    "vni-windows": "vni",
    "vni-win": "vni",
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "abc": "tcvn3",
    "tcvn5712": "tcvn3",
    "tcvn5712-1": "tcvn3",
    "viqr": "viqr",
    "utf-16": "utf-16",
    "utf16": "utf-16",
    "utf-16le": "utf-16",
    "utf-16be": "utf-16",
}


class LegacyDecodeError(ValueError):
    """The bytes are not text in the given encoding."""

    def __init__(self, encoding: str, offset: int, reason: str) -> None:
        super().__init__(f"{encoding}: byte {offset}: {reason}")
        self.encoding = encoding
        self.offset = offset
        self.reason = reason


def canonical_encoding(name: str) -> str:
    """``"Windows-1258"`` -> ``"cp1258"``; raises ``ValueError`` for an unknown name."""
    key = name.strip().lower().replace("_", "-")
    if key not in ALIASES:
        raise ValueError(f"unknown encoding {name!r}; known: {', '.join(ENCODINGS)}")
    return ALIASES[key]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- UTF-8 -------------------------------------------------------------------------------
def decode_utf8(data: bytes) -> str:
    try:
        return _nfc(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise LegacyDecodeError("utf-8", exc.start, "invalid UTF-8 sequence") from exc


# --- UTF-16 (Notepad's and Word's "Unicode" text) -----------------------------------------
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def utf16_order(data: bytes) -> str | None:
    """ "utf-16" when ``data`` starts with a byte-order mark, else "utf-16-le"/"utf-16-be"
    when every other byte of its start is NUL (ASCII letters in two bytes), else None."""
    if data.startswith(UTF16_BOMS):
        return "utf-16"
    head = data[:4096] if len(data) % 2 == 0 else b""
    if len(head) < 64:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode_utf16(data: bytes) -> str:
    """UTF-16 bytes, with or without a byte-order mark -> NFC."""
    order = utf16_order(data) or "utf-16"
    try:
        return _nfc(data.decode(order))
    except UnicodeDecodeError as exc:
        raise LegacyDecodeError("utf-16", exc.start, "invalid UTF-16 sequence") from exc


# --- Windows-1258 ------------------------------------------------------------------------
def decode_cp1258(data: bytes) -> str:
    """Windows-1258 bytes -> NFC: its separate tone bytes are combined with their letter."""
    try:
        return _nfc(data.decode("cp1258"))
    except UnicodeDecodeError as exc:
        raise LegacyDecodeError("cp1258", exc.start, "byte undefined in Windows-1258") from exc


def encode_cp1258(text: str) -> bytes:
    """NFC text -> Windows-1258, splitting tones the code page has no precomposed letter for."""
    out = bytearray()
    for char in _nfc(text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in TONE_SET)
        base = _nfc("".join(c for c in decomposed if c not in TONE_SET))
        out += (base + tones).encode("cp1258")
    return bytes(out)


# --- VNI-Windows -------------------------------------------------------------------------
def decode_vni(data: bytes) -> str:
    try:
        raw = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise LegacyDecodeError("vni", exc.start, "byte undefined in VNI-Windows") from exc
    return _nfc(vni_to_unicode(raw))


def vni_to_unicode(raw: str) -> str:
    """VNI letters already read as Windows-1252 characters -> Unicode (longest match first)."""
    out: list[str] = []
    i = 0
    n = len(raw)
    while i < n:
        pair = raw[i : i + 2]
        if len(pair) == 2 and pair in VNI_DECODE:
            out.append(VNI_DECODE[pair])
            i += 2
            continue
        out.append(VNI_DECODE.get(raw[i], raw[i]))
        i += 1
    return "".join(out)


def encode_vni(text: str) -> bytes:
    return "".join(VNI_ENCODE.get(char, char) for char in _nfc(text)).encode("cp1252")


# --- TCVN3 (ABC) -------------------------------------------------------------------------
def decode_tcvn3(data: bytes) -> str:
    out: list[str] = []
    for offset, byte in enumerate(data):
        if byte in TCVN3_DECODE:
            out.append(TCVN3_DECODE[byte])
        elif byte < 0x80 or byte == 0xA0:
            out.append(chr(byte))
        else:  # pragma: no cover - every high byte is in the VN1 table
            raise LegacyDecodeError("tcvn3", offset, "byte undefined in TCVN3")
    return _nfc("".join(out))


# TCVN3 has no typographic punctuation (its 0x80–0x9F are letters): ABC-era files used ASCII.
TCVN3_PUNCTUATION = str.maketrans(
    {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."}
)


def encode_tcvn3(text: str, *, ascii_punctuation: bool = False) -> bytes:
    """NFC text -> TCVN3 bytes; ``ascii_punctuation`` writes “ ” – … as ABC-era ASCII."""
    out = bytearray()
    if ascii_punctuation:
        text = text.translate(TCVN3_PUNCTUATION)
    for char in _nfc(text):
        if char == "\xa0":
            out.append(0xA0)
        elif char in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[char])
        elif ord(char) < 0x80 and ord(char) not in TCVN3_DECODE:
            out.append(ord(char))
        else:
            raise ValueError(f"{char!r} has no TCVN3 code")
    return bytes(out)


# --- VIQR (RFC 1456) ---------------------------------------------------------------------
_VOWEL_BASES = frozenset("aeiouyAEIOUY")


def decode_viqr(data: bytes) -> str:
    try:
        raw = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise LegacyDecodeError("viqr", exc.start, "VIQR text is ASCII only") from exc
    return viqr_to_unicode(raw)


def viqr_to_unicode(raw: str) -> str:
    """VIQR -> NFC text.

    A mark after a vowel applies to it (modifier first, then at most one tone); ``\\`` before a
    mark keeps it literal, and a second tone mark on the same letter is literal too ("chi.."
    = "chị."). ``dd``/``DD``/``Dd`` is đ/Đ.
    """
    out: list[str] = []
    i = 0
    n = len(raw)
    while i < n:
        char = raw[i]
        if char == "\\" and i + 1 < n and (raw[i + 1] in VIQR_MARKS or raw[i + 1] in "dD\\"):
            out.append(raw[i + 1])
            i += 2
            continue
        if char in "dD" and i + 1 < n and raw[i + 1] in "dD":
            out.append("Đ" if char == "D" else "đ")
            i += 2
            continue
        if char in _VOWEL_BASES:
            letter = char
            i += 1
            if i < n and raw[i] in VIQR_MODIFIER_OF:
                modifier = VIQR_MODIFIER_OF[raw[i]]
                if char in VIQR_MODIFIER_BASES[modifier]:
                    letter += modifier
                    i += 1
            if i < n and raw[i] in VIQR_TONE_OF:
                letter += VIQR_TONE_OF[raw[i]]
                i += 1
            out.append(_nfc(letter))
            continue
        out.append(char)
        i += 1
    return _nfc("".join(out))


_VIQR_LITERAL_AFTER_VOWEL = re.compile(r"[(^+'`?~.]")


def encode_viqr(text: str) -> bytes:
    """NFC text -> VIQR (ASCII), escaping marks that follow a vowel so they stay literal.

    VIQR is ASCII: typographic quotes and dashes become their ASCII forms, no-break spaces
    become spaces.
    """
    out: list[str] = []
    previous_vowel = False
    text = text.translate(TCVN3_PUNCTUATION).replace("\xa0", " ")
    for char in _nfc(text):
        if char in "đĐ":
            out.append("dd" if char == "đ" else "DD")
            previous_vowel = False
            continue
        if char in "dD" and out and out[-1][-1:] in "dD" and not previous_vowel:
            out.append("\\" + char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0]
        if base in _VOWEL_BASES:
            code = base
            for mark in decomposed[1:]:
                if mark in VIQR_MODIFIER:
                    code += VIQR_MODIFIER[mark]
            for mark in decomposed[1:]:
                if mark in VIQR_TONE:
                    code += VIQR_TONE[mark]
            out.append(code)
            previous_vowel = True
            continue
        if previous_vowel and _VIQR_LITERAL_AFTER_VOWEL.fullmatch(char):
            out.append("\\" + char)
        elif char == "\\":
            out.append("\\\\")
        else:
            out.append(char)
        previous_vowel = False
    return "".join(out).encode("ascii")


DECODERS = {
    "utf-8": decode_utf8,
    "utf-16": decode_utf16,
    "cp1258": decode_cp1258,
    "vni": decode_vni,
    "tcvn3": decode_tcvn3,
    "viqr": decode_viqr,
}
ENCODERS = {
    "utf-8": lambda text: _nfc(text).encode("utf-8"),
    "utf-16": lambda text: _nfc(text).encode("utf-16"),
    "cp1258": encode_cp1258,
    "vni": encode_vni,
    "tcvn3": encode_tcvn3,
    "viqr": encode_viqr,
}


def decode(data: bytes, encoding: str) -> str:
    """Decode ``data`` in ``encoding`` (any alias) to NFC text."""
    return DECODERS[canonical_encoding(encoding)](data)


def encode(text: str, encoding: str) -> bytes:
    return ENCODERS[canonical_encoding(encoding)](text)
