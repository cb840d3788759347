"""Regex pieces and frozen tables for Vietnamese document citations.

The grammar follows ``design/citations.md`` §3. Every pattern here runs on the *search view* of
a text (see ``canonical.search_view``): NFC text in which look-alike characters have been
replaced one for one ("Ð" U+00D0 → "Đ", every dash → "-", every space-like character → " "), so
offsets in the view are offsets in the NFC text.

All patterns are linear: no nested unbounded quantifiers; every repetition is bounded or over
disjoint character classes.
"""

from __future__ import annotations

import itertools
import re
from types import MappingProxyType

from .gates import EndGated
from .models import System
from .programs import RegexPrograms, program_file

# Compiled once per interpreter, then read from __pycache__ (programs.py); saved at the end.
_PROGRAMS = RegexPrograms(program_file(__file__))

# ---------------------------------------------------------------------------------------------
# Tables

#: Party type codes (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW) → type noun.
#: "QĐ" is Quyết định *or* Quy định in practice: the noun in the text decides (see extract).
PARTY_TYPE_CODES = MappingProxyType(
    {
        "NQ": "Nghị quyết",
        "NQLT": "Nghị quyết liên tịch",
        "QĐ": "Quyết định",
        # a decision on personnel ("nhân sự"): "Quyết định số 469-QĐNS/TW của Bộ Chính trị"
        "QĐNS": "Quyết định",
        "QĐi": "Quy định",
        "QyĐ": "Quy định",
        "CT": "Chỉ thị",
        "KL": "Kết luận",
        "QC": "Quy chế",
        "TT": "Thông tri",
        "HD": "Hướng dẫn",
        "TB": "Thông báo",
        "CTr": "Chương trình",
        "KH": "Kế hoạch",
        "BC": "Báo cáo",
        "TTr": "Tờ trình",
        "ĐA": "Đề án",
        "PA": "Phương án",
        "CV": "Công văn",
    }
)

#: State type codes (Nghị định 30/2020/NĐ-CP, Phụ lục III) → type noun.
STATE_TYPE_CODES = MappingProxyType(
    {
        "NĐ": "Nghị định",
        "TT": "Thông tư",
        "TTLT": "Thông tư liên tịch",
        "QĐ": "Quyết định",
        "NQ": "Nghị quyết",
        "NQLT": "Nghị quyết liên tịch",
        "CT": "Chỉ thị",
        "PL": "Pháp lệnh",
        "QC": "Quy chế",
        "QyĐ": "Quy định",
        "TC": "Thông cáo",
        "TB": "Thông báo",
        "HD": "Hướng dẫn",
        "CTr": "Chương trình",
        "KH": "Kế hoạch",
        "PA": "Phương án",
        "ĐA": "Đề án",
        "DA": "Dự án",
        "BC": "Báo cáo",
        "BB": "Biên bản",
        "TTr": "Tờ trình",
        "HĐ": "Hợp đồng",
        "CĐ": "Công điện",
        "BGN": "Bản ghi nhớ",
        "BTT": "Bản thỏa thuận",
        "GUQ": "Giấy ủy quyền",
        "GM": "Giấy mời",
        "GGT": "Giấy giới thiệu",
        "GNP": "Giấy nghỉ phép",
        "PG": "Phiếu gửi",
        "PC": "Phiếu chuyển",
        "PB": "Phiếu báo",
        "KL": "Kết luận",
        "CV": "Công văn",
        # a court's judgment, "Bản án số 02/2017/HC-ST": the case category, then the instance
        # (``JUDGMENT_INSTANCES``); Nghị quyết 01/2017/NQ-HĐTP, forms of court documents (k)
        **dict.fromkeys(("HS", "DS", "HC", "HNGĐ", "KDTM", "LĐ"), "Bản án"),
    }
)
#: The instance part of a judgment's code: first instance, appeal, cassation, retrial (k). A
#: judgment's category code is read only with one of these and a year ("02/2017/HC-ST").
JUDGMENT_INSTANCES = frozenset({"ST", "PT", "GĐT", "TT"})

#: Laws and National Assembly acts carry the issuer only: N/YYYY/QHnn, N/YYYY/UBTVQHnn.
LAW_ISSUER_TYPES = MappingProxyType({"QH": "Luật", "UBTVQH": "Nghị quyết"})

#: Old State ids with the issuer only ("Nghị định 64/CP", "Quyết định 25/TTg", "244/HĐBT").
OLD_STATE_ISSUERS = ("HĐBT", "HĐNN", "HĐCP", "CP", "TTg", "LCT")

#: Party issuer codes (k = common knowledge; see design/citations.md §1). A code is also taken
#: as Party when it ends in one of PARTY_ISSUER_SUFFIXES (BTGTU, UBKTTU, VPTU, ĐUKCQTW, ...).
PARTY_ISSUERS = frozenset(
    {
        "TW",
        "VPTW",
        "BTCTW",
        "UBKTTW",
        "BTGTW",
        "BDVTW",
        "BKTTW",
        "BĐNTW",
        "BNCTW",
        "QUTW",
        "ĐUK",
        "TU",
        "HU",
        "QU",
        "TXU",
        "ĐU",
        "CB",
        "BCSĐ",
        "ĐĐ",
        "BCĐ",
    }
)
PARTY_ISSUER_SUFFIXES = ("TW", "TU", "HU", "QU", "TXU", "ĐU", "ĐUK")
#: Party issuer codes that State bodies use too: steering committees ("Ban Chỉ đạo") exist in
#: both. Printed in the Party shape ("12-CV/BCĐ") they stay Party; printed in the State shape
#: ("Công văn số 3440/CV-BCĐ … của Ban Chỉ đạo Quốc gia") they stay State, as printed.
SHARED_PARTY_ISSUERS = frozenset({"BCĐ"})

#: Central codes: one numbering series per type and term for the whole body, so the issuer
#: phrase the text states ("của Bộ Chính trị" / "của Ban Bí thư") never tells two documents of
#: one id apart; only the term (or the date) does. Used by ``canonical.document_key``.
CENTRAL_ISSUER_SUFFIX = "TW"

#: Issuers that make a Party-shaped code a State document ("24-NQ/UBND": an old local style).
STATE_ISSUERS = frozenset({"UBND", "UB", "HĐND", "CP", "TTg", "HĐBT", "VPCP", "UBTVQH"})

#: Issuer parts of mass organisations, not the Party ("QĐ/TWĐTN" is the Youth Union).
NON_PARTY_ISSUER_PARTS = ("ĐTN", "HLHPN", "HCCB", "HNDVN", "MTTQ", "TLĐ")
#: Issuer codes of the Fatherland Front and mass organisations that end like a Party code
#: ("MTTW": Ủy ban Trung ương Mặt trận): printed in the State shape ("1161/QĐ-MTTW-BTT") they
#: are the organisation's own documents, not a Party code to turn back ("31-QĐ/ĐU-MTTW", its
#: Party committee's, keeps the Party shape).
MASS_ORGANISATION_CODES = frozenset({"MTTW"})

#: Lower-case codes are accepted only when the whole id is lower case ("30/2020/nđ-cp"); these
#: fix the codes whose canonical spelling is mixed case.
MIXED_CASE_CODES = MappingProxyType(
    {"TTG": "TTg", "QĐI": "QĐi", "QYĐ": "QyĐ", "CTR": "CTr", "TTR": "TTr"}
)

#: Type nouns as written in running text → canonical type noun (the ``Citation.type``).
#: Longest first: the regex alternation is built in this order.
_NOUN_SPELLINGS = (
    ("nghị quyết liên tịch", "Nghị quyết liên tịch"),
    ("thông tư liên tịch", "Thông tư liên tịch"),
    ("chương trình hành động", "Chương trình"),
    ("thông báo kết luận", "Thông báo"),
    ("nghị quyết", "Nghị quyết"),
    ("nghị định", "Nghị định"),
    ("quyết định", "Quyết định"),
    # the tone mark dropped from the last syllable, a typo papers print ("UBND Thành phố ban
    # hành Quyết đinh số 6376/QĐ-UBND", "Nghị đinh 99/2015/NĐ-CP"): no other word is spelt so
    ("quyết đinh", "Quyết định"),
    ("nghị đinh", "Nghị định"),
    ("quy định", "Quy định"),
    ("qui định", "Quy định"),
    ("chỉ thị", "Chỉ thị"),
    ("kết luận", "Kết luận"),
    ("thông báo", "Thông báo"),
    ("thông tri", "Thông tri"),
    ("thông tư", "Thông tư"),
    ("hướng dẫn", "Hướng dẫn"),
    ("quy chế", "Quy chế"),
    ("qui chế", "Quy chế"),
    ("chương trình", "Chương trình"),
    ("kế hoạch", "Kế hoạch"),
    ("báo cáo", "Báo cáo"),
    ("tờ trình", "Tờ trình"),
    ("đề án", "Đề án"),
    ("phương án", "Phương án"),
    ("công văn", "Công văn"),
    ("công điện", "Công điện"),
    # an invitation to a meeting, a body's letter with its own type code ("UBND tỉnh có Giấy
    # mời số 443/GM-UBND về việc tổ chức họp"): read as a letter is
    ("giấy mời", "Giấy mời"),
    ("pháp lệnh", "Pháp lệnh"),
    ("luật", "Luật"),
    ("sắc lệnh", "Sắc lệnh"),
    ("bản án", "Bản án"),
    # a record with a code, drawn up by the body that signs it ("Công an tỉnh đã lập Biên bản
    # vi phạm hành chính số 15/BB-VPHC"): its own type, a number after it only with "số"
    ("biên bản", "Biên bản"),
    # a procuracy's indictment, cited by its code ("Viện Kiểm sát … đã ra cáo trạng số
    # 247/CT-VKS"): its own type, whatever the letters of the code
    ("cáo trạng", "Cáo trạng"),
    ("lệnh", "Lệnh"),  # an order of the head of State ("lệnh số 49-LTC/HĐNN")
    ("văn bản", ""),  # generic: the code gives the type
)
NOUN_BY_SPELLING = MappingProxyType(dict(_NOUN_SPELLINGS))

#: Public: every canonical type noun → the codes (Party ∪ State) that are consistent with it.
TYPE_NOUNS = MappingProxyType(
    {
        noun: tuple(
            sorted(
                {c for c, n in PARTY_TYPE_CODES.items() if n == noun}
                | {c for c, n in STATE_TYPE_CODES.items() if n == noun}
                | ({"QĐ"} if noun == "Quy định" else set())
                | ({"QH"} if noun == "Luật" else set())
                | ({"UBTVQH", "QH"} if noun == "Nghị quyết" else set())
            )
        )
        for noun in dict.fromkeys(n for _, n in _NOUN_SPELLINGS if n)
    }
)

#: Nouns that also name programmes and plans by number or by years ("chương trình 135",
#: "kế hoạch 2012-2015"): a number after them is a reference only with "số".
#: Of those, the nouns a number without "số" may still follow when the issuer is printed after
#: it ("theo Kế hoạch 64 của Ban Chỉ đạo"): not a programme's name ("Chương trình 135 của Chính
#: phủ"), a law or a sentence; nor a joint circular or resolution ("Thông tư liên tịch 37 của
#: Bộ Y tế và Bộ Tài chính": the bodies after it, never a count of them, "… liên tịch 2 bộ").
NOUNS_WITH_ISSUER = frozenset(
    {
        "Kế hoạch",
        "Đề án",
        "Phương án",
        "Thông báo",
        "Hướng dẫn",
        "Thông tư liên tịch",
        "Nghị quyết liên tịch",
    }
)
NOUNS_NEEDING_SO = frozenset(
    {
        "Chương trình",
        "Kế hoạch",
        "Đề án",
        "Phương án",
        "Báo cáo",
        "Tờ trình",
        "Công văn",
        "Công điện",
        "Giấy mời",
        "Luật",
        "Pháp lệnh",
        "Lệnh",
        "Sắc lệnh",
        "Bản án",  # "Bản án 20 năm tù": a sentence, not a document
        "Biên bản",
        "Cáo trạng",
        "Thông báo",
        "Hướng dẫn",
        "Quy chế",
        "Nghị quyết liên tịch",
        "Thông tư liên tịch",
    }
)

#: Ministries and other State bodies whose names mix case ("Bộ Tài chính").
_MINISTRIES = (
    "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Tài nguyên và Môi trường",
    "Giáo dục và Đào tạo",
    "Kế hoạch và Đầu tư",
    "Thông tin và Truyền thông",
    "Khoa học và Công nghệ",
    "Văn hóa, Thể thao và Du lịch",
    "Văn hoá, Thể thao và Du lịch",
    "Giao thông vận tải",
    # two-part names joined by a dash, as some papers print them ("Bộ Tài nguyên - môi trường",
    # "Sở Giáo dục - đào tạo"; the case of each word is free, see ``_head_tokens``)
    "Nông nghiệp - Phát triển nông thôn",
    "Tài nguyên - Môi trường",
    "Giáo dục - Đào tạo",
    "Kế hoạch - Đầu tư",
    "Thông tin - Truyền thông",
    "Khoa học - Công nghệ",
    "Xây dựng",
    "Tài chính",
    "Nội vụ",
    "Y tế",
    "Công an",
    "Quốc phòng",
    "Tư pháp",
    "Công Thương",
    "Ngoại giao",
    "Dân tộc và Tôn giáo",
    "Công nghiệp",
    "Thương mại",
    # ministries of earlier governments, still cited by older documents (k)
    "Văn hóa - Thông tin",
    "Văn hóa-Thông tin",
    "Bưu chính, Viễn thông",
    "Bưu chính Viễn thông",
    "Thủy sản",
    "Lâm nghiệp",
    "Khoa học, Công nghệ và Môi trường",
    "Năng lượng",
    "Giáo dục",
    "Địa chính",  # Tổng cục Địa chính (1994–2002) and its provincial Sở Địa chính
    "Công nghiệp nặng",  # 1987–1995 ("giấy phép … do Bộ Công nghiệp nặng … cấp")
    "Công nghiệp nhẹ",
)


def _spellings(names):
    """Each name in both accent placements ("hóa"/"hoá", "thủy"/"thuỷ"), in stable order."""
    out = []
    for name in names:
        for variant in (name, name.replace("óa", "oá").replace("ủy", "uỷ").replace("Thủy", "Thuỷ")):
            if variant not in out:
                out.append(variant)
    return tuple(out)


_MINISTRIES = _spellings(_MINISTRIES)

#: Congress opening dates: a national term runs from its congress to the next (k).
NATIONAL_TERMS = (
    ("VI", "1986-12-15"),
    ("VII", "1991-06-24"),
    ("VIII", "1996-06-28"),
    ("IX", "2001-04-19"),
    ("X", "2006-04-18"),
    ("XI", "2011-01-12"),
    ("XII", "2016-01-21"),
    ("XIII", "2021-01-25"),
    ("XIV", "2026-01-19"),
)

# ---------------------------------------------------------------------------------------------
# Regex pieces (all run on the search view)

UPPER = "".join(
    chr(c)
    for c in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    if chr(c).isupper()
)
_UP = f"[{UPPER}]"
#: Lower-case letters (the range "à-ỹ" also holds capitals such as "Đ", "Ă").
LOWER = "".join(
    chr(c)
    for c in (*range(0x61, 0x7B), *range(0xDF, 0x250), *range(0x1E00, 0x1F00))
    if chr(c).islower()
)
_LOW = f"[{LOWER}]"
_UY = "(?:ủy|uỷ)"
_CUY = "(?:Ủy|Uỷ|ỦY|UỶ)"
_SP = "[ \t]{1,3}"  # one gap between words inside a phrase (never a line break)
_OSP = "[ \t]{0,3}"
_S2 = "[ \t]{0,2}"  # optional space inside an id ("98- QĐ/TW")

ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_WORD = rf"(?=[IVX])(?:{ROMAN})(?![\w])"
TERM_WORD = rf"(?i:kh(?:óa|oá))[ \t]{{1,2}}(?P<term>{_ROMAN_WORD}|\d{{1,2}}(?!\w|[/.,-]\d))"

# A number as printed: digits, one optional letter, optional "-digits" suffix ("12a", "1234-2").
NUM = r"\d{1,5}(?:[a-zA-Z](?![a-zA-Z]))?(?:-\d{1,4}(?=[ \t]{0,2}[-/]))?"
_NUM_LEFT = r"(?<![0-9A-Za-z/.\-])"
_CODE = r"[A-ZĐƯa-zđư][A-ZĐƯa-zđư0-9&]*"
_CODE_END = r"(?![\w&])"
#: A code glued to the next word when a crawl dropped the space: "Thông tư 11/2021/TT-BGDĐTvề
#: …", "10/2021/TT-BGDĐTsẽ có hiệu lực": the unit ends at its last capital when a lower-case
#: word of two letters or more follows without a gap. Tried only after the whole run fails, so
#: units with lower-case letters of their own ("QĐ-TTg", "UBND-QLĐTư", "GDTrH") read as before.
#: A unit never ends in a capital and two lower-case letters or more ("TT-BYTquy" is "TT-BYT"
#: and "quy"); one lower-case letter is a unit's own ("TTg", "TTr", "QLĐTư").
_NO_WORD_TAIL = "".join(rf"(?<![A-ZĐ][a-zđư]{{{k}}})" for k in range(2, 8))
_GLUED_END = rf"(?<=[A-ZĐ])(?=[{LOWER}]{{2,7}}(?![\w&]))"
_ID_END = rf"(?:{_CODE_END}{_NO_WORD_TAIL}|{_GLUED_END})"


def _alt(words):
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_PARTY_TYPES = _alt(PARTY_TYPE_CODES)
_STATE_TYPES = _alt(STATE_TYPE_CODES)

#: A Party code the word segmenter split at the slash also lost its dash ("kết luận số 19 KL / TW",
#: "chỉ thị số 32 CT / TW"): a single space for the dash is read only when a space comes before
#: the slash as well and "số" is right before the number, so "12 HD/BTCTW", "43 TC/QLCS" (the
#: spaced ministry shape) and "năm 2019 KL / TW" read as before.
_AFTER_SO = "|".join(rf"(?<=[Ss]ố[ \t]\d{{{k}}})" for k in range(1, 5))
_PARTY_SPACE = rf"(?:{_AFTER_SO})[ \t](?=(?i:{_PARTY_TYPES})[ \t]{{1,2}}/)"
PARTY_ID = (
    rf"{_NUM_LEFT}(?P<p_num>{NUM})(?:{_OSP}-{_OSP}|{_PARTY_SPACE})(?P<p_type>(?i:{_PARTY_TYPES}))"
    rf"{_S2}/{_S2}(?P<p_iss>{_CODE}(?:-{_CODE}){{0,3}}){_ID_END}"
)
#: Typing slips a reader reads through: the slash typed twice ("11/2004 / / NQ-HĐND") and a dot
#: for the dash between type and issuer ("1480/2003/QĐ.UB"; never with a space after the dot).
#: A type fused with a State issuer, without the dash: "Quyết định số 718/2004/QĐUB", "Nghị định
#: số 78/2013/NĐCP", "Quyết định số 724/QĐUB" (read as QĐ-UB, NĐ-CP; never a Party issuer).
_FUSED = r"(?<=QĐ|NĐ|CT)(?=(?:UBND|UB|CP|TTg)(?![\w&-]))"
#: The second slash printed as a dash, right after the year and before a type in capitals and
#: its own dash or slash ("Thông tư 288/2016-TT-BTC", "Quyết định 17/2006-QĐ/UBND"): read as
#: the slash.
_YEAR_DASH = rf"-(?=(?:{_STATE_TYPES})[-/][A-ZĐ])"
#: The second slash printed as one space, the type in capitals before a dash (spaced or not) and
#: a ministry's, the Government's, the Prime Minister's or a people's committee's issuer code
#: ("thông tư 35/2016 TT - BGTVT" → 35/2016/TT-BGTVT; "10/2016 CT - TNHH" is not read).
_YEAR_SPACE = rf"[ \t](?=(?:{_STATE_TYPES}){_S2}-{_S2}(?:B[A-ZĐ]{{2}}|UBND|CP|TTg|NHNN)(?![a-z]))"
NORMATIVE_ID = (
    rf"{_NUM_LEFT}(?P<n_num>{NUM}){_S2}/{_S2}(?P<n_year>\d{{4}})"
    rf"(?:{_S2}/(?:{_S2}/)?|{_YEAR_DASH}|{_YEAR_SPACE}){_S2}"
    rf"(?:(?P<n_type>(?i:{_STATE_TYPES}))(?:{_S2}[-/]{_S2}|\.(?=[A-ZĐ])|{_FUSED})"
    rf"(?P<n_iss>{_CODE}(?:-{_CODE}){{0,4}})"
    rf"|(?P<n_law>(?i:UBTVQH|QH)\d{{1,2}})){_ID_END}"
)
#: A dot for the dash ("Tờ trình số 30/TTr. SXD", "Thông tư số 124/TT.TTr") only before an
#: all-capital issuer code, and only with a noun or "số" before it (checked in ``extract``).
#: The slash printed as a space ("Quyết định số 21 QĐ - UBND" → 21/QĐ-UBND): a single space,
#: only right after "số" and the number (as ``_PARTY_SPACE``), before a type in capitals and a
#: dash ("số 43 TC/QLCS", the spaced ministry shape, reads as before). The slash printed as a
#: spaced dash, the dash after the type spaced too ("Công văn số 2377 - QĐ - UBND" →
#: 2377/QĐ-UBND): only right after "số" and the number as well (a Party code has its slash
#: after the type: "102-QĐ/TW").
#: The dash between a type in capitals and a unit of three to eight capitals printed as one space
#: ("quyết định truy nã số 01/QĐ ĐTHS" → 01/QĐ-ĐTHS): only with a noun or "số" before the code
#: (checked in ``extract``), and never before another dash or slash ("01/QĐ UBND-TP").
_TYPE_SPACE_UNIT = r"(?<=[A-ZĐ])(?P<a_space>[ \t])(?=[A-ZĐ]{3,8}(?![\w&]|[ \t]?[-/]))"
#: A number's letter split off by a space, before a spaced slash and a type ("Quyết định số
#: 3610 a / QĐ - BCT" → 3610a/QĐ-BCT): one lower-case letter, only with a noun or "số" before
#: the code (checked in ``extract``).
_SPLIT_LETTER_NUM = r"\d{1,5}[ \t][a-z](?=[ \t]{0,2}/[ \t]{0,2}[A-ZĐ])"
ADMIN_ID = (
    rf"{_NUM_LEFT}(?P<a_num>{NUM}|{_SPLIT_LETTER_NUM})(?:[ \t]{{0,2}}/[ \t]{{0,2}}"
    rf"|(?=[ \t][A-ZĐ]{{2,4}}[a-z]?[ \t]{{0,2}}-)(?:{_AFTER_SO})[ \t]"
    rf"|(?=[ \t]{{1,2}}-[ \t]{{1,2}}[A-ZĐ]{{2,4}}[a-z]?[ \t]{{1,2}}-[ \t]{{1,2}}[A-ZĐ])"
    rf"(?:{_AFTER_SO})[ \t]{{1,2}}-[ \t]{{1,2}})"
    rf"(?P<a_type>(?i:{_STATE_TYPES}))"
    rf"(?:[ \t]{{0,2}}(?P<a_sep>[-/])[ \t]{{0,2}}|{_FUSED}"
    rf"|(?P<a_dot>\.[ \t]?)(?=[A-ZĐ]{{2}}[A-ZĐ0-9&]{{0,7}}[a-z]?(?:(?![\w&])|[.-][A-ZĐ]))"
    rf"|{_TYPE_SPACE_UNIT})"
    rf"(?P<a_iss>{_CODE}(?:-{_CODE}){{0,4}}){_ID_END}"
)
#: Old State ids with the issuer only: "64/CP", "244/HĐBT", also printed with a dash as the
#: documents themselves were ("Nghị định 35-HĐBT", "Nghị định 64-CP"): canonical "35/HĐBT".
OLD_ID = (
    rf"{_NUM_LEFT}(?P<o_num>{NUM})(?:/(?P<o_iss>{_alt(OLD_STATE_ISSUERS)}){_CODE_END}"
    rf"|-(?P<o_iss2>{_alt(OLD_STATE_ISSUERS)}){_CODE_END}(?![ \t]?[/-][ \t]?\w))"
)
#: Old State ids in the Party shape with a type code of their own: "lệnh số 49-LTC/HĐNN" (a
#: Chủ tịch Hội đồng Nhà nước order). Kept as printed.
OLD_TYPED_ID = (
    rf"{_NUM_LEFT}(?P<t_num>{NUM})-(?P<t_type>[A-ZĐ]{{2,5}})/(?P<t_iss>{_alt(OLD_STATE_ISSUERS)})"
    rf"{_CODE_END}"
)
#: Ministry codes of the 1990s with a space for the dash: "Thông tư số 43 TC/QLCS" (Bộ Tài
#: chính, Cục Quản lý công sản) → "43/TC-QLCS". The first part is never a Party type code
#: ("12 HD/BTCTW" is not read this way).
SPACED_ID = (
    rf"{_NUM_LEFT}(?P<s_num>\d{{1,5}})[ \t](?P<s_min>[A-ZĐ]{{2,6}})"
    rf"/(?P<s_unit>[A-ZĐ][A-ZĐ0-9]{{1,8}}){_CODE_END}(?![/-]\w)"
)
#: A four-digit year as a letter's whole unit, ending the code ("159/TB-2019").
_YEAR_UNIT = r"(?:19|20)\d\d(?![\w&/]|[.,-]\d)"
LETTER_ID = (
    rf"{_NUM_LEFT}(?P<l_num>{NUM})/(?P<l_iss>[A-ZĐ][A-ZĐ0-9&]*[a-z]?[A-ZĐ0-9&]*)"
    # a space around the dash before an all-capital unit: "8959/UBND – THKH", "1333/UBND- TNMT"
    rf"(?:-|(?:[ \t]{{1,2}}-[ \t]{{0,2}}|-[ \t]{{1,2}})(?=[A-ZĐ]{{2}}[a-z]?[A-ZĐ0-9&]*(?![\w&])"
    rf"|{_YEAR_UNIT}))"
    rf"(?P<l_unit>[A-ZĐ][A-Za-zĐđư0-9&]*(?:-[A-ZĐ][A-Za-zĐđư0-9&]*){{0,3}}{_ID_END}"
    # the year as the unit, as some police units number their notices: "công văn số 159/TB
    # -2019" (was read "159/TB", a code the text does not print)
    rf"|{_YEAR_UNIT})"
)

