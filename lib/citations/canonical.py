"""Canonical document ids, parsed ids and the document key.

Canonical id (design/citations.md §3): NFC; "Ð"/"ð" (U+00D0/U+00F0) → "Đ"/"đ"; every dash
→ "-"; no spaces inside the id; the number kept exactly as printed ("02" stays "02", "12a"
stays "12a"). Party ids read ``N-TYPE/ISSUER``; State ids ``N/YYYY/TYPE-ISSUER``,
``N/YYYY/QHnn``, ``N/TYPE-ISSUER[-UNIT]``, ``N/ISSUER-UNIT`` (letters) or ``N/ISSUER`` (old;
also printed "35-HĐBT"); old State codes in the Party shape are kept ("49-LTC/HĐNN"), and old
ministry codes with a space ("43 TC/QLCS") read as letters ("43/TC-QLCS").
A Party code printed in the State shape ("05/CT-TW", "646/QĐ/QUTW") is canonicalised to the
Party shape ("05-CT/TW", "646-QĐ/QUTW").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType

from . import grammar
from .models import System

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
#: One-for-one replacements: applying them never moves an offset.
SEARCH_TRANSLATION = MappingProxyType(
    {
        0x00D0: "Đ",
        0x00F0: "đ",
        0x0189: "Đ",  # LATIN CAPITAL LETTER AFRICAN D, another look-alike
        **{ord(c): "-" for c in _DASHES},
        **{ord(c): " " for c in _SPACES},
        0x200B: " ",  # zero width space
        0xFEFF: " ",
    }
)


def nfc(text: str) -> str:
    """NFC-normalise ``text`` (the offsets of every result index this form)."""
    return unicodedata.normalize("NFC", text)


#: Any character ``SEARCH_TRANSLATION`` replaces (one search in C, where ``str.translate``
#: looks every character of the text up in the table: most texts have none to replace).
_LOOK_ALIKE_RE = re.compile("[" + re.escape("".join(map(chr, SEARCH_TRANSLATION))) + "]")


def search_view(nfc_text: str) -> str:
    """The text the grammar runs on: same length and offsets, look-alikes replaced."""
    if _LOOK_ALIKE_RE.search(nfc_text) is None:
        return nfc_text
    return nfc_text.translate(SEARCH_TRANSLATION)


class MalformedDocumentId(ValueError):
    """A string that is not a Party or State document id."""


@dataclass(frozen=True, slots=True)
class ParsedId:
    """The parts of a canonical id.

    ``type_code`` is None for laws ("N/YYYY/QHnn"), letters ("N/ISSUER-UNIT") and old State
    ids ("N/CP"); ``year`` is set only when the id embeds it.
    """

    number: str
    type_code: str | None
    issuer: str
    year: int | None
    system: System
    hyphen: bool = False  # printed in the Party shape N-TYPE/ISSUER (True for every Party id)

    @property
    def id(self) -> str:
        """The canonical id these parts spell."""
        if self.system is System.PARTY or (self.type_code and self.year is None and self.hyphen):
            return f"{self.number}-{self.type_code}/{self.issuer}"
        if self.type_code is None and self.hyphen:  # "143-NV" of an earlier regime
            return f"{self.number}-{self.issuer}"
        head = f"{self.number}/{self.year}/" if self.year is not None else f"{self.number}/"
        return head + (f"{self.type_code}-{self.issuer}" if self.type_code else self.issuer)


def _canon_type(code: str, table) -> str | None:
    code = code.replace(" ", "")
    if code in table:
        return code
    for known in table:
        if known.upper() == code.upper():
            return known
    return None


def _canon_issuer(code: str, lowercase_id: bool) -> str:
    code = code.replace(" ", "")
    if lowercase_id:
        code = "-".join(grammar.MIXED_CASE_CODES.get(p.upper(), p.upper()) for p in code.split("-"))
    parts = code.split("-")
    # "TƯ" (Trung ương) printed for "TW" at the end of a Party issuer code.
    parts[0] = re.sub(r"TƯ$", "TW", parts[0])
    return "-".join(parts)


def _letters_ok(groups: list[str]) -> tuple[bool, bool]:
    """(acceptable, all-lower-case): codes start upper case unless the whole id is lower case."""
    letters = "".join(ch for g in groups for ch in g if ch.isalpha())
    if letters and letters == letters.lower():
        return True, True
    for g in groups:
        for part in g.replace(" ", "").split("-"):
            if part and part[0].isalpha() and not part[0].isupper():
                return False, False
    return True, False


def parsed_from_match(m: re.Match) -> ParsedId | None:
    """Build a ParsedId from a match of ``grammar.ANY_ID_RE``; None when the codes are invalid."""
    kind = m.lastgroup
    g = m.group
    if kind == "party":
        ok, low = _letters_ok([g("p_type"), g("p_iss")])
        type_code = _canon_type(g("p_type"), grammar.PARTY_TYPE_CODES)
        if not ok or type_code is None:
            return None
        issuer = _canon_issuer(g("p_iss"), low)
        if any(part in issuer for part in grammar.NON_PARTY_ISSUER_PARTS):
            return None
        # The shape is the Party one; an old local style prints State issuers in it too.
        system = grammar.system_of_issuer(issuer)
        if system is System.STATE:
            type_code = _canon_type(g("p_type"), grammar.STATE_TYPE_CODES) or type_code
            # The segmenter's spaces for a State body's code ("Kết luận số 195 KL / TTCP",
            # "Quyết định số 575 QĐ / VH"): no dash is printed, so nothing says the Party
            # shape; the reader reads the State one (195/KL-TTCP). "24-NQ/UBND" stays as printed.
            if "-" not in m.string[m.end("p_num") : m.start("p_type")]:
                return ParsedId(_num(g("p_num")), type_code, issuer, None, System.STATE)
        return ParsedId(_num(g("p_num")), type_code, issuer, None, system, hyphen=True)
    if kind == "norm":
        year = int(g("n_year"))
        if not 1945 <= year <= 2099:
            return None
        if g("n_law"):
            ok, low = _letters_ok([g("n_law")])
            if not ok:
                return None
            return ParsedId(_num(g("n_num")), None, g("n_law").upper(), year, System.STATE)
        ok, low = _letters_ok([g("n_type"), g("n_iss")])
        type_code = _canon_type(g("n_type"), grammar.STATE_TYPE_CODES)
        if not ok or type_code is None:
            return None
        issuer = _canon_issuer(g("n_iss"), low)
        if _judgment(type_code) and issuer not in grammar.JUDGMENT_INSTANCES:
            return None
        return ParsedId(_num(g("n_num")), type_code, issuer, year, System.STATE)
    if kind == "admin":
        ok, low = _letters_ok([g("a_type"), g("a_iss")])
        if not ok:
            return None
        issuer = _canon_issuer(g("a_iss"), low)
        party_type = _canon_type(g("a_type"), grammar.PARTY_TYPE_CODES)
        first = issuer.split("-", 1)[0]
        # A mass organisation's or a steering committee's code printed in the State shape stays
        # State ("3440/CV-BCĐ"); other Party codes printed so are the Party shape mistyped.
        as_printed = (
            first in grammar.MASS_ORGANISATION_CODES or first in grammar.SHARED_PARTY_ISSUERS
        )
        if (
            grammar.system_of_issuer(issuer) is System.PARTY
            and party_type is not None
            and not as_printed
        ):
            if any(part in issuer for part in grammar.NON_PARTY_ISSUER_PARTS):
                return None
            return ParsedId(_num(g("a_num")), party_type, issuer, None, System.PARTY, hyphen=True)
        type_code = _canon_type(g("a_type"), grammar.STATE_TYPE_CODES)
        if type_code is None or _judgment(type_code):
            return None  # a judgment's code always has its year
        return ParsedId(_num(g("a_num")), type_code, issuer, None, System.STATE)
    if kind == "old":
        return ParsedId(_num(g("o_num")), None, g("o_iss") or g("o_iss2"), None, System.STATE)
    if kind == "letter":
        issuer = f"{g('l_iss')}-{g('l_unit')}"
        return ParsedId(_num(g("l_num")), None, issuer, None, System.STATE)
    if kind == "oldtyped":
        return ParsedId(_num(g("t_num")), g("t_type"), g("t_iss"), None, System.STATE, hyphen=True)
    if kind == "spaced":
        if g("s_min") in grammar.PARTY_TYPE_CODES:
            return None
        issuer = f"{g('s_min')}-{g('s_unit')}"
        return ParsedId(_num(g("s_num")), None, issuer, None, System.STATE)
    # Short and dashed codes never end in a Party issuer: "98/QĐTW", "98-QĐTW" are the Party
    # shape mistyped, not a letter or an earlier regime's code.
    if kind == "short":
        if grammar.system_of_issuer(g("u_iss")) is System.PARTY:
            return None
        return ParsedId(_num(g("u_num")), None, g("u_iss"), None, System.STATE)
    if kind == "dashed":
        if grammar.system_of_issuer(g("v_code")) is System.PARTY or _canon_type(
            g("v_code"), grammar.PARTY_TYPE_CODES
        ):
            return None  # "76-QĐ": a Party id without its issuer
        if g("v_iss"):
            # A Party type or issuer code: the Party shape, read (or refused) above.
            if _canon_type(g("v_code"), grammar.PARTY_TYPE_CODES) or (
                grammar.system_of_issuer(g("v_iss").split("/")[0]) is System.PARTY
            ):
                return None
            return ParsedId(_num(g("v_num")), g("v_code"), g("v_iss"), None, System.STATE, True)
        return ParsedId(_num(g("v_num")), None, g("v_code"), None, System.STATE, hyphen=True)
    if kind == "yeared":
        year = int(g("y_year"))
        if g("y_iss"):
            return ParsedId(_num(g("y_num")), g("y_code"), g("y_iss"), year, System.STATE)
        if g("y_code") != "TTLT" and (
            _canon_type(g("y_code"), grammar.STATE_TYPE_CODES)
            or _canon_type(g("y_code"), grammar.PARTY_TYPE_CODES)
        ):
            return None  # "12/2003/QĐ. UB": a type without its issuer is a code cut short
        # but a joint circular printed without its bodies' letters ("Thông tư liên tịch
        # 13/2016/TTLT ngày … của Bộ Y tế và Bộ GD-ĐT") is read as printed
        return ParsedId(_num(g("y_num")), None, g("y_code"), year, System.STATE)
    if kind == "contract":
        # "271/HĐKT/2017", "010/HĐKT/CNC-VTCO": as printed, the letters after the number whole
        return ParsedId(_num(g("c_num")), None, f"{g('c_code')}/{g('c_tail')}", None, System.STATE)
    return None  # pragma: no cover - every alternative is named


def _judgment(type_code: str) -> bool:
    return grammar.STATE_TYPE_CODES.get(type_code) == "Bản án"


def _num(raw: str) -> str:
    return raw.replace(" ", "")


def _normalise_raw(raw: str) -> str:
    text = search_view(nfc(raw)).strip()
    text = re.sub(r"^(?i:số)\s*:?\s*", "", text)
    return text


def parse_id(raw: str) -> ParsedId:
    """Parse a document id in any printed shape.

    Raises ``MalformedDocumentId`` (a ``ValueError``) saying what is wrong when ``raw`` is not
    one whole Party or State id. Results are remembered (an archive parses the same few
    thousand ids tens of thousands of times; ``ParsedId`` is immutable).
    """
    if not isinstance(raw, str):
        raise MalformedDocumentId(f"document id must be a string, not {type(raw).__name__}")
    return _parse_text(raw)


@functools.lru_cache(maxsize=1 << 16)
def _parse_text(raw: str) -> ParsedId:
    text = _normalise_raw(raw)
    if not text:
        raise MalformedDocumentId("empty document id")
    m = grammar.ANY_ID_RE.fullmatch(text)
    if m is None:
        raise MalformedDocumentId(
            f"{raw!r} is not a document id: expected N-TYPE/ISSUER (Party, e.g. 15-NQ/TW) or "
            "N/YYYY/TYPE-ISSUER, N/TYPE-ISSUER, N/ISSUER-UNIT (State, e.g. 30/2020/NĐ-CP)"
        )
    parsed = parsed_from_match(m)
    if parsed is None:
        raise MalformedDocumentId(
            f"{raw!r} has an unknown type code, a year outside 1945-2099, an issuer that is not "
            "Party or State (e.g. the Youth Union's TWĐTN) or mixed-case codes"
        )
    return parsed


def canonical_id(raw: str) -> str | None:
    """The canonical form of a printed id, or None when ``raw`` is not one whole id."""
    try:
        return parse_id(raw).id
    except MalformedDocumentId:
        return None


def is_valid_id(raw: object) -> bool:
    """True when ``raw`` is a string holding exactly one Party or State document id."""
    return isinstance(raw, str) and canonical_id(raw) is not None


# --- document key ------------------------------------------------------------------------------


def slug_ascii(text: str) -> str:
    """Lower-case ASCII slug: diacritics dropped, "đ" → "d", runs of other characters → "-"."""
    decomposed = unicodedata.normalize("NFD", search_view(nfc(text)))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("Đ", "D").replace("đ", "d").lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")


def term_for_date(date: str) -> str | None:
    """National term in force on an ISO date ("2016-10-30" → "XII").

    A bare year is answered only when no congress falls in it (2018 → "XII"; 2016 → None).
    """
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date or "")
    if not m:
        return None
    terms = grammar.NATIONAL_TERMS
    if m.group(3) is None:
        year = m.group(1)
        if any(start[:4] == year for _, start in terms):
            return None
        date = f"{year}-06-30"
    found = None
    for term, start in terms:
        if date >= start:
            found = term
    return found


# An issuer that points back to a body named elsewhere in the text ("đơn vị này", "cơ quan
# đó", "công ty nói trên"): what the text says, but no name that tells documents apart.
_POINTS_BACK_RE = re.compile(r"\s(?:này|đó|ấy|nói\s+trên|trên)$", re.IGNORECASE)


def document_key(
    id: str, issuer: str | None = None, date: str | None = None, term: str | None = None
) -> str:
    """Key that tells apart documents sharing an id, and is the same for one document.

    The same id is reused: numbering restarts per type, per issuing body and per term
    ("04-NQ/TW" of khóa X and of khóa XII; "02-NQ/ĐUK" of two bloc committees). The key is the
    canonical id plus the most specific distinguishing fact the text states:

    1. ids that embed their year (``N/YYYY/…``) are unique already: key = id;
    2. the term: ``"04-NQ/TW#khoa-XII"``; for central ``…/…TW`` codes the term is also derived
       from a full date (or a year with no congress in it), so "ngày 30/10/2016" and
       "(khóa XII)" give the same key;
    3. else the year of the date: ``"02-NQ/ĐUK#2021"``;
    4. else the issuing body as stated, slugged, except for central ``…TW`` codes whose single
       numbering series per term makes "của Bộ Chính trị" / "của Ban Bí thư" no distinction:
       ``"02-NQ/ĐUK#ban-chap-hanh-dang-bo-khoi"``; a body named by pointing back ("đơn vị này",
       "cơ quan đó", "công ty nói trên") names no body here and is not used;
    5. else the bare id.

    ``id`` may be printed in any shape; an id that does not parse is used as given (stripped).
    """
    cid = canonical_id(id) or nfc(id).strip()
    try:
        parsed: ParsedId | None = parse_id(cid)
    except MalformedDocumentId:
        parsed = None
    if parsed is not None and parsed.year is not None:
        return cid
    central = parsed is not None and parsed.issuer.split("-")[0].endswith(
        grammar.CENTRAL_ISSUER_SUFFIX
    )
    if term:
        return f"{cid}#khoa-{term.strip().upper()}"
    if date and central:
        derived = term_for_date(date)
        if derived:
            return f"{cid}#khoa-{derived}"
    if date and re.match(r"\d{4}", date):
        return f"{cid}#{date[:4]}"
    if issuer and not central and not _POINTS_BACK_RE.search(nfc(issuer).strip()):
        slug = slug_ascii(issuer)
        if slug:
            return f"{cid}#{slug}"
    return cid
