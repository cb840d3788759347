"""Guess the encoding of Vietnamese bytes, with a confidence.

Every candidate decoder is tried; each result is scored by the share of its words that are
well-formed Vietnamese syllables (onset + vowel cluster + final, at most one tone). Text read in
the wrong encoding is full of characters no Vietnamese syllable contains ("B¸t", "Vieät"), so
the right encoding stands far above the others. UTF-8 is tried first and, when the bytes are
valid UTF-8 with non-ASCII letters, accepted (legacy bytes are practically never valid UTF-8).
UTF-16 ("Unicode" in Notepad and Word's "Save as") is known by its byte-order mark, or by every
other byte being NUL, and accepted when it reads as Vietnamese.
Valid UTF-8 that reads badly may hold font-encoded text (a page typed in VNI-Times or
.VnTime and saved as UTF-8 shows "Ñaûng uûy"), or UTF-8 encoded twice ("Äáº£ng"): it is
read again from the bytes its characters stand for, and that reading is taken when it is
clearly Vietnamese ("utf-8+vni", "utf-8+tcvn3", "utf-8+utf-8").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from importer.legacy.convert import (
    DECODERS,
    LegacyDecodeError,
    canonical_encoding,
    utf16_order,
)
from importer.legacy.tables import TONE_SET

# Below this score no decoding looks like Vietnamese: the bytes are rejected.
MIN_CONFIDENCE = 0.5

_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_SYLLABLE = re.compile(rf"^(?:{_ONSETS})?[aăâeêioôơuưy]{{1,3}}(?:ch|ng|nh|c|m|n|p|t)?$")
_TOKEN = re.compile(r"[^\s\d.,;:!?()\[\]\"'“”‘’/\\\-–—…%*+=<>|&#@_]+")
_VIQR_WORD = re.compile(r"[A-Za-z]*[aeiouyAEIOUY][(^+]?['`?~.(^+][A-Za-z]")


@dataclass(frozen=True)
class Detection:
    """The chosen encoding, its confidence (0–1), the decoded NFC text and every score."""

    encoding: str
    confidence: float
    text: str
    scores: tuple[tuple[str, float], ...] = ()


class UndecodableError(ValueError):
    """No encoding turns the bytes into Vietnamese text."""

    def __init__(self, offset: int | None, reason: str) -> None:
        super().__init__(reason)
        self.offset = offset
        self.reason = reason


def is_syllable(token: str) -> bool:
    """True for a well-formed Vietnamese syllable ("người", "Khối"), any case."""
    decomposed = unicodedata.normalize("NFD", token.lower())
    tones = sum(1 for c in decomposed if c in TONE_SET)
    if tones > 1:
        return False
    plain = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_SET))
    return bool(_SYLLABLE.match(plain))


def vietnamese_score(text: str, *, sample: int = 20000) -> float:
    """Share of the words of ``text`` (its first ``sample`` characters) that are syllables.

    Only words with a non-ASCII character count when there are any: plain ASCII words read the
    same in every encoding and would only blur the difference.
    """
    tokens = _TOKEN.findall(text[:sample])
    marked = [t for t in tokens if not t.isascii()]
    tokens = marked or tokens
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if is_syllable(t)) / len(tokens)


def _viqr_signal(text: str) -> float:
    words = text[:20000].split()
    if not words:
        return 0.0
    return sum(1 for w in words if _VIQR_WORD.search(w)) / len(words)


#: A UTF-8 text scoring below this may be font-encoded text ("Ñaûng uûy": VNI typed with a
#: VNI-Times font, saved as UTF-8 by a page editor): it is read again as such.
FONT_TEXT_BELOW = 0.9
#: A font reading is taken when it scores at least this, and this much above the UTF-8 one.
FONT_TEXT_MIN, FONT_TEXT_MARGIN = 0.85, 0.2


def _font_text_reading(text: str, utf8_score: float) -> Detection | None:
    """``text`` read as the bytes its characters stand for in a Western code page (Latin-1,
    or Windows-1252 for its 0x80-0x9F letters), decoded as VNI, TCVN3 or Windows-1258, or as
    UTF-8 twice encoded; the best reading if clearly Vietnamese, else None."""
    raw = bytearray()
    for char in text:
        code = ord(char)
        if code < 256:
            raw.append(code)
            continue
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            return None  # real Unicode beside it: not a font-encoded page
    readings = []
    for encoding in ("vni", "tcvn3", "cp1258", "utf-8"):
        try:
            decoded = DECODERS[encoding](bytes(raw))
        except LegacyDecodeError:
            continue
        readings.append((vietnamese_score(decoded), encoding, decoded))
    if not readings:
        return None
    score, encoding, decoded = max(readings, key=lambda r: r[0])
    if score < FONT_TEXT_MIN or score < utf8_score + FONT_TEXT_MARGIN:
        return None
    scores = ((f"utf-8+{encoding}", round(score, 3)), ("utf-8", round(utf8_score, 3)))
    return Detection(f"utf-8+{encoding}", round(min(0.99, score), 3), decoded, scores)


def detect(data: bytes, *, forced: str | None = None) -> Detection:
    """Decode ``data``; ``forced`` names the encoding (``--encoding``) instead of guessing.

    Raises :class:`UndecodableError` when nothing yields Vietnamese text (binary data, bytes
    invalid in every encoding, or a forced encoding that does not fit).
    """
    forced = canonical_encoding(forced) if forced else None
    if utf16_order(data) and not forced:
        try:
            text = DECODERS["utf-16"](data)
        except LegacyDecodeError:
            text = ""
        score = vietnamese_score(text)
        if score >= MIN_CONFIDENCE:
            return Detection("utf-16", 0.99, text, (("utf-16", round(score, 3)),))
    if b"\x00" in data[:65536] and forced != "utf-16":
        offset = data.index(b"\x00")
        raise UndecodableError(offset, "tệp nhị phân (có byte NUL), không phải văn bản")
    if forced:
        encoding = forced
        try:
            text = DECODERS[encoding](data)
        except LegacyDecodeError as exc:
            raise UndecodableError(exc.offset, f"không đọc được theo mã {encoding}") from exc
        score = vietnamese_score(text)
        return Detection(encoding, 1.0, text, ((encoding, round(score, 3)),))
    try:
        text = DECODERS["utf-8"](data)
    except LegacyDecodeError:
        text = None
    if text is not None:
        if not text.isascii():
            score = vietnamese_score(text)
            if score < FONT_TEXT_BELOW and (font := _font_text_reading(text, score)) is not None:
                return font
            # Valid UTF-8 that still reads badly keeps a low confidence: the CSV flags it.
            confidence = 0.99 if score >= FONT_TEXT_BELOW else round(score, 3)
            return Detection("utf-8", confidence, text, (("utf-8", round(score, 3)),))
        signal = _viqr_signal(text)
        if signal >= 0.05:
            viqr_text = DECODERS["viqr"](data)
            plain, viqr = vietnamese_score(text), vietnamese_score(viqr_text)
            if viqr > plain:
                confidence = min(0.99, 0.5 + signal + (viqr - plain) / 2)
                scores = (("viqr", round(viqr, 3)), ("utf-8", round(plain, 3)))
                return Detection("viqr", round(confidence, 3), viqr_text, scores)
        return Detection("utf-8", 0.99, text, (("utf-8", round(vietnamese_score(text), 3)),))
    results: list[tuple[float, str, str]] = []
    for encoding in ("cp1258", "vni", "tcvn3"):
        try:
            decoded = DECODERS[encoding](data)
        except LegacyDecodeError:
            continue
        results.append((vietnamese_score(decoded), encoding, decoded))
    results.sort(key=lambda r: r[0], reverse=True)
    scores = tuple((enc, round(score, 3)) for score, enc, _ in results)
    if not results or results[0][0] < MIN_CONFIDENCE:
        offset = None
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            offset = exc.start
        raise UndecodableError(
            offset, "không nhận ra bảng mã (không phải UTF-8, Windows-1258, VNI hay TCVN3)"
        )
    best_score, best_encoding, best_text = results[0]
    runner_up = results[1][0] if len(results) > 1 else 0.0
    # Confidence: how Vietnamese the best reading is, discounted when another is close.
    confidence = best_score * min(1.0, 0.5 + (best_score - runner_up))
    return Detection(best_encoding, round(confidence, 3), best_text, scores)