#: A letter or report code with its sender only, no unit ("Công văn số 256/PCLB", "Văn bản số
#: 14/ĐTXDCT", "Tờ trình số 008/GDĐT"): read only after a letter noun (checked in ``extract``).
SHORT_ID = rf"{_NUM_LEFT}(?P<u_num>{NUM})/(?P<u_iss>[A-ZĐ][A-ZĐ0-9&]{{1,9}})(?![\w&]|[/.-]\w)"
#: Nouns after which a short letter code is read.
SHORT_ID_NOUNS = frozenset({"", "Công văn", "Công điện", "Tờ trình", "Báo cáo"})
#: A permit by its short code, "GP" and its kind's letters ("Giấy phép xây dựng số 36/GPXD",
#: "giấy phép đào hè - đào đường số 03/GPĐH", "theo giấy phép 5774/GPQH"): "giấy phép", up to
#: five lower-case words of its kind, then "số" or the code (``extract`` wants "GP" opening the
#: code's letters).
PERMIT_CODE_LETTERS_RE = _PROGRAMS.compile(r"GP[A-ZĐ]{1,4}")
_PERMIT_ENDING = rf"(?:(?i:số)[ \t]{{0,2}}:?|[{LOWER}]|phép)[ \t]{{1,3}}\Z"
PERMIT_BEFORE_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?i:giấy phép)(?:(?:[ \t]{{1,3}}-)?[ \t]{{1,3}}"
    rf"(?!(?:và|của|do|theo|tại|cho|mã|hoặc)(?!\w))[{LOWER}]\w*){{0,5}}?"
    rf"(?:[ \t]{{1,3}}(?i:số)[ \t]{{0,2}}:?)?[ \t]{{1,3}}\Z"
)
PERMIT_BEFORE_RE = EndGated(PERMIT_BEFORE_RE, _PERMIT_ENDING, _PROGRAMS.compile)
#: Nouns after which a short code is read only with "số" between them ("Kết luận số 754/TTCP",
#: "thông báo số 66/HĐTS", "Kế hoạch số 400/HLGVN"); without "số" ("kết luận 12/TTCP") it is
#: not read. A court's judgment too: its older codes are a number and the letters of its kind
#: ("Bản án hình sự phúc thẩm số 1366/PTHS", "Bản án số 25/HSST").
SHORT_ID_SO_NOUNS = frozenset({"Kết luận", "Thông báo", "Kế hoạch", "Bản án"})
#: A code of an earlier or another regime printed "N-CODE" or "N-CODE/UNIT" ("Sắc lệnh số
#: 143-NV", "Nghị định số 709-BNV/HCĐP"): kept as printed; only after a
#: type noun and "số" (checked in ``extract``).
DASHED_ID = (
    rf"{_NUM_LEFT}(?P<v_num>\d{{1,5}})-(?P<v_code>[A-ZĐ]{{2,6}})"
    rf"(?:/(?P<v_iss>[A-ZĐ]{{2,8}}(?:/\d{{1,3}})?))?(?![\w&]|[/.-]\w)"
)

#: A code with its year whose letters name no document type: a permit or registration
#: ("GPQC số: 2707/2020/XNQC-ATTP", "theo số: 7347/2020/ĐKSP", "Hợp đồng BT số 01/2016/HĐBT"),
#: a court's own type ("Quyết định 176/2010/QĐST-HNGĐ"), a type with a letter dropped ("Nghị
#: định số 99/2013/Đ-CP"). Kept as printed; tried last, and only after a noun or "số"
#: (checked in ``extract``).
YEARED_ID = (
    rf"{_NUM_LEFT}(?P<y_num>\d{{1,5}})/(?P<y_year>(?:19|20)\d\d)/(?P<y_code>[A-ZĐ]{{1,6}})"
    rf"(?:-(?P<y_iss>[A-ZĐ]{{2,8}}))?(?![\w&]|[/.-]\w)"
)

#: A contract by its code, "HĐ" and its kind's letters, then its year or the parties' letters
#: ("hợp đồng số 271/HĐKT/2017", "Hợp đồng số 010/HĐKT/CNC-VTCO"): kept as printed; only after
#: "hợp đồng", up to five lower-case words of its kind and "số" (``CONTRACT_BEFORE_RE``, checked
#: in ``extract``).
CONTRACT_ID = (
    rf"{_NUM_LEFT}(?P<c_num>\d{{1,5}})/(?P<c_code>HĐ[A-ZĐ]{{1,4}})/(?P<c_tail>(?:19|20)\d\d"
    rf"|[A-ZĐ][A-ZĐ0-9]{{1,7}}(?:-[A-ZĐ][A-ZĐ0-9]{{1,7}})?)(?![\w&]|[/.-]\w)"
)
_CONTRACT_ENDING = r"(?i:số)[ \t]{0,2}:?[ \t]{1,3}\Z"
CONTRACT_BEFORE_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?i:hợp đồng)(?:[ \t]{{1,3}}"
    rf"(?!(?:và|của|do|theo|tại|cho|mã|hoặc|với|giữa)(?!\w))[{LOWER}]\w*){{0,5}}?"
    rf"[ \t]{{1,3}}(?i:số)[ \t]{{0,2}}:?[ \t]{{1,3}}\Z"
)
CONTRACT_BEFORE_RE = EndGated(CONTRACT_BEFORE_RE, _CONTRACT_ENDING, _PROGRAMS.compile)

#: A letter ("Công văn số 81/TTg-KTTH") read again where the old shape "81/TTg" matched first.
LETTER_ID_RE = _PROGRAMS.compile(f"(?P<letter>{LETTER_ID})")

# "(?=\d)" first: the engine then skips quickly to digits (about 8x faster on real text).
ANY_ID_RE = _PROGRAMS.compile(
    f"(?=\\d)(?:(?P<party>{PARTY_ID})|(?P<norm>{NORMATIVE_ID})|(?P<admin>{ADMIN_ID})"
    f"|(?P<old>{OLD_ID})|(?P<letter>{LETTER_ID})|(?P<oldtyped>{OLD_TYPED_ID})"
    f"|(?P<spaced>{SPACED_ID})|(?P<short>{SHORT_ID})|(?P<dashed>{DASHED_ID})"
    f"|(?P<yeared>{YEARED_ID})|(?P<contract>{CONTRACT_ID}))"
)

# Type noun, optionally followed by "số"/"Số" with or without a colon; anchored at the END of
# a window that stops right before an id (searched with ``NOUN_BEFORE_RE.search(view, a, b)``).
_NOUN_ALT = _alt(s for s, _ in _NOUN_SPELLINGS)
NOUN = rf"(?<!pháp )(?<!Pháp )(?P<noun>(?i:{_NOUN_ALT}))"
#: "Thông tư hướng dẫn số 21", "công văn hướng dẫn số 1234/BNV-CCVC": "hướng dẫn" after a type
#: noun is its modifier (a guiding circular, a letter of guidance), the type is the noun before.
_GUIDING = r"(?:[ \t]{1,3}(?P<guide>(?i:hướng dẫn)))?"
SO = r"(?P<so>(?i:số)[ \t]{0,2}:?)"
#: A capitalised noun glued to the word before it is a missing space ("đã ban hànhKế hoạch số").
_WORD_START = rf"(?:(?<!\w)|(?<={_LOW})(?=[{UPPER}]))"
#: "sổ" typed for "số" between a document's noun and its code ("có quyết định sổ 2539/QĐ-UBND"):
#: only there (the window ends at the code), never alone nor after another word ("sổ đỏ").
_SO_TYPO = r"(?P<sotypo>sổ)"
#: "Nghị quyết chuyên đề số 04/2012/NQ-HĐND": a thematic resolution is still a resolution.
NOUN_BEFORE_RE = _PROGRAMS.compile(
    # the bracket may open before "số" too: "đã ban hành quyết định (số 352/QĐ-TA)"
    rf"{_WORD_START}{NOUN}{_GUIDING}(?:{_SP}chuyên đề)?"
    rf"(?:{_OSP}(?:\({_OSP})?(?:{SO}|{_SO_TYPO}))?{_OSP}\(?\Z"
)
NOUN_AFTER_RE = _PROGRAMS.compile(rf"{NOUN}(?!\w)")
SO_BEFORE_RE = _PROGRAMS.compile(rf"(?<!\w){SO}{_OSP}\Z")
#: "số" and bare numbers of a list before its one printed code: "Quyết định khởi tố bị can số:
#: 64; 65/C46-P11" (the code is introduced by that "số"; the bare numbers are not read).
SO_NUMBERS_BEFORE_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?P<lead>{SO}{_OSP})(?:\d{{1,5}}[ \t]*[;,][ \t]*){{1,4}}\Z"
)
#: The abbreviated label of an advertising permit or content confirmation, with its colon, in
#: place of "số": "GPQC: 2097/2020/XNQC-ATTP", "Số XNQC: …" (``extract`` takes only a yeared
#: code after it).
PERMIT_LABEL_RE = _PROGRAMS.compile(rf"(?<!\w)(?:GPQC|XNQC){_OSP}:{_OSP}\Z")
#: The gap between two objects of one "X ban hành …" sentence: a title, then ";" (and "ra",
#: "ban hành" again): "… Chỉ thị số 20/CT-TTg … về …; Nghị định 64/2002/NĐ-CP".
LIST_GAP_RE = _PROGRAMS.compile(
    rf"(?:[^\n.;]|\.(?! ?[{UPPER}]))"
    rf"{{0,400}};{_OSP}(?:(?:ra|và|ban hành|đã ban hành|ký|có){_SP})?"
    # a described noun of the next item, a capitalised noun and lower-case words only ("…;
    # Lệnh bắt bị can để tạm giam số: 19; 20/C46-P11"), and bare numbers of its list
    rf"(?:[{UPPER}]{_LOW}*(?:{_SP}(?!(?:của|do|theo|tại|gửi)(?!\w)){_LOW}+){{1,8}}{_SP}(?=(?i:số)))?"
    rf"(?:{SO}{_OSP}(?:\d{{1,5}}[ \t]*[;,][ \t]*){{0,4}})?"
)
COORD_RE = _PROGRAMS.compile(rf"{_OSP}(?:,|;|và|hoặc|,{_OSP}và){_OSP}(?:{SO}{_OSP})?\Z")

#: The place of a committee's or council's code printed right after it, as part of its name,
#: before the date or the issuer: "quyết định số 08/2017/QĐ-UBND tỉnh Long An ngày 3-3-2017 của
#: UBND tỉnh Long An" (``extract`` reads it only after a code ending in UBND or HĐND; the place
#: is the code's, not a body's).
UNIT_PLACE_AFTER_RE = _PROGRAMS.compile(
    rf"{_SP}(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)(?:{_SP}{_UP}[\w]*){{1,4}}"
    rf"(?=[ \t]*,?[ \t]*(?:ngày|của)(?!\w))"
)
# Dates. Numeric with two separators, alike or not (spaces allowed around them: "24 - 9 - 2001",
# "02-12/2013"); in words ("ngày mồng 4 tháng Bảy năm 2011"); month precision ("tháng 4/2007",
# "tháng 4 năm 2007").
MONTH_WORDS = MappingProxyType(
    {
        "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
        "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
    }
)  # fmt: skip
_MONTH_WORD = rf"(?P<m2w>(?i:{_alt(MONTH_WORDS)}))(?!\w)"
DATE = (
    r"(?:(?P<d1>\d{1,2})[ \t]{0,2}(?P<sep>[/.-])[ \t]{0,2}(?P<m1>\d{1,2})[ \t]{0,2}[/.-]"
    r"[ \t]{0,2}(?P<y1>\d{4})"
    rf"|(?:(?i:mồng|mùng){_SP})?(?P<d2>\d{{1,2}}){_SP}tháng{_SP}(?:(?P<m2>\d{{1,2}})|{_MONTH_WORD})"
    rf"{_OSP},?{_OSP}năm{_SP}(?P<y2>\d{{4}})"
    rf"|(?i:tháng){_SP}(?P<m3>\d{{1,2}})(?:{_OSP}[/.-]{_OSP}|{_SP}năm{_SP})(?P<y3>\d{{4}}))(?!\d)"
)
#: Also a full numeric date printed right after the code without "ngày" ("Thông tư số
#: 64/2013/TT-BTC 15/05/2013").
#: "… do Cục … cấp lần đầu ngày 08/01/2015", "… do Chủ tịch UBND tỉnh ký ban hành ngày 27/3/2017"
#: Also passive, with "vào" before the day ("… số 12/QĐ-UBND được ký vào ngày 5/6/2018"), and
#: "đề", dated ("văn bản số … đề ngày 19/10/2016"); "vừa", "mới" or "đã" before the verb ("thu
#: hồi quyết định số 5671/QĐ-UBND vừa ban hành ngày 10-12-2018").
_DAY_VERB = (
    r"(?:(?:(?:(?:vừa|mới|đã) )?(?:được )?(?:ký ban hành|ban hành|ký)|cấp(?: lần đầu)?)"
    r"(?: vào)?|đề)"
)
#: A full numeric date right after that verb, without "ngày": "… của Chính phủ ban hành
#: 16/11/2010".
_FULL_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)"
DATE_AFTER_RE = _PROGRAMS.compile(
    # the signer's name between the office and "ký ngày": "do chủ tịch UBND tỉnh Thái Bình,
    # Nguyễn Hồng Diên ký ngày 23/12/2016"
    rf"{_OSP}(?:,{_SP}{_UP}\w*(?:{_SP}{_UP}\w*){{1,3}}{_SP}(?=ký ngày)"
    rf"|\(|,{_OSP}|(?=(?i:ngày|{_DAY_VERB} (?:ngày|tháng)|tháng|{_DAY_VERB} {_FULL_DATE}))"
    # a short aside in brackets between the code and "ngày": "biên bản kết luận … số
    # 774/KL-KTSTQ (C 3) ngày 15-8-2019" (a capital first, at most ten characters, no slash)
    rf"|\({_OSP}[{UPPER}][^()\n/]{{0,9}}\){_OSP},?{_OSP}(?=(?i:ngày){_OSP}\d)"
    rf"|(?<=[ \t])(?=\d{{1,2}}([/.-])\d{{1,2}}\1(?:19|20)\d\d(?!\d))"
    # a full date glued to the code's end by a dash: "Quyết định 2250/QĐ-UBND-05/8/2010" (day,
    # month and a four-digit year with slashes, so never a part of the code)
    rf"|(?<=\w)-(?=\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d(?![\d/])))"
    # the month alone after the verb: "… số 12/QĐ-UBND của UBND tỉnh ban hành tháng 7/2015"
    rf"(?:(?i:ngày|{_DAY_VERB} ngày|{_DAY_VERB}(?= {_FULL_DATE}| tháng)){_OSP})?{DATE}\)?"
)
#: A date after the title that follows the id: "Chỉ thị số 05-CT/TW về đẩy mạnh …, ban hành
#: ngày 15/5/2016", "Quyết định 12/QĐ-UBND về … (ngày 4/7/2011)". The title stops at a line or
#: sentence end, a parenthesis or another code ("/"), so the date is the id's own. A title
#: opened by "quy định" or "hướng dẫn" is read too when the date is said to be the one it was
#: issued on, "vào" allowed before it ("Thông tư số 19/2016/TT-NHNN quy định về hoạt động thẻ
#: ngân hàng vừa được ban hành vào ngày 30/6/2016").
DATE_FAR_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?:(?:(?i:về|v/v)(?!\w)|[\"“])[^\n;.()/]{{1,200}}?"
    rf"(?:[,(]{_OSP}(?:(?i:ban hành|ký){_SP})?|{_SP}(?i:ban hành|ký){_SP})"
    rf"|(?:quy định|hướng dẫn)(?!\w)[^\n;.()/]{{1,200}}?{_SP}(?:ban hành|ký){_SP}vào{_SP}"
    rf"(?=ngày))"
    # the month alone after "ban hành": "… của Đảng (ban hành tháng 5/2014)"
    rf"(?:(?i:ngày){_OSP}|(?<=hành[ \t])(?=(?i:tháng)))"
    rf"{DATE}\)?"
)
#: A central body stated after the title of a central Party document, ending the clause: "Quyết
#: định số 218-QĐ/TW về ban hành quy định về việc Mặt trận … góp ý xây dựng Đảng, xây dựng chính
#: quyền của Bộ Chính trị (khóa XI)." (``extract`` refuses a title naming another document).
CENTRAL_AFTER_TITLE_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?:(?i:về|v/v)(?!\w)|[\"“])(?P<title>[^\n;.()/]{{1,220}}?)[\"”]?{_OSP},?{_SP}"
    rf"của{_SP}(?P<cbody>Bộ Chính trị|Ban Bí thư(?:{_SP}Trung ương(?:{_SP}Đảng)?)?"
    rf"|Ban Chấp hành Trung ương(?:{_SP}Đảng)?)"
    rf"(?:{_OSP}\(?{_OSP}{TERM_WORD}{_OSP}\)?)?(?={_OSP}(?:[,.;:)\n]|\Z))"
)
#: A document named inside a title: its body and term are not the cited one's.
DOCUMENT_IN_TITLE_RE = _PROGRAMS.compile(
    r"(?<!\w)(?:Nghị quyết|Chỉ thị|Quyết định|Quy định|Kết luận|Thông báo|Thông tri|Hướng dẫn"
    r"|Kế hoạch|Chương trình|Đề án|Điều lệ|Hội nghị)(?!\w)"
)
YEAR_AFTER_RE = _PROGRAMS.compile(
    rf"(?:{_OSP},?{_OSP}(?:\(|(?:(?:được{_SP})?(?:ban hành|ký|thông qua){_SP})?năm{_SP})"
    # a bare year one space after the code, then its title, its issuer or the clause's end:
    # "nghị quyết 11-NQ/TW 2017 về hoàn thiện thể chế …" (never a count: "… 2000 hộ dân")
    rf"|[ \t](?=(?:19|20)\d\d(?:{_SP}(?:về|của)(?!\w)|[ \t]?[,.;)]|[ \t]*(?:\n|\Z))))"
    rf"(?P<y4>(?:19|20)\d\d)(?!\d)\)?"
)
#: A numeric date with a letter typed for a digit ("ngày 02/0l/1991": l for 1, O for 0), read
#: as the reader reads it; only after "ngày" and with a digit in day and month.
TYPO_DATE_AFTER_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?i:ngày){_OSP}(?P<d>(?=[lIO]?\d)[\dlIO]{{1,2}})(?P<sep>[/.-])"
    rf"(?P<m>(?=[lIO]?\d)[\dlIO]{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
)

#: A full numeric date after "ngày" mistyped ("Tờ trình số 2219/TT-UBND ngà 04/10/2006": a
#: letter or the tone mark lost): read only right after a code and with day, month and year.
MISTYPED_DAY_DATE_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?i:ng(?:à|ay|ầy|áy|ạy|ảy|ãy))(?!\w)[ \t]{{1,2}}"
    rf"(?=\d{{1,2}}([/.-])\d{{1,2}}\1(?:19|20)\d\d(?!\d)){DATE}"
)
#: A day and month without a year between the code and its issuer: "Công điện số 541/CĐ-TTg,
#: ngày 23/4 của Thủ tướng Chính phủ" (no date: the code has no year; the issuer is read on).
DAY_MONTH_THEN_ISSUER_RE = _PROGRAMS.compile(
    # "… số 61/2017/QĐ-UBND ban hành ngày 15/9 của UBND tỉnh …": the verb before the day too
    rf"{_OSP},?{_OSP}(?:{_DAY_VERB}{_SP})?(?i:ngày){_OSP}"
    rf"(?P<dd>\d{{1,2}})[ \t]{{0,2}}[/.-][ \t]{{0,2}}(?P<mm>\d{{1,2}})"
    rf"(?![\d/.-])"
    rf"(?={_OSP},?{_OSP}(?:của|do){_SP})"
)

