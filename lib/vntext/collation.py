"""Vietnamese collation without ICU.

Order of the Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
(f j w z, absent from native words, are placed where the Latin alphabet has them).
Letters are compared first without tone marks; only when two strings are equal at that
level do tones decide, in dictionary order: ngang (none), huyền (`), hỏi (?), ngã (~),
sắc ('), nặng (.). Case decides last. This is the order of Vietnamese dictionaries and of
ICU's "vi" collation for these letters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

from vntext.normalize import nfc

T = TypeVar("T")

_ALPHABET = (
    "a",
    "ă",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "ô",
    "ơ",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "ư",
    "v",
    "w",
    "x",
    "y",
    "z",
)
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# Combining tone marks in dictionary order; 0 is "no tone".
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a different letter (ă â ê ô ơ ư), kept at the letter level.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
# Ranks: space < digits and punctuation (by code point) < letters (alphabet order).
_SPACE_RANK = -(2**22)
_SYMBOL_BASE = -(2**21)
_NON_LETTER_BASE = 0


def _split_char(ch: str) -> tuple[str, int]:
    """Split one NFC character into (letter without tone, tone rank)."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = 0
    kept = []
    for part in decomposed:
        if part in _TONE_RANK:
            tone = _TONE_RANK[part]
        else:
            kept.append(part)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def collation_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Sort key for Vietnamese text: letters first, then tones, then case.

    Digits and punctuation sort before letters, by code point; spaces are significant
    (word by word comparison, as in dictionaries).
    """
    letters: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    for ch in nfc(text, fix_eth=True):
        base, tone = _split_char(ch)
        lower = base.lower()
        if lower in _LETTER_RANK:
            letters.append(_NON_LETTER_BASE + _LETTER_RANK[lower])
        elif ch.isspace():
            letters.append(_SPACE_RANK)
        else:
            letters.append(_SYMBOL_BASE + ord(lower))
        tones.append(tone)
        cases.append(0 if base == lower else 1)
    return tuple(letters), tuple(tones), tuple(cases)


def person_name_key(name: str) -> tuple:
    """Sort key for a Vietnamese personal name: given name first, then the full name.

    Vietnamese names are written family name first ("Đỗ Thị Lành") and readers look people up
    by the given name (the last word, "Lành"), as in school and Party member lists; ties are
    broken by the whole name from the family name on.
    """
    words = nfc(name).split()
    given = words[-1] if words else ""
    return collation_key(given), collation_key(" ".join(words))


def sort_vi(items: Iterable[T], key: Callable[[T], str] = str, *, names: bool = False) -> list[T]:
    """Return ``items`` sorted the Vietnamese way by ``key(item)``.

    With ``names=True`` the strings are personal names, sorted by given name.
    """
    keyfunc = person_name_key if names else collation_key
    return sorted(items, key=lambda item: keyfunc(key(item)))