# Issuing bodies: a head from this list, then up to six name words.
_HEADS = (
    "Ban Bí thư",
    "Ban bí thư",
    "Bộ Chính trị",
    "Bộ chính trị",
    "Ban Chấp hành",
    "Ban chấp hành",
    "BCH",
    "Ban Thường vụ",
    "BTV",
    "Thường trực",
    "Thường vụ",  # "Thường vụ Tỉnh ủy có Thông báo số …" ("Ban" left out)
    "Ban Tổ chức",
    "Ban Tuyên giáo",
    "Ban Tuyên giáo và Dân vận",
    "Ban Dân vận",
    "Ban Kinh tế",
    "Ban Nội chính",
    "Ban Đối ngoại",
    "Ban Chỉ đạo",
    "Ban cán sự đảng",
    "Ban Cán sự Đảng",
    "Văn phòng",
    "UBKT",
    "UBND",
    "HĐND",
    "UBTVQH",
    "Hội đồng nhân dân",
    "Hội đồng Bộ trưởng",
    "Hội đồng Nhà nước",
    "Hội nghị",
    "Quốc hội",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Thủ tướng",
    "Phó Thủ tướng Chính phủ",
    "Phó Thủ tướng",
    # the standing deputy, "Thường trực" after the title ("Phó Thủ tướng Thường trực Chính phủ
    # A vừa ký Công điện số …"; the head "Thường trực" alone cut the title off)
    "Phó Thủ tướng Thường trực Chính phủ",
    "Phó Thủ tướng Thường trực",
    "Chủ tịch nước",
    "Chủ tịch UBND",
    "Tổng thống",  # a head of State of another regime ("Tổng thống VNCH Ngô Đình Diệm")
    # army units, named by number ("Lữ đoàn 28 có thông báo số …")
    *("Lữ đoàn", "Sư đoàn", "Trung đoàn", "Quân đoàn", "Quân khu", "Bộ Tư lệnh", "Bộ Chỉ huy"),
    "Tổng Kiểm toán Nhà nước",  # the head of the State Audit, also "Tổng KTNN"
    "Tổng KTNN",
    # an office named as a head has its deputy, who signs for it: "Phó Tổng Kiểm toán Nhà nước
    # Nguyễn Văn A đã ký quyết định số …" keeps "Phó" ("Phó Thủ tướng" is listed above)
    *(f"Phó {h}" for h in ("Tổng Kiểm toán Nhà nước", "Tổng KTNN", "Chủ tịch nước")),
    "KTNN",
    "Trung ương",
    "Ngân hàng Nhà nước",
    "Kiểm toán Nhà nước",
    "Bảo hiểm xã hội Việt Nam",  # a State agency issuing letters ("Công văn số …/BHXH-…")
    "Bảo hiểm xã hội",
    "BHXH",  # "BHXH Bình Định có văn bản 614/BHXH-GĐ …", "BHXH Việt Nam"
    "VPCP",  # "Công văn số 5678/VPCP-TCCV …, của VPCP"
    "Tổng cục",
    "Sở",
    "Văn phòng Chính phủ",
    # a law office and a bar, whose names hold "Luật" ("ông A được Văn phòng Luật sư B ra quyết
    # định số …", "Đoàn Luật sư TP Hà Nội")
    "Văn phòng Luật sư",
    "Văn phòng luật sư",
    "Đoàn Luật sư",
    "Đoàn luật sư",
    "Văn phòng Quốc hội",
    "Văn phòng Chủ tịch nước",
    # mass organisations, whose names have lower-case words ("của Đoàn Chủ tịch Tổng Liên đoàn
    # Lao động Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam")
    "Tổng Liên đoàn Lao động",
    "Tổng LĐLĐ Việt Nam",  # abbreviated: "Tổng LĐLĐVN", "LĐLĐ tỉnh"
    "Tổng LĐLĐVN",
    "Tổng LĐLĐ",
    "LĐLĐ",
    "Hội đồng thành viên",  # the boards of State groups and companies ("HĐTV", "HĐQT")
    "Hội đồng quản trị",
    "HĐTV",
    "HĐQT",
    "ban Thường vụ",  # typed in lower case: "ban Thường vụ Huyện ủy Diễn Châu đã có …"
    # the same for the central bodies: "Quy định số 47-QĐ/TW … của ban Chấp hành Trung ương
    # Đảng", "… của ban Bí thư", "Quy định số 181-QĐ/TW của bộ Chính trị"
    "ban Bí thư",
    "ban Chấp hành",
    "bộ Chính trị",
    "Đoàn Chủ tịch Tổng Liên đoàn Lao động",
    "Ban Chấp hành Tổng Liên đoàn Lao động",
    "Hội Liên hiệp Phụ nữ",
    "Trung ương Hội Liên hiệp Phụ nữ",
    "Mặt trận Tổ quốc",
    *(f"Bộ {m}" for m in _MINISTRIES),
    *(f"Sở {m}" for m in _MINISTRIES),
)
#: Short names a ministry is called by, as the papers print them ("Bộ Nông nghiệp cũng vừa ban
#: hành …", "Thông tư 25/2014 của Bộ Tài nguyên"), with the years whose circulars that name's
#: ministry numbered and the letters of their codes (``extract`` fixes a circular's code from
#: them): "Bộ Nông nghiệp" was Nông nghiệp và Phát triển nông thôn until the merger of 2025
#: (Nông nghiệp và Môi trường after it; 2025 had both, so neither is read), "Bộ Giáo dục" is
#: Giáo dục và Đào tạo since 1990, "Bộ Tài nguyên" Tài nguyên và Môi trường from 2002 to the
#: merger, "Bộ Lao động" Lao động - Thương binh và Xã hội until it. The one table of them: the
#: grammar reads these names as heads, ``extract`` their codes.
MINISTRY_SHORT_NAMES = MappingProxyType(
    {
        "Nông nghiệp": ((1996, 2024, "BNNPTNT"), (2026, 2099, "BNNMT")),
        "Giáo dục": ((1991, 2099, "BGDĐT"),),
        # the ministries the merger of 2025 ended (their circulars of 2025 may be either
        # ministry's, so that year is not read), and those named so since their own creation
        # or renaming
        "Tài nguyên": ((2003, 2024, "BTNMT"),),
        "Lao động": ((1998, 2024, "BLĐTBXH"),),
        "Giao thông": ((1998, 2024, "BGTVT"),),
        "Kế hoạch": ((1998, 2024, "BKHĐT"),),
        "Thông tin": ((2008, 2024, "BTTTT"),),
        "Khoa học": ((2003, 2099, "BKHCN"),),
        "Văn hóa": ((2008, 2099, "BVHTTDL"),),
        "Văn hoá": ((2008, 2099, "BVHTTDL"),),
    }
)
#: A ministry named by its abbreviation ("Bộ GTVT", "Bộ NN&PTNT", "Bộ LĐ-TB&XH"), or by the
#: first words of its name and an abbreviation of the rest ("Bộ Nông nghiệp và PTNT", "Sở Nông
#: nghiệp & PTNT", "Bộ Lao động - TB và Xã hội", "Bộ Lao động TB &XH").
_MINISTRY_ABBR = (
    r"Bộ [A-ZĐ][A-ZĐ&]*(?:-[A-ZĐ&]+)*[A-ZĐ](?![\w&-])"
    r"|(?:Bộ|Sở) (?:Lao động|Nông nghiệp|Tài nguyên|Giáo dục|Kế hoạch|Thông tin|Khoa học"
    r"|Văn h(?:óa|oá)|Giao thông|Bưu chính)"
    r"(?:[ \t]{1,2}(?:-|và|&)[ \t]{1,2}|[ \t]{1,2})[A-ZĐ]{2,}(?:[ \t]?&[ \t]?[A-ZĐ]{2,})?(?![\w&])"
    # a ministry's short name, as the papers print it ("Bộ Nông nghiệp cũng vừa ban hành …",
    # "Thông tư 25/2014 của Bộ Tài nguyên"), when no more of its name follows
    r"|(?:Bộ|Sở) (?:"
    + "|".join(MINISTRY_SHORT_NAMES)
    + r")(?![ \t]{0,2}(?:-|&)|[ \t]{1,2}và(?!\w)|\w)"
)
#: People's committees and councils with their level, abbreviated or not ("UBND tỉnh", "HĐND
#: huyện Đông Anh", "Ủy ban nhân dân thành phố"): the level word is lower case.
_LEVEL = (
    # "TP.HCM" is a city's name, read as a name word ("UBND TP.HCM"), not the level "TP"
    r"(?:tỉnh|thành phố|TP(?:\.(?!\w)|(?!\.\w))|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)"
)
#: Written all in lower case ("của uỷ ban nhân dân tỉnh") only with its level word.
#: Courts and procuracies the same way ("TAND tỉnh Quảng Trị", "Tòa án nhân dân tối cao",
#: "TAND cấp cao tại Hà Nội"): the issuers of judgments ("Bản án số 02/2017/HC-ST").
_LOCAL_HEAD = (
    rf"(?:(?:[UƯ]BND|HĐND|{_CUY} [Bb]an [Nn]hân [Dd]ân|Hội đồng [Nn]hân [Dd]ân)"
    # the level glued by a dot, as some papers print it ("Quyết định 23/2018/QĐ-UBND của
    # UBND.TP, …"): "TP" only, never a name after the dot ("UBND.HCM")
    rf"(?:{_SP}lâm thời)?(?:(?:{_SP}|(?<=[UƯ]BND)\.(?=TP(?![\w.]))){_LEVEL}"
    # the level a place has now, inside its old name: "UBND thị xã (nay là TP) Rạch Giá"
    rf"(?:{_OSP}\(nay là{_SP}[^()\n]{{1,20}}\)(?={_SP}{_UP})"
    # the committee of the place just named: "UBND huyện này vừa có công văn số …"
    rf"|{_SP}này(?!\w))?)?"
    rf"|(?:T(?:òa|oà) án [Nn]hân [Dd]ân|TAND|Viện [Kk]iểm sát [Nn]hân [Dd]ân|VKSND)"
    rf"(?:{_SP}(?:[Tt]ối cao|[Cc]ấp cao(?:{_SP}tại)?|{_LEVEL}))?"
    # a court by "toà án" and its level, "nhân dân" left out, "toà" in lower case only after
    # "của" or its chief's title ("Quyết định … số 02/QĐ-THAHC ngày … của Chánh án toà án tỉnh
    # BR - VT"), and an appellate court of the Supreme Court ("Bản án … số 19/2016/HC-PT ngày …
    # của toà Phúc thẩm TAND Tối cao tại TP. HCM"; "tại" only before the city): no issuer was
    # read
    rf"|(?:(?<=của )t|(?<=Chánh án )t|T)(?:òa|oà)(?:{_SP}án(?:{_SP}nhân dân)?{_SP}{_LEVEL}"
    rf"|{_SP}[Pp]húc thẩm{_SP}(?:TAND|T(?:òa|oà) án nhân dân){_SP}[Tt]ối cao"
    rf"(?:{_SP}tại(?={_SP}(?:TP\.|[A-ZĐ])))?)"
    rf"|(?:{_UY}|ủy) ban nhân dân{_SP}{_LEVEL}|hội đồng nhân dân{_SP}{_LEVEL}"
    # a province's or district's police, only with its level ("Công an tỉnh Nghệ An", "Công an
    # TP. HCM", "Công an quận 1"): "Công an" alone is the ministry's field, not a body
    rf"|Công an{_SP}{_LEVEL}"
    # its fire police the same way ("Cảnh sát PC&CC thành phố Hà Nội đã cấp giấy chứng nhận …
    # tại văn bản số …", "Cảnh sát PCCC quận 2"), only with its level
    rf"|Cảnh sát{_SP}PC(?:CC|&CC){_SP}{_LEVEL}"
    # the same with "công an" in lower case, as some papers print it, only before a capitalised
    # place ("công an tỉnh Phú Thọ có công văn số …"; "công an xã" alone is no body)
    rf"|(?<!\w)công an{_SP}{_LEVEL}(?={_SP}[A-ZĐ]))"
)


def _head_tokens(name: str) -> list[str]:
    """A head as typed in practice, as a list of patterns (its words and the separators between
    them): later words may be capitalised ("Chính Phủ", "Bộ Tài Chính", "Hội đồng Nhân dân"),
    and a space and a dash between words stand for each other ("Bộ Giao thông - Vận tải", "Bộ
    Lao động Thương binh và Xã hội"); a comma may be typed as a dash and "và" as "&" ("Bộ Văn
    hóa - Thể thao & Du lịch")."""
    parts = re.split(r"(\s*-\s*|,\s*|\s+)", name)
    out = [re.escape(parts[0])]
    for sep, word in zip(parts[1::2], parts[2::2], strict=True):
        out.append(
            r"(?:,[ \t]{0,2}|[ \t]{0,2}-[ \t]{0,2})"  # "Văn hóa - Thể thao & Du lịch"
            if sep.strip() == ","
            else r"(?:[ \t]{1,2}|[ \t]{0,2}-[ \t]{0,2})"
        )
        if word == "và":  # "Thể thao & Du lịch"
            out.append(r"(?:và|&)")
            continue
        first = word[0]
        # a one-letter word is no abbreviation: its case is free too ("Bộ y tế")
        if first.lower() != first.upper() and (len(word) == 1 or not word.isupper()):
            out.append(f"[{first.lower()}{first.upper()}]{re.escape(word[1:])}")
        else:
            out.append(re.escape(word))
    return out


def _token_texts(token: str, word: str) -> set[str]:
    """The texts of a word's token (``_head_tokens``): the word in either case of its first
    letter, "và" also as "&"."""
    texts = {word, word[:1].swapcase() + word[1:], "&"}
    return {t for t in texts if re.fullmatch(token, t)}


def _head_alt(names, drop: int = 0, prune: bool = False) -> str:
    """The heads ``names`` as one alternation, longest name first, written as a tree of their
    shared first words ("Bộ Tài chính|Bộ Tài nguyên …" as "Bộ(?:Tài(?:chính|nguyên …)…)"): the
    same readings in the same order as ``"|".join("".join(_head_tokens(n)) for n in names)``, in a
    fraction of the text (the grammar embeds its heads in many regexes, each many times).
    Branches are ordered by their longest name; two branches that can read the same text ("a
    dash or a comma", "LĐLĐ" and "LĐLĐVN") keep the names' own order, written without a tree
    where those orders interleave.

    ``drop``: the first tokens left out (``_head_alt(["Bộ Tài chính"], 2)`` is the name after
    "Bộ" and its separator). ``prune``: for a lookahead, where only whether some name matches
    before a non-word character counts: a name that another name extends is enough (the
    separator after it is no word character), the longer ones are left out."""
    ordered = sorted(dict.fromkeys(names), key=len, reverse=True)
    items = []
    for index, name in enumerate(ordered):
        tokens = _head_tokens(name)
        words = re.split(r"\s*-\s*|,\s*|\s+", name)
        # each token with the texts it reads: a separator is "sep", a word its spellings
        texts = [
            frozenset({"sep"}) if k % 2 else frozenset(_token_texts(tok, words[k // 2]))
            for k, tok in enumerate(tokens)
        ]
        items.append((index, tokens[drop:], texts[drop:]))

    def clash(a, b) -> bool:
        """Whether two first tokens can read the same text or one a beginning of the other's."""
        if not a or not b:
            return True  # a name's end reads a beginning of every longer one
        return any(x.startswith(y) or y.startswith(x) for x in a for y in b)

    def render(rows) -> str:
        if prune and any(not tokens for _, tokens, _ in rows):
            return ""
        groups: dict = {}
        for row in rows:
            groups.setdefault(row[1][0] if row[1] else "", []).append(row)
        keys = list(groups)
        first = {k: (groups[k][0][2][0] if groups[k][0][1] else frozenset()) for k in keys}
        # groups whose names can read the same text and whose order interleaves are written
        # one name after another (consecutive names with one first token still share it)
        joined = {k: k for k in keys}

        def root(k):
            while joined[k] != k:
                k = joined[k]
            return k

        for a, b in itertools.combinations(keys, 2):
            ia = [r[0] for r in groups[a]]
            ib = [r[0] for r in groups[b]]
            if clash(first[a], first[b]) and not (max(ia) < min(ib) or max(ib) < min(ia)):
                joined[root(a)] = root(b)
        parts = []  # (first index, pattern)
        done = set()
        for k in keys:
            r = root(k)
            if r in done:
                continue
            done.add(r)
            members = [m for m in keys if root(m) == r]
            if len(members) == 1:
                rows_k = groups[k]
                parts.append((rows_k[0][0], branch(rows_k)))
                continue
            flat = sorted((row for m in members for row in groups[m]), key=lambda row: row[0])
            for _, run in itertools.groupby(flat, key=lambda row: row[1][0] if row[1] else ""):
                run = list(run)
                parts.append((run[0][0], branch(run)))
        parts.sort(key=lambda part: part[0])
        branches = [pattern for _, pattern in parts]
        if len(branches) == 1:
            return branches[0]
        if branches[-1] == "" and len(branches) == 2:
            return f"(?:{branches[0]})?"
        return "(?:" + "|".join(branches) + ")"

    def branch(rows) -> str:
        """Rows sharing their first token (or all ended)."""
        if not rows[0][1]:
            return ""
        rest = [(index, tokens[1:], texts[1:]) for index, tokens, texts in rows]
        return rows[0][1][0] + render(rest)

    return render(items)


#: A ministry whose first word is printed in lower case and its name capitalised, as some
#: papers print it ("bộ Tài nguyên và Môi trường vừa có văn bản …", "bộ Công an", "bộ GD&ĐT");
#: never all lower case ("bộ tài chính"), nor "bộ" ending another word ("cán bộ Tư pháp xã",
#: "toàn bộ", "liên bộ Bưu chính, …": a joint issuer read whole): "bộ"/"sở" and the space, the
#: names after it are ``_MINISTRY_HEAD``'s, the abbreviations ``_LOWER_MINISTRY_ABBR``'s.
_LOWER_MINISTRY_START = (
    r"(?<!\w)(?:(?<!cán )(?<!toàn )(?<!nội )(?<!đồng )(?<!liên )(?<!các )bộ|(?<!cơ )(?<!trụ )sở)"
    r"[ \t]{1,2}"
)
#: The ministries' names after "Bộ" and its separator, their first word in either case: one
#: tree for "Bộ X", "Sở X" and "bộ X" (``_MINISTRY_HEAD``).
_MINISTRY_NAMES = _head_alt((f"Bộ {m}" for m in _MINISTRIES), drop=2)
#: A ministry or a department by its full name: "Bộ X" and "Sở X" as heads (the case of each
#: word after the first is free), and with "bộ"/"sở" in lower case before the name
#: capitalised (``_LOWER_MINISTRY_START``). The three never start at one place (the case of their
#: first letter differs), so one alternative holds them, the names written once.
_MINISTRY_HEAD = (
    r"(?:Bộ(?:[ \t]{1,2}|[ \t]{0,2}-[ \t]{0,2})|Sở(?:[ \t]{1,2}|[ \t]{0,2}-[ \t]{0,2})"
    rf"|{_LOWER_MINISTRY_START}(?=[A-ZĐ])){_MINISTRY_NAMES}"
)
#: The other lower-case reading of a ministry: "bộ"/"sở" in lower case before an abbreviation.
_LOWER_MINISTRY_ABBR = _LOWER_MINISTRY_START + r"[A-ZĐ][A-ZĐ&]*(?:-[A-ZĐ&]+)*[A-ZĐ](?![\w&-])"
_MINISTRY_ALT = (
    r"(?:Bộ(?:[ \t]{1,2}|[ \t]{0,2}-[ \t]{0,2})"
    rf"|{_LOWER_MINISTRY_START}(?=[A-ZĐ])){_MINISTRY_NAMES}"
    + "|"
    + _MINISTRY_ABBR
    + "|"
    + _LOWER_MINISTRY_ABBR
)
#: A ministry by its name or abbreviation anywhere in a span (``extract._this_ministry`` reads
#: the last one before "Bộ này", the ministry it names again).
MINISTRY_NAME_RE = re.compile(rf"(?:{_MINISTRY_ALT})(?!\w)")
#: Lower-case words a company's name never holds: function words ("và" joins its fields: "Đầu
#: tư và Kinh doanh"), verbs of sending, asking and dealing.
_COMPANY_STOP = (
    "(?:về|của|tại|theo|ngày|số|đã|đang|sẽ|vừa|cũng|ban|đối|trong|với|được|là|có|thì|ra|ký"
    "|nhằm|để|cho|đến|từ|quy|hướng|năm|tháng|khi|nếu|gửi|đề|kiến|báo|xin|trình|phải|nộp|bị"
    "|nhận|yêu|mua|bán|thuê|lên|tiếp|không|chưa|ở|tới|trên|dưới|sau|trước)"
)
#: Where "văn phòng" starts an office's name: never a title's ("chánh văn phòng", "phó văn
#: phòng") nor a plural.
_OFFICE = r"(?<!\w)(?<![Cc]hánh )(?<![Pp]hó )(?<![Cc]ác )(?<![Nn]hững )(?<![Nn]hiều )"
#: The Government, the National Assembly and the Prime Minister with their first word in lower
#: case, as some papers print them ("nghị định 28/2017/NĐ-CP của chính phủ", "của quốc hội",
#: "của thủ tướng chính phủ", "phó thủ tướng"): whole words only.
_LOWER_HEADS = (
    r"|(?<!\w)(?:phó[ \t]{1,2})?thủ[ \t]{1,2}tướng(?:[ \t]{1,2}[cC]hính[ \t]{1,2}[pP]hủ)?(?!\w)"
    r"|(?<!\w)(?:chính[ \t]{1,2}phủ|quốc[ \t]{1,2}hội)(?!\w)"
    # the office of a body, "văn phòng" in lower case before the body's capitalised name, as
    # "bộ" and "sở" ("văn phòng UBND tỉnh Ninh Thuận có Thông báo số …", "văn phòng Bộ Y tế")
    rf"|{_OFFICE}văn[ \t]{{1,2}}phòng(?=[ \t]{{1,2}}[A-ZĐ])"
    # a plenum of the Central Committee, "hội nghị" in lower case before "TW"/"Trung ương" and
    # its number ("nghị quyết 10-NQ/TW của hội nghị TW 5 khoá XII"), as "Hội nghị"; never
    # before anything else ("của hội nghị tổng kết", "hội nghị Ban Chấp hành")
    r"|(?<!\w)hội[ \t]{1,2}nghị(?=[ \t]{1,2}(?:Trung[ \t]ương|TW|TƯ)[ \t]{1,2}\d)"
)
#: Lower-case words that open a clause after a department's capitalised word, never its name:
#: "Sở Du lịch phối hợp Công an tỉnh …", "Sở Ngoại vụ cùng UBND …".
_DEPARTMENT_STOP = (
    r"(?:phối|chủ|cùng|tham|đề|mời|yêu|giao|gửi|trình|báo|xin|lấy|hướng|kiểm|chỉ|thông|nhận"
    r"|tổ|đồng|vừa|mới|liên|cho|và|với|tại|về|của|theo|ngày|số|đã|đang|sẽ|được|là|có|ra|ký"
    r"|ban|quy|thực|năm|khi|nay|các|những|này|đó|cũng|không|thuộc)"
)
#: Capitalised words that start a body or a clause, never a department's place.
_DEPARTMENT_NOT_PLACE = (
    rf"(?:Bộ|Sở|Ban|Cục|Vụ|Viện|Tổng|Hội|Văn phòng|Thường trực|{_CUY}|UBND|HĐND|Công an"
    r"|Cảnh sát|Thanh tra|Chính phủ|Quốc hội|Theo|Tại|Về|V/v|Trong|Khi|Ban hành|Quy định)"
)
#: A department whose name holds lower-case words and is no ministry's, with the capitalised
#: place it serves after them: "Sở Quy hoạch kiến trúc Hà Nội", "sở Quy hoạch kiến trúc thành
#: phố Hà Nội" (its capitalised word alone, "Sở Quy", was read as the issuer). Only when a
#: capitalised word that starts no body follows one to three lower-case words that open no
#: clause; the place is read on by the name words.
_DEPARTMENT_SENTENCE = (
    rf"(?<!\w)(?<!cơ )(?<!trụ )[Ss]ở{_SP}"
    rf"(?!{_head_alt(_MINISTRIES, prune=True)}"
    rf"(?!\w)|{_DEPARTMENT_NOT_PLACE}(?!\w)){_UP}{_LOW}*"
    rf"(?:{_SP}(?!{_DEPARTMENT_STOP}(?!\w)){_LOW}+(?!\w)){{1,3}}"
    rf"(?={_SP}(?:(?:tỉnh|thành phố|TP\.?){_SP})?(?!{_DEPARTMENT_NOT_PLACE}(?!\w)){_UP})"
)
_MINISTRY_HEADS = frozenset(f"{b} {m}" for b in ("Bộ", "Sở") for m in _MINISTRIES)
#: A ministry's abbreviation of three fields whose first is set off by a comma, as the papers
#: print the culture ministry's ("của Bộ trưởng bộ VH, TT&DL" was cut at the comma, "bộ VH").
_COMMA_ABBR = r"[A-ZĐ]{2},[ \t]?[A-ZĐ]{2}&[A-ZĐ]{2}(?![\w&-])"
_HEAD_ALT = (
    # a ministry by such an abbreviation, tried first (the abbreviation read as "bộ VH" would
    # end the name at the comma)
    rf"(?:(?<!\w)(?:Bộ|Sở)[ \t]|{_LOWER_MINISTRY_START}){_COMMA_ABBR}|"
    # the office of a ministry, "Văn phòng" in either case, with the ministry's whole name:
    # "của Văn phòng Bộ Tài chính" (the head "Văn phòng" and its capitalised name words alone
    # would stop at "Bộ Tài"); tried first, as the longer reading
    rf"(?=[Vv]ăn[ \t]){_OFFICE}[Vv]ăn[ \t]{{1,2}}phòng[ \t]{{1,2}}(?:{_MINISTRY_ALT})(?!\w)|"
    # a department with lower-case words in its name before its place (above)
    + rf"(?=[Ss]ở[ \t]){_DEPARTMENT_SENTENCE}|"
    + _LOCAL_HEAD
    # a police department by its code, as the papers name it once its name was printed ("Cơ
    # quan CSĐT Bộ Công an cho biết …, C46 đã ra quyết định … số 17/C46-P11"): "C"/"PC" and two
    # digits standing alone, never inside a code ("17/C46-P11") nor after a lower-case word but
    # "của" ("lô C12", "phòng C10" are places)
    + rf"|(?:(?<=của )|(?<![\w/.-])(?<![{LOWER}] ))P?C\d{{2}}(?![\w/.&-])"
    # the market surveillance of a province by its force's name, the papers' short form of its
    # "Cục"/"Chi cục" ("Theo báo cáo số 3009/BC-QLTT của Quản lý thị trường Hà Nội"): only
    # capitalised and before a capitalised place, never inside the name of its "Cục", "Chi cục"
    # or "Đội"
    + rf"|(?<!\w)(?<!ục )(?<!Đội )Quản lý thị trường(?={_SP}[A-ZĐ])"
    # a pagoda by its capitalised name, right after "của" ("thông báo số 106-TB/CBV ngày
    # 8-12-2018 của chùa Ba Vàng"): anywhere else "chùa" is a place
    + rf"|(?<=của )[Cc]hùa(?={_SP}[A-ZĐ])"
    # "đơn vị này", "cơ quan này" (this unit, this agency: the body the text named before) as
    # the subject opening a clause after a comma ("Theo thông tin từ nhà hát Kịch Việt Nam,
    # ngày 10/4/2018, đơn vị này đã có Công văn số 103/NHK-TĐKT"): read as printed
    + r"|(?<=, )(?:đơn vị|cơ quan) này(?!\w)"
    + "|"
    + _MINISTRY_HEAD
    + "|"
    + _head_alt(h for h in _HEADS if h not in _MINISTRY_HEADS)
    + "|"
    + _MINISTRY_ABBR
    + "|"
    + _LOWER_MINISTRY_ABBR
    # a department with "sở" in lower case and its name capitalised ("của sở GD&ĐT Nghệ An",
    # "sở Tư pháp"); never "cơ sở", "trụ sở"
    + r"|(?<!\w)(?<!cơ )(?<!trụ )sở(?=[ \t]{1,2}[A-ZĐ])"
    # more heads with their first word in lower case (below)
    + _LOWER_HEADS
    + rf"|{_CUY} ban (?:Kiểm tra|kiểm tra|nhân dân|Thường vụ Quốc hội|Mặt trận|Dân tộc)"
    + rf"|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Quân|Đảng {_UY}) ?{_UY}|Đảng đoàn|Đảng bộ"
    # a company, its first word in either case, with its form ("công ty TNHH Quang Khải đã gửi
    # văn bản số …", "của Công ty cổ phần Xi măng Bút Sơn"), then capitalised name words only (a
    # company's name does not run on into the lower-case words after it); never a plural ("các
    # công ty") nor part of "Tổng công ty"
    + r"|[Cc]ông ty(?<!\w[Cc]ông ty)(?<![Tt]ổng [Cc]ông ty)(?<![Cc]ác [Cc]ông ty)"
    + r"(?<![Nn]hững [Cc]ông ty)(?<![Nn]hiều [Cc]ông ty)(?<![Mm]ột [Cc]ông ty)"
    + r"(?:[ \t]{1,3}(?:TNHH|CP|[Cc]ổ phần|[Tt]rách nhiệm hữu hạn)"
    + r"(?:[ \t]{1,3}(?:một|hai)[ \t]{1,3}thành viên|[ \t]{1,3}MTV)?)?"
    # its name may hold lower-case words ("Đầu tư và Kinh doanh bất động sản Khu Đông") but ends
    # on a capitalised word, and never takes in a verb or a function word
    + rf"(?:{_SP}(?:(?!{_COMPANY_STOP}(?!\w)){_LOW}+{_SP}){{0,4}}{_UP}[\w&]*)+"
)
# Capitalised words that start a title or a new clause, never a body's name ("… tỉnh Khánh Hoà
# Ban hành Quy định …", "… Chính phủ Sửa đổi …", "… UBND tỉnh V/v …").
_STOP_WORDS = (
    *("Ban hành", "Sửa", "Bổ sung", "Phê duyệt", "Thành lập", "Quy định", "Hướng dẫn", "Về"),
    *("V/v", "Theo", "Tại", "Trong", "Căn", "Với", "Khóa", "Khoá", "Đồng chí", "Điều"),
    *("Công bố", "Kiện toàn", "Tăng cường", "Tiếp tục", "Đẩy mạnh", "Nâng cao", "Giao"),
    *("Đề nghị", "Đồng thời", "Tuy nhiên", "Ngoài ra", "Sau đó", "Trước đó", "Cụ thể", "Do đó"),
    *("Vì vậy", "Hiện nay", "Bên cạnh", "Như vậy", "Theo đó", "Trước đây", "Sau khi", "Khi"),
    *("Khoản", "Điểm", "Mục", "Chương", "Phần"),  # parts of a text: "… của Chính phủ và Khoản 4"
)
#: Lower-case words that never continue a name: "Ngân sách" is one, "Hoà về" is not.
_FUNCTION_WORDS = (
    "(?:về|của|và|tại|theo|ngày|số|đã|đang|sẽ|ban|đối|trong|với|được|là|có|thì|ra|ký|nhằm"
    "|để|cho|đến|từ|quy(?! hoạch)|hướng|thực(?= hiện| thi)|triển(?= khai)|năm|tháng|khóa|khoá)"
)
#: Words that start a body of their own: after "và" they start a second body, not a name word.
_BODY_WORD = rf"(?:Bộ|Sở|Ban|Cục|Vụ|Viện|Tổng|Hội|Văn phòng|Thường trực|{_CUY})"
#: A document noun is never a name word, except where it names a profession ("Hội Luật gia Việt
#: Nam", "Văn phòng Luật sư A": no law is called "Luật gia") or a district's department of
#: finance and planning ("Phòng Tài chính – Kế hoạch", "Phòng Tài chính - Kế hoạch huyện").
_NOT_NAME = (
    rf"(?!(?i:{_NOUN_ALT})(?!\w)(?<!Luật(?=[ \t](?:sư|gia)(?!\w)))"
    rf"(?<!(?<=Tài chính[ \t]–[ \t])Kế hoạch)(?<!(?<=Tài chính[ \t]-[ \t])Kế hoạch)"
    # "Điều" starts an article ("Điều 5"), never "Điều tra" (investigation), a name word of
    # investigating bodies ("Cục Điều tra chống buôn lậu", "Cơ quan Điều tra"; not "Điều tra viên")
    rf"|(?:{_alt(_STOP_WORDS)})(?!\w)(?!(?<=Điều)[ \t]tra(?!\w)(?![ \t]viên))"
    # "Thực" starts a clause ("Thực hiện …"), never "Thực phẩm" (food), a name word of the
    # bodies of food safety ("do Chi cục An toàn Vệ sinh Thực phẩm cấp ngày …")
    rf"|Thực(?!\w)(?![ \t]phẩm(?!\w)))"
)
_NAME_WORD = (
    rf"(?:{_LOCAL_HEAD}"
    # "Ban Kinh tế và Ngân sách …": "và" joins two name words, never a second body
    rf"|và {_NOT_NAME}(?!{_HEAD_ALT}|{_BODY_WORD}(?!\w)){_UP}[\w&]*"
    rf"(?: (?!{_FUNCTION_WORDS}(?!\w))[a-zđà-ỹ]+)?(?!\w)"
    rf"|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Quân) ?{_UY}|Trung ương|Đảng bộ|Nhà nước|Chính phủ"
    rf"|Quốc hội|Thành phố|Thị xã|Cơ quan(?!\w)|{_CUY} ban(?!{_SP}hành)(?!\w)"
    rf"|Mặt trận Tổ quốc(?: Việt Nam)?(?!\w)"
    rf"|(?:tỉnh|thành phố|huyện|quận|thị xã|khối|cơ quan|lần thứ)(?= {_UP}| \d)"
    # the scope of a Party committee in lower case, ending its name: "của Ban chấp hành Đảng bộ
    # tỉnh về …" (was cut to "Ban chấp hành Đảng bộ")
    rf"|(?<=Đảng bộ )(?:tỉnh|thành phố|huyện|quận|thị xã)(?!\w)"
    rf"|(?:các )?cơ quan(?= (?:tỉnh|thành phố|Trung ương)(?!\w))"
    # a city named after "TP.": "TAND cấp cao tại TP. HCM", "Văn phòng UBND TP. Hà Nội"
    rf"|TP\.{_OSP}{_NOT_NAME}{_UP}[\w&]*"
    # a district named after "Q." (quận), by its number or its name: "UBND Q. 2", "Công an Q.
    # Bình Thạnh" (the dot is no sentence end there, as after "TP.")
    rf"|Q\.{_OSP}(?:{_NOT_NAME}{_UP}[\w&]*|\d{{1,2}}(?!\w|[/.,-]\d))"
    rf"|Tập đoàn|Tổng [Cc]ông ty"
    rf"|lần thứ|{_NOT_NAME}{_UP}[\w&]*(?:\.[\w&]+)*(?:-{_UP}[\w&]*)*|\d{{1,2}}(?!\w|[/.,-]\d)"
    # a place of two names joined by a spaced dash, after a capitalised name word: "UBND tỉnh
    # Bà Rịa – Vũng Tàu" (was cut at the dash); only before a name of two capitalised syllables
    # that starts no body and ends the name ("Bộ Tài chính - Bộ Y tế" stays two bodies)
    rf"|(?<=[a-zđà-ỹ][ \t])[-–](?=[ \t](?!{_BODY_WORD}[ \t]){_UP}{_LOW}+[ \t]{_UP}{_LOW}+"
    rf"(?![\w&])(?![ \t]{_UP}))"
    # the one province whose dashed name ends in one syllable: "Sở Giáo dục và Đào tạo tỉnh Thừa
    # Thiên - Huế có Công văn số …" (was cut at the dash, so neither subject nor date was read)
    rf"|(?<=Thiên[ \t])[-–](?=[ \t]Huế(?!\w))"
    # an abbreviation printed in two halves with a spaced dash (the corpus' segmenter spaces
    # every dash): "Bộ KH - ĐT", "Sở TN - MT tỉnh Bình Định", "UBND tỉnh BR - VT" (was cut at
    # the dash: "Bộ KH", "tỉnh BR"); only between a first half of two or three capitals and a
    # second of two or more standing alone ("Bộ GTVT - VEC", "Bộ Tài chính - Bộ Y tế" stay two)
    rf"|(?:(?<=[ \t][A-ZĐ]{{2}}[ \t])|(?<=[ \t][A-ZĐ]{{3}}[ \t]))-"
    rf"(?=[ \t][A-ZĐ][A-ZĐ&]*[A-ZĐ](?![\w&-]))"
    # a province abbreviated before its one-syllable end, right after "tỉnh": "tỉnh TT - Huế"
    rf"|(?<=tỉnh[ \t][A-ZĐ]{{2}}[ \t])[-–](?=[ \t]Huế(?![\w&]))"
    # the ministry an army's or police enterprise belongs to, right after its capitalised name:
    # "công ty cổ phần phát triển đầu tư Thái Sơn bộ Quốc phòng đã có văn bản số …" (the
    # ministry alone was read as the subject, a wrong issuer)
    rf"|(?<=[{LOWER}][ \t])(?<![ \t]của[ \t])(?<![ \t]và[ \t])"
    rf"[Bb]ộ[ \t](?:Quốc phòng|Công an)(?!\w)"
    # a body's abbreviation in brackets between its name and its place, its letters spaced or
    # joined by "&" or "-" as printed: "sở Thông tin và Truyền thông (T T&T T) TP. Hải Phòng
    # đã có công văn số …", "Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Nghệ An" (no issuer was read);
    # only before the place's level word ("(TN&MT) Trần Hồng Hà" is a minister's name)
    rf"|(?<=[\w&][ \t])\([A-ZĐ][A-ZĐ&]*(?:[ \t]?[-&]?[ \t]?[A-ZĐ][A-ZĐ&]*){{0,4}}\)"
    rf"(?=[ \t](?:tỉnh|thành phố|TP\.|huyện|quận|thị xã)(?!\w)))"
)
#: Bodies named by a common head and a descriptive name in sentence case: "Cục Văn thư và Lưu
#: trữ Nhà nước", "Phòng Tư pháp quận 5", "Uỷ ban An toàn giao thông Quốc gia", "Ban Tổ chức -
#: Cán bộ Chính phủ", "Ban kinh tế và ngân sách HĐND tỉnh". Lower-case words are read up to a
#: word that starts a title, a date or a clause ("về", "ngày", "quy định", …); "và" joins when a
#: capitalised word (or a council) follows within two words, so "… HĐND tỉnh và ý kiến của …"
#: ends at "tỉnh".
_SENTENCE_HEAD = (
    # "Phòng" is a department, never "phòng, chống" (prevention) opening a name's words
    rf"(?:Tổng cục|Chi cục|Cục|Vụ|Viện|Phòng(?!(?:,{_OSP}|{_SP})chống(?!\w))|Tập đoàn"
    # a military command, "bộ" in either case ("Phó Chính uỷ bộ Tư lệnh Cảnh sát biển Việt Nam
    # đã ký văn bản số …")
    rf"|[Bb]ộ Tư lệnh"
    rf"|Tổng [Cc]ông ty"
    rf"|Thanh tra"
    # an inspectorate with "thanh tra" in lower case after its head's "Chánh" and before its
    # place or ministry ("Chánh thanh tra tỉnh Quảng Nam … vừa ký Kết luận thanh tra số …"), read
    # as "Chánh Thanh tra tỉnh …"; "thanh tra" alone in lower case is a common noun or a verb
    rf"|(?<=Chánh )thanh tra(?={_SP}(?:tỉnh|thành phố|TP\.?|huyện|quận|[Bb]ộ|[Ss]ở)(?!\w))"
    # "BQL", the papers' short form of "Ban quản lý", whose name is in sentence case as after
    # "Ban" ("BQL Khu kinh tế tỉnh đã có Công văn số …", "của BQL dự án Thăng Long")
    rf"|BQL(?={_SP})"
    # a department with "cục" in lower case and its name capitalised, as "bộ" and "sở" ("của
    # cục Thuế Hà Nội", "tổng cục Hải quan", a sub-department "chi cục Thuế quận 1"); never
    # "bố cục", "kết cục", "cục bộ"
    rf"|(?<!\w)(?<!bố )(?<!kết )(?:tổng |chi )?cục(?={_SP}[A-ZĐ])"
    # an institute with "viện" in lower case and its name capitalised, as "cục" ("của viện Pháp
    # y tâm thần Trung ương"); never the end of another word ("bệnh viện", "học viện", "thư
    # viện", "nghị viện", "nhập viện", …)
    rf"|(?<!\w)(?<![Bb]ệnh )(?<![Hh]ọc )(?<![Tt]hư )(?<![Nn]ghị )(?<![Hh]ạ )(?<![Tt]hượng )"
    rf"(?<![Nn]hập )(?<![Xx]uất )(?<![Rr]a )(?<![Nn]ằm )(?<![Tt]u )(?<![Pp]hó )viện(?={_SP}[A-ZĐ])"
    rf"|{_CUY} ban(?! [Nn]hân [Dd]ân)"
    # a hospital or a port authority before its capitalised name ("Bệnh viện Bạch Mai có công
    # văn số …"), in lower case only after its director's title ("của Giám đốc bệnh viện Đa
    # khoa tỉnh Hoà Bình", "của Giám đốc cảng vụ Đường thuỷ nội địa khu vực I"): any other
    # lower-case "bệnh viện" is a common noun or a clause's subject
    rf"|(?<!\w)(?:Bệnh viện|Cảng vụ)(?={_SP}[A-ZĐ])|Trung tâm(?={_SP}\w)"
    rf"|(?<=[Gg]iám đốc )(?:bệnh viện|cảng vụ)(?={_SP}[A-ZĐ])"
    rf"|Đài|Tạp chí|Hội đồng(?! nhân dân| Nhân dân| Bộ trưởng| Nhà nước)"
    # a publishing house, by its name or the papers' "NXB", before a capitalised name ("NXB Kim
    # Đồng đã có văn bản số …")
    rf"|(?:Nhà xuất bản|NXB)(?={_SP}{_UP})"
    # a central Party committee whose name is in sentence case and ends with "Trung ương" within
    # four words ("Đảng uỷ Công an Trung ương", "Đảng uỷ Khối Doanh nghiệp Trung ương"): read
    # whole, not cut at its first lower-case word; any other "Đảng uỷ" keeps its capitalised
    # name ("Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận … thi hành kỷ luật …")
    rf"|Đảng {_UY}(?={_SP}{_UP}\w*(?:{_SP}[^\s,.;:()]+){{0,3}}?{_SP}Trung ương(?!{_SP}{_UP})(?!\w))"
    # the Council of Judges in lower case before its court, as "bộ" and "cục" ("của hội đồng
    # thẩm phán TAND tối cao"); "hội đồng" alone in lower case is a common noun
    rf"|(?<!\w)hội đồng thẩm phán(?={_SP}(?:TAND|T(?:òa|oà) án))"
    # associations ("Hiệp hội Lương thực VN", "Hội Nông dân tỉnh"), and the agencies named
    # "Cơ quan …" ("Cơ quan Cảnh sát điều tra, Bộ Công an")
    rf"|Hiệp hội|Hội(?={_SP}{_UP})"
    # "hiệp hội" in lower case before a capitalised name, as "bộ", "sở" and "cục" ("hiệp hội Bất
    # động sản TP. HCM (HoREA) đã có công văn …"); "hội" alone in lower case is a common word
    rf"|(?<!\w)hiệp hội(?={_SP}[A-ZĐ])"
    # the State Bank with "ngân hàng" in lower case, as "bộ" and "cục" ("Thống đốc ngân hàng
    # Nhà nước ban hành …"); only before "Nhà nước" (any other "ngân hàng" is a common noun)
    rf"|(?<!\w)ngân hàng(?={_SP}Nhà nước(?!\w))"
    # "Cơ quan điều tra" (the investigation agency) before its capitalised force ("Cơ quan
    # điều tra Công an tỉnh Bình Thuận đã ký Quyết định …": was "Công an tỉnh Bình Thuận")
    rf"|Cơ quan(?:{_SP}điều{_SP}tra)?(?={_SP}{_UP})|Đội(?={_SP}{_LOW}+{_SP}{_LOW})"
    # "cơ quan" in lower case before a capitalised name, as "bộ" and "sở" ("cơ quan Cảnh sát
    # điều tra bộ Công an đã ra …"); never a plural or general one ("các cơ quan Nhà nước")
    rf"|(?<!\w)(?<![Cc]ác )(?<![Nn]hững )(?<![Nn]hiều )(?<![Mm]ọi )(?<!là )cơ quan(?={_SP}[A-ZĐ])"
    r"|Ban(?! hành| Bí thư| bí thư| Chấp hành| chấp hành| Thường vụ| Cán sự| cán sự)"
    # "ban" in lower case before a capitalised name, as "bộ", "sở" and "cục" ("ngày 9/1/2018,
    # ban Chỉ đạo Phòng chống thiên tai … tỉnh Thái Bình có Tờ trình số …"); never after a
    # title ("phó ban", "trưởng ban") nor a word it ends, and "ban hành" is never a body
    rf"|(?<!\w)(?<![Pp]hó )(?<![Tt]rưởng )ban(?={_SP}[A-ZĐ])"
    r"(?! Bí thư| Chấp hành| Thường vụ| Cán sự)"
    # "phòng" in lower case before a capitalised name, as "ban" ("phòng Kỹ thuật hình sự Công an
    # tỉnh … đã ra kết luận giám định số …"); never a title's ("trưởng phòng", "phó phòng"), a
    # plural, the word it ends ("văn phòng", "quốc phòng", "dự phòng", "đề phòng"), nor
    # "phòng chống" (prevention)
    # (the word first, then what it must not end: the look-behinds are tried only after it)
    rf"|phòng(?<!\wphòng)(?<![Pp]hó phòng)(?<![Tt]rưởng phòng)(?<![Cc]ác phòng)"
    rf"(?<![Nn]hững phòng)(?<![Vv]ăn phòng)(?<![Qq]uốc phòng)(?<![Dd]ự phòng)(?<![Đđ]ề phòng)"
    rf"(?={_SP}[A-ZĐ])(?!{_SP}[Cc]hống(?!\w)))"
)
#: A name ends with its scope ("… Nhà nước", "… Trung ương Đảng"): no lower-case word after it.
_SCOPES = (
    *("Trung ương", "Đảng", "Nhà nước", "Chính phủ", "Quốc gia", "Quốc hội"),
    *("tỉnh", "thành phố", "huyện", "quận", "thị xã"),
)
#: A place after its level ends a body's name too: "Cục Thuế tỉnh Bình Dương tiếp tục …" is cut
#: after "Dương", "Cục Thuế TP. HCM tiếp tục …" after "HCM" (``extract`` trims; "và" may still
#: join a second body).
PLACE_THEN_LOWER_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|TP\.)(?: {_UP}\w*)+(?= (?!và(?!\w)){_LOW})"
)
_AFTER_SCOPE = "".join(f"(?<!{w} )" for w in _SCOPES)
_ENDS_WITH_SCOPE = "|".join(f"(?<={w})" for w in _SCOPES)
_TITLE_WORDS = (
    rf"(?:{_FUNCTION_WORDS}|phê|sửa|bổ|thành|chỉ|yêu|gửi|kèm|nay|các|những|này|đó"
    r"|trên|như|hoặc|khi|mà|v/v|thay|cũng|không|đều|rất|vẫn"
    # a proposal opens a clause: "Hội Bảo vệ quyền trẻ em Việt Nam đề nghị UBND huyện …"
    r"|đề(?= nghị| xuất)|kiến(?= nghị)"
    # "… của Cục trưởng cục Xúc tiến thương mại liên quan đến việc bổ nhiệm …": what a
    # document concerns opens a clause, never a name
    r"|liên(?= quan)"
    r"|cấp(?= lần| phép| giấy| mới| đổi| lại| ngày))"
)
#: "phòng, chống" (or "phòng chống") and the hazards after it, a list joined by commas, are one
#: part of a name: "Ban Chỉ huy Phòng, chống lụt, bão thành phố", "Ban Chỉ đạo phòng, chống tham
#: nhũng, lãng phí tỉnh", "Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19" (each hazard one or
#: two lower-case words, never a word that starts a title; one after a comma only where the name
#: ends or its scope follows: ", đồng thời giao …" is not).
_NAME_LOW = rf"(?!{_TITLE_WORDS}(?!\w)){_LOW}+(?!\w)"
_LEVEL_WORD = r"(?:tỉnh|thành phố|huyện|quận|thị xã)(?!\w)"
_PREVENTION = (
    rf"[Pp]hòng(?:,{_OSP}|{_SP})chống(?:{_SP}{_NAME_LOW}){{1,3}}"
    rf"(?:,{_SP}{_NAME_LOW}(?:{_SP}{_NAME_LOW})?"
    rf"(?=[ \t]*(?:[,;.:()\n]|\Z)|{_SP}(?:[{UPPER}]|{_LEVEL_WORD}))){{0,3}}"
)
_SENTENCE_WORD = (
    rf"(?:{_LOCAL_HEAD}|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Quân) ?{_UY}|{_PREVENTION}"
    rf"|{_CUY} ban(?!{_SP}hành)(?!\w)|Cơ quan(?!\w)|kỷ luật(?!\w)"
    r"|thành phố(?!\w)"
    # a city named after "TP.", as in the names of other heads: "Cục Thuế TP. HCM", "Hiệp hội Bất
    # động sản TP. HCM" (the dot is no sentence end there)
    rf"|TP\.{_OSP}{_NOT_NAME}{_UP}[\w&]*"
    # a capitalised word, with the number of a disease or a plan after a dash ("Covid-19")
    rf"|{_NOT_NAME}(?=[{UPPER}\d])[\w&]+(?:(?<=[{UPPER}{LOWER}])-\d{{1,2}}(?![\w/]|[.,-]\d))?"
    rf"|{_AFTER_SCOPE}(?!(?:{_TITLE_WORDS}|vừa)(?!\w)){_NOT_NAME}[\w&]+)"
)
_SENTENCE_JOIN = (
    rf"(?:{_SP}|{_OSP}-{_OSP}(?={_UP})"
    rf"|{_SP}và{_SP}(?=(?:(?!{_TITLE_WORDS}(?!\w)){_LOW}+{_SP}){{0,3}}{_UP})"
    # "Ban Quản lý Khu kinh tế Nghi Sơn và các Khu Công nghiệp": a name of two capitals
    rf"|{_SP}và{_SP}các{_SP}(?={_UP}{_LOW}*{_SP}{_UP}))"
)
#: Where such a name may end: punctuation, the text's end, or a word that starts a title or a
#: clause; never before "số" ("… Nhà nước và Danh mục số 1": a document, not a name) nor before
#: another lower-case word ("Ban Bí thư Trung ương Đảng tiếp tục …" is read by the heads below).
_SENTENCE_END = (
    rf"(?=[ \t]*(?:[,;.:()\n\"“”]|\Z)"
    rf"|{_SP}(?!số(?!\w))(?:{_TITLE_WORDS}|vừa|(?i:{_NOUN_ALT}))(?!\w)"
    rf"|{_SP}(?:[{UPPER}\d])|{_ENDS_WITH_SCOPE})"
)
#: The ministry or committee a department belongs to, after a comma: "Cục Quản lý hoạt động xây
#: dựng, Bộ Xây dựng", "Cơ quan Cảnh sát điều tra, Bộ Công an" (one body, not two); after an
#: investigation agency ("… điều tra"), the police of a province or a district by its level and
#: capitalised place ("Cơ quan Cảnh sát điều tra, Công an huyện Phú Lộc").
_PARENT = (
    rf"{_OSP},{_SP}(?:{_MINISTRY_ALT}|(?<=điều tra, )Công an{_SP}"
    rf"(?:tỉnh|thành phố|huyện|quận|thị xã){_SP}{_UP}\w*(?:{_SP}{_UP}\w*){{0,3}})(?!\w)"
)
#: A name listing its fields, closed by "và": "Cục Xuất bản, In và Phát hành", "Ủy ban Văn hóa,
#: Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội" (a committee's name ends with "của
#: Quốc hội"); never a list of bodies ("Sở Tài chính, Sở Xây dựng và …").
_FIELD = (
    rf"(?!{_BODY_WORD}(?!\w)|{_HEAD_ALT}){_UP}[\w&]*"
    rf"(?:{_SP}(?!{_TITLE_WORDS}(?!\w))(?:{_LOW}+|{_UP}[\w&]*)(?!\w))?"
)
_FIELDS = (
    rf"(?:,{_SP}{_FIELD}){{1,6}}{_SP}(?:và|&){_SP}{_FIELD}(?:{_SP}của{_SP}Quốc hội(?!\w))?"
    rf"(?=[ \t]*(?:[,;.:()\n\"“”]|\Z)|{_SP}(?:{_LOW}|{_UP}))"
)
_SENTENCE_BODY = (
    rf"{_SENTENCE_HEAD}{_SP}{_SENTENCE_WORD}(?:{_SENTENCE_JOIN}{_SENTENCE_WORD}){{0,11}}"
    rf"(?!\w){_SENTENCE_END}(?:{_FIELDS}|{_PARENT}(?=[ \t]*(?:[,;.:()\n]|\Z)|{_SP}{_LOW}))?"
)
# "của Bộ trưởng Bộ Y tế", "của Giám đốc Sở Tài chính", "của Cục trưởng Cục …", "của Trưởng Ban
# Tổ chức …", "của Bộ trưởng, Trưởng ban Ban …", "của Thống đốc Ngân hàng Nhà nước", "của Trưởng
# Phòng Nội vụ quận 5": the office holder's title is kept.
_TITLE = (
    r"(?:Bộ [tT]rưởng|Tổng [Gg]iám [đĐ]ốc|[Gg]iám [đĐ]ốc|[Cc]hủ [tT]ịch|Chủ [nN]hiệm"
    r"|Tổng cục [tT]rưởng|Cục [tT]rưởng|Trưởng [bB]an|Trưởng|Thống [đĐ]ốc|Chánh án"
    r"|Chánh [tT]hanh tra|Chánh [vV]ăn phòng|Chánh|Viện [tT]rưởng"
    r"|Thường trực|Thứ [tT]rưởng|Tổng [bB]iên tập|Tổng(?= Thanh tra Chính phủ)"
    # a commander and a political commissar ("Phó Chính uỷ bộ Tư lệnh Cảnh sát biển …")
    r"|Tư lệnh|Chính [uủ][ỷy])"
)
#: The same titles printed in lower case, as some papers print an office before its body ("Quyết
#: định 1369/QĐ-BXD của bộ trưởng Bộ Xây dựng", "của thống đốc Ngân hàng Nhà nước"): only the
#: titles that are never a common word ("trưởng", "chánh", "thường trực" alone are left out),
#: and never ending another word ("toàn bộ trưởng …" is no title).
_TITLE_LOWER = (
    r"(?<!\w)(?:bộ trưởng|thứ trưởng|cục trưởng|tổng cục trưởng|thống đốc|viện trưởng|chủ nhiệm"
    r"|chánh án|chánh thanh tra)(?!\w)"
)
_BODY_CORE = (
    rf"(?:(?:(?:Phó|phó){_SP})?(?:{_TITLE}|{_TITLE_LOWER})(?:,{_SP}{_TITLE})?"
    # the standing one of the holders of a title ("Phó Chủ tịch Thường trực UBND tỉnh A")
    rf"(?:{_SP}[Tt]hường trực(?={_SP}))?"
    rf"(?:{_SP}|[ \t]*\n[ \t]*)"
    rf"(?=Bộ |Sở |(?:bộ|sở) (?=[A-ZĐ])|UBND|Hội đồng |{_CUY}|Cục |Tổng cục |Ban |Phòng "
    rf"|Ngân hàng |ngân hàng (?=Nhà nước)|Thanh tra |(?<=Chánh )thanh tra "
    # a province's or district's police with its level ("của Giám đốc Công an TP. Hải Phòng")
    rf"|Công an (?={_LEVEL})"
    rf"|T(?:òa|oà) án |TAND|Viện |Bệnh viện |Cảng vụ |(?<=Chánh án )t(?:òa|oà) án "
    rf"|(?<=[Gg]iám đốc )(?:bệnh viện|cảng vụ) (?=[A-ZĐ])"
    rf"|VKSND|Đài |Hiệp hội |Hội |Cơ quan |Tạp chí |Tập đoàn "
    # a company's board by its abbreviation ("do Chủ tịch HĐQT Lê Minh Quốc ký")
    rf"|HĐQT |HĐTV "
    # an office with its title ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng đã ký
    # …": the title was left out and the name read into the office's)
    rf"|Văn phòng "
    rf"|Tổng công ty |Công ty ))?"
    # the board of a group or company named in sentence case: "Hội đồng thành viên Tập đoàn Dầu
    # khí Việt Nam", "HĐQT công ty Cấp nước Cà Mau" (was "HĐQT" alone, or the company without
    # its board)
    rf"(?:(?:Hội đồng thành viên|Hội đồng quản trị|HĐTV|HĐQT){_SP}"
    rf"(?=Tập đoàn|Tổng [Cc]ông ty|[Cc]ông ty(?!{_SP}(?:này|đó|trên)(?!\w))))?"
    rf"(?:{_SENTENCE_BODY}|(?:{_HEAD_ALT})(?:{_SP}{_NAME_WORD}){{0,6}}(?![\w]))"
)
BODY = rf"(?P<body>{_BODY_CORE})"
#: One body or several joined ("của liên Bộ Tài chính, Bộ Khoa học và Công nghệ", "của Bộ Tài
#: chính và Bộ Tài nguyên và Môi trường": a joint circular).
_BODIES = (
    rf"(?P<body>{_BODY_CORE}"
    # (a centre after a comma starts a clause: "thực hiện Quyết định số … của UBND thành phố Hà
    # Nội, Trung tâm phát triển quỹ đất … đã phối hợp …")
    rf"(?:(?:{_OSP},{_OSP}(?:và{_SP})?|{_SP}và{_SP}|{_SP}-{_SP}|-(?=Bộ ))(?!Trung tâm)"
    rf"{_BODY_CORE}){{0,3}})"
)
#: The parent body in brackets right after an issuer, before the date: "Văn bản 3559/TB-A61-A92
#: của Tổng cục An ninh (bộ Công an) ngày 10/8/2015" (a ministry or a known head only).
PARENT_IN_BRACKETS_RE = _PROGRAMS.compile(
    rf"{_OSP}\({_OSP}(?:{_MINISTRY_ALT}|{_LOCAL_HEAD}(?:{_SP}{_UP}[\w]*){{0,4}}){_OSP}\)"
    rf"(?=[ \t]*,?[ \t]*(?i:ngày)(?!\w))"
)
ISSUER_AFTER_RE = _PROGRAMS.compile(
    rf"{_OSP}\)?(?:,?{_OSP}(?:của|do){_SP}(?:(?i:liên(?:{_SP}tịch)?){_SP})?"
    rf"|,{_OSP}(?=Hội nghị|Bộ Chính trị|Ban Bí thư)"
    # the Politburo or the Secretariat right after the number: "Nghị quyết 04 Bộ Chính trị"
    rf"|{_SP}(?=(?:Bộ Chính trị|Ban Bí thư)(?!\w))"
    # "Nghị quyết số 26-NQ/TW tại Hội nghị Trung ương 7 khóa X"
    rf"|,?{_OSP}tại{_SP}(?=Hội nghị{_SP}(?:Trung ương|TW|TƯ|lần)))"
    rf"{_BODIES}"
)
#: One body only: when several joined are followed by a verb, the last is the subject of a new
#: clause ("… Nghị định số 188/2004/NĐ-CP của Chính phủ, UBND tỉnh được quyết định …").
ISSUER_AFTER_ONE_RE = _PROGRAMS.compile(
    rf"{_OSP}(?:,?{_OSP}(?:của|do){_SP}(?:(?i:liên(?:{_SP}tịch)?){_SP})?"
    rf"|,{_OSP}(?=Hội nghị|Bộ Chính trị|Ban Bí thư)){BODY}"
)
CLAUSE_VERB_RE = _PROGRAMS.compile(
    rf"{_SP}(?:được|đã|sẽ|phải|cần|chủ trì|có trách nhiệm|chịu trách nhiệm)(?!\w)"
)
#: After bodies joined by a comma, any lower-case word that starts no title is a verb too: "…
#: tại văn bản 571/VPCP-KTTH ngày … của VPCP, Bộ Tài chính tạm cấp …" (not after "và": "của Bộ
#: Y tế và Bộ Tài chính bước 2" is a joint circular).
CLAUSE_LOW_RE = _PROGRAMS.compile(
    rf"{_SP}(?!{_TITLE_WORDS}(?!\w)|(?i:{_NOUN_ALT})(?!\w)){_LOW}+(?!\w)"
)
#: "Nghị định số 25/2009/NĐ-CP được Chính phủ ban hành ngày 6-3-2009" (the date is read next).
ISSUER_PASSIVE_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?:(?:đã|vừa|mới){_SP})?được{_SP}{_BODIES}"
    # "vừa được Bộ trưởng Bộ Tài nguyên và Môi trường (TN&MT) Trần Hồng Hà ban hành"
    rf"(?:{_OSP}\([A-ZĐ][A-ZĐ&-]{{1,12}}\))?(?:{_SP}{_UP}\w*(?:{_SP}{_UP}\w*){{1,3}})?{_SP}"
    # "văn bản số 7202/SGTVT-QLVT, được Sở GTVT Hà Nội gửi tới …": the sender of a letter
    rf"(?:ký ban hành|ban hành|ký|thông qua|gửi)(?!\w)"
)
#: The subject of a relative clause right after a code, who sent, issued or signed it: "Trong
#: công văn số 226/BC-TTr mà Thanh tra bộ VH, TT&DL gửi Bộ trưởng …" (the body; an abbreviated
#: ministry's second half after a comma, "VH, TT&DL", is skipped, the body read up to it).
ISSUER_RELATIVE_RE = _PROGRAMS.compile(
    rf"{_SP}mà{_SP}{_BODIES}(?:,{_OSP}[A-ZĐ]+&[A-ZĐ]+)?(?:{_SP}(?:đã|vừa|mới))?{_SP}"
    rf"(?:ký ban hành|ban hành|ký|kí|gửi)(?!\w)"
)
#: A ministry or department named by its kind alone after "của", closing the clause: "Bộ Nội vụ
#: hướng dẫn thực hiện theo Công văn số 5228/BNV-CQĐP ngày 05/12/2014 của Bộ." (the body
#: writing or speaking, kept as printed, as "Bộ" alone is as a subject); also before "ban hành"
#: opening the document's title ("Quyết định số 5886/QĐ-BGDĐT ngày 28/12/2017 của Bộ ban hành
#: Chương trình …"); never before a name, a comma ("của Bộ, ngành"), "về" (round 3: "… của Bộ
#: về việc" states nothing) or another word ("của Bộ luật Hình sự").
LONE_KIND_AFTER_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}của{_SP}(?P<body>Bộ|Sở)"
    rf"(?=[ \t]*(?:[.;)\n]|\Z)|{_SP}ban hành(?!\w))"
)
#: The same after the title: "Quyết định số 24/2017/QĐ-TTg về cơ chế điều chỉnh … vừa được Thủ
#: tướng Chính phủ ký ngày 30/6" (a title opened by "về", "quy định", "hướng dẫn" or "sửa đổi",
#: without ";", ".", "/" or brackets); a decision's title may open with "phê duyệt" too
#: ("quyết định 236/QĐ-TTg phê duyệt điều chỉnh Quy hoạch … vừa được Phó Thủ tướng A ký ban
#: hành").
PASSIVE_AFTER_TITLE_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?:(?i:về|v/v)|quy định|hướng dẫn|sửa đổi|phê duyệt)(?!\w)"
    rf"[^\n;.()/]{{1,200}}?"
    rf"{_OSP},?{_SP}(?:(?:vừa|đã|mới){_SP})?được{_SP}{_BODIES}{_SP}"
    rf"(?:ký ban hành|ban hành|ký)(?!\w)"
)
#: The same in the active voice, the body as the subject that ends the sentence: "Chỉ thị số
#: 11-CT/TW về tăng cường … xây dựng xã hội học tập Bộ Chính trị đưa ra.", "Thông tư số
#: 01/2021/TT-TTCP quy định quy tắc ứng xử … do Thanh tra Chính phủ ban hành, có hiệu lực …"
#: (only when the verb ends the clause: "…, UBND tỉnh đã ban hành Kế hoạch …" is a new clause).
ACTIVE_AFTER_TITLE_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?:(?i:về|v/v)|quy định|hướng dẫn|sửa đổi)(?!\w)[^\n;.()/]{{1,200}}?"
    rf"{_OSP},?{_SP}(?:do{_SP})?{_BODIES}{_SP}(?:(?:đã|vừa|mới){_SP})?"
    rf"(?:ký ban hành|ban hành|đưa ra|thông qua)(?={_OSP}(?:[,;.\n]|\Z))"
)
#: A State code's body stated after its title (as ``CENTRAL_AFTER_TITLE_RE`` for the Party),
#: ending the clause, with no other "của" in the title: "Theo quyết định số 99/QĐ-XPVPHC về
#: việc xử phạt vi phạm hành chính trong lĩnh vực chứng khoán của Thanh tra SSC, công ty …"
#: (``extract`` refuses a title naming another document, and a body that does not fit the
#: code's own issuer letters).
STATE_AFTER_TITLE_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?:(?i:về|v/v)(?!\w))(?P<title>(?:(?!của(?!\w))[^\n;.()/]){{1,220}}?)"
    rf"{_OSP},?{_SP}của{_SP}{_BODIES}(?={_OSP}(?:[,;.:)\n]|\Z))"
)
#: One issuer after a second document printed without a code, for both: "Chỉ thị số 26/CT-TTg
#: ngày 05/9/2016 cũng như Công điện ngày 02/02/2017 của Thủ tướng Chính phủ" (the same
#: reading as two coded documents under one "của X").
UNCODED_PARTNER_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_SP}(?:và|cũng như){_SP}{NOUN}{_SP}(?i:ngày){_OSP}{DATE}{_OSP},?{_SP}"
    rf"của{_SP}{_BODIES}(?={_OSP}(?:[,;.:()\n]|\Z)|{_SP}(?:về|v/v|nhằm|để)(?!\w))"
)
#: The name of the office holder set off after the subject: "Chủ tịch UBND tỉnh Hưng Yên - Đỗ
#: Quốc Văn, đã ký Công điện số …", "Giám đốc Sở Y tế, bà Nguyễn Thị A, đã ban hành …": two to
#: four capitalised words of a person, never a body's head word, then a comma or the verb.
_PERSON_WORD = (
    rf"(?!{_BODY_WORD}(?!\w))"
    rf"{_UP}{_LOW}+(?!\w)"
)
#: The last of bodies joined by a comma, an office holder named by title and name ("… số
#: 7339/VPCP-CN của Văn phòng Chính Phủ, Phó Thủ tướng Trịnh Đình Dũng yêu cầu UBND TP."): a
#: document's title never follows a person's name, so any lower-case word after it is his verb
#: and he the subject of a new clause, never a joint issuer (``extract`` fullmatches the part
#: after the last comma).
NAMED_HOLDER_RE = _PROGRAMS.compile(
    rf"(?:Phó{_SP})?(?:{_TITLE}|Thủ tướng)(?:{_SP}{_PERSON_WORD}){{2,4}}"
)
LOW_WORD_RE = _PROGRAMS.compile(rf"{_SP}{_LOW}+(?!\w)")
#: The signer named after the code, with the office that signs: "Kết luận số 05/KL-UBND do ông
#: Đào Văn Nguyên, Chủ tịch UBND huyện ký", "… do ông A – Phó Chủ tịch UBND quận Hà Đông ký",
#: "… do bà B (Chủ tịch UBND huyện) ký": the office is the issuer.
#: Also after the addressee of a letter, the office first: "Văn bản số 1333/UBND-TNMT gửi Sở
#: Tài nguyên … do Phó Chủ tịch UBND huyện Đại Từ Trương Mạnh Kiểm ký" (the name stays with it).
SIGNED_BY_RE = _PROGRAMS.compile(
    rf"{_OSP},?(?:{_SP}gửi{_SP}[^\n.;:()“”\"]{{1,100}}?"
    # the title before the signer: "văn bản số … về việc thực hiện … do ông A, phó chủ tịch UBND
    # TP vừa kí"
    rf"|{_SP}(?i:về|v/v)(?!\w)[^\n.;:()“”\"]{{1,200}}?)?{_SP}do{_SP}"
    rf"(?:(?:[ôÔ]ng|[bB]à){_SP}{_UP}\w*(?:{_SP}{_UP}\w*){{0,4}}{_OSP}[,(-]{_OSP}"
    # a former office holder: "do ông A, nguyên Phó Tổng Biên tập Tạp chí Mặt trận ký"
    rf"(?:nguyên{_SP})?(?P<signer>(?:Phó{_SP})?{_BODY_CORE}){_OSP}\)?{_OSP},?"
    rf"|(?P<signer2>(?:Phó{_SP})?{_BODY_CORE})(?:,{_SP}{_UP}\w*(?:{_SP}{_UP}\w*){{1,3}})?"
    # an office holder by his title and name without his body: "Quyết định 1408/QĐ-BCT do Bộ
    # Trưởng Trần Tuấn Anh ký" (two to four words of a person, none a body's head word)
    rf"|(?P<signer3>(?:Phó{_SP})?{_TITLE}(?:{_SP}{_PERSON_WORD}){{2,4}}))"
    # "vừa/đã/mới" before the verb, and "kí", the other spelling of "ký"
    rf"(?:{_SP}(?:vừa|đã|mới))?{_SP}k[ýí](?!\w)"
)
#: Ministries of a joint circular named without "Bộ": "của liên bộ Bưu chính, Viễn thông, Văn
#: hoá - Thông tin, Công an, Kế hoạch và Đầu tư về …" (the list runs to the title or clause end).
JOINT_AFTER_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}của{_SP}(?P<jbody>(?i:liên){_SP}(?i:bộ)(?:{_SP}|{_OSP}:{_OSP}){_UP}"
    rf"[^\n;()“”\"]{{1,150}}?)"
    rf"(?={_OSP}(?:[;.(\n]|\Z)|{_OSP},?{_SP}(?:về|v/v|V/v|quy định|hướng dẫn|ban hành|ngày)(?!\w))"
)
TERM_AFTER_RE = _PROGRAMS.compile(rf"{_OSP}[,(]?{_OSP}\(?{_OSP}{TERM_WORD}{_OSP}\)?")
#: A term followed by a session is the council's ("HĐND tỉnh khoá VII, kỳ họp thứ 8"), not the
#: document's: State documents are numbered per year, not per term.
SESSION_AFTER_RE = _PROGRAMS.compile(rf"{_OSP}[,-]?{_OSP}(?:tại{_SP})?(?i:kỳ họp)(?!\w)")
#: A unit after a dot at the end of a code ("Tờ trình số 6238/TTr-UBND.VX ngày …", "QĐ-UB.NN"):
#: not part of the canonical id, but the date and issuer follow it.
DOT_UNIT_RE = _PROGRAMS.compile(r"\.[A-ZĐ][A-ZĐ0-9]{0,5}(?![\w])")
#: A unit after a space at the end of a code ("kết luận số 445/KL-TTTP KTY ngày 6-8-2008 của
#: Thanh tra TP"): all capitals, two to five letters, read as the dot's unit only when "ngày" or
#: "của" follows it, so the date and issuer after it are the code's; not part of the id.
SPACE_UNIT_RE = _PROGRAMS.compile(r"(?<=[A-ZĐ])[ \t][A-ZĐ]{2,5}(?=[ \t]{1,3}(?:ngày|của)(?!\w))")
#: A company's name joined to the end of its board's code by a dash the segmenter spaced
#: ("các Nghị quyết số 06/NQ-HĐQT - Habeco ngày 9/3/2018"): one capitalised word of plain
#: letters (a brand, never a word with a tone mark, nor "Sau"/"Theo"/"Trong" opening a clause)
#: right before a date; read as the dot's unit is, so the date after it is the code's; not
#: part of the id.
COMPANY_UNIT_RE = _PROGRAMS.compile(
    r"(?<=[A-ZĐ])[ \t][-–][ \t](?!(?:Sau|Theo|Trong|Tong|Tai|Vao|Con)[ \t])[A-Z][a-z]{2,11}"
    r"(?=[ \t]ngày[ \t]\d)"
)

#: Issuer and/or date stated BEFORE the citation: "ngày 4-7-2011 Đảng ủy Khối đã ban hành …",
#: "Bộ Chính trị có …", "Hội nghị Trung ương 3 khoá IX đã ra …". Anchored at the window end.
_LEAD_DATE = (
    rf"(?:(?i:ngày){_OSP}|(?=(?i:tháng))"
    # a full numeric date without "ngày", set off by a comma ("đến 30/9/2016, Thành uỷ Hà Nội
    # ra Thông báo số …"): a day, month and four-digit year, so never a number or a code; never
    # after "thời điểm", a cut-off of figures ("báo cáo … đến thời điểm 10/5/2016, NHNN đã có
    # Công văn số …" is not the letter's date)
    rf"|(?<![\d/.-])(?<!(?i:thời điểm) )(?={_FULL_DATE}[ \t]*,)"
    # the same in brackets after the words that name the day ("Ngay ngày đầu tiên của năm mới
    # (01/01/2019), Chính phủ ban hành Nghị quyết …"): only a full date, alone in its brackets
    rf"|(?P<bracket>\(){_OSP}(?={_FULL_DATE}{_OSP}\)[ \t]*,)){DATE}(?(bracket){_OSP}\))"
    # a year, also its start, middle or end: "Hồi cuối năm 2016, Uỷ viên Bộ Chính trị, Thường
    # trực Ban Bí thư A đã ký ban hành Chỉ thị số …" (the year only)
    rf"|(?:(?i:đầu|giữa|cuối){_SP})?(?i:năm){_SP}(?P<by>(?:19|20)\d\d)(?![\d/.-])"
)
#: A subject named by its kind alone, for the body writing the text ("Bộ ban hành Kế hoạch số …",
#: "Bộ đã có thông báo số …"), or by its place ("Thành phố Hà Nội đã ban hành …"): only as the
#: subject of the verb, never after "của".
#: A body named by an abbreviation alone opening the clause ("Ngày 6-9-1973, VNCH ban hành …",
#: "NHNN đã ban hành Thông tư …"): all capitals, at a line start or after punctuation and a
#: space; never a Roman numeral ("II ban hành" is a heading) nor a place after "TP. ".
_ACRONYM_SUBJECT = (
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[,;:.][ \t]))(?<!TP\. )(?![IVXLC]+(?![\w&]))"
    r"(?:[A-ZĐ](?:[A-ZĐ]|&(?=[A-ZĐ])){1,9}"
    # a company's name of one word with a capital inside it ("PGBank", "VietinBank",
    # "MobiFone"): no Vietnamese word is written so
    r"|(?=[A-Z][A-Za-z]*[a-z][A-Za-z]*(?<=[a-z])[A-Z]|[A-Z]{2,}[a-z])[A-Z][A-Za-z]{2,14})(?![\w&])"
)
#: An office holder of a body named by its abbreviation: "Thống đốc NHNN có Quyết định số …",
#: "Chủ tịch HĐQT đã ký Quyết định …" (all capitals after the title; never a Roman numeral).
_TITLE_ACRONYM = (
    rf"(?:Phó{_SP})?{_TITLE}{_SP}(?![IVXLC]+(?![\w&]))[A-ZĐ](?:[A-ZĐ]|&(?=[A-ZĐ])){{1,9}}(?![\w&])"
)
_SUBJECT_ONLY = (
    rf"(?:Bộ|Sở|Thành phố|Tỉnh|Huyện|Quận)(?:{_SP}{_NOT_NAME}{_UP}[\w]*){{0,4}}|{_ACRONYM_SUBJECT}"
    rf"|{_TITLE_ACRONYM}"
    # "the unit" the sentence named, as the subject after a comma, with a tense word: "Theo thông
    # tin từ nhà hát Kịch Việt Nam, ngày 10/4/2018, đơn vị này đã có Công văn số …", "ông A, Chủ
    # tịch UBND huyện B cho biết, đơn vị đã có báo cáo chính thức số …" (as printed)
    rf"|(?<=,[ \t])đơn vị(?:{_SP}này)?(?={_SP}(?:đã|vừa|mới|cũng)(?!\w))"
)
#: The verb may be coordinated ("Huyện uỷ đã ban hành và triển khai Chương trình số …", "Chính
#: phủ đã xây dựng và ban hành Chỉ thị …": then any document), and a
#: plan or programme is also "built" by its author ("Uỷ ban nhân dân huyện đã xây dựng Kế hoạch
#: số …"); a term printed with the subject is the document's ("Ban Chấp hành Trung ương Đảng
#: (khoá VI) đã ra Nghị quyết 8b-NQ/HNTW").
_ISSUING_VERB = (
    # "có" before the verb, as it is before "ra": "trước đây UBND TP có ban hành quyết định số …"
    rf"(?:(?:có{_SP})?(?:ban hành|ký ban hành))"
    rf"(?:{_SP}và{_SP}(?:triển khai|tổ chức thực hiện|chỉ đạo thực hiện))?"
    rf"|(?:xây dựng|soạn thảo|nghiên cứu){_SP}và{_SP}(?:ký{_SP})?ban hành"
    # "sự hỗ trợ của Chính phủ thông qua việc ban hành "Quyết định số …"": the body that issued
    rf"|thông qua{_SP}việc{_SP}(?:ký{_SP})?ban hành"
    # "lên Kế hoạch" is to draw one up: a plan is built by its author, as with "xây dựng"
    # "kí", the older spelling of "ký", as some papers print it ("ông A đã kí văn bản số …")
    rf"|có{_SP}ra|ra|có|k[ýí](?:{_SP}tiếp)?|thông qua|đã ra|lập"
    rf"|(?P<built>xây dựng|lên)|(?P<sent>gửi)"
    # "Bộ Thông tin và Truyền thông đã công bố quyết định số 820/QĐ-BTTTT": a body announces
    # others' decisions too ("Sở Nội vụ công bố quyết định của Chủ tịch UBND tỉnh"), so
    # ``extract`` keeps it only for a ministry whose letters the code bears
    rf"|(?P<announced>công bố)"
)
#: The documents a subject "builds" (``extract`` checks the noun after "xây dựng").
BUILT_NOUNS = frozenset({"Kế hoạch", "Chương trình", "Đề án", "Phương án"})
#: The letters a subject "sends" as their author ("Bộ Tài chính đã gửi Công văn số …"; a
#: decision or a decree sent on is someone else's).
SENT_NOUNS = frozenset(
    {"Công văn", "Công điện", "Tờ trình", "Báo cáo", "Thông báo", "Giấy mời", ""}
)
#: A count between the verb and a plural noun: "UBND tỉnh đã có liên tiếp 5 quyết định số A; B;
#: C", "UBND tỉnh vừa ban hành hai Quyết định số A và B" (the items after it share the subject).
_COUNT = (
    rf"(?:(?:liên tiếp|cùng lúc|thêm){_SP})?"
    rf"(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{{1,2}}(?![\d/.,-]\d)|các|những|một loạt)"
    rf"(?:{_SP}(?:bản|văn bản))?"
)
#: An office holder's title opening a body, then two to four capitalised words ending it: a
#: person's name ("Phó Chủ tịch UBND TP. Hà Nội Lê Quý Đôn").
SIGNER_BODY_RE = _PROGRAMS.compile(
    rf"(?:Phó{_SP})?{_TITLE}(?!\w)[^\n]*?{_SP}(?:{_PERSON_WORD}{_SP}){{1,3}}{_PERSON_WORD}\Z"
)
_APPOSED_NAME = (
    rf"{_OSP}[,-]{_OSP}(?:(?:ông|bà){_SP})?(?:{_PERSON_WORD}{_SP}){{1,3}}{_PERSON_WORD}{_OSP},?"
)
#: How ``BEFORE_RE`` ends: the issuing verb right before the citation (``EndGated`` looks for
#: it first).
_ISSUING_ENDING = (
    rf"(?:(?i:{_ISSUING_VERB})(?:{_SP}|(?<={_LOW}))(?:{_COUNT}{_SP})?(?:[\"“](?=\Z))?"
    # the verb left out: "UBND TP Đà Nẵng đã công văn số …" (``extract`` wants a subject and a
    # letter after it)
    rf"|(?P<elided>(?<=[ \t]đã )|(?<=[ \t]vừa )))\Z"
)
BEFORE_RE = _PROGRAMS.compile(
    rf"(?:(?<!\w)(?:{_LEAD_DATE}){_OSP},?{_OSP})?"
    # a body glued to the lower-case word before it, as a heading run into its sentence ("… phải
    # có giấy phépChính phủ đã ban hành Nghị định số …"), the way a glued noun is read
    rf"(?:{_WORD_START}(?:{BODY}|(?<!\w)(?P<sbody>{_SUBJECT_ONLY}))"
    # the place the body's commune or district belongs to, after a comma: "UBND xã Dân Lý,
    # huyện Triệu Sơn đã ra thông báo số …" (the subject is the commune's committee)
    rf"(?:(?<=\w),{_SP}(?:huyện|quận|thị xã|tỉnh|thành phố)(?:{_SP}{_UP}\w*){{1,4}}(?=[ \t]))?"
    # the rest of the name after its abbreviation in brackets: "Thống đốc ngân hàng Nhà nước
    # (NHNN) Việt Nam ban hành …" (capitalised words only, the abbreviation all capitals)
    rf"(?:{_OSP}\([A-ZĐ][A-ZĐ&]{{1,9}}\)(?:{_SP}{_UP}\w*){{1,3}}(?=[ \t])"
    rf"|{_OSP}\((?!{_OSP}(?i:kh(?:óa|oá))(?!\w))[^()\n]{{1,60}}\))?"
    rf"(?:{_OSP},?{_OSP}\(?{TERM_WORD}\)?)?(?:{_OSP}\([^()\n]{{1,60}}\))?"
    rf"(?:{_APPOSED_NAME})?"
    # a second office the holder named holds, after a comma, then "ký": "Bộ trưởng Bộ Tài chính
    # Đinh Tiến Dũng, Phó trưởng Ban chỉ đạo điều hành giá đã ký công văn …" (``extract`` wants
    # the body a title and a name)
    rf"(?P<aptitle>,{_SP}(?:[Pp]hó{_SP})?(?:{_TITLE}|trưởng)(?!\w)[^\n,.;:()\d]{{1,60}}?"
    rf"(?=[ \t]+(?:(?:đã|vừa|mới)[ \t]+)?ký(?!\w)))?"
    # an office holder with his name, a comma, then "ký": "Ngày 15/7/2004, Phó Chủ tịch UBND TP.
    # Hà Nội Lê Quý Đôn, ký quyết định số …" (``extract`` wants a title opening the body)
    rf"(?P<signcomma>(?<=\w),(?=[ \t]+(?:(?:đã|vừa|mới)[ \t]+)?ký(?!\w)))?{_SP})?"
    # "UBND tỉnh Quảng Nam cho biết, vừa có văn bản số …"
    rf"(?:cho biết{_OSP},?{_SP}(?=(?:đã|vừa|mới){_SP}))?"
    rf"(?:(?:mới đây|gần đây|vừa qua|cũng|đã|vừa|mới|đã từng|chính thức|tiếp tục|lại|nhanh chóng"
    rf"|kịp thời|chủ động|khẩn trương|tiên phong|sớm)"
    rf"{_SP}){{0,3}}"
    rf"{_ISSUING_ENDING}",
)
BEFORE_RE = EndGated(BEFORE_RE, _ISSUING_ENDING, _PROGRAMS.compile)

#: Two bodies that issue one document together, "cùng" before the verb: "ngày 27/4/2016, Tỉnh
#: uỷ Quảng Nam và Thành uỷ Đà Nẵng đã cùng ký Kết luận …" (both are the issuer, as printed; the
#: date opening the clause is the document's).
_JOINT_ENDING = rf"cùng{_SP}(?:ký ban hành|ban hành|ký|ra|thông qua){_SP}\Z"
JOINT_SUBJECT_RE = _PROGRAMS.compile(
    rf"(?:(?<!\w)(?:{_LEAD_DATE}){_OSP},?{_OSP})?"
    rf"(?<!\w)(?P<body>{_BODY_CORE}{_SP}và{_SP}{_BODY_CORE}){_SP}"
    rf"(?:(?:đã|vừa|mới){_SP})?{_JOINT_ENDING}"
)
JOINT_SUBJECT_RE = EndGated(JOINT_SUBJECT_RE, _JOINT_ENDING, _PROGRAMS.compile)

#: A verb that takes a document as its object: after it a lower-case noun that may be a verb
#: elsewhere is the noun, as after "theo"/"tại" ("thực hiện quyết định 648 về tăng giá điện",
#: "căn cứ quyết định 12 của UBND tỉnh", "áp dụng quyết định 15.", "là quyết định 20 về …",
#: "theo tinh thần quy định 01 về …", "huỷ quyết định 236, sau đó …", "ký quyết định 12 để …",
#: "điều chỉnh nghị định 105 để …");
#: ``extract`` still wants the number to end the clause or go on with a function word. Read
#: backwards from the noun: gated on its last word.
_TAKES_DOCUMENT_ENDING = rf"(?:hiện|cứ|vào|dụng|là|thần|h(?:uỷ|ủy)|bỏ|k[ýí]|hành|chỉnh|đổi){_SP}\Z"
TAKES_DOCUMENT_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?:[Tt]hực{_SP}hiện|[Cc]ăn{_SP}cứ(?:{_SP}vào)?|[ÁáAa]p{_SP}dụng|là"
    # "theo tinh thần" (in the spirit of) a document: "theo tinh thần quy định 01 về …"
    rf"|theo{_SP}tinh{_SP}thần"
    # a document cancelled or repealed: "phải huỷ quyết định 236, sau đó …", "bãi bỏ quyết
    # định 12."
    rf"|h(?:uỷ|ủy)(?:{_SP}bỏ)?|bãi{_SP}bỏ"
    # a document signed: "khi ký quyết định 12 để thành lập tổ giám sát"; or issued: "trình
    # lãnh đạo UBND TP xem xét ban hành quyết định 704 về việc phê duyệt …"
    rf"|k[ýí]|ban{_SP}hành"
    # a document amended: "Bộ đang điều chỉnh nghị định 105 để …", "sửa đổi thông tư 36 về …"
    rf"|điều{_SP}chỉnh|sửa{_SP}đổi){_SP}\Z"
)
TAKES_DOCUMENT_RE = EndGated(TAKES_DOCUMENT_RE, _TAKES_DOCUMENT_ENDING, _PROGRAMS.compile)

#: A body after "(trực) thuộc" belongs to the subject, it is not the subject: "VPĐKĐĐ trực thuộc
#: Sở TN-MT tỉnh Thanh Hóa xây dựng Kế hoạch số …" is the office's plan ("Phòng Tài chính thuộc
#: UBND huyện đã ban hành …" likewise). The owner is the body or abbreviation right before.
BELONGS_TO_RE = _PROGRAMS.compile(rf"(?<!\w)(?:trực{_SP})?thuộc{_SP}\Z")
OWNER_BEFORE_RE = _PROGRAMS.compile(
    rf"(?:{BODY}|(?P<abbr>(?<![\w&])[A-ZĐ](?:[A-ZĐ]|&(?=[A-ZĐ])){{1,9}}(?![\w&])))"
    rf"{_SP}(?:trực{_SP})?thuộc{_SP}\Z"
)

#: A subject that did something else first, then wrote the letter: "Liên quan đến vụ việc, Cục
#: Di sản văn hóa (Bộ VHTTDL) đã cử cán bộ xuống làm việc với Ban Quản lý di tích … và có văn bản
#: số …". The subject opens the clause; never across a verb that hands the task on ("X đã yêu
#: cầu Y kiểm tra và có văn bản …": the letter is Y's) nor a clause's punctuation; ``extract``
#: wants a letter after it.
_HANDING_ON = (
    r"(?:yêu cầu|đề nghị|giao|chỉ đạo|đôn đốc|kiến nghị|phối hợp|cho phép|buộc|tạo điều kiện"
    r"|hướng dẫn|để|cho|nhưng|song|mà|sau đó|rồi)(?!\w)"
)
COORDINATED_SUBJECT_RE = _PROGRAMS.compile(
    rf"(?:(?<![\s\S])|(?<=\n)|(?<=[.;][ \t])|(?<=,[ \t]))"
    rf"{BODY}(?:{_OSP}\([^()\n]{{1,40}}\))?{_SP}(?:(?:đã|vừa|mới){_SP}){{1,2}}"
    rf"(?!(?i:có|ban hành|ký|ra)(?!\w))"
    rf"(?:(?!{_HANDING_ON})[^\n.;:()\s]+{_SP}){{2,24}}?"
    rf"và{_SP}(?:(?:đã|cũng){_SP})?(?:có|gửi){_SP}\Z"
)

#: The issuer named between the noun and "số": "thông báo kết luận của Ban Thường vụ Huyện uỷ
#: số 351-TB/HU", "Quyết định của UBND tỉnh số 12/2010/QĐ-UBND".
NOUN_OF_BODY_RE = _PROGRAMS.compile(
    rf"{_WORD_START}{NOUN}{_SP}(?:của|do){_SP}{BODY}{_OSP}{SO}{_OSP}\Z"
)

#: A time adverbial opening the sentence of "X ban hành …": "Tháng 2/1967 trong lúc …, Ban Bí
#: thư ban hành Nghị quyết …", "Năm 2007, Bộ Công nghiệp … đã ban hành …" (matched at line start).
#: It may follow a short opener of the sentence and "vào"/"hồi" ("Được biết, vào tháng 12/2017,
#: ông A, Phó Chánh văn phòng UBND tỉnh ký văn bản số …").
#: What may follow such an opener: a day's date, a month's or a year's (also its start, middle
#: or end: "Theo tìm hiểu của PV, tháng 6/2018, ông A, Chủ tịch UBND huyện … đã ký …").
_OPENED_DATE = rf"(?=(?i:ngày|(?:(?:đầu|giữa|cuối){_SP})?(?:tháng|năm)){_OSP}\d)"
_SENTENCE_OPENER = (
    rf"(?:(?:Được biết|Trước đó|Sau đó|Theo đó|Cụ thể|Tuy nhiên|Đáng chú ý|Ngoài ra){_OSP},{_OSP}"
    # then a second short aside before a day's date: "Trước đó, như báo A đã đưa, ngày 23/10/2010,
    # ông B, Chủ tịch UBND huyện … đã ký Quyết định số …" (at most 60 characters without a digit
    # or a stop, and a comma)
    rf"(?:[^\d,.;:!?()\n]{{1,60}},{_OSP}{_OPENED_DATE})?"
    # any other short opening phrase before a day's date ("Nằm trong chuỗi bất thường này, ngày
    # 04/12/2013, ông A, Chủ tịch UBND tỉnh đã ký Quyết định số …"): a capital, at most 60
    # characters without a digit or a stop, and a comma
    # (up to two more such phrases after commas: "Trên cơ sở chỉ đạo của Ban Bí thư và hướng
    # dẫn của các Ban, ngành Trung ương, để tiến tới Đại hội …, ngày 28/6/2018, Ban chấp hành
    # … đã ban hành …")
    rf"|[{UPPER}][^\d,.;:!?()\n]{{1,60}}(?:,[ \t][^\d,.;:!?()\n]{{1,90}}){{0,2}},{_OSP}"
    rf"{_OPENED_DATE})?"
    rf"(?:(?:[Vv]ào|[Hh]ồi){_SP})?"
)
#: The part of the year or month before it ("Hồi cuối năm 2016, Thường trực Ban Bí thư … đã ký
#: ban hành Chỉ thị số 11-CT/TW": 2016; "Đầu tháng 3/2017, …": 2017-03), only here, where the
#: adverbial opens the sentence of the subject that issues the code.
_PART_OF_PERIOD = rf"(?:[Cc]uối|[Đđ]ầu|[Gg]iữa){_SP}(?=(?i:năm|tháng){_SP}\d)"
LEAD_DATE_RE = _PROGRAMS.compile(rf"[ \t]*{_SENTENCE_OPENER}(?:{_PART_OF_PERIOD})?(?:{_LEAD_DATE})")

#: The body a document was proposed by, right before it: "Xét đề nghị của Sở Xây dựng tại Tờ
#: trình số 66/SXD-TT", "theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số …", "xét đề
#: nghị ông Giám đốc Sở Nội vụ tại Tờ trình số: …", "Theo đề nghị của Sở Tư pháp và Sở Tài
#: chính tại Tờ trình liên ngành số …", "Xét đề nghị của Ban quản lý dự án 2 tại các Văn bản số
#: …". After "đề nghị"/"ý kiến" the name runs to "tại"/"theo" whatever its words; after a bare
#: "của" it must be a known body.
_AT = (
    rf"(?:(?:{_OSP},?{_SP}(?:tại|theo){_SP}(?:các{_SP})?|{_OSP}\({_OSP})"
    rf"(?:[^\s\d;:,.()]{{1,12}}{_SP}){{0,4}}?(?:(?i:số){_OSP}:?{_OSP})?\Z"
    # "lại" typed for "tại", right before the noun ("chỉ đạo của UBND thành phố lại Văn bản số")
    rf"|{_SP}lại{_SP}\Z)"
)
#: Also the body whose direction or consent a letter carries: "Thực hiện ý kiến chỉ đạo của Phó
#: Thủ tướng … tại công văn số …", "như Thủ tướng Chính phủ đã chỉ đạo tại văn bản số …".
#: A joint proposer may open with "Liên ngành:"/"Liên tịch:" and its members ("đề nghị của Liên
#: ngành: Sở Giao thông Công chính và Sở Kế hoạch và Đầu tư tại Tờ trình số …").
_PROPOSER_NAME = (
    rf"(?:(?i:liên)(?:{_SP}(?i:ngành|tịch|sở|bộ))?{_OSP}:{_OSP})?"
    rf"{_UP}(?:(?!{_SP}(?:tại|theo|của|về|là|khi|trước khi|sau khi|không|ban hành|thực hiện)(?!\w))"
    rf"[^\n;:()“”\"]){{1,90}}?"
)
#: "đề nghị" as a verb, with its subject ("NHNN cũng đề nghị Bộ Công an (văn bản số …)", "UBND
#: tỉnh đã đề nghị Bộ Y tế tại công văn số …"; a subject also by its abbreviation opening the
#: clause): the body after it is the addressee, the letter is the subject's (``vbody``; the
#: caller tries it only from shortly before a printed "đề nghị"). After a tense word without
#: its subject ("… cũng đề nghị Bộ Công an (văn bản số …)") the body after it is no proposer
#: either.
PROPOSING_SUBJECT_RE = _PROGRAMS.compile(
    rf"(?P<vbody>{_BODY_CORE}|{_ACRONYM_SUBJECT}){_SP}"
    rf"(?:(?:đã|vừa|mới|cũng|tiếp tục|lại|còn){_SP}){{0,2}}"
    rf"(?i:đề nghị)(?!{_SP}của(?!\w)){_SP}{_PROPOSER_NAME}{_AT}"
)
PROPOSING_SUBJECT_RE = EndGated(PROPOSING_SUBJECT_RE, _AT, _PROGRAMS.compile)
BEFORE_AT_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?:(?:(?<!cũng )(?<!đã )(?<!vừa )(?<!mới )(?<!lại )(?<!còn )(?i:đề nghị)"
    rf"|(?i:đề nghị)(?={_SP}của(?!\w))"
    rf"|(?i:ý kiến(?:{_SP}chỉ đạo)?|sự đồng ý|chỉ đạo(?={_SP}của)))"
    rf"(?:{_SP}của)?{_SP}"
    rf"(?:(?:ông|bà){_SP})?(?P<pbody>{_PROPOSER_NAME})"
    rf"|(?:của|do){_SP}(?:(?:Giám đốc|Chủ tịch|Bộ trưởng|Thủ trưởng|Trưởng ban){_SP})?{BODY}"
    rf"|(?P<sbody>{_BODY_CORE}){_SP}(?:đã{_SP})?(?i:chỉ đạo|kết luận|đồng ý|yêu cầu|nêu))"
    rf"{_AT}"
)
BEFORE_AT_RE = EndGated(BEFORE_AT_RE, _AT, _PROGRAMS.compile)
#: The body that decided by a document: "đã được UBND thành phố thống nhất tại công văn số …",
#: "Dự án được UBND tỉnh phê duyệt lần đầu theo Quyết định số …", "UBND tỉnh phê duyệt điều chỉnh
#: tổng mức đầu tư theo Quyết định số …", "được UBND tỉnh chấp thuận phê duyệt số …": a verb of
#: deciding (never "thực hiện", "triển khai": a body carries out others' documents too), a few
#: lower-case words, then "tại"/"theo" and the noun, or "số". A permit or certificate names the
#: body that granted it the same way: "Sản phẩm được Bộ Y tế chứng nhận … và cấp phép lưu hành
#: theo số: …". A body that reported in a document wrote it, with "tại" only (a report made
#: "theo" a decision follows it): "được Sở TN-MT báo cáo tại tờ trình số …", "Sở Nội vụ báo cáo
#: Chủ tịch UBND tỉnh tại Công văn số …"; so did a body that proposed in it ("được HĐND thành phố
#: kiến nghị tại Báo cáo số …", "được Sở Tài chính đề xuất tại Tờ trình số …"). A body that
#: grants ("cấp") a permit or a certificate issued it: "Cofico đã được UBND Q. 2 cấp giấy phép
#: thi công số 66/GP-UBND", "Sở Y tế đã cấp giấy chứng nhận số …" ("cấp" only before "giấy" or
#: "chứng chỉ", or a "bằng công nhận" (a recognition: "Chùa được Bộ Văn hoá cấp bằng công nhận là
#: Di tích … theo Quyết định số …"): "cấp vốn", "cấp huyện", "cấp bằng tiền" grant or name no
#: document).
_DECIDING_VERB = (
    r"(?:phê duyệt|thống nhất|chấp thuận|cho phép|quyết định|giải quyết|công nhận|xử phạt"
    r"|th(?:ỏa|oả) thuận|thông qua|cấp phép|chứng nhận"
    r"|cấp(?=[ \t]{1,3}(?:lại[ \t]{1,3})?(?i:giấy|chứng chỉ|bằng[ \t]{1,3}công nhận)(?!\w))"
    # a body that signs a permit issued it, as one that grants it: "UBND tỉnh Bình Dương đã ký
    # giấy phép số 81/GP-UBND" (only before "giấy phép": "ký" before a document noun is read
    # by the issuing verbs)
    r"|ký(?=[ \t]{1,3}(?i:giấy[ \t]{1,3}phép)(?!\w)))(?!\w)"
)
#: What was decided may name things with capitals ("… đã phê duyệt quy hoạch hiệu chỉnh Trung
#: tâm Điện lực Vĩnh Tân tại Quyết định số …", "… đã chấp thuận cho thành phố giải ngân vốn ODA
#: theo tiến độ dự án (Công văn số …)"), up to sixteen syllables; never across "của", "do",
#: "tại", a second subject after "và", a passive agent after "được" ("Sở A thống nhất nội dung
#: và được UBND B phê duyệt theo Quyết định số …": B decided by it), or a clause's punctuation.
#: A date may open the clause
#: ("ngày 3-5-2017, Bộ Công Thương đã phê duyệt … tại Quyết định số …"). A plan's map scale is
#: one of its words ("UBND TP. HCM phê duyệt quy hoạch chi tiết 1/2.000 tại quyết định số …":
#: "1/500", "1/2000", "1/2.000", "1/10.000"; never another number).
_DECIDED_WORD = (
    rf"(?!(?:của|do|tại|và{_SP}{_UP}|Luật|Bộ luật|Điều|Khoản|NĐ)(?!\w))(?!được{_SP}{_UP})"
    r"(?:(?!\d)[^\W\d]+(?:-[^\W\d]+)*(?![\w&])"
    r"|1/(?:\d{3,5}|\d{1,2}\.\d{3})(?![\w/]|[.,]\d))"
)
#: The body that issued a text "theo" (by) a decision issued that decision: "Quy chế phát ngôn do
#: Thủ tướng Chính phủ ban hành theo Quyết định số 25/2013/QĐ-TTg", "… do UBND tỉnh ban hành kèm
#: theo Quyết định số …" (right before the noun).
ISSUED_THROUGH_RE = _PROGRAMS.compile(
    rf"(?<!\w)do{_SP}{BODY}{_SP}(?:(?:đã|vừa|mới){_SP})?(?:ký{_SP})?ban hành{_SP}"
    rf"(?:kèm{_SP})?theo{_SP}\Z"
)
#: An office holder named by his title and his name, signing: "Bộ trưởng Nguyễn Văn Thể tiếp
#: tục ký Văn bản số …" (the title alone, then two to four capitalised words, then "ký" right
#: before the noun; the title and name as printed).
SIGNER_NAMED_RE = _PROGRAMS.compile(
    rf"(?<![\w])(?P<body>(?:Phó{_SP})?(?:Bộ trưởng|Thứ trưởng|Thủ tướng|Chủ tịch|Giám đốc"
    rf"|Tổng Giám đốc|Bí thư|Chánh án|Viện trưởng"
    # a man or a woman by name alone, signing and issuing: "ông Nguyễn Thanh Hoá ký ban hành Văn
    # bản số 3229/C50-P1" (only with "ký ban hành": "ông A ký" alone may sign for a body; never
    # after a comma, where the name is apposed to an office: "Phó Chủ tịch UBND tỉnh, ông A")
    rf"|(?P<person>(?<!,[ \t])(?:[Ôô]ng|[Bb]à)))(?:{_SP}{_UP}[^\W\d]*){{2,4}}"
    # several men or women by name who co-sign: "các ông Phạm Văn A, Trần Văn B, Võ Minh C vừa
    # đồng ký Văn bản số …" (only with "đồng ký", ``extract._before``: their own letter)
    rf"|(?P<persons>[Cc]ác{_SP}(?:ông|bà)(?:{_SP}{_UP}[^\W\d]*){{2,4}}"
    rf"(?:,{_SP}{_UP}[^\W\d]*(?:{_SP}{_UP}[^\W\d]*){{1,3}}){{1,3}}))"
    rf"{_SP}(?:(?:đã|vừa|mới|tiếp tục|cũng|lại){_SP}){{0,2}}(?P<co>đồng{_SP})?ký"
    rf"(?P<issued>{_SP}ban hành)?{_SP}\Z"
)
#: A body, then its document in brackets: "đã được Thanh tra Chính phủ (Kết luận số …), Thanh
#: tra Thành phố (Kết luận số 301/… ngày …) kết luận", "quyết định giao vốn của Bộ Kế hoạch và
#: Đầu tư (Quyết định số 612/QĐ-BKHĐT …)": the body is the bracketed document's issuer. Only a
#: body that opens a clause or follows "của", "được" or "do" (never the object of a verb:
#: "gửi UBND huyện (Công văn số …)" is the sender's letter); matched at the noun.
BODY_THEN_BRACKET_RE = _PROGRAMS.compile(
    rf"(?:(?<![\s\S])|(?<=\n)|(?<=[,;.][ \t])|(?<=của )|(?<=được )|(?<=do ))"
    rf"{BODY}{_OSP}\({_OSP}\Z"
)
#: A body that "has" a letter or report opening the clause, the letter's code in brackets at the
#: clause's end: "UBND quận Thanh Xuân đã có báo cáo nhanh về vụ cháy … xảy ra vào chiều tối 28/8
#: (văn bản số 312/BC-UBND ngày 29/8/2019)". Only "có"/"gửi" and a letter's noun (``extract``
#: wants a letter's noun inside the bracket too); never across "của", "theo", "tại", "được",
#: "căn cứ" (another's document), a clause's punctuation or another bracket.
SUBJECT_LETTER_BRACKET_RE = _PROGRAMS.compile(
    rf"(?:(?<![\s\S])|(?<=\n)|(?<=[,;.][ \t]))"
    rf"{BODY}{_SP}(?:(?:đã|vừa|mới|cũng){_SP}){{1,2}}(?:có|gửi){_SP}"
    rf"(?i:báo cáo|công văn|văn bản|tờ trình|thông báo)(?!\w)"
    rf"(?:{_SP}(?!(?:của|theo|tại|được|căn cứ)(?!\w))[^\s.;:()]+){{1,24}}?{_OSP}\({_OSP}\Z"
)
SUBJECT_LETTER_BRACKET_RE = EndGated(
    SUBJECT_LETTER_BRACKET_RE, rf"[^\s.;:()]{_OSP}\({_OSP}\Z", _PROGRAMS.compile
)
#: A body heard reporting, its submission or report in brackets at the clause's end: "Bộ Chính
#: trị đã nghe Ban cán sự đảng Chính phủ báo cáo về định hướng … đến năm 2030 (Tờ trình số
#: 942-TTr/BCSĐCP, ngày 17/6/2019)". Only after "nghe" and before "báo cáo"/"trình bày"
#: (``extract`` wants a letter's noun inside the bracket too); never across "của", "theo",
#: "tại", "được", "căn cứ", a clause's punctuation or another bracket.
HEARD_REPORT_BRACKET_RE = _PROGRAMS.compile(
    rf"(?<!\w)nghe{_SP}{BODY}{_SP}(?:báo cáo|trình bày)(?!\w)"
    rf"(?:{_SP}(?!(?:của|theo|tại|được|căn cứ)(?!\w))[^\s.;:()]+){{1,32}}?{_OSP}\({_OSP}\Z"
)
HEARD_REPORT_BRACKET_RE = EndGated(
    HEARD_REPORT_BRACKET_RE, rf"[^\s.;:()]{_OSP}\({_OSP}\Z", _PROGRAMS.compile
)
#: A ministry or department named by its kind alone ("Bộ", "Sở": the one the text has named), as
#: the passive agent ("Chủ trương cũng đã được Bộ chấp thuận tại Văn bản số …") or as the
#: subject opening a clause ("Bộ sau đó đã chấp thuận tại Văn bản số …"), only right before a
#: lower-case word (never "Bộ Xây" cut from a name, nor "các Bộ" inside a clause).
_LONE_AGENT = rf"(?:Bộ|Sở)(?=[ \t]{{1,3}}[{LOWER}])"
DECIDED_BY_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?:được{_SP}(?>(?P<dbody>{_BODY_CORE}|{_LONE_AGENT})){_SP}"
    rf"|(?:(?<!\w)(?:{_LEAD_DATE}){_OSP},?{_OSP})?"
    rf"(?P<abody>{_BODY_CORE}|(?:(?<![\s\S])|(?<=\n)|(?<=[,;:.][ \t])){_LONE_AGENT}){_SP}"
    # "sau đó" (then) between the subject and its verb, as a tense word ("Bộ Xây dựng sau đó
    # đã chấp thuận tại Văn bản số …")
    rf"(?:(?:đã|vừa|mới|tiếp tục|lại|sau đó){_SP}){{0,2}})"
    rf"(?:{_DECIDING_VERB}(?:{_SP}{_DECIDED_WORD}){{0,16}}?"
    rf"(?:{_AT}|{_SP}(?i:số){_OSP}:?{_OSP}\Z)"
    # a permit's kind in lower-case words with a spaced dash between two of them, right before
    # "số": "UBND quận Hoàng Mai đã cấp giấy phép đào hè - đào đường số 03/GPĐH"
    rf"|cấp{_SP}(?i:giấy phép)(?:{_SP}{_LOW}\w*){{1,3}}{_SP}-{_SP}(?:{_LOW}\w*{_SP}){{1,3}}"
    rf"(?i:số){_OSP}:?{_OSP}\Z"
    # the passive agent's verb, then a comma and what was approved, opened by a noun of the
    # things a body approves and in lower-case words only ("dự án đã được UBND TP Đà Nẵng phê
    # duyệt, báo cáo đánh giá tác động môi trường tại Quyết định số …"); never a capitalised
    # word (another subject) nor any other word after the comma ("…, nhưng bị thu hồi tại …")
    rf"|(?(dbody){_DECIDING_VERB},{_SP}(?:báo cáo|quy hoạch|phương án|đề án|kế hoạch|dự án"
    rf"|dự toán|thiết kế|tổng mức)(?!\w)(?:{_SP}{_LOW}[^\W\d]*){{0,8}}?{_SP}tại{_SP}"
    rf"(?:[^\s\d;:,.()]{{1,12}}{_SP}){{0,4}}?(?:(?i:số){_OSP}:?{_OSP})?\Z|(?!))"
    rf"|(?:báo cáo|kiến nghị|đề xuất)(?:{_SP}{_DECIDED_WORD}){{0,8}}?{_OSP},?{_SP}tại{_SP}"
    rf"(?:các{_SP})?\Z)"
    # the agent of any other passive verb acting "tại" (in) or "bằng" (by) the document: "Mỏ đã
    # được UBND tỉnh đóng cửa tại Quyết định số …", "được Văn phòng Chính phủ truyền đạt bằng văn
    # bản số …", or "trong" (in) it: "được Công an huyện Phú Lộc thông báo trong công văn số
    # …" (not "theo": a body acts by another's document too)
    rf"|(?<!\w)được{_SP}(?>(?P<pbody>{_BODY_CORE})){_SP}(?={_LOW})"
    rf"{_DECIDED_WORD}(?:{_SP}{_DECIDED_WORD}){{0,8}}?{_SP}(?:tại|bằng|trong){_SP}(?:các{_SP})?"
    rf"(?:[^\s\d;:,.()]{{1,12}}{_SP}){{0,4}}?(?:(?i:số){_OSP}:?{_OSP})?\Z"
)
#: Every branch of ``DECIDED_BY_RE`` ends in ``_AT``, in "số" or in the passive agent's "bằng …"
#: or "trong …"
#: (the "báo cáo … tại" branch and the passive agent's "tại …" are ``_AT``'s first form): what
#: ``EndGated`` looks for first.
DECIDED_BY_RE = EndGated(
    DECIDED_BY_RE,
    rf"(?:{_AT}|{_SP}(?i:số){_OSP}:?{_OSP}\Z"
    rf"|{_SP}(?:bằng|trong){_SP}(?:[^\s\d;:,.()]{{1,12}}{_SP}){{0,4}}?\Z)",
    _PROGRAMS.compile,
)
#: A further proposer of one "Xét đề nghị của A tại …" clause: "…; B tại công văn số …", "… và C
#: tại …" ("đề nghị của" is not repeated); the caller checks the clause opened with "đề nghị".
#: A list opened by a plural noun and its issuer: "Căn cứ các Nghị định của Chính phủ: số
#: 181/2004/NĐ-CP …; số 198/2004/NĐ-CP …", "các Quyết định của Thủ tướng Chính phủ: số 118/TTg
#: …", "các Nghị định của Chính phủ số 181/2004/NĐ-CP …; Nghị định số 188/2004/NĐ-CP …". The
#: body is stated once for the items of that noun (``extract`` passes it on like a subject).
LIST_OPENING_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?i:các){_SP}{NOUN}{_SP}(?:của|do){_SP}{BODY}{_OSP}:?{_OSP}{SO}{_OSP}\Z"
)
#: A second letter of one proposal after the title of the first: "đề nghị của Uỷ ban nhân dân
#: tỉnh tại Tờ trình số 55/TTr-UBND ngày … về việc … và Tờ trình số 60/TTr-UBND ngày …" (the
#: same noun after "và"; ``extract`` checks the noun).
PROPOSAL_NEXT_GAP_RE = _PROGRAMS.compile(
    rf"(?:[^\n.;]|\.(?! ?[{UPPER}])){{0,300}}?(?:,{_OSP}|{_SP})và{_SP}\Z"
)
PROPOSER_NEXT_RE = _PROGRAMS.compile(
    rf"(?:;|,|{_SP}và){_OSP}(?:và{_SP})?(?P<pbody>{_PROPOSER_NAME}){_AT}"
)
PROPOSAL_RE = _PROGRAMS.compile(r"(?i:đề nghị)(?!\w)")
#: The author of a list of documents announced with "gồm:" ("… do Bộ trưởng Bộ Y tế đã ban hành
#: trước đây, gồm: Giải thưởng A theo Quyết định số …; Giải thưởng B theo Quyết định số …",
#: "các văn bản do UBND tỉnh ban hành, bao gồm: …"): the subject or agent of "ban hành", a few
#: words at most before "gồm". ``ENUM_COLON_RE`` finds "gồm:", ``ENUM_SUBJECT_RE`` (anchored at
#: "gồm") the body; ``ENUM_GAP_RE`` is the gap between two items (a title, no sentence end).
#: Also a plural object named by its count or kind, then "đó là" ("Bộ Chính trị khóa IX đã
#: ban hành hai Nghị quyết chuyên đề về quy hoạch và luân chuyển cán bộ, đó là Nghị quyết 42 …
#: và Nghị quyết số 11 …"; a term may follow the body).
ENUM_COLON_RE = _PROGRAMS.compile(rf"(?<!\w)(?:gồm(?:{_SP}có)?{_OSP}:|đó là(?!\w))")
ENUM_SUBJECT_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?P<agent>do{_SP})?{BODY}(?:{_OSP},?{_OSP}\(?{TERM_WORD}\)?)?{_SP}"
    rf"(?:(?:đã|vừa|mới){_SP})?(?:ký{_SP})?(?:ban hành|thông qua)(?!\w)"
    # a few words to "gồm" after a subject; the whole description after an agent ("Bãi bỏ các
    # Quyết định do UBND tỉnh ban hành về bảng giá … kể từ ngày 1/1/2017, bao gồm: …")
    rf"(?:(?(agent)[^\n.;:]{{0,200}}?|[^\n.;:]{{0,60}}?)(?:,{_OSP}|{_SP})(?:bao{_SP})?"
    rf"|{_SP}(?:hai|ba|bốn|năm|các|những|một số|\d{{1,2}}){_SP}[^\n.;:]{{0,120}}?,{_OSP})\Z"
)
#: The number or letter of an item of such a list: "bao gồm: 1.Quyết định số …; 2.Quyết định số
#: …", "gồm: 1- Nghị quyết số …; 2- …", "a) …".
ENUM_ITEM_MARK_RE = _PROGRAMS.compile(r"[ \t]*(?:\d{1,2}|[a-zđ])[ \t]*[.)-][ \t]*\Z")
#: A list announced by what was counted before it: "Ủy ban Thường vụ Quốc hội khóa XIV vừa thông
#: qua 3 Nghị quyết tại phiên họp thứ 6. … 3 Nghị quyết trên gồm: 1- Nghị quyết số …".
#: ``ENUM_BACK_RE`` is anchored at "gồm", ``ENUM_ANTECEDENT_RE`` finds the subject that adopted
#: the same count of the same noun (``extract`` compares them).
_ENUM_COUNT = r"(?P<count>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
ENUM_BACK_RE = _PROGRAMS.compile(
    rf"(?<!\w){_ENUM_COUNT}{_SP}{NOUN}{_SP}(?:nói{_SP})?(?:trên|này){_OSP},?{_OSP}(?:bao{_SP})?\Z"
)
#: A code right after a counted noun ("hai Quyết định số 578/QĐ-UBND và …"): the count then
#: announces no list of its own.
CODE_AFTER_NOUN_RE = _PROGRAMS.compile(rf"{_OSP}(?:{SO})?{_OSP}\d")
#: A count and a noun ("3 quyết định"), found first; ``COUNTED_BY_RE`` (anchored at the count)
#: then reads the body and verb before it.
COUNTED_NOUN_RE = _PROGRAMS.compile(rf"(?<!\w){_ENUM_COUNT}{_SP}{NOUN}(?!\w)")
_PASSED_ENDING = rf"(?:thông qua|ban hành|ký|ra){_SP}\Z"
COUNTED_BY_RE = _PROGRAMS.compile(
    rf"(?<!\w){BODY}(?:{_SP}{_UP}\w*){{0,4}}?(?:{_OSP},?{_OSP}\(?{TERM_WORD}\)?)?{_SP}"
    rf"(?:(?:đã|vừa|mới|cũng){_SP}){{0,2}}{_PASSED_ENDING}"
)
COUNTED_BY_RE = EndGated(COUNTED_BY_RE, _PASSED_ENDING, _PROGRAMS.compile)
ENUM_ANTECEDENT_RE = _PROGRAMS.compile(
    # the office, then maybe its holder's name ("Cục trưởng Cục … Chu Văn Hòa vừa ký 3 …")
    rf"(?<!\w){BODY}(?:{_SP}{_UP}\w*){{0,4}}?(?:{_OSP},?{_OSP}\(?{TERM_WORD}\)?)?{_SP}"
    rf"(?:(?:đã|vừa|mới|cũng){_SP}){{0,2}}(?:thông qua|ban hành|ký|ra){_SP}"
    rf"{_ENUM_COUNT}{_SP}{NOUN}(?!\w)"
)
#: A document the sentence opens with, its author the subject after the comma: "tại Quyết
#: định số 724/QĐ-UBND ngày 29/3/2011, tỉnh Lào Cai đã điều chỉnh …", "Trong Văn bản số 526/…
#: gửi UBND tỉnh mới đây, UBND huyện Đại Từ đã tóm lược …", "tại Quyết định số 31-QĐ/ĐU …,
#: Đảng ủy Cơ quan … thi hành kỷ luật …". ``AT_OPENING_RE`` is anchored at the noun,
#: ``SUBJECT_AFTER_AT_RE`` matched after the code's date and issuer: a short gap without a code,
#: another "của"/"do"/"theo"/"tại" or a sentence end, a comma, the body and a verb in lower
#: case that is not passive ("… , UBND tỉnh được giao …" is the object of the document).
#: A full date right before "tại <document>" is the document's: "Trước đó, ngày 14/11/2013 tại
#: Văn bản số 1333/UBND-TNMT …" (anchored at the noun).
DATE_BEFORE_AT_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?i:ngày){_OSP}(?:{DATE}){_OSP},?{_SP}(?i:tại){_SP}\Z"
)
AT_OPENING_RE = _PROGRAMS.compile(
    # the clause opens with it: after a sentence or clause mark, or a linking adverb ("Sau đó
    # tại …", "Cụ thể, tại …"); "Qua rà soát giá thuốc tại Quyết định số …, X nhận thấy" is not
    r"(?:(?<![\s\S])|(?<=[\n,.;:“\"(])[ \t]?|(?<!\w)(?i:sau đó|tiếp đó|cụ thể|đồng thời|trước đó)"
    r"[ \t,]{1,3})(?i:tại|trong)[ \t]{1,3}\Z"
)
_PLACE_SUBJECT = rf"(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã)(?:{_SP}{_UP}\w*){{1,4}}"
#: An office holder by title and name alone, without the body, who signs it: "tại văn bản số
#: 1047/QĐ-BGTVT, Bộ trưởng Nguyễn Văn Thể đã kí quyết định …" (two to four words of a name, then
#: "ký"/"kí" only: a title and a name before any other verb state nothing).
_TITLE_NAME_SIGNS = (
    rf"(?:Phó{_SP})?{_TITLE}(?:{_SP}{_PERSON_WORD}){{2,4}}"
    rf"(?={_SP}(?:(?:đã|vừa|mới){_SP})?k[ýí](?!\w))"
)
SUBJECT_AFTER_AT_RE = _PROGRAMS.compile(
    rf"(?:(?!{_SP}(?:của|do|theo|tại)(?!\w))[^\n.;:/\d]){{0,80}}?,{_OSP}"
    rf"(?>{BODY}|(?P<sbody>{_PLACE_SUBJECT}|{_TITLE_NAME_SIGNS}))"
    rf"(?:{_OSP},?{_OSP}\(?{TERM_WORD}\)?)?{_SP}"
    rf"(?:(?:đã|cũng|vừa|mới|tiếp tục|chính thức|lại){_SP}){{0,3}}"
    rf"(?!(?:được|bị|phải|cần|có trách nhiệm|chịu trách nhiệm|là|và)(?!\w)){_LOW}"
)
#: "Theo Quyết định số 316/QĐ-TTg, Thủ tướng đồng ý cho …": after "Theo <document>," at the
#: opening of a sentence, the subject that decides by it (a verb of deciding right after it;
#: "Theo Nghị định …, người lao động được …" or "…, UBND tỉnh yêu cầu …" state nothing).
THEO_OPENING_RE = _PROGRAMS.compile(r"(?:(?<![\s\S])|(?<=[\n.;:“\"(])[ \t]?)(?i:theo)[ \t]{1,3}\Z")
SUBJECT_DECIDES_AFTER_RE = _PROGRAMS.compile(
    rf"(?:(?!{_SP}(?:của|do|theo|tại)(?!\w))[^\n.;:/\d]){{0,80}}?,{_OSP}"
    rf"(?>{BODY}){_SP}(?:(?:đã|cũng|vừa|mới|chính thức){_SP}){{0,2}}"
    rf"(?:đồng ý|quyết định|phê duyệt|cho phép|chấp thuận|công nhận|bổ nhiệm|thành lập"
    # a board agrees by its resolution ("Theo Nghị quyết số 02/NQ-HĐQT ngày 1/12/2017, HĐQT công
    # ty Cấp nước Cà Mau thống nhất miễn nhiệm …"): ``extract`` keeps it for a board and a
    # resolution only
    rf"|(?P<agreed>thống nhất))(?!\w)"
)
#: A company's or group's board ("HĐQT", "Hội đồng quản trị", "HĐTV", "Hội đồng thành viên").
BOARD_RE = _PROGRAMS.compile(r"(?:HĐQT|HĐTV|Hội đồng (?:quản trị|thành viên))(?!\w)")
#: "Chính phủ quy định về học phí tại Nghị định số 86/2015/NĐ-CP": the subject that lays down
#: a rule in a document (right before "quy định", no "theo"/"như" between: "chủ trương của
#: Chính phủ theo quy định tại Nghị định …" states nothing). Anchored at the window end.
RULES_AT_RE = _PROGRAMS.compile(
    rf"(?:(?<![\s\S])|(?<=[\n.;,:])[ \t]?){BODY}"
    rf"{_SP}(?:(?:đã|hiện|cũng|vừa|mới){_SP}){{0,2}}quy định"
    rf"(?:{_SP}(?:về|rõ|cụ thể)(?!\w)[^\n.;:,()/\d]{{0,60}}?)?{_SP}tại{_SP}\Z"
)
ENUM_GAP_RE = _PROGRAMS.compile(
    rf"{_OSP}(?:;|,|(?:,{_OSP})?và(?!\w))[^\n.;:]{{0,200}}"
    # a numbered item after the title of the one before: "…; 2.Quyết định số …", "…; 2- …"
    # (also after a full stop typed for the ";": "… tỉnh Nghệ An. 5.Quyết định số …")
    rf"|(?:[^\n;:.]|\.(?=\d)){{0,300}}?[;.]{_OSP}(?:\d{{1,2}}|[a-zđ]){_OSP}[.)-]{_OSP}"
)
AT_WORD_RE = _PROGRAMS.compile(r"(?<!\w)tại(?!\w)")

# Uncoded references -------------------------------------------------------------------------
_NQ = r"(?i:nghị quyết)"
_TW = r"(?:(?i:Trung ương)|TW|TƯ|T\.Ư|T\.W)(?:[ \t]{1,2}Đảng)?"  # "Ban Chấp hành T.Ư Đảng"
_BCH_TW = rf"(?:(?i:Ban Chấp hành){_SP}{_TW}|BCH[ \t]?{_TW}|BCHTW|BCHTƯ)"
_N = r"(?P<pn>\d{1,2})(?![\d/.,-]\d|\w)"
#: Plenum numbers in words: ordinals after "lần thứ" ("Hội nghị lần thứ tư Ban Chấp hành Trung
#: ương Đảng khóa XII"), cardinals after "Hội nghị Trung ương" ("Hội nghị Trung ương tám"); never
#: before a figure ("lần thứ năm 2017"). ``PLENUM_NUMBER_WORDS`` gives their values.
PLENUM_NUMBER_WORDS = MappingProxyType(
    {
        **{f"mười {w}": 10 + n for w, n in (("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4))},
        **{f"mười {w}": 10 + n for w, n in (("tư", 4), ("lăm", 5), ("năm", 5), ("sáu", 6))},
        **{f"mười {w}": 10 + n for w, n in (("bảy", 7), ("tám", 8), ("chín", 9))},
        "hai mươi": 20,
        **{"nhất": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6},
        **{"bảy": 7, "tám": 8, "chín": 9, "mười": 10},
    }
)
_NUMBER_WORD = (
    "(?i:"
    + "|".join(sorted(PLENUM_NUMBER_WORDS, key=len, reverse=True)).replace(" ", "[ \t]")
    + r")(?!\w)(?![ \t]{0,3}\d)"
)
PLENUM_BODY = (
    rf"(?:(?i:Hội nghị|HN){_SP})?(?:(?:lần thứ|thứ|LẦN THỨ){_SP}"
    rf"(?:{_N.replace('pn', 'pn1')}|(?P<pw>{_NUMBER_WORD})){_SP}(?:của{_SP})?"
    rf"(?:{_BCH_TW}|{_TW})|(?:(?i:Ban Chấp hành){_SP})?{_TW}{_OSP}(?:lần thứ{_SP})?{_N}"
    rf"|(?<=[Hh]ội nghị ){_TW}{_SP}(?P<pw2>{_NUMBER_WORD}))"
    rf"(?:{_OSP}[,(]?{_OSP}\(?{_OSP}{TERM_WORD.replace('term', 'pterm')}{_OSP}\)?)?"
)


def plenum_number(m: re.Match) -> int:
    """The plenum number of a match of a pattern holding ``PLENUM_BODY``, in figures or words."""
    figures = m.group("pn") or m.group("pn1")
    if figures:
        return int(figures)
    words = " ".join((m.group("pw") or m.group("pw2")).lower().split())
    return PLENUM_NUMBER_WORDS[words]


PLENUM_RE = _PROGRAMS.compile(rf"(?<!\w){_NQ}{_SP}(?:của{_SP})?{PLENUM_BODY}")
#: A second term right after a plenum's term: "Nghị quyết Trung ương 4 (khóa XI, XII)", "…
#: khóa XI và khóa XII": one mention of two resolutions, so it names neither alone.
MORE_TERMS_RE = _PROGRAMS.compile(
    rf"{_OSP}(?:,|và|-|;){_OSP}(?:(?i:kh(?:óa|oá)){_SP}(?P<more>{_ROMAN_WORD}|\d{{1,2}}(?!\w))"
    rf"|(?P<more2>{_ROMAN_WORD}))"
)
PLENUM_NEXT_RE = _PROGRAMS.compile(rf"{_OSP}(?:,|và|,{_OSP}và){_OSP}(?:{_NQ}{_SP})?{PLENUM_BODY}")
#: The topic printed after a plenum reference: "… khoá XI của Đảng về phát triển khoa học".
TOPIC_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?:\)?{_OSP})?(?:của{_SP}(?:Ban Chấp hành{_SP}Trung ương{_SP})?Đảng{_SP})?"
    rf"(?:[\"“]{_OSP})?(?i:về){_SP}(?P<topic>[^\n.;()]{{1,120}})"  # also a quoted title
)
#: A plenum of the Central Committee named as a body ("Hội nghị Trung ương 8 đã ra Nghị quyết
#: 8B", "Hội nghị Trung ương 8 khoá XI … đã ra Nghị quyết số 29"); also scanned through the
#: whole text to learn the term it prints for each plenum number.
PLENUM_BODY_RE = _PROGRAMS.compile(rf"(?<!\w){PLENUM_BODY}")
NUMBER_PLENUM_RE = _PROGRAMS.compile(rf"{_OSP},?{_OSP}(?:của{_SP})?(?:tại{_SP})?{PLENUM_BODY}")
#: The resolution's date between its number and the plenum: "Nghị quyết 26 ngày 19-5-2018 của
#: Hội nghị lần thứ 7 Ban Chấp hành Trung ương" (a full date: the term in office that day is the
#: plenum's when none is printed).
DATE_THEN_PLENUM_RE = _PROGRAMS.compile(
    rf"{_OSP},?{_OSP}(?i:ngày){_OSP}(?=\d{{1,2}}[ \t]{{0,2}}[/.-]|\d{{1,2}}{_SP}tháng){DATE}"
    rf"(?={_OSP},?{_OSP}(?:của{_SP})?(?:tại{_SP})?{PLENUM_BODY})"
)
#: What a plenum named as a body adopted, by topic: "Hội nghị Trung ương 6 khoá X đã ban hành
#: Nghị quyết chuyên đề “về nâng cao năng lực …”", "… ban hành Nghị quyết về …". Found from
#: each "Nghị quyết" (a literal the engine finds fast): the topic after it, the plenum and the
#: verb before it.
NQ_WORD_RE = _PROGRAMS.compile(r"(?:[Nn]ghị quyết|NGHỊ QUYẾT)(?!\w)")
_ADOPTING_VERB = r"(?i:ban hành|ra|thông qua)"
ADOPTING_VERB_RE = _PROGRAMS.compile(rf"(?<!\w){_ADOPTING_VERB}{_SP}\Z")
PLENUM_ADOPTED_RE = _PROGRAMS.compile(
    rf"(?:{_SP}chuyên đề)?{_OSP}[\"“]?{_OSP}(?i:về){_SP}(?P<topic>[^\n.;()]{{1,200}})"
)
PLENUM_BEFORE_VERB_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?i:Hội nghị|HN){_SP}{PLENUM_BODY}{_OSP},?{_OSP}(?:(?:đã|vừa|cũng){_SP}){{0,2}}"
    rf"{_ADOPTING_VERB}{_SP}\Z"
)

_ORD = rf"(?:{_ROMAN_WORD}|\d{{1,2}}(?!\w|[/.,-]\d))"
_TERM_YEARS = rf"(?:,{_OSP})?{_SP}nhiệm kỳ{_SP}\d{{4}}{_OSP}-{_OSP}\d{{4}}"
_DANG = "(?:của Đảng|của Đảng Cộng sản Việt Nam)"
CONGRESS_BODY = (
    # "ĐH" for "Đại hội" only before a Roman number and the Party ("Nghị quyết ĐH XII Đảng Cộng
    # sản VN"; "ĐH XII CĐVN" is the trade union's, "ĐH" alone a university)
    rf"(?:[Đđ]ại hội|ĐH(?={_SP}{_ROMAN_WORD}{_SP}(?:của{_SP})?Đảng(?!{_SP}(?i:bộ))(?!\w))){_SP}(?:"
    rf"(?P<nat>(?:(?i:đại biểu){_SP})?(?:Đảng{_SP})?(?i:toàn quốc){_SP}"
    rf"(?:lần thứ{_SP})?(?P<cn1>{_ORD})"
    rf"|(?:lần thứ{_SP})?(?P<cn2>{_ROMAN_WORD})(?={_SP}{_DANG})"
    rf"|(?P<cn3>{_ROMAN_WORD})(?!{_SP}(?i:đảng bộ|đại hội))"
    # also "Đại hội Đảng lần thứ XII"
    rf"|(?:Đảng{_SP})?(?:lần thứ{_SP})(?P<cn4>{_ORD})"
    # the national congress named by the Party's term: "Nghị quyết Đại hội Đảng khóa XII"
    rf"|Đảng{_SP}(?i:kh(?:óa|oá)){_SP}(?P<cn6>{_ROMAN_WORD})"
    # and by its Roman number right after "Đảng": "Nghị quyết Đại hội Đảng XII" ("Đảng bộ" is a
    # local congress, read below)
    rf"|Đảng{_SP}(?P<cn7>{_ROMAN_WORD}))(?:{_SP}{_DANG})?"
    rf"|(?P<loc>(?:(?i:đại biểu){_SP})?[Đđ]ảng bộ"
    rf"(?P<cname>(?:{_SP}[^\s,.;:()“”\"]{{1,20}}){{0,8}}?)"
    rf"(?:{_SP}lần thứ{_SP}(?P<cn5>{_ORD})(?:{_TERM_YEARS})?|{_TERM_YEARS})))"
)
CONGRESS_RE = _PROGRAMS.compile(rf"(?<!\w){_NQ}{_SP}(?:của{_SP})?{CONGRESS_BODY}")
CONGRESS_NEXT_RE = _PROGRAMS.compile(
    rf"{_OSP}(?:,|và|,{_OSP}và){_OSP}(?:{_NQ}{_SP})?{CONGRESS_BODY}"
)

#: A bare number (not a date, a fraction, a range or part of a code), and the type noun that
#: must stand right before it: "Quy định số 98", "Chỉ thị 05", "Nghị quyết 12a".
NUMBER_RE = _PROGRAMS.compile(
    r"(?=\d)(?<![\w/.,-])(?P<num>\d{1,5}(?:[a-zA-Z](?![\w]))?)"
    r"(?![\w%]|[ \t]?[-/.,:][ \t]?\d|[ \t]{0,2}[-/][ \t]{0,2}[A-ZĐ])"
)
NOUN_BEFORE_NUMBER_RE = _PROGRAMS.compile(rf"(?<!\w){NOUN}{_GUIDING}{_SP}(?:{SO}{_OSP})?\Z")
#: A capitalised type noun, what the document does in a few lower-case words, then "số" and the
#: number: "Quyết định giải quyết khiếu nại số 333", "Quyết định thu hồi đất số 2594" (words
#: that open a clause or name a body, "của", "tại", "này" …, end the description; "Luật sư số
#: 6" is a lawyer).
_DESC_STOP = (
    "của|tại|theo|về|và|hoặc|số|ngày|năm|tháng|này|đó|trên|có|đã|được|là|thì|mà|để|cho|với|"
    "trong|do|bị(?! can| cáo)|các|những|nói|nêu|kèm|ban|ký|cũng|vẫn|chưa|không|sẽ|đang|sư"
)
DESCRIBED_NOUN_BEFORE_NUMBER_RE = _PROGRAMS.compile(
    rf"(?<![\w.])(?=[{UPPER}]){NOUN}"
    rf"(?P<desc>(?:{_SP}(?!(?:{_DESC_STOP})(?!\w)){_LOW}+){{1,6}}){_SP}{SO}{_OSP}\Z"
)
#: The same with the noun in lower case: "theo quyết định thanh tra số 106." (``extract`` takes
#: it only when the clause ends right after the number: "quyết định" may be the verb).
LOWER_DESCRIBED_NOUN_BEFORE_NUMBER_RE = _PROGRAMS.compile(
    rf"(?<![\w.])(?=[{LOWER}]){NOUN}"
    rf"(?P<desc>(?:{_SP}(?!(?:{_DESC_STOP})(?!\w)){_LOW}+){{1,3}}){_SP}{SO}{_OSP}\Z"
)
#: The same before a code, where the noun may be lower case (the code is evidence enough):
#: "Thanh tra Sở Xây dựng đã ra quyết định xử phạt vi phạm hành chính số 126/QĐ-XPVPHC",
#: "UBND phường đã ban hành Quyết định đình chỉ thi công số 139/QĐ-UBND".
#: A police telegram ("Điện số 499/ĐK về …, Điện số 15/ĐK của Bộ Công an"): "Điện" as a noun
#: only capitalised, right before "số" and a code (read in ``extract`` as a Công điện).
TELEGRAM_BEFORE_CODE_RE = _PROGRAMS.compile(
    rf"(?<![\w.])(?P<noun>Điện){_SP}(?P<so>(?i:số)){_OSP}:?{_OSP}\Z"
)
#: The code of a police department ("C46", "PC45"), or the letters of an investigation agency
#: ("CSĐT", "CQĐT": "Quyết định Khởi tố vụ án số 41/CSĐT (PC 03)"): a short code ("Quyết định
#: số 51/C46 (P12)") is read after a decision's noun too.
POLICE_UNIT_RE = _PROGRAMS.compile(r"P?C\d{2}|CSĐT|CQĐT")
#: The Council of Ministers ("Hội đồng Bộ trưởng", 1981-1992), whose chairman's decisions were
#: coded "N/CT" ("quyết định số 140/CT của Chủ Tịch Hội Đồng Bộ Trưởng"): a decision's short code
#: "CT" is read only with this body in the same sentence (elsewhere "CT" is a Party directive's
#: type or a company).
COUNCIL_OF_MINISTERS_RE = _PROGRAMS.compile(r"(?i:hội[ \t]đồng[ \t]bộ[ \t]trưởng)")
#: The National Assembly or its Standing Committee with the number of its term ("QH13",
#: "UBTVQH14"): a short code of theirs ("Nghị quyết số 88/QH13", the year left out) is read after
#: a resolution's or a law's noun too.
ASSEMBLY_UNIT_RE = _PROGRAMS.compile(r"(?:UBTV)?QH\d{1,2}")
#: The nouns such a code is read after.
ASSEMBLY_NOUNS = frozenset({"Nghị quyết", "Luật"})
#: The same before a code; a decision not to prosecute is described too ("quyết định không
#: khởi tố vụ án hình sự số 120/QĐ-CSĐT-HS": "không" only before "khởi tố").
DESCRIBED_NOUN_BEFORE_CODE_RE = _PROGRAMS.compile(
    rf"(?<![\w.]){NOUN}(?P<desc>(?:{_SP}không(?={_SP}khởi{_SP}tố(?!\w)))?"
    # "khởi tố" printed in title case, as the decision's name ("Quyết định Khởi tố vụ án số
    # 41/CSĐT"), the rest of the description in lower case
    rf"(?:{_SP}Khởi{_SP}tố(?={_SP}{_LOW}))?"
    # a supplementary prosecution's "khởi tố bổ sung" before the rest of the description
    # ("quyết định khởi tố bổ sung vụ án hình sự số 17/C46-P11": eight words)
    rf"(?:{_SP}khởi{_SP}tố{_SP}bổ{_SP}sung(?!\w))?"
    # "số" may open a bracket after the description ("quyết định khởi tố bị can (số 07/PC45
    # ngày 4-11-2017)"), as it may after the noun alone (``NOUN_BEFORE_RE``)
    rf"(?:{_SP}(?!(?:{_DESC_STOP})(?!\w)){_LOW}+){{1,6}})(?:{_SP}|{_SP}\({_OSP}){SO}{_OSP}\Z"
)


def noun_of(m: re.Match) -> str:
    """Canonical type noun of a match with a ``noun`` group: the noun printed, or "Hướng dẫn"
    when a generic noun is followed by it ("văn bản hướng dẫn số 12")."""
    noun = NOUN_BY_SPELLING[m.group("noun").lower()]
    return noun or ("Hướng dẫn" if m.groupdict().get("guide") else noun)


def system_of_issuer(issuer: str) -> System:
    """Party when the issuer code names a Party body (TW, TU, ĐUK, BTCTW, …), else State."""
    first = issuer.split("-", 1)[0]
    if first in STATE_ISSUERS or re.fullmatch(r"(?:UBTV)?QH\d*", first):
        return System.STATE
    if first in PARTY_ISSUERS or first.endswith(PARTY_ISSUER_SUFFIXES):
        return System.PARTY
    return System.STATE


def type_from_code(code: str, system: System | str) -> str | None:
    """Type noun for a type code in a system ("CT", party → "Chỉ thị"); None if unknown.

    "QĐ" gives "Quyết định": the code cannot tell it from "Quy định", so callers that have the
    noun from the text should prefer it.
    """
    table = PARTY_TYPE_CODES if System(system) is System.PARTY else STATE_TYPE_CODES
    if code in table:
        return table[code]
    upper = {k.upper(): v for k, v in table.items()}
    if code.upper() in upper:
        return upper[code.upper()]
    for prefix, noun in LAW_ISSUER_TYPES.items():
        if re.fullmatch(rf"{prefix}\d{{1,2}}", code):
            return noun
    return None


def noun_fits_code(noun: str, code: str) -> bool:
    """True when a type noun is consistent with a type code ("Quy định" fits "QĐ")."""
    return code in TYPE_NOUNS.get(noun, ())


# Issuers implied by a code, and issuers that fix the shape of a number-only reference ---------

#: Issuer code part → the one body it names (k). Codes naming a level, not a body ("TW": Ban
#: Chấp hành, Bộ Chính trị or Ban Bí thư; "TU", "UBND", "HĐND": which province?) are absent.
PARTY_IMPLIED_ISSUERS = MappingProxyType(
    {
        "HNTW": "Ban Chấp hành Trung ương",
        "VPTW": "Văn phòng Trung ương Đảng",
        "BTCTW": "Ban Tổ chức Trung ương",
        "UBKTTW": "Ủy ban Kiểm tra Trung ương",
        "BTGTW": "Ban Tuyên giáo Trung ương",
        "BDVTW": "Ban Dân vận Trung ương",
        "BKTTW": "Ban Kinh tế Trung ương",
        "BNCTW": "Ban Nội chính Trung ương",
        "BĐNTW": "Ban Đối ngoại Trung ương",
        "QUTW": "Quân ủy Trung ương",
    }
)
STATE_IMPLIED_ISSUERS = MappingProxyType(
    {
        "CP": "Chính phủ",
        "TTg": "Thủ tướng Chính phủ",
        "VPCP": "Văn phòng Chính phủ",
        "UBTVQH": "Ủy ban Thường vụ Quốc hội",
        "QH": "Quốc hội",
        "CTN": "Chủ tịch nước",
        "HĐBT": "Hội đồng Bộ trưởng",
        "NHNN": "Ngân hàng Nhà nước Việt Nam",
        "KTNN": "Kiểm toán Nhà nước",
        "TTCP": "Thanh tra Chính phủ",
        "TANDTC": "Tòa án nhân dân tối cao",
        "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
        "BTC": "Bộ Tài chính",
        "BNV": "Bộ Nội vụ",
        "BYT": "Bộ Y tế",
        "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
        "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
        "BNNMT": "Bộ Nông nghiệp và Môi trường",
        "BGDĐT": "Bộ Giáo dục và Đào tạo",
        "BTTTT": "Bộ Thông tin và Truyền thông",
        "BCA": "Bộ Công an",
        "BQP": "Bộ Quốc phòng",
        "BTP": "Bộ Tư pháp",
        "BCT": "Bộ Công Thương",
        "BXD": "Bộ Xây dựng",
        "BGTVT": "Bộ Giao thông vận tải",
        "BKHĐT": "Bộ Kế hoạch và Đầu tư",
        "BKHCN": "Bộ Khoa học và Công nghệ",
        "BTNMT": "Bộ Tài nguyên và Môi trường",
        "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
        "BNG": "Bộ Ngoại giao",
        "BCN": "Bộ Công nghiệp",
        "BTM": "Bộ Thương mại",
        "UBDT": "Ủy ban Dân tộc",
    }
)

#: Bodies whose printed name fixes a number-only reference's code: the central Party bodies
#: share the issuer code TW ("Chỉ thị 35 của Bộ Chính trị" → 35-CT/TW); the Government's
#: resolutions are N/NQ-CP. "Ban Chấp hành" alone may be a local committee: TW is required.
CENTRAL_PARTY_BODY_RE = _PROGRAMS.compile(
    r"(?i:(?:bộ chính trị|ban bí thư)(?: (?:trung ương|tw|tư))?"
    r"|(?:ban chấp hành|bch) ?(?:trung ương|tw|tư)|trung ương)"
    r"(?i: đảng(?: cộng sản việt nam)?)?"
)
#: The Government, also named with its country ("Chính phủ Việt Nam đã có Nghị quyết 120 …");
#: another country's government ("Chính phủ Nhật Bản") is not it.
GOVERNMENT_BODY_RE = _PROGRAMS.compile(
    r"(?i:chính phủ)(?:[ \t]+(?:nước[ \t]+)?(?:(?i:cộng hòa|cộng hoà) xã hội chủ nghĩa[ \t]+"
    r"|CHXHCN[ \t]+)?Việt Nam)?"
)
#: A body of a province, district or commune ("UBND tỉnh Thanh Hóa", "Chủ tịch UBND huyện", "Sở
#: Tài chính", "tỉnh Lào Cai"): it cannot have decided by a national body's document.
LOCAL_BODY_RE = _PROGRAMS.compile(
    rf"(?:Phó{_SP})?(?:(?i:chủ tịch|giám đốc){_SP})?"
    rf"(?:[UƯ]BND|HĐND|{_CUY} ban [Nn]hân [Dd]ân|(?i:hội đồng nhân dân)|Sở|Thanh tra Sở"
    rf"|Thanh tra tỉnh|(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))(?!\w)"
)
#: A decree cited by its number and year without the rest of its code: "Nghị định 34/2011 về xử
#: lý kỷ luật …", "Nghị định số 67/2014" (only the Government issues decrees, so the code is
#: N/YYYY/NĐ-CP); never a full code ("34/2011/NĐ-CP" is read as coded), nor a date's day/month.
DECREE_BEFORE_YEAR_RE = _PROGRAMS.compile(
    rf"(?<!\w)(?P<noun>[Nn]ghị định)(?:{_SP}(?P<so>(?i:số)))?{_OSP}:?{_SP}"
    rf"(?<![\w/.,-])(?P<num>\d{{1,3}})\Z"
)
#: Any other type noun with a number and a year: "Quyết định số 4168/2006 của UBND thành phố",
#: "Nghị quyết 52/2017 của Quốc hội". A number-only reference left open: the year does not fix
#: the rest of the code (a decision's code may have none, a resolution's body is not the
#: noun's). Without "số", a number of 12 or less could be a month ("… 10/2020"): not read.
#: Found by "/year" first (a literal "/": far faster than trying a noun at every position), then
#: the number right before it and the noun before that.
#: The Council of Judges of the Supreme People's Court as printed after a resolution's number:
#: "Hội đồng thẩm phán TAND Tối cao", "Hội đồng Thẩm phán Tòa án nhân dân tối cao" (the name
#: alone too; no other council of judges issues resolutions).
JUDGES_COUNCIL_RE = _PROGRAMS.compile(r"Hội đồng [Tt]hẩm phán(?!\w)")
SLASH_YEAR_RE = _PROGRAMS.compile(
    r"/(?P<year>(?:19|20)\d\d)(?![\w/-]|\.\d|[ \t]{0,2}/[ \t]{0,2}\w)"
)
#: A decree's year written out after its number: "Nghị định số 06 năm 2021 của Chính phủ" is
#: 06/2021/NĐ-CP as "Nghị định 06/2021" is (never a range of years: "… 5 năm 2021-2025").
WORD_YEAR_RE = _PROGRAMS.compile(
    r"(?<=\d)[ \t]{1,2}năm[ \t]{1,2}(?P<year>(?:19|20)\d\d)(?![\w/]|[ \t]?[-–][ \t]?\d)"
)
#: The same with "ban hành" before the year: "dựa trên nghị định 141 ban hành năm 2013" is
#: 141/2013/NĐ-CP (read for decrees only: the Government's decree of that year by that number).
ISSUED_YEAR_RE = _PROGRAMS.compile(
    r"(?<=\d)[ \t]{1,2}(?:được[ \t]{1,2})?ban hành[ \t]{1,2}(?:vào[ \t]{1,2})?"
    r"(?i:năm)[ \t]{1,2}"
    r"(?P<year>(?:19|20)\d\d)(?![\w/]|\.\d|[ \t]?[-–][ \t]?\d)"
)
NOUN_NUMBER_BEFORE_YEAR_RE = _PROGRAMS.compile(
    rf"(?<!\w){NOUN}(?:{_SP}(?P<so>(?i:số)))?{_OSP}:?{_SP}(?<![\w/.,-])(?P<num>\d{{1,5}})\Z"
)
_PROGRAMS.save()
del _PROGRAMS

#: Party type codes for a noun in a number-only reference to a central body (the code QĐ is
#: used by the Politburo and the Secretariat for both Quyết định and Quy định; Central
#: Committee regulations are QĐi, so "Quy định N của Ban Chấp hành Trung ương" stays open).
CENTRAL_NOUN_CODES = MappingProxyType(
    {
        "Nghị quyết": "NQ",
        "Chỉ thị": "CT",
        "Kết luận": "KL",
        "Quyết định": "QĐ",
        "Quy định": "QĐ",
        "Thông tri": "TT",
        "Quy chế": "QC",
        "Thông báo": "TB",
    }
)


def central_party_body(issuer: str) -> str | None:
    """Which central body an issuer phrase names: "BCT" (Politburo, Secretariat), "BCH", None."""
    text = " ".join(issuer.split())
    if not text or CENTRAL_PARTY_BODY_RE.fullmatch(text) is None:
        return None
    low = text.lower()
    if low.startswith(("bộ chính trị", "ban bí thư")):
        return "BCT"
    return "BCH"


def implied_issuer(issuer_code: str, system: System | str) -> str | None:
    """The body an id's issuer code names ("BTC" → "Bộ Tài chính"), else None."""
    parts = issuer_code.split("-")
    if System(system) is System.PARTY:
        return PARTY_IMPLIED_ISSUERS.get(parts[0])
    head = re.sub(r"\d+$", "", parts[0])  # QH13, UBTVQH14
    names = [STATE_IMPLIED_ISSUERS[p] for p in (head, *parts[1:]) if p in STATE_IMPLIED_ISSUERS]
    if not names or head not in STATE_IMPLIED_ISSUERS:
        return None
    return ", ".join(dict.fromkeys(names))
