"""Find the documents a text cites: coded ids, back-references and uncoded references.

Pipeline (each step linear in the text):

1. NFC-normalise; build the search view (``canonical.search_view``), same offsets.
2. Coded ids anywhere (``grammar.ANY_ID_RE``); for each, the type noun right before it
   ("Quy định số 98-QĐ/TW"), the date / issuer / term stated right after it, else the issuer
   and date stated before it ("ngày 4-7-2011 Đảng ủy Khối đã ban hành Nghị quyết số …").
3. Coordination: "Chỉ thị 29-CT/TU và 43-CT/TU của Ban Thường vụ Thành ủy" gives the second id
   the noun of the first, and the first the issuer of the second.
4. Mentions of one id are merged into one Citation, unless the text states two different terms
   or dates for it (then one Citation per document, each with its own key).
5. Number-only mentions ("Quy định số 98"): a back-reference (a mention of the coded document
   with the same noun and number) or an uncoded reference; plenum and congress resolutions.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, replace
from functools import cache, partial

from . import grammar, plenums
from .canonical import (
    ParsedId,
    canonical_id,
    document_key,
    nfc,
    parse_id,
    parsed_from_match,
    search_view,
    slug_ascii,
    term_for_date,
)
from .gates import EndGated
from .models import Citation, Extraction, Mention, Reference, ReferenceKind, System

_ROMAN_VALUES = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))
_TRIM = " \t\r\n,;:("


def _to_roman(n: int) -> str:
    out = []
    for sym, val in _ROMAN_VALUES:
        while n >= val:
            out.append(sym)
            n -= val
    return "".join(out)


def _term(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw.isdigit():
        value = int(raw)
        return _to_roman(value) if 0 < value < 40 else None
    return raw.upper()


def _stated_date(m: re.Match) -> str | None:
    """``_date(m)`` when the match of a subject pattern holds a date (a full date or a
    separated one, a month's or a year's), else None."""
    dated = m.group("sep") or m.group("y2") or m.group("y3") or m.group("by")
    return _date(m) if dated else None


def _date(m: re.Match) -> str | None:
    """ISO date from a match of ``grammar.DATE`` (full date, month or year); None if invalid."""
    gd = m.groupdict()
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if gd.get(y):
            if gd.get(mo) is None and gd.get("m2w"):
                month_word = " ".join(gd["m2w"].lower().split())
                gd[mo] = str(grammar.MONTH_WORDS[month_word])
            day, month, year = int(gd[d]), int(gd[mo]), int(gd[y])
            if 1 <= day <= 31 and 1 <= month <= 12 and 1945 <= year <= 2099:
                return f"{year:04d}-{month:02d}-{day:02d}"
            return None
    if gd.get("y3"):
        month, year = int(gd["m3"]), int(gd["y3"])
        if 1 <= month <= 12 and 1945 <= year <= 2099:
            return f"{year:04d}-{month:02d}"
    if gd.get("y4"):
        return gd["y4"]
    if gd.get("by"):
        return gd["by"]
    return None


def _typo_date(m: re.Match) -> str | None:
    """ISO date of a ``grammar.TYPO_DATE_AFTER_RE`` match ("02/0l/1991" → 1991-01-02)."""
    digits = str.maketrans("lIO", "110")
    day, month = int(m.group("d").translate(digits)), int(m.group("m").translate(digits))
    if 1 <= day <= 31 and 1 <= month <= 12:
        return f"{int(m.group('y')):04d}-{month:02d}-{day:02d}"
    return None


def _clean_body(body: str) -> str:
    body = re.sub(r"\s+", " ", body).strip(" ,")
    if m := grammar.PLACE_THEN_LOWER_RE.search(body):  # "… tỉnh Bình Dương tiếp tục"
        body = body[: m.end()]
    return body


def _mention(text: str, start: int, end: int) -> Mention:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + ")":
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    return Mention(text[start:end], start, end)


#: The gap between two items of one noun's list of codes: a comma, "và" or both ("số A và B",
#: "số A, B"), also after the first item's day in brackets ("công văn số 3988-CV/TU (ngày
#: 12/4/2018) và 3546/UBND-VP"; a day without brackets keeps the second code unread).
_LIST_NEXT_GAP_RE = re.compile(
    r"(?:[ \t]+\(ngày[ \t]+\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d\))?"
    r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)"
)


@dataclass(frozen=True, slots=True)
class _Hit:
    """One coded mention before merging."""

    parsed: ParsedId
    id: str  # canonical id (may be replaced by a noun-consistent sibling)
    printed: str  # canonical form of the code as printed
    start: int  # mention start (type noun, or the id itself)
    id_start: int
    end: int  # end of the id
    tail_end: int  # end of the date / issuer / term stated after it
    noun: str | None  # canonical noun stated right before ("" = generic "văn bản")
    inherited: bool
    issuer: str | None
    date: str | None
    term: str | None
    lead: str | None = None  # "verb"/"proposer"/"list:<noun>": the issuer stated before it
    spaced: bool = False  # a 1990s ministry code printed with a space ("43 TC/QLCS")
    lead_date: bool = False  # its date opens the clause of its subject ("Ngày …, X đã ra …")

    @property
    def type(self) -> str:
        if self.noun:
            return self.noun
        code = self.parsed.type_code
        if code is None:
            issuer = self.parsed.issuer
            for prefix, noun in grammar.LAW_ISSUER_TYPES.items():
                if re.fullmatch(rf"{prefix}\d{{1,2}}", issuer):
                    return noun
            if issuer.startswith("HĐ") and "/" in issuer:
                return grammar.STATE_TYPE_CODES["HĐ"]  # a contract's code: "271/HĐKT/2017"
            return "Công văn" if "-" in issuer else "Văn bản"
        return grammar.type_from_code(code, self.parsed.system) or "Văn bản"


#: "của Bộ" (of the Ministry) alone right after a code and its date, then an auxiliary opening
#: the clause's verb: the ministry the code's letters name ("công văn số 942/BGDĐT-QLCL ngày
#: 11-2-2019 của Bộ đã hướng dẫn rõ", the ministry named before it), kept as printed
#: (``_the_ministry_after``); never before a comma ("của Bộ, ngành": ministries and branches).
_OF_THE_MINISTRY_RE = re.compile(
    r"[ \t,]{1,3}của[ \t]{1,2}Bộ(?=[ \t]{1,2}(?:đã|vừa|mới|cũng|sẽ|đang)(?!\w))"
)


def _the_ministry_after(view: str, pos: int, parsed) -> bool:
    """True when "của Bộ" follows at ``pos`` (``_OF_THE_MINISTRY_RE``) and the code's first
    issuer letters are a ministry's ("BGDĐT" of "942/BGDĐT-QLCL", "BTC" of "…/TT-BTC"): "Bộ"
    can then mean only that ministry."""
    if not parsed.issuer or not _OF_THE_MINISTRY_RE.match(view, pos):
        return False
    return parsed.issuer.split("-", 1)[0] in _MINISTRY_CODES.values()


def _council_term_printed(view: str, pos: int, term: int) -> bool:
    """True when the rest of the sentence from ``pos`` (to its line's end, 240 characters at
    most) prints a term ("khoá XVIII", "khóa 18") whose number is ``term``."""
    end = view.find("\n", pos)
    end = min(pos + 240, len(view) if end < 0 else end)
    for m in _COUNCIL_TERM_RE.finditer(view, pos, end):
        raw = m.group("term")
        if (int(raw) if raw.isdigit() else _roman_value(raw)) == term:
            return True
    return False


def _tail(view: str, pos: int) -> tuple[int, str | None, str | None, str | None]:
    """Date, issuer and term stated right after an id, in any order; returns the end too."""
    date = issuer = term = None
    if view.endswith(("UBND", "HĐND"), 0, pos) and (
        m := grammar.UNIT_PLACE_AFTER_RE.match(view, pos)
    ):
        pos = m.end()  # "… số 08/2017/QĐ-UBND tỉnh Long An ngày … của …": the code's place
    for _ in range(5):
        if date is None and (m := grammar.DATE_AFTER_RE.match(view, pos)):
            if _opens_next_clause(view, pos, m):
                break  # "Nghị định 42/NĐ-CP, ngày 13 tháng 4 năm 2017, Cục … đã có …"
            date = _date(m)
            if date is not None:
                pos = m.end()
                continue
        if issuer is None and (
            (m := grammar.ISSUER_AFTER_RE.match(view, pos))
            or (m := grammar.ISSUER_PASSIVE_RE.match(view, pos))
            or (m := grammar.ISSUER_RELATIVE_RE.match(view, pos))
        ):
            if (
                m.re is grammar.ISSUER_AFTER_RE
                and (
                    grammar.CLAUSE_VERB_RE.match(view, m.end())
                    or (
                        (
                            grammar.CLAUSE_LOW_RE.match(view, m.end())
                            # after a named office holder, any lower-case word is a verb
                            or (
                                grammar.LOW_WORD_RE.match(view, m.end())
                                and grammar.NAMED_HOLDER_RE.fullmatch(
                                    m.group("body").rpartition(",")[2].strip()
                                )
                            )
                        )
                        and (one := grammar.ISSUER_AFTER_ONE_RE.match(view, pos)) is not None
                        and "," in view[one.end() : m.end()]
                    )
                )
            ):
                m = grammar.ISSUER_AFTER_ONE_RE.match(view, pos) or m
            issuer = _clean_body(m.group("body"))
            pos = m.end()
            if issuer.casefold() in _COMMITTEE_HEADS and (
                cm := _CENTRAL_AFTER_HEAD_RE.match(view, pos)
            ):
                # "… của Ban Chấp hành trung ương về …": "trung ương" in lower case, which the
                # name words (capitalised) leave out, is the committee's; never before another
                # name ("Ban Chấp hành trung ương Hội Nông dân …" stays as it was read)
                issuer = f"{issuer} {' '.join(cm.group(0).split())}"
                pos = cm.end()
            if _PLENUM_WITHOUT_NUMBER_RE.fullmatch(issuer) and (
                km := _TERM_AFTER_PLENUM_RE.match(view, pos)
            ):
                # "… của Hội nghị Trung ương Khoá XII": a plenum named without its number is
                # named by its term, which is part of the name (the term is read next as the
                # document's too, so the position stays)
                issuer = f"{issuer} {' '.join(km.group(0).split())}"
            if pm := grammar.PARENT_IN_BRACKETS_RE.match(view, pos):
                pos = pm.end()  # "của Tổng cục An ninh (bộ Công an) ngày …": the parent
            continue
        if issuer is None and (m := grammar.LONE_KIND_AFTER_RE.match(view, pos)):
            issuer = m.group("body")  # "… ngày 05/12/2014 của Bộ.": as printed
            pos = m.end()
            continue
        if issuer is None and (m := grammar.JOINT_AFTER_RE.match(view, pos)):
            issuer = _clean_body(m.group("jbody"))
            pos = m.end()
            continue
        if term is None and (m := grammar.TERM_AFTER_RE.match(view, pos)):
            pos = m.end()
            if grammar.SESSION_AFTER_RE.match(view, pos) is None:
                term = _term(m.group("term"))
                continue
            term = ""  # the council's term ("khoá VII, kỳ họp thứ 8"): read, not kept
            continue
        if date is None and (m := grammar.TYPO_DATE_AFTER_RE.match(view, pos)):
            date = _typo_date(m)
            if date is not None:
                pos = m.end()
                continue
        if date is None and (m := grammar.MISTYPED_DAY_DATE_RE.match(view, pos)):
            date = _date(m)
            if date is not None:
                pos = m.end()
                continue
        if date is None and (m := grammar.YEAR_AFTER_RE.match(view, pos)):
            date = m.group("y4")
            pos = m.end()
            continue
        if issuer is None and (m := grammar.DAY_MONTH_THEN_ISSUER_RE.match(view, pos)):
            pos = m.end()  # "…, ngày 23/4 của X": no date, the issuer follows
            continue
        if date is None and issuer is None and (m := _BRACKET_YEAR_AFTER_RE.match(view, pos)):
            # "kết luận 61 (năm 2016) của chủ tịch UBND tỉnh …": the year in brackets is its date,
            # the issuer follows
            date = m.group("y4")
            pos = m.end()
            continue
        break
    return pos, issuer, date, term or None


def _opens_next_clause(view: str, pos: int, m: re.Match[str]) -> bool:
    """A date after a comma that opens the next clause, a comma, its own subject and verb after
    it ("Căn cứ Nghị định 42/NĐ-CP, ngày 13 tháng 4 năm 2017, Cục Quản lý cạnh tranh đã có
    thông báo số …"): that clause's date, not the code's before it (the written rule of fresh5:
    a date adverbial opening the next clause belongs to that clause)."""
    printed = view[pos : m.end()]
    if not printed.lstrip(" \t").startswith(",") or ")" in printed:
        return False  # "(số 374-TTr/BTCTW, ngày 20-6-2019), Bộ Chính trị …": the code's own
    sm = grammar.SUBJECT_AFTER_AT_RE.match(view, m.end())
    return sm is not None and view[m.end() : sm.end()].lstrip(" \t").startswith(",")


#: A year alone in brackets right after a number or a code ("(năm 2016)", "(2016)"), then "của"
#: or "do" and the issuer (``_tail``); never a range, a day or a count in the brackets.
_BRACKET_YEAR_AFTER_RE = re.compile(
    r"[ \t]*\([ \t]*(?:năm[ \t]{1,2})?(?P<y4>(?:19|20)\d\d)[ \t]*\)(?=[ \t]+(?:của|do)[ \t])"
)


#: Bodies that decide on a submission, read after a comma as the subject of the next clause.
_DECIDERS = ("Bộ Chính trị", "Ban Bí thư", "Hội nghị")
#: "của" or "do" as a word: the text after a submission names its own author.
_OF_OR_BY_RE = re.compile(r"(?<!\w)(?:của|do)(?!\w)")


def _decider_after_submission(view: str, id_end: int, tail_end: int, parsed, noun) -> bool:
    """True when the issuer ``_tail`` read after a submission (a "TTr" code or the noun "Tờ
    trình") is the Politburo, the Secretariat or a plenum named after a comma without "của" or
    "do": the body that decides after the submission, not the body that submits it."""
    if parsed.type_code != "TTr" and noun != "Tờ trình":
        return False
    span = view[id_end:tail_end]
    if _OF_OR_BY_RE.search(span):
        return False
    cut = span.rfind(",")
    return cut >= 0 and span[cut + 1 :].lstrip().startswith(_DECIDERS)


#: Committee heads that "trung ương" in lower case may follow (``_tail``).
_COMMITTEE_HEADS = frozenset({"ban chấp hành", "bch"})
#: "trung ương" in lower case after a committee head, with "Đảng" if printed, when no
#: capitalised name follows it ("của Ban Chấp hành trung ương về …").
_CENTRAL_AFTER_HEAD_RE = re.compile(
    r"[ \t]{1,2}trung ương(?:[ \t]{1,2}Đảng)?(?!\w)(?![ \t]{1,2}[A-ZĐ])"
)

#: A plenum named as the issuer without its number ("của Hội nghị Trung ương Khoá XII"), and
#: the term printed right after it (one or two spaces, no comma or bracket).
_PLENUM_WITHOUT_NUMBER_RE = re.compile(r"(?i:hội nghị)[ \t]{1,2}(?i:trung ương|tw)")
_TERM_AFTER_PLENUM_RE = re.compile(r"[ \t]{1,2}(?i:kh(?:óa|oá))[ \t]{1,2}[IVXL]{1,5}(?!\w)")

#: The same before the verb of a clause: the committee head opening the clause (or after a
#: comma, a date or "của"), then "trung ương", with "Đảng" if printed, right before the verb.
_CENTRAL_HEAD_BEFORE_RE = re.compile(
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[,;.:][ \t])|(?<=[ \t]\d{4}[ \t]))"
    r"(?P<body>(?:Ban [Cc]hấp hành|BCH)[ \t]{1,2}trung ương(?:[ \t]{1,2}Đảng)?)[ \t]{1,2}\Z"
)


def _far(view: str, pos: int, limit: int) -> tuple[str | None, str | None]:
    """Date (and issuer after it) stated after the title that follows an id, before ``limit``."""
    m = grammar.DATE_FAR_RE.match(view, pos, min(limit, len(view)))
    if m is None:
        return None, None
    date = _date(m)
    im = grammar.ISSUER_AFTER_RE.match(view, m.end()) if date else None
    return date, _clean_body(im.group("body")) if im else None


#: A document noun right before the noun of a citation, the same words printed twice (a typo:
#: "Quyết định Quyết định 86/2010/QĐ-TTg"); ``extract`` compares the two.
_DOUBLED_NOUN_RE = re.compile(
    r"(?<!\w)(?P<noun>(?i:quyết định|nghị định|nghị quyết|thông tư|chỉ thị|công văn|văn bản"
    r"|kết luận|thông báo|kế hoạch|báo cáo|tờ trình))[ \t]{1,3}\Z"
)
_DOUBLED_NOUN_RE = EndGated(
    _DOUBLED_NOUN_RE, r"(?i:định|quyết|tư|thị|văn|bản|luận|báo|hoạch|cáo|trình)[ \t]{1,3}\Z"
)


#: "thay mặt <body>, <signer> (đã) ký (ban hành)" right before a citation's noun: the body the
#: signer signs for ("thay mặt Bộ Chính trị, Tổng bí thư Nguyễn Phú Trọng đã ký ban hành chỉ thị
#: số 51"; the signer's name last, no "và" in it); ``_before`` keeps it only for a central
#: Party body or the Government.
_ON_BEHALF_SIGNS_RE = re.compile(
    rf"(?<!\w)(?i:thay mặt)[ \t]{{1,2}}(?P<body>[{grammar.UPPER}][^,;:.()\n\d]{{2,60}}?)[ \t]*,"
    rf"[ \t]{{1,2}}(?:(?!và[ \t])[^,;:.()\n]){{0,60}}?[{grammar.UPPER}]\w*[ \t]{{1,2}}"
    r"(?:đã[ \t]{1,2})?(?:ký|kí)(?:[ \t]{1,2}ban hành)?[ \t]{1,3}\Z"
)
_ON_BEHALF_SIGNS_RE = EndGated(_ON_BEHALF_SIGNS_RE, r"(?:ký|kí)(?:[ \t]{1,2}ban hành)?[ \t]{1,3}\Z")


#: A ministry as the subject opening a clause, its name in lower case after "Bộ", right before
#: the verb that issues the citation ("Bộ lao động thương binh xã hội vừa thông qua Thông tư số
#: …"); ``_coded_hits`` keeps it only when its words are the code's ministry's (``_name_words``).
_LOWER_MINISTRY_SUBJECT_RE = re.compile(
    r"(?:(?<![^\n])|(?<=[,.;:] ))(?P<body>Bộ(?:[ \t][a-zđà-ỹ]+){2,10}?)[ \t]{1,2}"
    r"(?:(?:vừa|đã|mới)[ \t]{1,2})?(?:ban hành|thông qua|ra|ký)[ \t]{1,2}\Z"
)
_LOWER_MINISTRY_SUBJECT_RE = EndGated(
    _LOWER_MINISTRY_SUBJECT_RE, r"(?:ban hành|thông qua|ra|ký)[ \t]{1,2}\Z"
)


def _name_words(name: str) -> list[str]:
    """The words of a body's name, case, dashes, commas and "và" left out ("Bộ Lao động -
    Thương binh và Xã hội" → bộ lao động thương binh xã hội)."""
    return [w for w in re.findall(r"\w+", _folded(name)) if w != "và"]


#: How far ``_before`` and what it calls look around a citation, at most (400 characters back,
#: a code 40 characters on), with a wide margin: the text it reads over a line break.
_CLAUSE_REACH = 2000

#: A line break right after "TP." with a capitalised name opening the next line (``_before``).
_CITY_BREAK_RE = re.compile(r"[ \t]T[Pp]\.\n(?=[A-ZĐÀ-Ỹ])")


def _before(view: str, start: int) -> tuple[str | None, str | None, str | None, str | None]:
    """Issuer, date, term stated before a citation in the same clause, and how: "verb" (the
    subject of "ban hành"), "proposer" ("đề nghị của X tại"), or None."""
    lo = max(0, start - 160)
    nl = view.rfind("\n", lo, start)
    if nl > 0 and _CITY_BREAK_RE.match(view, nl - 4):
        # "UBND TP." ending one line and "Hồ Chí Minh đã ban hành …" opening the next (the
        # corpus' sentence split after the abbreviation): one clause, read over the break.
        # Only the text around the citation is joined (never a copy of the whole text for
        # each such citation: a long file with many of them would take quadratic time)
        base = max(0, start - _CLAUSE_REACH)
        joined = f"{view[base:nl]} {view[nl + 1 : start + _CLAUSE_REACH]}"
        return _before(joined, start - base)
    lo = nl + 1 if nl >= 0 else lo
    if m := grammar.LIST_OPENING_RE.search(view, lo, start):
        noun = grammar.NOUN_BY_SPELLING[m.group("noun").lower()]
        return _clean_body(m.group("body")), None, None, f"list:{noun}"
    m = grammar.BEFORE_RE.search(view, lo, start)
    while (
        m is not None
        and m.group("aptitle")
        and not grammar.SIGNER_BODY_RE.fullmatch(m.group("body") or m.group("sbody") or "")
    ):
        # "Bộ trưởng Bộ Tài chính A, Phó trưởng Ban … đã ký": a second office only after an
        # office holder named with his title; else what follows the comma is read alone
        # ("thay mặt Uỷ ban Thường vụ Quốc hội, Chủ tịch Quốc hội A ký …")
        m = grammar.BEFORE_RE.search(view, m.start("aptitle") + 1, start)
    if m is not None and m.group("built"):
        nm = grammar.NOUN_AFTER_RE.match(view, start)
        built = grammar.NOUN_BY_SPELLING[nm.group("noun").lower()] if nm is not None else None
        if built not in grammar.BUILT_NOUNS:
            m = None  # "… đã xây dựng Quyết định …": only a plan or programme is built
    elif m is not None and m.group("sent"):
        nm = grammar.NOUN_AFTER_RE.match(view, start)
        sent = grammar.NOUN_BY_SPELLING[nm.group("noun").lower()] if nm is not None else None
        if sent not in grammar.SENT_NOUNS:
            m = None  # "UBND tỉnh gửi Quyết định số …": a letter is sent by its author
    elif m is not None and m.group("announced"):
        if not _announces_own(view, start, m.group("body") or m.group("sbody")):
            m = None  # "Sở Nội vụ công bố quyết định số …/QĐ-UBND": someone else's decision
    elif m is not None and m.group("elided") is not None:
        nm = grammar.NOUN_AFTER_RE.match(view, start)
        sent = grammar.NOUN_BY_SPELLING[nm.group("noun").lower()] if nm is not None else None
        if not (m.group("body") or m.group("sbody")) or sent not in grammar.SENT_NOUNS:
            m = None  # "X đã công văn số …" (the verb left out): only a subject's letter
    if (
        m is not None
        and m.group("signcomma")
        and not grammar.SIGNER_BODY_RE.fullmatch(m.group("body") or m.group("sbody") or "")
    ):
        m = None  # "X, ký quyết định …": only an office holder named with his title signs so
    if (
        m is not None
        and not (m.group("body") or m.group("sbody"))
        and (cm := _CENTRAL_HEAD_BEFORE_RE.search(view, max(lo, m.start() - 40), m.start()))
    ):
        # "Ban Chấp hành trung ương đã ban hành Quy định số …": "trung ương" in lower case, which
        # the name words leave out, ends the committee's name before the verb (as after a code)
        return " ".join(cm.group("body").split()), None, None, "verb"
    no_subject = m is None or not (m.group("body") or m.group("sbody"))
    if (
        no_subject
        and (om := _ON_BEHALF_SIGNS_RE.search(view, lo, start))
        and (
            grammar.central_party_body(om.group("body")) is not None
            or grammar.GOVERNMENT_BODY_RE.fullmatch(om.group("body"))
        )
    ):
        # "thay mặt Bộ Chính trị, Tổng bí thư A đã ký ban hành chỉ thị số 51 …": the body the
        # signer signs for issues it (a central Party body or the Government)
        return om.group("body"), None, None, "verb"
    if no_subject and (jm := grammar.JOINT_SUBJECT_RE.search(view, lo, start)):
        # "Tỉnh uỷ Quảng Nam và Thành uỷ Đà Nẵng đã cùng ký Kết luận …": a joint issuer
        return _clean_body(jm.group("body")), _stated_date(jm), None, "verb"
    if no_subject and (
        (im := grammar.ISSUED_THROUGH_RE.search(view, lo, start))
        or (
            (im := grammar.SIGNER_NAMED_RE.search(view, lo, start))
            and (im.group("person") is None or im.group("issued") is not None)
            and (im.group("co") is None) == (im.group("persons") is None)
        )
    ):
        # "Quy chế … do Thủ tướng Chính phủ ban hành theo Quyết định số …", "Bộ trưởng Nguyễn
        # Văn Thể tiếp tục ký Văn bản số …"
        return _clean_body(im.group("body")), None, None, "verb"
    if (
        m is None
        and view[lo:start].rstrip(" \t").endswith("(")
        and (bm := grammar.BODY_THEN_BRACKET_RE.search(view, lo, start))
    ):
        # "Thanh tra Thành phố (Kết luận số 301/BC-TTCP-P3 ngày …)": the body before the bracket
        return _clean_body(bm.group("body")), None, None, "bracket"
    if (
        m is None
        and view[lo:start].rstrip(" \t").endswith("(")
        and (sm := grammar.SUBJECT_LETTER_BRACKET_RE.search(view, lo, start))
        and (nm := grammar.NOUN_AFTER_RE.match(view, start))
        and grammar.NOUN_BY_SPELLING[nm.group("noun").lower()] in grammar.SENT_NOUNS
    ):
        # "UBND quận đã có báo cáo nhanh về vụ cháy … (văn bản số 312/BC-UBND …)": the
        # subject's letter, its code in brackets at the clause's end
        return _clean_body(sm.group("body")), None, None, "verb"
    if (
        m is None
        and view[lo:start].rstrip(" \t").endswith("(")
        and (
            hm := grammar.HEARD_REPORT_BRACKET_RE.search(
                view, view.rfind("\n", max(0, start - 240), start) + 1 or max(0, start - 240), start
            )
        )
        and (nm := grammar.NOUN_AFTER_RE.match(view, start))
        and grammar.NOUN_BY_SPELLING[nm.group("noun").lower()] in grammar.SENT_NOUNS
    ):
        # "Bộ Chính trị đã nghe Ban cán sự đảng Chính phủ báo cáo về … (Tờ trình số …)": the
        # body heard reporting, its submission in brackets at the clause's end (a long clause:
        # the window reaches further back than the subject's)
        return _clean_body(hm.group("body")), None, None, "verb"
    if (
        m is None
        and (pm := grammar.PROPOSAL_RE.search(view, max(lo, start - 300), start))
        and (vm := grammar.PROPOSING_SUBJECT_RE.search(view, max(lo, pm.start() - 160), start))
    ):
        # "NHNN cũng đề nghị Bộ Công an (văn bản số …)": the subject proposed in its letter
        return _clean_body(vm.group("vbody")), None, None, "proposer"
    if m is None:
        at = grammar.BEFORE_AT_RE.search(view, lo, start)
        if at is None:
            at = grammar.PROPOSER_NEXT_RE.search(view, lo, start)
            if at is None or not _in_proposals(view, max(0, lo - 240), at.start()):
                if dm := grammar.DECIDED_BY_RE.search(view, lo, start):
                    # "Dự án được UBND tỉnh phê duyệt lần đầu theo Quyết định số …"
                    decided = _clean_body(
                        dm.group("dbody") or dm.group("abody") or dm.group("pbody")
                    )
                    return decided, _stated_date(dm), None, "decided"
                return _enumerated(view, start)
        body = next(g for g in (at.groupdict().get(k) for k in ("pbody", "body", "sbody")) if g)
        return _clean_body(body), None, None, "proposer"
    body = m.group("body") or m.group("sbody")
    group = "body" if m.group("body") else "sbody"
    if body and grammar.BELONGS_TO_RE.search(view, max(lo, m.start(group) - 12), m.start(group)):
        # "VPĐKĐĐ trực thuộc Sở TN-MT tỉnh Thanh Hóa xây dựng Kế hoạch số …": the owner wrote
        # it ("X trực thuộc Y" as printed); without one, the body after "thuộc" is not the issuer
        om = grammar.OWNER_BEFORE_RE.search(view, lo, m.start(group))
        body = view[om.start() : m.end(group)] if om is not None else None
        return (
            _clean_body(body) if body else None,
            _stated_date(m),
            _term(m.group("term")),
            "verb" if body else None,
        )
    if not body and (cm := grammar.COORDINATED_SUBJECT_RE.search(view, lo, start)):
        # "X đã cử cán bộ … và có văn bản số …": a letter of the clause's subject
        nm = grammar.NOUN_AFTER_RE.match(view, start)
        noun = grammar.NOUN_BY_SPELLING[nm.group("noun").lower()] if nm else None
        if noun in grammar.SENT_NOUNS:
            return _clean_body(cm.group("body")), None, None, "verb"
    if (
        body
        and body.startswith("Hội ")
        and (cm := _COMMITTEE_OF_RE.search(view, lo, m.start(group)))
    ):
        # "Ban chấp hành Trung ương Hội Luật gia Việt Nam đã ban hành kế hoạch số …": the
        # association's committee, not the association (its name was read from "Hội" on); the
        # day's date right before the committee is the clause's, as before any subject ("…, ngày
        # 28/6/2018, Ban chấp hành Trung ương Hội … đã ban hành và triển khai kế hoạch số …")
        body = view[cm.start("committee") : m.end(group)]
        if cm.group("lead") and (lead := _date(cm)):
            return _clean_body(body), lead, _term(m.group("term")), "verb"
    if body and (sm := _SAID_IN_BODY_RE.search(body)):
        # "Thanh tra Bộ NN&PTNT nhấn mạnh Tổng Công ty ban hành Kế hoạch số …": a verb of saying
        # read into a name in sentence case; the subject of the issuing verb is the name after it
        body = body[sm.end() :] or None
    issuer = _clean_body(body) if body else None
    return issuer, _stated_date(m), _term(m.group("term")), "verb" if issuer else None


#: "(tại" opening a bracket right before a document's noun (``extract``).
_BRACKET_AT_RE = re.compile(r"\([ \t]?(?i:tại|trong)[ \t]{1,3}\Z")
#: A proposal, a direction or a consent "of" a body, whose letter it is (``extract``).
_PROPOSAL_OF_RE = re.compile(
    r"(?i:đề nghị|kiến nghị|đề xuất|ý kiến|sự đồng ý|chỉ đạo)(?:[ \t]+chỉ đạo)?[ \t]+của[ \t]"
)


#: A verb of saying inside a subject read before the issuing verb, a capitalised name after it
#: (``_before``): the body that says is not the body that issues.
_SAID_IN_BODY_RE = re.compile(
    r"[ \t](?:nhấn mạnh|cho rằng|khẳng định|nêu rõ|chỉ rõ|chỉ ra|lưu ý|cho biết|thông tin)"
    r"[ \t]+(?=[A-ZĐ])"
)


#: The committee of an association named before it, right before its "Hội" (``_before``).
_COMMITTEE_OF_RE = re.compile(
    rf"(?:(?<!\w)(?P<lead>(?i:ngày))[ \t]{{1,3}}{grammar.DATE},?[ \t]{{1,3}})?"
    r"(?<!\w)(?P<committee>(?i:Ban Chấp hành|Ban Thường vụ))(?:[ \t](?i:Trung ương))?[ \t]\Z"
)


def _announces_own(view: str, start: int, body: str | None) -> bool:
    """True when the ministry ``body`` announces a document whose code, right after its noun
    and "số", bears that ministry's letters ("Bộ Thông tin và Truyền thông đã công bố quyết
    định số 820/QĐ-BTTTT"): then it issued it."""
    if not body:
        return False
    im = grammar.ANY_ID_RE.search(view, start, start + 40)
    if im is None or not _NOUN_SO_ONLY.fullmatch(view, start, im.start()):
        return False
    parsed = parsed_from_match(im)
    return parsed is not None and _ministry_code(body, parsed.year or 0) == parsed.issuer


#: What may stand between an announced document's noun and its code: the noun and "số".
_NOUN_SO_ONLY = re.compile(rf"{grammar.NOUN}[ \t]{{1,3}}(?i:số)[ \t]{{0,2}}:?[ \t]{{0,2}}")


def _enumerated(view: str, start: int) -> tuple[str | None, str | None, str | None, str | None]:
    """The author of a list announced with "gồm:" before the first item, in the same line:
    "… do Bộ trưởng Bộ Y tế đã ban hành trước đây, gồm: Giải thưởng A theo Quyết định số …", or
    with "đó là" after a counted object: "Bộ Chính trị khóa IX đã ban hành hai Nghị quyết …, đó
    là Nghị quyết 42 … và Nghị quyết số 11 …" (the term printed with the body comes along)."""
    line = view.rfind("\n", 0, start) + 1
    lo = max(line, start - 400)
    colons = list(grammar.ENUM_COLON_RE.finditer(view, lo, start))
    if not colons:
        return None, None, None, None
    between = view[colons[-1].end() : start]
    if mark := grammar.ENUM_ITEM_MARK_RE.search(between):  # "gồm: 1.Quyết định số …"
        between = between[: mark.start()]
    if re.search(r"[;.:\n]", between):
        return None, None, None, None
    g = colons[-1].start()
    m = grammar.ENUM_SUBJECT_RE.search(view, max(line, g - 240), g)
    if m is None:
        return _enumerated_back(view, g)
    return _clean_body(m.group("body")), None, _term(m.group("term")), "enum"


def _enumerated_back(view: str, g: int) -> tuple[str | None, str | None, str | None, str | None]:
    """A list named by its count and "trên" ("3 Nghị quyết trên gồm: …"): the subject that
    adopted that many of that noun before it ("Ủy ban Thường vụ Quốc hội khóa XIV vừa thông qua
    3 Nghị quyết …"), within a few lines."""
    back = grammar.ENUM_BACK_RE.search(view, max(0, g - 40), g)
    if back is None:
        return None, None, None, None
    noun = grammar.NOUN_BY_SPELLING[back.group("noun").lower()]
    found = None
    for m in grammar.ENUM_ANTECEDENT_RE.finditer(view, max(0, back.start() - 800), back.start()):
        if m.group("count") == back.group("count") and (
            grammar.NOUN_BY_SPELLING[m.group("noun").lower()] == noun
        ):
            found = m
    if found is None:
        return None, None, None, None
    return _clean_body(found.group("body")), None, _term(found.group("term")), "enum"


def _in_proposals(view: str, lo: int, pos: int) -> bool:
    """True when ``pos`` follows "đề nghị … tại …" in the same line: a list of proposers."""
    lo = view.rfind("\n", lo, pos) + 1 or lo
    openings = list(grammar.PROPOSAL_RE.finditer(view, lo, pos))
    return bool(openings) and grammar.AT_WORD_RE.search(view, openings[-1].end(), pos) is not None


class _Lines:
    """Line starts of a text, found once: ``start(pos)`` is logarithmic (a text without line
    breaks must not make every lookup scan back to its beginning)."""

    def __init__(self, view: str) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", view)]

    def start(self, pos: int) -> int:
        i = bisect.bisect_left(self.breaks, pos)
        return self.breaks[i - 1] + 1 if i else 0


#: The term number of a National Assembly unit printed apart from it by a space, right after the
#: code ("Nghị quyết 673/NQ-UBTVQH 14 của …", "Tờ trình số 338/TTr-UBTVQH 14 ngày …"): a term
#: from 10 to 15, neither a word, a code nor a decimal after it (``_coded_hits``).
_SPLIT_TERM_RE = re.compile(r"[ \t](?P<term>1[0-5])(?![\w/]|[.,]\d)")

#: A council's term number printed apart from its unit, right after the code and before its
#: date or issuer ("Nghị quyết số 44/NQ-HĐND 18 ngày 12 tháng 04 năm 2017 của Hội đồng Nhân dân
#: tỉnh khoá XVIII"): the code's (44/NQ-HĐND18) only when the same sentence prints the
#: council's term with that number (``_COUNCIL_TERM_RE``, ``_coded_hits``).
_SPLIT_COUNCIL_TERM_RE = re.compile(r"[ \t](?P<term>[1-9]\d?)(?=[ \t]{1,3}(?:ngày|của)(?!\w))")
_COUNCIL_TERM_RE = re.compile(r"(?i:kh(?:óa|oá))[ \t]{1,2}(?P<term>[IVXL]+|\d{1,2})(?!\w)")

#: The lower-case letters a code was cut before, up to the word's end (``_coded_hits``).
_MIXED_TAIL_RE = re.compile(r"[a-zđư]{1,3}(?![\w&])")

#: A number and the first digit of a year before a space, right before a code whose number is
#: the year's other three digits ("20/2 012/QĐ-TTg"; ``_coded_hits``).
_SPLIT_YEAR_RE = re.compile(r"(?<![\w/.,-])(?P<num>\d{1,4})/(?P<y1>[12])[ \t]\Z")
#: The first digit of such a number split from the rest by the same segmenter ("1 20/2 017").
_SPLIT_NUMBER_RE = re.compile(r"(?<![\w/.,-])(?P<n1>[1-9])[ \t]\Z")
#: The letters of a law's code after its year ("QH12"), or of the Assembly's Standing Committee.
_LAW_UNIT_RE = re.compile(r"(?:UBTV)?QH\d{1,2}")


def _after_noun_or_so(view: str, at: int) -> bool:
    """A document noun ends within 40 characters before ``at``, or "số" within 12."""
    return bool(
        grammar.NOUN_BEFORE_RE.search(view, max(0, at - 40), at)
        or grammar.SO_BEFORE_RE.search(view, max(0, at - 12), at)
    )


def _after_contract_noun(view: str, at: int) -> bool:
    """True when "hợp đồng" ends right before ``at``, one to three spaces between, no "số"
    ("sử dụng hợp đồng 1005/SNI-VTC ngày 7/6/2010", "ký kết hợp đồng 315/BVĐKT-TS ngày
    25/5/2017"): a contract by its code (a plain look at the few characters before it, no
    pattern searched)."""
    head = view[max(0, at - 12) : at]
    stripped = head.rstrip(" \t")
    if not 1 <= len(head) - len(stripped) <= 3 or stripped[-8:].casefold() != "hợp đồng":
        return False
    return len(stripped) == 8 or not stripped[-9].isalnum()


def _council_of_ministers_near(view: str, start: int, end: int) -> bool:
    """True when "Hội đồng Bộ trưởng" is printed in the sentence of the code at ``start:end``,
    within 120 characters before it or 60 after it ("Chủ tịch Hội đồng Bộ trưởng … có Quyết
    định 174/CT", "quyết định số 140/CT của Chủ Tịch Hội Đồng Bộ Trưởng")."""
    lo, hi = max(0, start - 120), min(len(view), end + 60)
    for c in grammar.COUNCIL_OF_MINISTERS_RE.finditer(view, lo, hi):
        a, b = (c.end(), start) if c.end() <= start else (end, c.start())
        if not re.search(r"[.!?;\n]", view[a:b]):
            return True
    return False


#: A dot and capitals right after a code: the code's letters cut short ("13/2016/TTLT. BYT").
_CUT_AFTER_RE = re.compile(r"\.[ \t]?[A-ZĐ]{2}")


def _coded_hits(view: str) -> list[_Hit]:
    lines = _Lines(view)
    hits: list[_Hit] = []
    for m in grammar.ANY_ID_RE.finditer(view):
        parsed = parsed_from_match(m)
        if parsed is None:
            continue
        id_start, id_end = m.start(), m.end()
        nm1 = None
        if (
            m.lastgroup == "admin"
            and parsed.system is System.STATE
            and len(m.group("a_num")) == 3
            and (ym := _SPLIT_YEAR_RE.search(view, max(0, id_start - 12), id_start))
            and 1945 <= int(ym.group("y1") + m.group("a_num")) <= 2099
            and (
                _after_noun_or_so(view, ym.start())
                # "Nghị định 1 20/2 017/NĐ-CP": the number split after its first digit too,
                # right after the noun or "số" (120/2017/NĐ-CP; "20/2017" had lost the "1")
                or (
                    (nm1 := _SPLIT_NUMBER_RE.search(view, max(0, ym.start() - 3), ym.start()))
                    and _after_noun_or_so(view, nm1.start())
                )
            )
        ):
            # "quyết định số 20/2 012/QĐ-TTg": the year split by a space after its first digit;
            # read whole (20/2012/QĐ-TTg), where "012/QĐ-TTg" alone was a false positive; only
            # after a noun or "số" ("hôm 12/2 012/…" is a day)
            year = int(ym.group("y1") + m.group("a_num"))
            number = ym.group("num")
            if nm1:
                number, ym = nm1.group("n1") + number, nm1
            parsed = replace(parsed, number=number, year=year)
            id_start = ym.start()
        law_split = False
        if (
            m.lastgroup == "short"
            and _LAW_UNIT_RE.fullmatch(m.group("u_iss"))
            and len(m.group("u_num")) == 3
            and (ym := _SPLIT_YEAR_RE.search(view, max(0, id_start - 12), id_start))
            and 1945 <= int(ym.group("y1") + m.group("u_num")) <= 2099
            and _after_noun_or_so(view, ym.start())
            and (
                law := canonical_id(
                    f"{ym.group('num')}/{ym.group('y1')}{m.group('u_num')}/{m.group('u_iss')}"
                )
            )
        ):
            # "Luật Đa dạng sinh học số 20/2 008/QH12": a law's (or the Standing Committee's)
            # code, its year split by the same space after its first digit, read whole
            # (20/2008/QH12); "008/QH12" alone was refused as a short code
            parsed, id_start, law_split = parse_id(law), ym.start(), True
        noun = None
        start = id_start
        # "Quyết định khởi tố bị can số: 64; 65/C46-P11": the code's "số" is before the bare
        # numbers of its list; the noun and "số" are looked for before them
        at = id_start
        if view[max(0, id_start - 3) : id_start].rstrip()[-1:] in (";", ",") and (
            lm := grammar.SO_NUMBERS_BEFORE_RE.search(view, max(0, id_start - 40), id_start)
        ):
            at = lm.end("lead")
        nm = grammar.NOUN_BEFORE_RE.search(view, max(0, at - 40), at)
        named_before = None  # "thông báo kết luận của Ban Thường vụ Huyện uỷ số 351-TB/HU"
        if nm is None and grammar.SO_BEFORE_RE.search(view, max(0, at - 12), at):
            lo = max(lines.start(id_start), id_start - 160)
            of = max(view.rfind(" của ", lo, id_start), view.rfind(" do ", lo, id_start))
            if of >= 0 and grammar.LIST_OPENING_RE.search(view, lo, id_start) is None:
                # the noun ends right before "của"/"do" (not "các Nghị định của …: số …")
                nm = grammar.NOUN_OF_BODY_RE.search(view, max(lo, of - 24), id_start)
                named_before = _clean_body(nm.group("body")) if nm is not None else None
            if nm is None:
                # "quyết định xử phạt vi phạm hành chính số 126/QĐ-XPVPHC"
                nm = grammar.DESCRIBED_NOUN_BEFORE_CODE_RE.search(
                    view, max(lines.start(id_start), at - 90), at
                )
        if nm is None and (
            tm := grammar.TELEGRAM_BEFORE_CODE_RE.search(view, max(0, id_start - 12), id_start)
        ):
            nm, noun, start = tm, "Công điện", tm.start("noun")
        elif nm is not None:
            noun = grammar.noun_of(nm)
            start = nm.start("noun")
            if (dm := _DOUBLED_NOUN_RE.search(view, max(0, start - 40), start)) and dm.group(
                "noun"
            ).casefold() == nm.group("noun").casefold():
                # "Thủ tướng cũng có Quyết định Quyết định 86/2010/QĐ-TTg": the noun printed
                # twice is one; what is said before is read before the first
                start = dm.start("noun")
        has_so = (
            nm is not None
            or grammar.SO_BEFORE_RE.search(view, max(0, at - 12), at)
            or (
                m.lastgroup == "yeared"
                and grammar.PERMIT_LABEL_RE.search(view, max(0, id_start - 12), id_start)
            )
        )
        if (
            (
                m.lastgroup in ("letter", "old", "oldtyped", "spaced", "yeared")
                or m.group("a_dot")
                or m.group("a_space")
                or " " in (m.group("a_num") or "")  # "số 3610 a / QĐ - BCT"
            )
            and not has_so
            and not (hits and _LIST_NEXT_GAP_RE.fullmatch(view, hits[-1].end, id_start))
            and not (m.lastgroup == "letter" and _after_contract_noun(view, id_start))
        ):
            continue  # "N/ABC-XYZ" alone is too weak: a noun or "số" must introduce it, or a
            # code read right before it with only "và" or a comma between them ("công văn số
            # 3988-CV/TU và 3546/UBND-VP": the second item of one noun's list), or "hợp đồng"
            # right before it (a contract's code, "hợp đồng 1005/SNI-VTC ngày …")
        if (m.lastgroup == "short" and not law_split) and (
            (
                nm is None
                and not (
                    grammar.PERMIT_CODE_LETTERS_RE.fullmatch(m.group("u_iss"))
                    and grammar.PERMIT_BEFORE_RE.search(view, max(0, at - 60), at)
                )
            )
            or (
                nm is not None
                and noun not in grammar.SHORT_ID_NOUNS
                and not (noun in grammar.SHORT_ID_SO_NOUNS and nm.group("so") is not None)
                and not (
                    noun == "Quyết định" and grammar.POLICE_UNIT_RE.fullmatch(m.group("u_iss"))
                )
                and not (
                    noun == "Quyết định"
                    and m.group("u_iss") == "CT"
                    and _council_of_ministers_near(view, id_start, m.end())
                )
                and not (
                    noun in grammar.ASSEMBLY_NOUNS
                    and grammar.ASSEMBLY_UNIT_RE.fullmatch(m.group("u_iss"))
                )
            )
        ):
            continue  # "N/ABC" only as a letter or a report ("Công văn số 256/PCLB"), a
            # permit by its "GP…" code ("Giấy phép xây dựng số 36/GPXD"), a
            # conclusion or notice with "số" ("Kết luận số 754/TTCP"), a
            # decision of a police department ("Quyết định số 51/C46"), or a resolution or law
            # of the National Assembly ("Nghị quyết số 88/QH13")
        if m.lastgroup == "contract" and not grammar.CONTRACT_BEFORE_RE.search(
            view, max(0, at - 60), at
        ):
            continue  # "N/HĐ…/…" only as a contract: "hợp đồng (…) số 271/HĐKT/2017"
        if (
            m.lastgroup == "yeared"
            and m.group("y_code") == "TTLT"
            and not m.group("y_iss")
            and (noun != "Thông tư liên tịch" or _CUT_AFTER_RE.match(view, id_end))
        ):
            continue  # "N/YYYY/TTLT" without its bodies' letters only after "Thông tư liên
            # tịch", and never cut short before a dot and capitals ("13/2016/TTLT. BYT")
        if m.lastgroup == "dashed" and (nm is None or nm.group("so") is None):
            continue  # "N-ABC" only with a noun and "số": "Sắc lệnh số 143-NV"
        # A letter of an old-shape issuer ("văn bản số 81/TTg-KTTH": N/ISSUER-UNIT); a decree
        # printed with a unit ("Nghị định số 06/CP-NĐ") stays the decree 06/CP.
        if (
            m.lastgroup == "old"
            and noun in ("", "Công văn", "Công điện")
            and (lm := grammar.LETTER_ID_RE.match(view, id_start)) is not None
        ):
            m, parsed = lm, parsed_from_match(lm)
            id_end = m.end()
        if gm := _MIXED_TAIL_RE.match(view, id_end):
            # "Quyết định 86/2010/QĐ-Ttg": a mixed-case unit printed with its case slipped was
            # cut as a code glued to a word ("QĐ-T" and "tg"); read as the unit it spells
            head, dash, cut = parsed.issuer.rpartition("-")
            if unit := grammar.MIXED_CASE_CODES.get((cut + gm.group(0)).upper()):
                parsed = replace(parsed, issuer=head + dash + unit)
                id_end = gm.end()
        if parsed.issuer.endswith("QH") and (tm := _SPLIT_TERM_RE.match(view, id_end)):
            # "Nghị quyết 673/NQ-UBTVQH 14 của Uỷ ban Thường vụ Quốc hội": the term of the
            # National Assembly printed apart from its unit is the code's (673/NQ-UBTVQH14), so
            # the issuer and date after it are read
            parsed = replace(parsed, issuer=parsed.issuer + tm.group("term"))
            id_end = tm.end()
        council_term = False
        if (
            parsed.issuer.endswith("HĐND")
            and (tm := _SPLIT_COUNCIL_TERM_RE.match(view, id_end))
            and _council_term_printed(view, tm.end(), int(tm.group("term")))
        ):
            # "Nghị quyết số 44/NQ-HĐND 18 ngày … của Hội đồng Nhân dân tỉnh khoá XVIII": the
            # council's term split from its unit by the segmenter (44/NQ-HĐND18)
            parsed = replace(parsed, issuer=parsed.issuer + tm.group("term"))
            id_end = tm.end()
            council_term = True
        if dm := grammar.DOT_UNIT_RE.match(view, id_end):
            id_end = dm.end()  # "6238/TTr-UBND.VX": the unit is printed, not part of the id
        elif um := grammar.SPACE_UNIT_RE.match(view, id_end):
            id_end = um.end()  # "445/KL-TTTP KTY ngày …": the unit after a space, as the dot's
        elif um := grammar.COMPANY_UNIT_RE.match(view, id_end):
            id_end = um.end()  # "06/NQ-HĐQT - Habeco ngày …": the company, as the dot's unit
        tail_end, issuer, date, term = _tail(view, id_end)
        if council_term:
            term = None  # the council's term, now in the code: no term of the document
        if issuer is None and _the_ministry_after(view, tail_end, parsed):
            issuer = "Bộ"  # "công văn số 942/BGDĐT-QLCL ngày 11-2-2019 của Bộ đã hướng dẫn …"
        if issuer is not None and _decider_after_submission(view, id_end, tail_end, parsed, noun):
            # "xem xét tờ trình của Ban Tổ chức Trung ương (số 378-TTr/BTCTW, ngày …), Bộ Chính
            # trị đã quyết định …": the body that decides after a submission opens a new clause;
            # the submitting body is the submission's issuer
            issuer = None
        if (
            date is None
            and parsed.year
            and (dm := grammar.DAY_MONTH_THEN_ISSUER_RE.match(view, id_end))
        ):
            # "Nghị định 86/2015/NĐ-CP ngày 2/10 của Chính phủ": the day and month printed
            # without a year, right after a code that holds its year (the year it was signed)
            try:
                signed = datetime.date(parsed.year, int(dm.group("mm")), int(dm.group("dd")))
            except ValueError:  # "ngày 31/2": no such day
                signed = None
            date = signed.isoformat() if signed else None
        issuer = issuer or named_before
        lead = None
        tail_date = date is not None
        if issuer is None or date is None:
            b_issuer, b_date, b_term, b_lead = _before(view, start)
            if b_lead == "decided" and _local_decides_national(b_issuer, parsed):
                # "được UBND tỉnh phê duyệt danh sách … theo NĐ 67/2014/NĐ-CP": the province
                # applied the decree, it did not issue it
                b_issuer, b_date, b_lead = None, None, None
            if issuer is None and b_issuer:
                issuer, lead = b_issuer, b_lead
            date = date or b_date
            term = term or b_term
            if date is None and b_lead in ("verb", "decided"):
                date = _lead_date(view, lines.start(start), start, hits[-1].end if hits else 0)
        if date is None and (
            dm := grammar.DATE_BEFORE_AT_RE.search(view, max(0, start - 40), start)
        ):
            date = _date(dm)  # "ngày 14/11/2013 tại Văn bản số …"
        if date is None and "ùng ngày" in view[lines.start(start) : start]:
            date = _same_day(view, lines, start)
        if date is None and issuer is None:
            # "Ngày 09/5/2017, Chi nhánh DNTN Xây dựng số 1 tỉnh Điện Biên cũng đã có Văn bản số
            # …": the date opening the clause of a subject not read as a body, right before it
            previous = hits[-1].end if hits else 0
            date = _unread_subject_date(view, lines.start(start), start, previous)
        if (
            issuer is None
            and grammar.AT_OPENING_RE.search(view, max(0, start - 12), start)
            and (sm := grammar.SUBJECT_AFTER_AT_RE.match(view, tail_end))
        ):
            # "tại Quyết định số 724/QĐ-UBND ngày 29/3/2011, tỉnh Lào Cai đã điều chỉnh …"
            issuer = _clean_body(sm.group("body") or sm.group("sbody"))
        elif (
            lead == "proposer"
            and noun in grammar.SENT_NOUNS
            and not _body_fits_code(issuer, parsed)
            and _BRACKET_AT_RE.search(view, max(0, start - 8), start)
            and not _PROPOSAL_OF_RE.search(view, max(lines.start(start), start - 160), start)
            and (sm := grammar.SUBJECT_AFTER_AT_RE.match(view, tail_end))
            and ")" not in view[start : sm.start("body" if sm.group("body") else "sbody")]
        ):
            # "… thẩm định của Hội đồng thẩm định Nhà nước (tại Văn bản 3762/BKHĐT-GSTĐĐT ngày
            # 5/6/2019, Bộ KH - ĐT đã báo cáo …)": the bracket's own clause names the letter's
            # author after the comma; the body before the bracket, which the code's letters
            # refuse (BKHĐT), is not it (a letter or a report only: a decision there is the
            # body's before the bracket; the comma inside
            # the bracket only: "(tại Tờ trình số …), Bộ X đã …" keeps the body before; and
            # never after a proposal: "đề nghị của Sở A (tại Tờ trình số …, UBND tỉnh đã đồng
            # ý)" is A's submission)
            issuer = _clean_body(sm.group("body") or sm.group("sbody"))
        if (
            issuer is None
            and grammar.THEO_OPENING_RE.search(view, max(0, start - 8), start)
            and (sm := grammar.SUBJECT_DECIDES_AFTER_RE.match(view, tail_end))
            and not _local_decides_national(sm.group("body"), parsed)
            and (
                sm.group("agreed") is None
                or (noun == "Nghị quyết" and grammar.BOARD_RE.match(sm.group("body")))
            )
        ):
            # "Theo Quyết định số 316/QĐ-TTg, Thủ tướng đồng ý cho …"
            issuer = _clean_body(sm.group("body"))
        if (
            issuer is None
            and view.endswith("tại ", 0, start)
            and "quy định" in view[max(0, start - 140) : start]
        ):
            lo = max(lines.start(start), start - 140)
            if (rm := grammar.RULES_AT_RE.search(view, lo, start)) and not _local_decides_national(
                rm.group("body"), parsed
            ):
                # "Chính phủ quy định về học phí tại Nghị định số 86/2015/NĐ-CP"
                issuer = _clean_body(rm.group("body"))
        if issuer is None and _SIGNS_NEAR_RE.search(view, max(0, start - 14), start):
            # "Ngoài ra, bà Phan Thị Mỹ Thanh còn ký văn bản số …" (named with her office before)
            issuer = _named_signer(view, lines.start(start), start)
        if issuer is None and (
            lm := _LOWER_MINISTRY_SUBJECT_RE.search(view, lines.start(start), start)
        ):
            # "Bộ lao động thương binh xã hội vừa thông qua Thông tư số 59/2015/TT-BLĐTBXH": a
            # ministry named in lower case after its first word, read only when its words are
            # those of the ministry the code names (as printed)
            implied = grammar.implied_issuer(parsed.issuer or "", parsed.system)
            if implied is not None and _name_words(lm.group("body")) == _name_words(implied):
                issuer = " ".join(lm.group("body").split())
        hits.append(
            _Hit(
                parsed,
                parsed.id,
                parsed.id,
                start,
                id_start,
                id_end,
                tail_end,
                noun,
                False,
                issuer,
                date,
                term,
                lead,
                m.lastgroup == "spaced",
                lead == "verb" and date is not None and not tail_date,
            )
        )
    for i, h in enumerate(hits):
        if h.date is None:
            limit = hits[i + 1].start if i + 1 < len(hits) else len(view)
            date, issuer = _far(view, h.tail_end, limit)
            if date:
                hits[i] = replace(h, date=date, issuer=h.issuer or issuer)
        h = hits[i]
        if h.issuer is None:
            # "… do ông A, Chủ tịch UBND huyện ký"; "… về … vừa được Thủ tướng Chính phủ ký"
            limit = hits[i + 1].start if i + 1 < len(hits) else len(view)
            sm = grammar.SIGNED_BY_RE.match(view, h.tail_end, min(limit, len(view)))
            body = (
                (sm.group("signer") or sm.group("signer2") or sm.group("signer3")) if sm else None
            )
            if sm is None:
                sm = grammar.PASSIVE_AFTER_TITLE_RE.match(view, h.tail_end, min(limit, len(view)))
                if sm is None:
                    sm = grammar.ACTIVE_AFTER_TITLE_RE.match(
                        view, h.tail_end, min(limit, len(view))
                    )
                body = sm.group("body") if sm else None
            if sm is not None:
                dm = grammar.DATE_AFTER_RE.match(view, sm.end()) if h.date is None else None
                signed = _date(dm) if dm else None  # "… ký ngày 30/12/2016"
                h = hits[i] = replace(h, issuer=_clean_body(body), date=h.date or signed)
        if h.issuer is None and (
            um := grammar.UNCODED_PARTNER_RE.match(
                view,
                h.tail_end,
                min(hits[i + 1].start if i + 1 < len(hits) else len(view), len(view)),
            )
        ):
            # "Chỉ thị số 26/CT-TTg ngày … cũng như Công điện ngày … của Thủ tướng Chính phủ"
            h = hits[i] = replace(h, issuer=_clean_body(um.group("body")))
        if h.issuer is None and h.parsed.system is System.PARTY and h.parsed.issuer == "TW":
            # "Quyết định số 218-QĐ/TW về … của Bộ Chính trị (khóa XI)."
            limit = hits[i + 1].start if i + 1 < len(hits) else len(view)
            cm = grammar.CENTRAL_AFTER_TITLE_RE.match(view, h.tail_end, min(limit, len(view)))
            if cm is not None and not grammar.DOCUMENT_IN_TITLE_RE.search(cm.group("title")):
                hits[i] = replace(
                    h, issuer=_clean_body(cm.group("cbody")), term=h.term or _term(cm.group("term"))
                )
        h = hits[i]
        if h.issuer is None and h.parsed.system is System.STATE:
            # "Quyết định số 99/QĐ-XPVPHC về việc xử phạt … của Thanh tra SSC, …"
            limit = hits[i + 1].start if i + 1 < len(hits) else len(view)
            sm = grammar.STATE_AFTER_TITLE_RE.match(view, h.tail_end, min(limit, len(view)))
            if (
                sm is not None
                and not grammar.DOCUMENT_IN_TITLE_RE.search(sm.group("title"))
                and _body_fits_code(_clean_body(sm.group("body")), h.parsed)
            ):
                hits[i] = replace(h, issuer=_clean_body(sm.group("body")))
    return _counted_list(view, _coordinate(view, _share_subject(view, lines, hits)))


def _folded(name: str) -> str:
    return " ".join(name.replace("Uỷ", "Ủy").replace("uỷ", "ủy").split()).casefold()


_PEOPLES_COMMITTEE_RE = re.compile(r"(?i:[uư]bnd|[uủ]ỷ? ban nhân dân|ủy ban nhân dân)(?!\w)")
_PEOPLES_COUNCIL_RE = re.compile(r"(?i:hđnd|hội đồng nhân dân)(?!\w)")


def _body_fits_code(body: str, parsed: ParsedId) -> bool:
    """Whether a body read after a title may be the issuer of a State code: a code whose letters
    name a national body ("TT-BTC") only by that body's name; a people's committee's or council's
    code ("QĐ-UBND", "NQ-HĐND") only by a committee or council; other letters ("QĐ-XPVPHC", a
    department's own) by any body."""
    head = re.sub(r"\d+$", "", (parsed.issuer or "").split("-", 1)[0])
    implied = grammar.implied_issuer(parsed.issuer or "", System.STATE)
    if implied is not None or head in grammar.STATE_IMPLIED_ISSUERS:
        return implied is not None and _folded(body) == _folded(implied)
    if head == "UBND":
        return _PEOPLES_COMMITTEE_RE.match(body) is not None
    if head == "HĐND":
        return _PEOPLES_COUNCIL_RE.match(body) is not None
    return True


#: How far after "X vừa ký 3 quyết định …" the decisions it counted may be cited one by one.
_COUNTED_REACH = 1500
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}


def _counted_list(view: str, hits: list[_Hit]) -> list[_Hit]:
    """A signer or body that announced a count of documents without their codes ("Cục trưởng
    Cục Xuất bản, In và Phát hành vừa ký 3 quyết định xử phạt …") is the issuer of the codes of
    that noun cited after it ("Theo quyết định số 12/QĐ-XPVPHC …; … số 13/…; … số 14/…"), when
    exactly that many of them state no issuer before the next announcement or the reach."""
    if all(h.issuer is not None for h in hits):
        return hits
    announcements = []  # (count match, the body and verb before it)
    for cm in grammar.COUNTED_NOUN_RE.finditer(view):
        if grammar.CODE_AFTER_NOUN_RE.match(view, cm.end()) is not None:
            continue
        by = grammar.COUNTED_BY_RE.search(view, max(0, cm.start() - 240), cm.start())
        if by is not None:
            announcements.append((cm, by))
    out = list(hits)
    for k, (m, by) in enumerate(announcements):
        raw = m.group("count")
        count = int(raw) if raw.isdigit() else _COUNT_WORDS.get(raw.lower(), 0)
        if count < 2:
            continue
        noun = grammar.NOUN_BY_SPELLING[m.group("noun").lower()]
        limit = min(m.end() + _COUNTED_REACH, len(view))
        if k + 1 < len(announcements):
            limit = min(limit, announcements[k + 1][0].start())
        listed = [
            i
            for i, h in enumerate(out)
            if m.end() <= h.start < limit and h.noun == noun and h.issuer is None
        ]
        if len(listed) != count:
            continue
        body, term = _clean_body(by.group("body")), _term(by.group("term"))
        for i in listed:
            out[i] = replace(out[i], issuer=body, term=out[i].term or term)
    return out


def _local_decides_national(body: str | None, parsed: ParsedId) -> bool:
    """True when a local body (a province, a department) is read as the decider of a document
    whose code names a national issuer (NĐ-CP, QĐ-TTg, a ministry, the Party centre)."""
    if not body or grammar.LOCAL_BODY_RE.match(body) is None:
        return False
    return grammar.implied_issuer(parsed.issuer, parsed.system) is not None


#: A sentence's end inside a line: a full stop, "!" or "?" after a lower-case word, a number or a
#: closing quote or bracket, then a space and a capital ("… phản ánh. Mới đây, …", "… “Trở lại
#: vùng đất”. Mới đây, …"); never an abbreviation's dot ("TP. HCM", "Tp. Hà Nội": two lower-case
#: letters or digits before the dot).
_SENTENCE_END_RE = re.compile(
    rf"(?:(?<=[{grammar.LOWER}\d][{grammar.LOWER}\d])|(?<=[”\"’)»]))"
    rf"[.!?][ \t]+(?=[{grammar.UPPER}])"
)


#: "Cùng ngày" (the same day) opening the clause whose subject signs or issues the code, right
#: before it: "… thì cùng ngày, ông A ký tiếp Công văn số …", "Cùng ngày, UBND tỉnh ban hành
#: Quyết định số …" (a subject of one to eight words, then the verb; never a code cited further
#: on in a clause about something else: "Cùng ngày, Cty A có Công văn giải trình … gửi kèm theo
#: Quyết định số …" is that day's letter, not the decision's day).
_SAME_DAY_RE = re.compile(
    r"(?<!\w)[Cc]ùng ngày[ \t]*,?[ \t]*(?:[^\W\d][\w&.-]*[ \t]+){1,8}?"
    r"(?:(?:đã|vừa|mới|lại)[ \t]+)?(?:ký|kí|ban hành|ký ban hành|ra)(?:[ \t]+tiếp)?[ \t]+\Z"
)
#: The day it names: a full date, or a day and month without a year (then no date), printed
#: before it (``_same_day``).
_DAY_BEFORE_RE = re.compile(
    rf"(?P<full>{grammar.DATE})"
    r"|(?<!\w)(?i:ngày|hôm|sáng|trưa|chiều|tối)[ \t]{1,2}\d{1,2}[ \t]?[/-][ \t]?\d{1,2}(?![\d/.-])"
)


def _same_day(view: str, lines: _Lines, start: int) -> str | None:
    """The date "cùng ngày" before a code refers to: the last day printed before it, on its line
    or the line before (at most 600 characters back), when that day is a full date ("Ngày
    28/7/2017, …. Cùng ngày, UBND tỉnh ban hành Quyết định số …"); a day and month without a
    year there ("Ngày 12/8, …. Cùng ngày, …") gives none, as it does printed beside the code."""
    line = lines.start(start)
    at = view.rfind("ùng ngày", line, start) - 1
    if at < line or (sm := _SAME_DAY_RE.match(view, at, start)) is None:
        return None
    lo = max(lines.start(max(0, line - 1)), sm.start() - 600)
    days = list(_DAY_BEFORE_RE.finditer(view, lo, sm.start()))
    last = days[-1] if days else None
    if last is None or last.group("full") is None:
        return None
    date = _date(last)
    return date if date and len(date) == 10 else None


#: A person by "ông"/"bà" and name (one to four capitalised words) who signs the document right
#: after ("bà Phan Thị Mỹ Thanh còn ký văn bản số …", "ông Phan Văn Vĩnh ký tiếp Công văn số …",
#: "ông Vĩnh có ký vào Công văn số …"), and the text naming that person with an office
#: elsewhere ("bà Phan Thị Mỹ Thanh, khi đó là Phó Chủ tịch UBND tỉnh Đồng Nai", "ông Phan Văn
#: Vĩnh, nguyên Tổng cục trưởng …"): ``_named_signer``.
_NAMED_SIGNER_RE = re.compile(
    rf"(?<!\w)(?P<person>(?:[Ôô]ng|[Bb]à)[ \t]{{1,2}}"
    rf"(?P<name>{grammar._UP}{grammar._LOW}*(?:[ \t]{{1,2}}{grammar._UP}{grammar._LOW}*){{0,3}}))"
    r"[ \t]{1,2}(?:(?:còn|đã|vừa|tiếp tục|cũng|lại|có)[ \t]{1,2}){0,2}k[ýí]"
    r"(?:[ \t]{1,2}(?:tiếp|vào))?[ \t]{1,2}\Z"
)
_SIGNS_NEAR_RE = re.compile(r"(?<!\w)k[ýí](?!\w)")
#: After the name, a comma and an office (a "nguyên"/"khi đó là"/"lúc đó là" before it).
_WITH_OFFICE = (
    r",[ \t]{1,2}(?:(?:nguyên|khi đó là|lúc đó là|là)[ \t]{1,2})?(?:(?:Phó|phó)[ \t]{1,2})?"
    rf"(?:{grammar._TITLE}|{grammar._TITLE_LOWER})(?!\w)"
)


def _named_signer(view: str, line: int, start: int) -> str | None:
    """The person who signs the document at ``start``, as printed ("bà Phan Thị Mỹ Thanh"),
    when the text names that person (the full name, or its last words after "ông"/"bà") with
    an office too; a person never named so is no issuer, as before ("ông A tiếp tục ký Công văn
    số …" alone)."""
    m = _NAMED_SIGNER_RE.search(view, max(line, start - 90), start)
    if m is None:
        return None
    full = (
        rf"(?<!\w)(?:{grammar._UP}{grammar._LOW}*[ \t]{{1,2}}){{0,3}}{re.escape(m.group('name'))}"
    )
    if re.search(full + _WITH_OFFICE, view) is None:
        return None
    return " ".join(m.group("person").split())


#: A subject the issuer rules do not read, an organisation by its kind and its name (the kind,
#: then up to nine words, a capitalised one among them, no punctuation, never a verb of saying
#: or a conjunction; a bare name such as "Vietnam" is no subject, round 17, nor a kind without
#: a name, "ngân hàng thương mại", round 29), then the verb that issues, signs or has the
#: document right before it ("Chi nhánh DNTN Xây dựng số 1 tỉnh Điện Biên cũng đã có Văn bản
#: số …", "công ty A đã ký với B hợp đồng số …": the parties of a contract after "ký với"),
#: after a date opening the sentence (``_unread_subject_date``).
_SUBJECT_WORD = (
    r"(?:(?!(?:cho|nói|biết|khẳng|thông|nêu|yêu|đề|nhận|theo|sau|khi|để|mà|thì|và|nhưng)(?!\w))"
    r"\w[\w&.-]*[ \t]+)"
)
_UNREAD_SUBJECT_VERB_RE = re.compile(
    r"[ \t]*,[ \t]*(?:[Tt]ổng[ \t]+)?(?:[Cc]ông ty|Cty|[Cc]hi nhánh|[Dd]oanh nghiệp|DNTN"
    r"|[Nn]gân hàng|[Tt]ập đoàn|[Hh]ợp tác xã|HTX|[Cc]hủ đầu tư|[Nn]hà đầu tư)[ \t]+"
    rf"{_SUBJECT_WORD}{{0,4}}?(?=[{grammar.UPPER}]){_SUBJECT_WORD}{_SUBJECT_WORD}{{0,8}}?"
    r"(?:(?:cũng|đã|vừa|mới|lại)[ \t]+){0,2}(?:có|ký|kí|ban hành|ra)"
    r"(?:[ \t]+với(?:[ \t]+\w[\w&.-]*){1,4})?[ \t]+\Z"
)


def _unread_subject_date(view: str, line: int, start: int, previous_end: int) -> str | None:
    """The date opening the sentence ("Ngày 09/5/2017, …") of a subject the issuer rules do not
    read and its verb right before the citation, when no code comes between (as ``_lead_date``
    for a subject read as the issuer); the sentence may open within its line, after another's
    end ("… giám sát chặt chẽ việc chấp hành của chủ đầu tư. Ngày 09/5/2017, Chi nhánh …")."""
    for end in _SENTENCE_END_RE.finditer(view, max(line, start - 320), start):
        line = end.end()
    if previous_end > line or start - line > 320:
        return None
    m = grammar.LEAD_DATE_RE.match(view, line, start)
    if m is None or _UNREAD_SUBJECT_VERB_RE.match(view, m.end(), start) is None:
        return None
    return _date(m)


def _lead_date(view: str, line: int, start: int, previous_end: int) -> str | None:
    """The date opening the sentence of "X ban hành <citation>", when no code comes between:
    "Tháng 2/1967 trong lúc …, Ban Bí thư ban hành Nghị quyết 157-NQ/TW"."""
    if previous_end > line or start - line > 320:
        return None
    m = grammar.LEAD_DATE_RE.match(view, line, start)
    if m is None or _SENTENCE_END_RE.search(view, m.end(), start):
        # "Ngày 6/12/2018, báo A có bài phản ánh: “…”. Mới đây, UBND tỉnh B có Thông báo số …":
        # the date opens the sentence before, on the same line
        return None
    return _date(m)


#: The issuing verb said again after ";" in a subject's list ("…; ra Quyết định số …").
_VERB_AFTER_SEMICOLON_RE = re.compile(r";[ \t]*(?:ra|ban hành|đã ban hành|ký|có)[ \t]")


def _share_subject(view: str, lines: _Lines, hits: list[_Hit]) -> list[_Hit]:
    """The subject stated before a list gives its issuer to the codes of the list that state
    none: "Chính phủ ban hành Chỉ thị số 20/CT-TTg …; Nghị định 64/2002/NĐ-CP …; ra Quyết định
    số 50/2002/QĐ-CP", "Xét đề nghị của Ban quản lý dự án 2 tại các Văn bản số 3319/…, Văn bản
    số 3326/… và Văn bản số 3227/…". Within one line; a code stating its own issuer ends the
    list. Items joined by "," or "và" must follow an item holding the subject; after a "ban
    hành" subject, an item after ";" holds it too (a title may come between), and so does an
    item of the same noun after the title of one that holds it and "và"."""
    out = list(hits)
    # issuer, how, line start, noun, term (of a counted list: "X khóa XIV … 3 Nghị quyết trên
    # gồm: 1- …; 2- …")
    subject: tuple[str, str, int, str | None, str | None] | None = None
    lead_date = None  # the date opening the subject's clause
    holds = False  # the previous code holds the subject
    for i, h in enumerate(out):
        line = lines.start(h.start)
        if subject is not None and subject[2] != line:
            subject = None
        if h.lead:
            term = h.term if h.lead == "enum" else None
            subject, holds = (h.issuer, h.lead, line, h.noun, term), True
            lead_date = h.date if h.lead_date else None
            continue
        if h.issuer is not None or subject is None:
            subject, holds = None, False
            continue
        gap = view[out[i - 1].tail_end : h.start]
        joined = holds and grammar.COORD_RE.fullmatch(gap) is not None
        if subject[1].startswith("list:"):
            # "các Nghị định của Chính phủ: số A …; số B …": items of that noun, after ";"
            joined = joined and h.noun in (None, subject[1][5:])
            listed = h.noun in (None, subject[1][5:]) and grammar.LIST_GAP_RE.fullmatch(gap)
        elif subject[1] == "enum":
            # "gồm: Giải thưởng A theo Quyết định số …; Giải thưởng B theo Quyết định số …"
            listed = grammar.ENUM_GAP_RE.fullmatch(gap) is not None
        elif subject[1] == "proposer":
            # "… tại Tờ trình số A ngày … về việc … và Tờ trình số B …": the same noun again
            listed = (
                holds
                and h.noun is not None
                and h.noun == subject[3]
                and grammar.PROPOSAL_NEXT_GAP_RE.fullmatch(gap) is not None
            )
        else:
            # "… đã xây dựng Kế hoạch số A ngày … về … và Kế hoạch số B …": after "và", an item
            # of the same noun as the one before it, which holds the subject, holds it too; after
            # ";" an item after one that holds it, or opened by the verb again ("…, thay thế
            # Nghị định 44/1998/NĐ-CP; ra Quyết định số …"): "X có văn bản số A yêu cầu … thực
            # hiện … tại công văn số B …; công văn số C …" (B, cited in A's content, broke it)
            listed = subject[1] == "verb" and (
                (
                    (lm := grammar.LIST_GAP_RE.fullmatch(gap)) is not None
                    and (holds or _VERB_AFTER_SEMICOLON_RE.search(gap, lm.start()) is not None)
                )
                or (
                    holds
                    and h.noun is not None
                    and h.noun == out[i - 1].noun
                    and grammar.PROPOSAL_NEXT_GAP_RE.fullmatch(gap) is not None
                )
            )
        holds = joined or listed
        if holds:
            # "Ngày 10/5/2018, X đã ra các Quyết định số A; Lệnh … số B": the date opening the
            # subject's clause is the date of the whole list
            out[i] = replace(
                h, issuer=subject[0], term=h.term or subject[4], date=h.date or lead_date
            )
    return out


def _coordinate(view: str, hits: list[_Hit]) -> list[_Hit]:
    """Elided nouns and shared issuers in "Chỉ thị 29-CT/TU và 43-CT/TU của …"."""
    out = list(hits)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if cur.noun is None and prev.noun:
            gap = view[prev.tail_end : cur.id_start]
            code = cur.parsed.type_code
            if grammar.COORD_RE.fullmatch(gap) and (
                code is None
                or grammar.noun_fits_code(prev.noun, code)
                or prev.parsed.type_code == code
            ):
                cur = replace(cur, noun=prev.noun, inherited=True)
                out[i] = cur
    # "Quy định số 76-QĐ/TW và Quy định số 213-QĐ/TW của Bộ Chính trị": the issuer the last of
    # a list states is shared by the ones before it that state none ("Quyết định số 1/2004/QĐ-UB
    # ngày 1/10/2004, Quyết định số 65/2006/QĐ-UB ngày 4/8/2006 của Uỷ ban nhân dân tỉnh"); the
    # date only under one noun ("Nghị quyết số 10-NQ/TW, 11-NQ/TW, 12-NQ/TW ngày 3/6/2017"),
    # since "Quy định số 76-QĐ/TW và Quy định số 213-QĐ/TW, ngày 02/01/2020" dates the second.
    for i in range(len(out) - 2, -1, -1):
        prev, cur = out[i], out[i + 1]
        gap = grammar.COORD_RE.fullmatch(view[prev.tail_end : cur.start])
        # "Giấy giới thiệu số 45/TCMT-GGT và số 46/TCMT-GGT, do … ký ngày …": no noun read,
        # the second named by "số" alone: one list under one noun, as inherited
        under_one = cur.inherited or (
            gap is not None and gap.group("so") and prev.noun is None and cur.noun is None
        )
        if (
            prev.issuer is None
            and (cur.issuer is not None or (under_one and cur.date is not None))
            and _same_issuer_code(prev, cur)
            and gap
        ):
            out[i] = replace(
                prev,
                issuer=cur.issuer,
                date=prev.date or (cur.date if under_one else None),
                term=prev.term or cur.term,
            )
    return out


def _same_issuer_code(prev: _Hit, cur: _Hit) -> bool:
    """True when two codes name the same issuer: the same issuer code, or a 1990s ministry code
    printed with a space, which names the ministry without "Bộ" ("43 TC/QLCS"), and the modern
    code of that ministry ("122/2007/TT-BTC")."""
    if prev.parsed.issuer == cur.parsed.issuer:
        return True
    old, new = (prev, cur) if prev.spaced else (cur, prev)
    if not old.spaced or new.spaced:
        return False
    return "B" + old.parsed.issuer.split("-", 1)[0] == new.parsed.issuer.split("-", 1)[0]


def _noun_consistent(hits: list[_Hit]) -> list[_Hit]:
    """File a misprinted code under the noun-consistent one of the same number.

    "Quy định số 213-CT/TW … Quy định số 213-QĐ/TW" → both are mentions of 213-QĐ/TW.
    """
    out = []
    for h in hits:
        code = h.parsed.type_code
        if (
            h.noun
            and code
            and h.parsed.system is System.PARTY
            and not grammar.noun_fits_code(h.noun, code)
        ):
            for other in hits:
                p = other.parsed
                if (
                    other.noun == h.noun
                    and p.system is System.PARTY
                    and p.number == h.parsed.number
                    and p.issuer == h.parsed.issuer
                    and p.type_code
                    and grammar.noun_fits_code(h.noun, p.type_code)
                ):
                    h = replace(h, id=other.id)
                    break
        out.append(h)
    return out


def _conflicts(group: dict, h: _Hit) -> bool:
    if h.term and group["term"] and h.term != group["term"]:
        return True
    return bool(h.date and group["date"] and h.date[:4] != group["date"][:4])


_LEADING_ZEROS = re.compile(r"^0+(?=\d)")


def _merge(text: str, hits: list[_Hit]) -> list[dict]:
    groups: list[dict] = []
    by_id: dict[str, list[dict]] = {}
    for h in hits:
        # "04-KH/TW" and "4-KH/TW" in one text are one document printed with and without the
        # leading zero (the id first printed is kept, the other in ``printed_ids``)
        candidates = by_id.setdefault(_LEADING_ZEROS.sub("", h.id), [])
        target = None
        for g in reversed(candidates):
            if not _conflicts(g, h):
                target = g
                break
        if target is None:
            target = {
                "id": h.id,
                "hits": [],
                "issuer": None,
                "date": None,
                "term": None,
                "type": None,
                "system": h.parsed.system,
                "parsed": parse_id(h.id),
            }
            candidates.append(target)
            groups.append(target)
        target["hits"].append(h)
        for f in ("issuer", "date", "term"):
            if target[f] is None and getattr(h, f):
                target[f] = getattr(h, f)
        if h.issuer and _fuller(h.issuer, target["issuer"]):
            # the fuller statement of the same body: "uỷ ban nhân dân thành phố" in a title
            # line, "Uỷ ban nhân dân thành phố Đà Nẵng" in the text
            target["issuer"] = h.issuer
    for g in groups:
        own = [h for h in g["hits"] if h.noun and not h.inherited]
        inherited = [h for h in g["hits"] if h.noun and h.inherited]
        g["type"] = (own or inherited or g["hits"])[0].type
        g["mentions"] = [_mention(text, h.start, h.end) for h in g["hits"]]
    return groups


def _fuller(new: str, old: str | None) -> bool:
    """True when ``new`` states the body ``old`` names more fully: more name words after the
    same ones, or the same words capitalised where ``old`` is all lower case (a title line).
    Case and accent placement ("ủy"/"uỷ") aside."""
    if not old:
        return False
    a, b = slug_ascii(new), slug_ascii(old)
    return a.startswith(b + "-") or (a == b and old.islower() and not new.islower())


def _numeric_eq(a: str, b: str) -> bool:
    return a.lstrip("0") == b.lstrip("0") and a != "" and b != ""


class _Refs:
    """Uncoded references collected for one text, merged by (kind, label).

    A reference stated once with its term and elsewhere without ("Nghị quyết Trung ương 6
    khoá XI … Nghị quyết Trung ương 6 lần này") is one reference when only one term is stated
    for that base label in the text.
    """

    def __init__(self) -> None:
        self.items: dict[tuple[str, str, str | None], dict] = {}

    def add(self, kind, base, type_, term, resolves_to, mention, *, own=None, **extra):
        """Add one mention; ``extra``: issuer, number, by (how it resolved), problem, derived
        (a term derived from the article's date, not printed). ``own``: the resolution the
        mention's own topic or title names; such a mention is kept apart from the mentions of
        the same label that name none ("Nghị quyết Trung ương 5 (khóa XII) về hoàn thiện thể
        chế …" beside "… thực hiện Nghị quyết Trung ương 5 (khóa XII)", its three resolutions),
        so they do not take its resolution; equal references are joined again at the end."""
        term_in_label = extra.pop("term_in_label", True)
        label = base + (f" khóa {term}" if term and term_in_label else "")
        item = self.items.setdefault(
            (kind, label, own),
            {
                "kind": kind,
                "base": base,
                "label": label,
                "type": type_,
                "term": term,
                "res": None,
                "mentions": [],
                "by": None,
                "issuer": None,
                "number": None,
                "problem": None,
                "derived": None,
            },
        )
        if item["res"] is None and resolves_to:
            item["res"] = resolves_to
            item["by"] = extra.get("by")
            item["derived"] = extra.get("derived")
        for f in ("issuer", "number", "problem"):
            item[f] = item[f] or extra.get(f)
        item["mentions"].append(mention)

    def _fold_termless(self) -> list[dict]:
        items = list(self.items.values())
        by_base: dict[tuple, list[dict]] = {}
        for i in items:
            by_base.setdefault((i["kind"], i["base"]), []).append(i)
        out = []
        for group in by_base.values():
            termed = [i for i in group if i["term"]]
            if len(termed) == 1:
                for i in group:
                    if i is not termed[0]:
                        termed[0]["mentions"].extend(i["mentions"])
                out.append(termed[0])
            else:
                out.extend(group)
        return out

    def build(self) -> tuple[Reference, ...]:
        refs = [
            Reference(
                label=i["label"],
                kind=i["kind"],
                type=i["type"],
                term=i["term"] or i["derived"],
                resolves_to=i["res"],
                mentions=tuple(sorted(set(i["mentions"]), key=lambda x: (x.start, x.end))),
                issuer=i["issuer"],
                number=i["number"],
                resolved_by=i["by"],
                problem=i["problem"],
            )
            for i in self._fold_termless()
        ]
        return tuple(sorted(refs, key=lambda r: r.mentions[0].start))


class _Spans:
    """Sorted, growing set of taken (start, end) spans with a logarithmic overlap test."""

    def __init__(self, spans) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)
        self.max_len = max((b - a for a, b in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
        self.max_len = max(self.max_len, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.spans, (start - self.max_len, -1))
        while i < len(self.spans) and self.spans[i][0] < end:
            a, b = self.spans[i]
            if a < end and start < b:
                return True
            i += 1
        return False


def term_problem(term: str, on: str | None = None) -> str | None:
    """Vietnamese note when a national term cannot be meant: one after the last the library
    knows ("khóa XV"), or one that begins after the article's date ``on``; else None."""
    last, last_start = grammar.NATIONAL_TERMS[-1]
    if _roman_value(term) > _roman_value(last):
        return f"không có khóa {term} (khóa gần nhất là {last}, từ {last_start})"
    start = dict(grammar.NATIONAL_TERMS).get(term)
    if on and start and on[:10] < start:
        return f"khóa {term} bắt đầu từ {start}, sau ngày của bài ({on[:10]})"
    return None


def _roman_value(roman: str) -> int:
    values = dict(_ROMAN_VALUES)
    total = 0
    for i, ch in enumerate(roman):
        value = values.get(ch, 0)
        total += -value if i + 1 < len(roman) and values.get(roman[i + 1], 0) > value else value
    return total


def _plenum_problem(term: str, n: int, on: str | None) -> str | None:
    """Vietnamese note when "Trung ương <n> khóa <term>" cannot be, else None."""
    if problem := term_problem(term, on):
        return problem
    if plenums.plenum_exists(term, n) is False:
        return f"không có Hội nghị Trung ương {n} khóa {term}"
    if on:
        row = plenums.find_row(term, n)
        if row and row.held and row.held[: len(on)] > on:
            return (
                f"Hội nghị Trung ương {n} khóa {term} ra nghị quyết ngày {row.held}, "
                f"sau ngày của bài ({on[:10]})"
            )
    return None


def _plenum_facts(term: str | None, n: int, on: str | None, resolve) -> dict:
    """Resolution, how, derived term and problem of a plenum reference (``resolve(term)``)."""
    if term:
        problem = _plenum_problem(term, n, on)
        res = None if problem else resolve(term)
        return {"res": res, "by": "plenum-table" if res else None, "problem": problem}
    derived = term_for_date(on) if on else None
    if derived and plenums.term_held_by(derived, n, on):
        res = resolve(derived)
        if res:
            return {"res": res, "by": "plenum-table", "derived": derived}
    return {"res": None}


#: The first term whose plenums' resolutions are all coded N-NQ/TW (khoá VIII's first plenums
#: still printed N-NQ/HNTW, "02-NQ/HNTW" of 1996; khoá VI's "8B-NQ/HNTW").
_PLENUM_NQ_TW_FROM = 9


def _numbered_by_term(facts: dict, term: str | None, n: int, num: str) -> dict:
    """``facts`` of "Nghị quyết <num> … Hội nghị Trung ương <n> khoá <term>" whose plenum row
    lacks the number: the number and the printed term fix the Central Committee's code
    N-NQ/TW, as "Nghị quyết 33 của Ban Chấp hành Trung ương khoá XI" does (``_issuer_shape``)
    ("Nghị quyết số 34 ngày 6/10/2018 của Hội nghị lần thứ 8 … khoá XII" → 34-NQ/TW). Only a
    printed term of khoá IX or later, a plenum that can be, and a number in figures that fits
    the plenum's place in the term's series (``plenums.number_in_sequence``: "Nghị quyết 99
    của Hội nghị Trung ương 6 (khóa XII)" stays open)."""
    if (
        facts.get("res") is None
        and term
        and not facts.get("problem")
        and num.isdigit()
        and _roman_value(term) >= _PLENUM_NQ_TW_FROM
        and plenums.number_in_sequence(term, n, num)
    ):
        return {**facts, "res": canonical_id(f"{num.zfill(2)}-NQ/TW"), "by": "issuer"}
    return facts


def _resolve_topic(term: str, n: int, topic: str, speaks_of=None) -> str | None:
    return plenums.resolve_plenum(term, n, topic, speaks_of)


_WORD_RE = re.compile(r"\w")


def _several(term: str | None, n: int) -> bool:
    """True when plenum ``n`` of ``term`` adopted several tabled resolutions."""
    row = plenums.find_row(term, n)
    return row is not None and len(row.resolutions) > 1


_SO_BEFORE_RE = re.compile(r"(?<!\w)số[ \t]{0,2}:?[ \t]{0,3}\Z")


def _plenum_refs(text: str, view: str, taken: _Spans, refs: _Refs, on: str | None, in_text) -> None:
    printed_terms = cache(partial(_plenum_terms, view))  # read when first needed
    for m in grammar.PLENUM_RE.finditer(view):
        if taken.overlaps(m.start(), m.end()):
            continue
        chain = [(m.start(), m)]
        pos = m.end()
        while (nxt := grammar.PLENUM_NEXT_RE.match(view, pos)) is not None:
            chain.append((nxt.start(), nxt))
            pos = nxt.end()
        items = []
        more_terms = None  # "Trung ương 4 (khóa XI, XII)": two documents, neither alone
        for s, mm in chain:
            n = grammar.plenum_number(mm)
            items.append([s if mm is m else mm.start(), mm.end(), n, _term(mm.group("pterm"))])
            if mm.group("pterm") and (mt := grammar.MORE_TERMS_RE.match(view, mm.end("pterm"))):
                more_terms = _term(mt.group("more") or mt.group("more2"))
        for k in range(len(items) - 2, -1, -1):  # "Trung ương 4 và Trung ương 7 (khóa X)"
            if items[k][3] is None:
                items[k][3] = items[k + 1][3]
        tm = grammar.TOPIC_RE.match(view, pos) if len(items) == 1 else None
        topic = tm.group("topic") if tm else ""
        # the text around the reference, for the settled meaning of a plenum with several
        # resolutions; a phrase on its own (a register's "Cited_as") is a name: usage settles it
        alone = _WORD_RE.search(view, 0, m.start()) is None and _WORD_RE.search(view, pos) is None
        context = None if alone else in_text
        for s, e, n, term in items:
            label = f"Nghị quyết Trung ương {n}"
            mention = _mention(text, s, e)
            if mention.text.startswith(("và", ",")):
                mention = _mention(text, s + len(re.match(r"[ \t,]*(?:và)?", text[s:e]).group()), e)
            resolve = partial(_resolve_topic, n=n, topic=topic, speaks_of=context)
            titled = None
            if term is None and len(items) == 1:  # "Nghị quyết TW 4 “Một số vấn đề cấp bách …”"
                titled = plenums.resolve_by_title(n, view[pos : pos + 300].split("\n", 1)[0])
            if more_terms and term:
                # its own label, no term: never folded into, nor resolved through, one term
                refs.add(
                    ReferenceKind.PLENUM,
                    f"{label} khóa {term}, {more_terms}",
                    "Nghị quyết",
                    None,
                    None,
                    mention,
                )
                continue
            own = None
            if titled is not None:
                facts = {"res": titled[1], "by": "plenum-table", "derived": titled[0]}
                own = titled[1] if _several(titled[0], n) else None
            elif term is None and (printed := printed_terms().get(n)):
                # the term the same text prints for that plenum ("Hội nghị Trung ương tám khóa
                # I (5-1941)" … "Nghị quyết Hội nghị Trung ương tám"), not the article's date's;
                # two printed: open
                facts = {"res": None}
                if len(printed) == 1:
                    (known,) = printed
                    facts = _plenum_facts(known, n, None, resolve)
                    facts.pop("problem", None)
                    if facts["res"]:
                        facts["derived"] = known
            else:
                facts = _plenum_facts(term, n, on, resolve)
            known = term or facts.get("derived")
            if topic and _several(known, n):
                named = plenums.named_by_topic(known, n, topic)
                if facts.get("res") in named:
                    own = facts["res"]  # named by the topic printed after it, not by usage
                elif facts.get("problem") and len(named) == 1:
                    # the article's date refuses the printed term's resolution: kept apart
                    # as without the date, so the date never regroups the mentions
                    (own,) = named
            refs.add(
                ReferenceKind.PLENUM,
                label,
                "Nghị quyết",
                term,
                facts.pop("res"),
                mention,
                own=own,
                **facts,
            )
        taken.add(m.start(), pos)


def _congress_label(mm: re.Match) -> tuple[str, str | None]:
    num = next((mm.group(g) for g in ("cn1", "cn2", "cn3", "cn6", "cn7") if mm.group(g)), None)
    if num is None and mm.group("cn4") and re.search(r"Đảng\s+lần thứ", mm.group(0)):
        num = mm.group("cn4")  # "Đại hội Đảng lần thứ XII": the national congress
    if num is not None:
        term = _term(num)
        return f"Nghị quyết Đại hội đại biểu toàn quốc lần thứ {term}", term
    words = re.sub(r"\s+", " ", mm.group(0)).strip(" ,")
    words = re.sub(r"^(?:,|và)\s*", "", words)
    words = re.sub(r"^(?i:nghị quyết)\s+(?:của\s+)?", "", words)
    words = re.sub(r"^[Đđ]ại hội\s+(?:(?i:đại biểu)\s+)?", "", words)
    words = re.sub(r"^[Đđ]ảng bộ", "Đảng bộ", words)
    if mm.group("cn5"):
        words = re.sub(r",?\s*nhiệm kỳ\s*\d{4}\s*-\s*\d{4}$", "", words)
    return f"Nghị quyết Đại hội {words}", None


def _congress_refs(text: str, view: str, taken: _Spans, refs: _Refs) -> None:
    for m in grammar.CONGRESS_RE.finditer(view):
        if taken.overlaps(m.start(), m.end()):
            continue
        chain = [m]
        pos = m.end()
        while (nxt := grammar.CONGRESS_NEXT_RE.match(view, pos)) is not None:
            chain.append(nxt)
            pos = nxt.end()
        for mm in chain:
            label, term = _congress_label(mm)
            s = mm.start()
            if mm is not m:
                s += len(re.match(r"[ \t,]*(?:và)?[ \t]*", view[s : mm.end()]).group())
            refs.add(
                ReferenceKind.CONGRESS,
                label,
                "Nghị quyết",
                term,
                None,
                _mention(text, s, mm.end()),
                term_in_label=False,
            )
        taken.add(m.start(), pos)


#: The Central Committee's own regulations are numbered N-QĐi/TW from its eighth plenum of
#: khoá XII (08-QĐi/TW, 25/10/2018); before, N-QĐ/TW, as the Politburo's and the Secretariat's
#: ("Quy định 47/2011 của Ban Chấp hành Trung ương" → 47-QĐ/TW). A regulation of the Central
#: Committee by number resolves only with a year stated before 2018 (without one, or later,
#: either code may be meant: khoá XIII went back to N-QĐ/TW).
_CENTRAL_QDI_FROM = 2018


def _reads_as_year(num: str) -> bool:
    """True for a bare number a reader may take for a year ("2010")."""
    return num.isdigit() and len(num) == 4 and 1945 <= int(num) <= 2099


def _issuer_shape(
    noun: str, num: str, issuer: str | None, year: int | None = None, year_alone: bool = False
) -> str | None:
    """The id a number-only reference has when the issuer printed beside it fixes the shape.

    "Chỉ thị 35 của Bộ Chính trị" → 35-CT/TW (the central bodies share the code TW; numbers
    under 10 are printed with a leading zero, "05-CT/TW"); "Nghị quyết 80 của Chính phủ" →
    80/NQ-CP. Anything else (a decree, a ministry, a province: the year or place is missing)
    stays open. ``year``: the year stated for it (its date or "/2011"), which lets a Central
    Committee's regulation resolve (``_CENTRAL_QDI_FROM``); ``year_alone``: that year was
    printed without a day or month, which fixes the Government's decree (N/YYYY/NĐ-CP from
    1998, ``_DECREE_YEAR_CODES_FROM``).
    """
    if not issuer or _reads_as_year(num):
        return None  # "Quy định 2010 của Bộ Chính trị": the number or the year? ambiguous
    padded = num.zfill(2) if num.isdigit() else num
    body = grammar.central_party_body(issuer)
    if body is None and noun in _PARTY_NOUNS and _THE_PARTY_RE.fullmatch(issuer):
        body = "BCH"  # "Nghị quyết 29 của Đảng": the Party's central document
    if body is not None:
        code = grammar.CENTRAL_NOUN_CODES.get(noun)
        if code is None or (
            body == "BCH" and noun == "Quy định" and not (year and year < _CENTRAL_QDI_FROM)
        ):
            return None
        return canonical_id(f"{padded}-{code}/TW")
    if grammar.GOVERNMENT_BODY_RE.fullmatch(issuer) and noun == "Nghị quyết":
        return canonical_id(f"{padded}/NQ-CP")
    if (
        noun == "Nghị định"
        and year_alone
        and year
        and year >= _DECREE_YEAR_CODES_FROM
        and num.isdigit()
        and grammar.GOVERNMENT_BODY_RE.fullmatch(issuer)
    ):
        # "Nghị định 33 (năm 2017) của Chính phủ": the Government's decree with its year alone
        # carries it in its code (33/2017/NĐ-CP), as "Nghị định 33/2017" or "… 33 năm 2017"
        # (``_decree_year_refs``); with a full date ("Nghị định 59 ngày 18/7/2011 của Chính
        # phủ") it stays open, as labelled (fresh45/008, fresh46/011)
        return canonical_id(f"{num}/{year}/NĐ-CP")
    if noun == "Kết luận" and _CENTRAL_PLENUM_RE.fullmatch(" ".join(issuer.split())):
        # "kết luận số 64 … của Hội nghị Trung ương 7": a plenum's conclusion is the Central
        # Committee's, N-KL/TW (its resolutions are left to the plenum table: the old ones
        # are N-NQ/HNTW)
        return canonical_id(f"{padded}-KL/TW")
    return None


#: A plenum of the Central Committee named as the issuer: "Hội nghị Trung ương 7", "Hội nghị
#: lần thứ 7 Ban Chấp hành Trung ương khoá XI", "Hội nghị Trung ương 6 (khoá XII)".
_CENTRAL_PLENUM_RE = re.compile(
    r"(?i:hội nghị)(?: (?i:lần thứ) \d{1,2})?(?: (?i:ban chấp hành|bch))? (?i:trung ương|tw)"
    r"(?: (?i:đảng))?(?: (?:(?i:lần thứ) )?\d{1,2})?(?:,? \(?(?i:kh(?:óa|oá)) [IVXL]+\)?)?"
)


#: What may follow a lower-case noun and bare number that names a printed code again: a clause
#: mark, the end, or a word that goes on about the document ("nghị quyết 65, có …", "quyết định
#: 102 của …", "thông tư 21 về …"), never a counted noun ("quy định 5 nhóm").
_LOWER_BACKREF_END_RE = re.compile(
    r"[ \t]*(?:[,.;:)\n]|\Z)|[ \t]+(?:của|về|và|này|nêu|là|đã|được|theo|thì|quy định)(?!\w)"
    # its date, with or without the year: "theo quyết định 2327 ngày 12-5."
    r"|[ \t]+ngày[ \t]{1,2}\d{1,2}[/.-]\d{1,2}(?!\d)"
    # "Trong nghị định 79 cũng quy định rõ …": an adverb, then the verb the document does
    r"|[ \t]+(?:cũng|vẫn|đều|còn)[ \t]+quy định(?!\w)"
)


_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:)\n]|\Z)")
#: A second number after "và" under the same noun, without the noun again: "nghị định 68 và 81
#: của chính phủ", "các nghị quyết số 01 và 02 vào ngày …"; only where the clause ends, or
#: "của", "do", "về", "vào", "đã", "được", "cùng", "đều" or a date follows it ("nghị định 68 và
#: 12 tháng …" is no second decree).
_AND_NUMBER_RE = re.compile(
    r"[ \t]{1,3}và[ \t]{1,3}(?:số[ \t]{1,3})?(?P<num>\d{1,4}[a-zA-Z]?)(?![\w/.,-]\d|[\w/-])"
    r"(?=[ \t]*(?:[,.;:)\n]|\Z)|[ \t]{1,3}(?:của|do|về|vào|đã|được|cùng|đều)(?!\w)"
    r"|[ \t]{1,3}ngày[ \t]{1,3}\d)"
)
#: A second Party document of another noun after "và", then "của"/"do": "nghị quyết 33 và kết
#: luận 75 của Bộ Chính trị" (``_number_refs`` gives the central body after it to both).
_AND_NOUN_NUMBER_RE = re.compile(
    rf"[ \t]{{1,3}}và[ \t]{{1,3}}{grammar.NOUN}(?:[ \t]{{1,3}}(?i:số)[ \t]{{0,2}}:?)?[ \t]{{1,3}}"
    r"\d{1,4}[a-zA-Z]?(?![\w/.,-]\d|[\w/-])(?=[ \t]{1,3}(?:của|do)(?!\w))"
)
#: A lower-case word right after a bare number that is no function word: the noun the number
#: counts ("kết luận 118 thùng", "quy định 5 nhóm").
_COUNTED_AFTER_RE = re.compile(
    r"[ \t]+(?!(?:của|về|và|này|nêu|là|đã|được|theo|thì|quy|có|ngày|năm|do|số|vừa|mới|ban"
    r"|cũng|sẽ|đang|với|tại|trong|cho|nhằm|để|hướng|yêu|ký|thực|gửi|không|chưa|đều|vẫn"
    # what a decision does is no counted noun either ("Phó chủ tịch UBND TP ký quyết định
    # 6565 phê duyệt điều chỉnh quy hoạch …")
    r"|phê duyệt|thành lập|bổ nhiệm|công nhận|thu hồi|giao đất|cho phép)(?!\w))"
    r"[a-zđà-ỹ]+(?!\w)"
)

#: Type nouns that are never a verb nor a common word in lower case: "nghị định 102 về xử phạt
#: …", "chỉ thị 04 của NH Nhà nước" name a document by number even with no issuer printed (unlike
#: "quy định 5 nhóm", "quyết định 3 việc", "thông báo 2 lần").
_NEVER_VERB_NOUNS = frozenset({"Nghị định", "Thông tư", "Chỉ thị", "Nghị quyết"})
#: What else may follow such a noun and its number: a verb phrase that only a document does
#: ("nghị định 54 hướng dẫn thực hiện …", "thông tư 11 sửa đổi …", "nghị định 86 thay thế …",
#: "thông tư 22 thay cho …", "nghị định 85 xử phạt …"), the verb "có" ("là nghị định 116 có tác
#: động lớn …"), "trước đây", "mới đây" or "hiện hành" ("so với nghị định 147 trước đây về …")
#: or a bracket that is no count ("nghị định 81 (có hiệu lực từ …)"; never "(2 năm)").
_NEVER_VERB_GOES_ON_RE = re.compile(
    r"[ \t]+(?:hướng dẫn|sửa đổi|thay thế|thay cho|xử phạt|có|trước đây|mới đây|hiện hành)(?!\w)"
    r"|[ \t]*\((?![ \t]*\d)"
)


def _reads_as_number(view: str, m: re.Match[str], num: str, end: int) -> bool:
    """A lower-case never-verb noun right before a bare number (no words between, no year,
    not the start of a count: "nghị quyết 2 năm") that ends the clause or goes on about the
    document ("nghị định 102 về …", "chỉ thị 04 của …")."""
    return (
        num.isdigit()
        and not _reads_as_year(num)
        and view[m.end("noun") : m.end()].strip() == ""
        and (
            _LOWER_BACKREF_END_RE.match(view, end) is not None
            or _NEVER_VERB_GOES_ON_RE.match(view, end) is not None
        )
    )


#: A preposition that takes a noun: after it a lower-case noun that may be a verb elsewhere is
#: the noun ("điều chỉnh bằng quyết định 02, …", "thực hiện theo quyết định 15.").
#: The preposition in either case: it opens the sentence as well ("Theo quyết định 6888 về …").
#: "của" (of) too: after it a noun, never a verb ("nội dung của quyết định 260 vừa được …").
_NOUN_PREPOSITION_RE = re.compile(r"(?<!\w)(?:[Bb]ằng|[Tt]heo|[Tt]ại|[Tt]rong|của)[ \t]+\Z")


#: "trung ương" in lower case right after a resolution's number, with "của" or without it,
#: then its topic or the clause's end ("nghị quyết 29 của trung ương về đổi mới căn bản …",
#: "thực hiện nghị quyết 29 trung ương, nghị quyết 44 …"): the Central Committee, as "của
#: Trung ương" is; a resolution of the Government or the Assembly is never so named. Other
#: nouns are left open ("chỉ thị 16 của trung ương" may be the Prime Minister's).
_LOWER_CENTRAL_RE = re.compile(
    r"(?:[ \t]*,?[ \t]*của[ \t]{1,3}|[ \t]{1,3})(?P<body>trung ương(?:[ \t]{1,3}[Đđ]ảng)?)"
    r"(?=[ \t]*(?:[,;.:)\n]|\Z)|[ \t]{1,3}về(?!\w))"
)

#: The Prime Minister or the Government right after a bare number without "của", then the
#: clause's end ("theo quy hoạch thoát nước (quyết định 752 Thủ tướng) đến năm 2020"), after a
#: decision's or a never-verb noun only ("quy định 5 …" may count); never before another word
#: (the body may open a clause: "… nghị quyết 15 Chính phủ đã giao …").
_GOVERNMENT_RIGHT_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?P<body>Thủ tướng(?:[ \t]Chính phủ)?|Chính phủ)(?=[ \t]*(?:[,;.:)\n]|\Z))"
)

#: "của Đảng" (also "Đảng ta", "Đảng Cộng sản Việt Nam") right after a resolution's, a
#: directive's or a conclusion's number, then its topic or the clause's end ("theo Nghị quyết
#: 29 của Đảng, Chương trình hành động của Chính phủ"): the Party's own, a central document
#: (N-NQ/TW, N-CT/TW, N-KL/TW: ``_issuer_shape``); never "Đảng uỷ", "Đảng bộ" or another
#: country's party ("Đảng Cộng sản Trung Quốc"), nor another noun ("Quy định" may be QĐi).
_OF_THE_PARTY_RE = re.compile(
    r"[ \t]*,?[ \t]*của[ \t]{1,3}(?P<body>Đảng(?:[ \t]{1,3}(?:ta|Cộng sản Việt Nam))?)"
    r"(?=[ \t]*(?:[,;.:)\n]|\Z)|[ \t]{1,3}về(?!\w))"
)
_PARTY_NOUNS = frozenset({"Nghị quyết", "Chỉ thị", "Kết luận"})
#: The Party named by itself as an issuer (``_OF_THE_PARTY_RE``'s body).
_THE_PARTY_RE = re.compile(r"Đảng(?:[ \t]{1,3}(?:ta|Cộng sản Việt Nam))?")


#: What ``grammar.ISSUED_YEAR_RE`` needs, found first by its literal words ("ban hành"): the
#: year pattern itself opens with a look-behind, tried at every position of the text.
_ISSUED_YEAR_HINT = re.compile(r"ban hành[ \t]{1,2}(?:vào[ \t]{1,2})?(?i:năm)")


class _IssuedYears:
    """``grammar.ISSUED_YEAR_RE``'s matches, tried only around each "ban hành … năm"."""

    def finditer(self, view: str):
        for hm in _ISSUED_YEAR_HINT.finditer(view):
            lo, hi = max(0, hm.start() - 12), min(len(view), hm.end() + 12)
            if ym := grammar.ISSUED_YEAR_RE.search(view, lo, hi):
                yield ym


class _BracketYears:
    """A decree's year in brackets right after its number: "nghị định 46 (năm 2014)", "Nghị định
    33 (năm 2017) của Chính phủ" → 46/2014/NĐ-CP, as " năm 2014" is read (``_decree_year_refs``
    only; a bracket with a day, a month or anything else before its year is not read)."""

    _RE = re.compile(r"(?<=\d)[ \t]\((?:năm|Năm)[ \t](?P<year>(?:19|20)\d\d)\)")

    def finditer(self, view: str):
        if "(năm " in view or "(Năm " in view:
            yield from self._RE.finditer(view)


#: "dự thảo" (draft) right before a document noun: the draft of a new text, not the numbered one.
_DRAFT_BEFORE_RE = re.compile(r"(?<!\w)(?i:dự thảo)[ \t]+\Z")


#: What may also follow the number of a decision or a never-verb noun after a preposition or a
#: verb that takes a document: a word of purpose or beneficiary ("theo nghị quyết 03 cho người
#: lao động", "thực hiện nghị định 105 để …", "theo quyết định 12 nhằm …") or a verb of what a
#: decision does; never after "quy định" ("theo quy định 2 cho mỗi hộ" may count).
_PURPOSE_AFTER_RE = re.compile(
    r"[ \t]+(?:để|cho|nhằm"
    # or what a decision does: "ký quyết định 6565 phê duyệt điều chỉnh quy hoạch …", "theo
    # quyết định 12 thành lập tổ …", "ký quyết định 15 bổ nhiệm ông A"; or when it was
    # issued: "tại quyết định 479 ban hành vào năm 2004"
    r"|phê duyệt|thành lập|bổ nhiệm|công nhận|thu hồi|giao đất|cho phép|ban hành"
    # or that it was just passed or proposed: "của quyết định 260 vừa được Bộ … đề nghị"
    r"|(?:vừa|mới)[ \t]+được)(?!\w)"
)
_PURPOSE_NOUNS = _NEVER_VERB_NOUNS | {"Quyết định"}


def _after_preposition(view: str, m: re.Match[str], num: str, start: int, end: int) -> bool:
    """A lower-case noun right after "bằng"/"theo"/"tại", an opening bracket or a verb that
    takes a document ("thực hiện", "căn cứ (vào)", "áp dụng", "là": ``TAKES_DOCUMENT_RE``), then
    a bare number (no words between, no year) that ends the clause or goes on with a function word
    ("… bằng quyết định 02, gần đây nhất là …", "thực hiện quyết định 648 về …"; for a decision
    or a never-verb noun also a word of purpose, ``_PURPOSE_AFTER_RE``): a document, whatever
    the noun; never a count ("theo quy định 5 năm")."""
    return (
        num.isdigit()
        and not _reads_as_year(num)
        and view[m.end("noun") : m.end()].strip() == ""
        and (
            _LOWER_BACKREF_END_RE.match(view, end) is not None
            or (
                grammar.noun_of(m) in _PURPOSE_NOUNS
                and _PURPOSE_AFTER_RE.match(view, end) is not None
            )
        )
        and (
            _NOUN_PREPOSITION_RE.search(view, max(0, start - 8), start) is not None
            or grammar.TAKES_DOCUMENT_RE.search(view, max(0, start - 20), start) is not None
            # "… đã phê duyệt năm 2005 (quyết định 6566).": a bracket opened right before the
            # noun names what the clause speaks of, as a preposition does
            or view[max(0, start - 2) : start].rstrip(" \t").endswith("(")
        )
    )


#: After a plan's bare number: the clause's end, or who signed or issued it ("kế hoạch 41 do
#: ông Dũng ký ban hành": a name or a body, capitalised, then the verb): ``_plan_by_number``.
_PLAN_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:)\n]|\Z)")
_PLAN_SIGNED_BY_RE = re.compile(
    rf"[ \t]{{1,2}}do[ \t]{{1,2}}(?:(?:ông|bà|đồng chí)[ \t]{{1,2}})?[{grammar.UPPER}]"
    r"(?:(?![ \t](?:nên|vì|mà|và|nhưng)[ \t])[^,.;:()\n]){0,50}?[ \t]{1,2}(?:đã[ \t]{1,2})?"
    r"(?:ký|kí|ban hành)(?!\w)"
)


def _plan_by_number(view: str, m: re.Match[str], num: str, start: int, end: int) -> bool:
    """A plan by its bare number, a document and not a name ("chương trình 135"): right after
    "theo"/"tại"/"bằng"/"trong" with the clause ending after it ("đo đạc lại theo Kế hoạch 41,
    …"), or with who signed or issued it after it ("kế hoạch 41 do ông Dũng ký ban hành")."""
    if not num.isdigit() or _reads_as_year(num) or view[m.end("noun") : m.end()].strip():
        return False
    if _PLAN_SIGNED_BY_RE.match(view, end):
        return True
    return (
        _PLAN_CLAUSE_END_RE.match(view, end) is not None
        and _NOUN_PREPOSITION_RE.search(view, max(0, start - 8), start) is not None
    )


def _number_refs(
    text: str, view: str, taken: _Spans, groups: list[dict], refs: _Refs, on: str | None
) -> None:
    plenum_terms: dict[int, set[str]] | None = None  # read when first needed
    by_number: dict[str, list[dict]] = {}
    for g in groups:
        by_number.setdefault(g["parsed"].number.lstrip("0"), []).append(g)
    for nm in grammar.NUMBER_RE.finditer(view):
        m = grammar.NOUN_BEFORE_NUMBER_RE.search(view, max(0, nm.start() - 40), nm.start())
        if m is None and _SO_BEFORE_RE.search(view, max(0, nm.start() - 8), nm.start()):
            # "Quyết định giải quyết khiếu nại số 333"
            m = grammar.DESCRIBED_NOUN_BEFORE_NUMBER_RE.search(
                view, max(0, nm.start() - 90), nm.start()
            )
            if m is None and _CLAUSE_END_RE.match(view, nm.end()):
                # "theo quyết định thanh tra số 106.": the noun in lower case, the clause ends
                m = grammar.LOWER_DESCRIBED_NOUN_BEFORE_NUMBER_RE.search(
                    view, max(0, nm.start() - 60), nm.start()
                )
        if m is None:
            continue
        s, e = m.start("noun"), nm.end()
        if taken.overlaps(s, e):
            continue
        noun = grammar.noun_of(m)
        num = nm.group("num")
        has_so = m.group("so") is not None
        # "dự thảo Nghị định 86 quy định …": the draft that will replace decree 86, not decree
        # 86 itself; never a back-reference to the code the text prints, never resolved
        draft = _DRAFT_BEFORE_RE.search(view, max(0, s - 16), s) is not None
        if not noun:
            # "Văn bản 3559 là một thông báo" after "Văn bản 3559/TB-A61-A92": the generic noun
            # and the number of a code the text printed before with that same noun
            target = _letter_backref(by_number.get(num.lstrip("0"), ()), num, s)
            if target is not None and not taken.overlaps(s, e):
                target["mentions"].append(_mention(text, s, e))
            continue
        pm = grammar.NUMBER_PLENUM_RE.match(view, e)
        signed = None
        dm = None
        if pm is None and noun == "Nghị quyết":
            dm = grammar.DATE_THEN_PLENUM_RE.match(view, e)
        if dm is not None:
            # "Nghị quyết 26 ngày 19-5-2018 của Hội nghị lần thứ 7 Ban Chấp hành Trung ương"
            signed = _date(dm)
            pm = grammar.NUMBER_PLENUM_RE.match(view, dm.end()) if signed else None
        if pm is not None and noun == "Nghị quyết":
            n = grammar.plenum_number(pm)
            term = _term(pm.group("pterm"))
            label = f"Nghị quyết {num} Hội nghị Trung ương {n}"
            # without a printed term, the one in office on the resolution's own date (when
            # printed) rather than on the article's
            facts = _plenum_facts(
                term,
                n,
                on if term or signed is None else signed,
                lambda t, n=n, num=num: plenums.resolve_numbered(t, n, num),
            )
            facts = _numbered_by_term(facts, term, n, num)
            refs.add(
                ReferenceKind.NUMBER_AND_PLENUM,
                label,
                noun,
                term,
                facts.pop("res"),
                _mention(text, s, pm.end()),
                number=num,
                **facts,
            )
            taken.add(s, pm.end())
            continue
        _end, issuer, date, term = _tail(view, e)
        second = None if draft else _AND_NUMBER_RE.match(view, e)
        if second is not None and taken.overlaps(second.start("num"), second.end("num")):
            second = None
        if second is not None and issuer is None and date is None:
            # "nghị định 68 và 81 của chính phủ": what follows the second number is said of both
            _end, issuer, date, term = _tail(view, second.end())
        if (
            second is None
            and issuer is None
            and date is None
            and noun in grammar.CENTRAL_NOUN_CODES
            and (an := _AND_NOUN_NUMBER_RE.match(view, e))
            and grammar.NOUN_BY_SPELLING[an.group("noun").lower()] in grammar.CENTRAL_NOUN_CODES
        ):
            # "nghị quyết 33 và kết luận 75 của Bộ Chính trị": a central Party body after the
            # second of two Party documents is the issuer of both (any other body, "nghị định 15
            # và thông tư 12 của Bộ Tài chính", is the second's only)
            _e2, issuer2, _d2, term2 = _tail(view, an.end())
            if issuer2 and grammar.central_party_body(issuer2) is not None:
                issuer, term = issuer2, term or term2
        if (
            issuer is None
            and noun in _PURPOSE_NOUNS
            and (gm := _GOVERNMENT_RIGHT_AFTER_RE.match(view, e))
        ):
            # "(quyết định 752 Thủ tướng)": the Prime Minister or the Government right after
            # the number, without "của", closing the clause, is its issuer
            issuer = gm.group("body")
        if issuer is None and noun == "Nghị quyết" and (lc := _LOWER_CENTRAL_RE.match(view, e)):
            # "nghị quyết 29 của trung ương về đổi mới …": the Central Committee in lower case
            issuer = lc.group("body")
        if issuer is None and noun in _PARTY_NOUNS and (pm := _OF_THE_PARTY_RE.match(view, e)):
            # "đổi mới giáo dục theo Nghị quyết 29 của Đảng, …": the Party's own
            issuer = pm.group("body")
        if issuer is None:
            b_issuer, _b_date, b_term, _lead = _before(view, s)
            issuer, term = b_issuer, term or b_term
            if (
                issuer is not None
                and date is None
                and not has_so
                and not m.group("noun")[0].isupper()
                and noun not in _NEVER_VERB_NOUNS
                and _COUNTED_AFTER_RE.match(view, e)
            ):
                # "công an tỉnh Phú Thọ ra kết luận 118 thùng phuy là vô chủ": a lower-case
                # noun that may be a verb, a number and the noun it counts; the body before is
                # no issuer of a document
                continue
        stated = issuer is not None or date is not None
        if (
            not has_so
            and (noun in grammar.NOUNS_NEEDING_SO or m.group("guide"))
            and not _issuer_after_number(view, e, noun, num, m)
            and not (
                noun == "Kế hoạch" and not m.group("guide") and _plan_by_number(view, m, num, s, e)
            )
        ):
            # "chương trình 135", "kế hoạch 2015": names and years, not numbers ("Thông tư
            # hướng dẫn 3 nội dung": the verb); but "Hướng dẫn 40" after "Hướng dẫn số
            # 40-HD/BTCTW" in the same text is that document again
            target = None
            if m.group("noun")[0].isupper() and not draft:
                target = _backref_target(by_number.get(num.lstrip("0"), ()), noun, num, s)
            if target is not None:
                target["mentions"].append(_mention(text, s, e))
            continue
        if (
            not has_so
            and not m.group("noun")[0].isupper()
            and not stated
            and not (noun in _NEVER_VERB_NOUNS and _reads_as_number(view, m, num, e))
            and not _after_preposition(view, m, num, s, e)
            and not (noun == "Kế hoạch" and _plan_by_number(view, m, num, s, e))
        ):
            # "quy định 5 nhóm": a verb, unless an issuer or a date follows; but "… và nghị
            # quyết 65, có văn bản …" after "nghị quyết 65/2006/NQ-QH11" names that document
            # again: the same noun and number as a code the text prints, the clause ending or
            # going on with a function word right after the number
            if _LOWER_BACKREF_END_RE.match(view, e) and not draft:
                target = _backref_target(by_number.get(num.lstrip("0"), ()), noun, num, s)
                if target is not None:
                    target["mentions"].append(_mention(text, s, e))
            continue
        if not has_so and re.fullmatch(r"(?:19|20)\d\d", num) and not stated:
            continue  # "Nghị quyết 2020": a year, unless an issuer or a date follows
        target = None
        if not draft:
            target = _backref_target(by_number.get(num.lstrip("0"), ()), noun, num, s)
        if target is not None:
            target["mentions"].append(_mention(text, s, e))
            _fill_from_number(target, issuer, term)
            continue
        pb = grammar.PLENUM_BODY_RE.fullmatch(issuer) if issuer and noun == "Nghị quyết" else None
        if pb is not None:  # "Hội nghị Trung ương 8 (khoá VI) đã ra Nghị quyết 8B"
            n = grammar.plenum_number(pb)
            if plenum_terms is None:
                plenum_terms = _plenum_terms(view)
            printed = _term(pb.group("pterm")) or term
            known = plenum_terms.get(n, set())
            term = printed or (next(iter(known)) if len(known) == 1 else None)
            facts = _plenum_facts(
                term, n, on, lambda t, n=n, num=num: plenums.resolve_numbered(t, n, num)
            )
            refs.add(
                ReferenceKind.NUMBER_AND_PLENUM,
                f"Nghị quyết {num} Hội nghị Trung ương {n}",
                noun,
                term,
                facts.pop("res"),
                _mention(text, s, e),
                number=num,
                issuer=issuer,
                **facts,
            )
            continue
        year = int(date[:4]) if date else None  # "Quy định số 30, ngày 26/7/2016 của …"
        _add_number_only(
            refs,
            text,
            noun,
            num,
            s,
            e,
            term,
            issuer,
            resolve=not draft,
            year=year,
            year_alone=date is not None and len(date) == 4,
        )
        if second is not None:
            # the second number under the same noun, with the same issuer and term
            num2, s2, e2 = second.group("num"), second.start("num"), second.end("num")
            target = _backref_target(by_number.get(num2.lstrip("0"), ()), noun, num2, s2)
            if target is not None:
                target["mentions"].append(_mention(text, s2, e2))
                continue
            _add_number_only(refs, text, noun, num2, s2, e2, term, issuer)
            taken.add(s2, e2)


def _add_number_only(
    refs: _Refs,
    text,
    noun,
    num,
    s,
    e,
    term,
    issuer,
    *,
    resolve: bool = True,
    year=None,
    year_alone: bool = False,
) -> None:
    """Add "<noun> <num>" at ``s:e`` as a number-only reference, resolved when the issuer fixes
    its code's shape (``_issuer_shape``) and ``resolve`` (a draft never is)."""
    res = _issuer_shape(noun, num, issuer, year, year_alone) if resolve else None
    refs.add(
        ReferenceKind.NUMBER_ONLY,
        f"{noun} {num}",
        noun,
        term,
        res,
        _mention(text, s, e),
        issuer=issuer,
        number=num,
        by="issuer" if res else None,
    )


#: A number of a list: no letter, slash, dot or dash after it, nor a comma and a digit (a decimal).
_LIST_ITEM = r"\d{1,4}(?![\w/.-]|,\d)"
#: Numbers listed under one noun ("Nghị quyết 01, 02 của Chính phủ", "Nghị quyết số 19, 35 của
#: Chính phủ về …", "nghị định 15, 16 và 17 của Chính phủ"): two to six numbers joined by ", ",
#: the last one by ", " or "và"; matched from the list's first number, the noun read before it.
_NUMBER_LIST_RE = re.compile(
    rf"(?<![\w/.,-]){_LIST_ITEM}(?:[ \t]?,[ \t]{{1,2}}{_LIST_ITEM}){{0,4}}"
    rf"(?:[ \t]?,[ \t]{{1,2}}|[ \t]{{1,3}}và[ \t]{{1,3}}){_LIST_ITEM}"
    r"(?![ \t]?[-/][ \t]?\w|[ \t]?,[ \t]{0,2}\d|[ \t]{1,3}và[ \t]{1,3}\d)"
)
#: Where a list may be: a comma, a space and a digit (a literal first: quick over a whole text).
_LIST_COMMA_RE = re.compile(r",[ \t]{1,2}\d")
_LIST_NUMBER_RE = re.compile(r"\d+")


def _number_lists(view: str):
    """``_NUMBER_LIST_RE``'s matches, each tried only from the number before a comma."""
    done = -1
    for cm in _LIST_COMMA_RE.finditer(view):
        j = cm.start()
        if j <= done:
            continue
        if j > 0 and view[j - 1] in " \t":
            j -= 1
        k = j
        while k > 0 and j - k <= 4 and view[k - 1].isdigit():
            k -= 1
        if k < j and (lm := _NUMBER_LIST_RE.match(view, k)) is not None:
            done = lm.end()
            yield lm


#: What may follow a list of numbers under a never-verb noun with no issuer after it: the
#: clause's end or a function word (as after one number, ``_LOWER_BACKREF_END_RE``), or "trong"
#: ("Nghị quyết 01, 02 trong tháng 3"); never a counted noun ("Điều 3, 4 năm").
_LIST_GOES_ON_RE = re.compile(
    r"[ \t]*(?:[.;:)\n]|\Z)|[ \t]+(?:về|và|này|nêu|là|đã|được|theo|thì|trong|cũng|vẫn|đều)(?!\w)"
)


def _number_list_refs(text: str, view: str, taken: _Spans, groups: list[dict], refs: _Refs) -> None:
    """Numbers listed under one noun, with the issuer printed after the last of them: one
    number-only reference each, the issuer theirs ("Nghị quyết 01, 02 của Chính phủ" → 01/NQ-CP
    and 02/NQ-CP, as "nghị định 68 và 81 của chính phủ" gives it to both). Only with an issuer
    after the list (a list without one may be of articles or counts), never a programme's
    numbers ("chương trình 134, 135 của Chính phủ") nor a year, and only a capitalised noun, a
    never-verb noun or one with "số". Without an issuer only under a capitalised never-verb
    noun ("Nghị quyết", "Nghị định", "Thông tư", "Chỉ thị"), the list ending the clause or going
    on with a function word (``_LIST_GOES_ON_RE``): "thực hiện nghiêm túc Nghị quyết 01, 02
    trong tháng 3" (a number the text prints in a code is a mention of that code)."""
    by_number: dict[str, list[dict]] = {}
    for g in groups:
        by_number.setdefault(g["parsed"].number.lstrip("0"), []).append(g)
    for lm in _number_lists(view):
        m = grammar.NOUN_BEFORE_NUMBER_RE.search(view, max(0, lm.start() - 40), lm.start())
        if m is None or not (noun := grammar.noun_of(m)) or noun in grammar.NOUNS_NEEDING_SO:
            continue
        has_so = m.group("so") is not None
        if not (has_so or m.group("noun")[0].isupper() or noun in _NEVER_VERB_NOUNS):
            continue
        s = m.start("noun")
        if taken.overlaps(s, lm.end()) or _DRAFT_BEFORE_RE.search(view, max(0, s - 16), s):
            continue
        numbers = list(_LIST_NUMBER_RE.finditer(view, lm.start(), lm.end()))
        if any(_reads_as_year(n.group()) for n in numbers):
            continue
        _end, issuer, _date, term = _tail(view, lm.end())
        if issuer is None and not (
            noun in _NEVER_VERB_NOUNS
            and m.group("noun")[0].isupper()
            and _LIST_GOES_ON_RE.match(view, lm.end())
        ):
            continue
        for i, n in enumerate(numbers):
            num, a, b = n.group(), (s if i == 0 else n.start()), n.end()
            target = _backref_target(by_number.get(num.lstrip("0"), ()), noun, num, a)
            if target is not None:
                target["mentions"].append(_mention(text, a, b))
                continue
            _add_number_only(refs, text, noun, num, a, b, term, issuer)
        taken.add(s, lm.end())


#: Decrees carry their year in the code from 1998 on ("Nghị định 43/1998/NĐ-CP"); before that
#: the code was "N/CP": a number and an earlier year do not fix it.
_DECREE_YEAR_CODES_FROM = 1998
#: The Council of Judges of the Supreme People's Court numbers its resolutions N/YYYY/NQ-HĐTP
#: (01/2000/NQ-HĐTP on): from 2000 its number and year fix the code.
_JUDGES_YEAR_CODES_FROM = 2000
#: The first year whose Prime Minister's directives are coded N/CT-TTg, without the year (the law
#: of 2008 on normative documents, in force in 2009, left directives out of them; 2010 to be
#: safe: "Chỉ thị 24/2007/CT-TTg" is of the older shape).
_PM_DIRECTIVE_YEARLESS_FROM = 2010
#: The Prime Minister named as the issuer ("Thủ tướng", "Thủ tướng Chính phủ").
_PRIME_MINISTER_RE = re.compile(r"(?i:thủ tướng)(?:[ \t]+(?i:chính phủ))?")


def _decree_year_refs(
    text: str, view: str, taken: _Spans, refs: _Refs, years=grammar.SLASH_YEAR_RE
) -> None:
    """ "Nghị định 34/2011": a number-only reference the noun resolves (34/2011/NĐ-CP).
    ``years``: how the year follows the number ("/2011"; ``grammar.WORD_YEAR_RE``: " năm 2011";
    ``_DASH_YEAR_RE``: "-2009", "nghị định số 12-2009 của Chính phủ" → 12/2009/NĐ-CP, the
    number at most three digits, so never a range of years, "2008-2012")."""
    if "ghị định" not in view:
        return
    for ym in years.finditer(view):
        if "định" not in view[max(0, ym.start() - 30) : ym.start()]:
            continue  # no noun before: most dates ("5-6-2018"), quickly
        m = grammar.DECREE_BEFORE_YEAR_RE.search(view, max(0, ym.start() - 30), ym.start())
        if m is None:
            continue
        s, e = m.start("noun"), ym.end()
        if taken.overlaps(s, e):
            continue
        num, year = m.group("num"), int(ym.group("year"))
        res = canonical_id(f"{num}/{year}/NĐ-CP") if year >= _DECREE_YEAR_CODES_FROM else None
        _end, issuer, _date_stated, _term_stated = _tail(view, e)  # "… của Chính phủ"
        refs.add(
            ReferenceKind.NUMBER_ONLY,
            f"Nghị định {num}/{year}",
            "Nghị định",
            None,
            res,
            _mention(text, s, e),
            issuer=issuer,
            number=num,
            by="issuer" if res else None,
        )
        taken.add(s, e)


def _ministry_key(name: str) -> str:
    words = re.split(r"[\s,&-]+", _folded(name))
    return " ".join(w for w in words if w and w != "và")


#: Ministries' names (by ``_ministry_key``: case, "và", dashes and commas aside) → their letters
#: in a code ("Bộ Công thương" → "BCT").
_MINISTRY_CODES = {
    _ministry_key(name): code
    for code, name in grammar.STATE_IMPLIED_ISSUERS.items()
    if name.startswith("Bộ ")
}


#: Short names a ministry is called by (``_ministry_key`` form) → the years whose circulars that
#: name's ministry numbered and their letters (``grammar.MINISTRY_SHORT_NAMES``, the one table).
_MINISTRY_SHORT_CODES = {
    _ministry_key(f"Bộ {name}"): spans for name, spans in grammar.MINISTRY_SHORT_NAMES.items()
}
#: A ministry named by its abbreviation: "Bộ GTVT", "Bộ NN&PTNT", "Bộ LĐ-TB&XH" (its letters,
#: "&" and "-" left out, after "B" are its code's).
_MINISTRY_ABBR_NAME = re.compile(r"[Bb]ộ[ \t]+([A-ZĐ][A-ZĐ&-]*[A-ZĐ])")


#: Bodies other than ministries whose circulars have one code shape, N/YYYY/TT-<letters>, with
#: the first year it is certain: the State Bank (its governor's normative documents are
#: circulars under the 2010 Law on the State Bank, in force 2011: "Thông tư 11/2017 của Ngân
#: hàng nhà nước" → 11/2017/TT-NHNN) and the Supreme People's Court (its own circulars under
#: the 2014 Law on the Organisation of People's Courts, in force 2015: "Thông tư 02/2018 Toà án
#: nhân dân tối cao" → 02/2018/TT-TANDTC), and the Government Inspectorate (the Inspector
#: General's circulars under the 2008 Law on Legal Documents, in force 2009: "Thông tư 08/2013
#: của Thanh tra Chính phủ" → 08/2013/TT-TTCP). The body as printed, whole, or its office holder.
_CIRCULAR_BODIES = (
    (
        re.compile(r"(?i:(?:thống đốc[ \t]+)?(?:ngân hàng nhà nước(?:[ \t]+việt nam)?|NHNN))"),
        "NHNN",
        2011,
    ),
    (
        re.compile(
            r"(?i:(?:chánh án[ \t]+)?(?:(?:toà|tòa)[ \t]+án[ \t]+nhân[ \t]+dân|TAND)[ \t]+tối"
            r"[ \t]+cao|TANDTC)"
        ),
        "TANDTC",
        2015,
    ),
    (
        re.compile(r"(?i:(?:tổng[ \t]+)?thanh[ \t]+tra[ \t]+chính[ \t]+phủ)|TTCP"),
        "TTCP",
        2009,
    ),
)


#: A minister's title right before his ministry's name: "Thông tư số 12/2017 của Bộ trưởng bộ
#: GTVT" is that ministry's circular (a minister issues his ministry's circulars), the name
#: after the title read as the ministry alone; never a deputy ("Thứ trưởng") nor a name.
_MINISTER_BEFORE_RE = re.compile(r"(?i:bộ[ \t]+trưởng)[ \t]+(?=[Bb]ộ[ \t])")


def _circular_code(name: str, year: int) -> str | None:
    """The letters a circular of ``year`` by the body ``name`` carries in its code: a
    ministry's (``_ministry_code``; also with its minister's title before it), or the State
    Bank's or the Supreme Court's from the year their shape is certain (``_CIRCULAR_BODIES``);
    None for any other body."""
    if m := _MINISTER_BEFORE_RE.match(name.strip()):
        name = name.strip()[m.end() :]
    if code := _ministry_code(name, year):
        return code
    for pattern, code, first in _CIRCULAR_BODIES:
        if year >= first and pattern.fullmatch(name.strip()):
            return code
    return None


def _circular_body_after(view: str, end: int) -> str | None:
    """The State Bank or the Supreme Court printed right after a circular's number and year,
    without "của" ("Thông tư 02/2018 Toà án nhân dân tối cao quy định …"): their names cannot
    be read as anything else there; after "của" also by the abbreviation that is no other
    body's ("Thông tư 08/2016 của NHNN", "… của TANDTC", "… của TTCP")."""
    m = _OF_SPACES_RE.match(view, end)
    at = m.end() if m else end
    if at == end:
        return None
    for pattern, _code, _first in _CIRCULAR_BODIES:
        if (bm := pattern.match(view, at)) and not view[bm.end() : bm.end() + 1].isalnum():
            return bm.group()
    return None


_OF_SPACES_RE = re.compile(r"[ \t]{1,2}(?:của[ \t]{1,2})?")


def _ministry_code(name: str, year: int) -> str | None:
    """The letters a ministry's circular of ``year`` carries in its code, from the ministry's
    name as printed ("Bộ Công thương" → "BCT", "Bộ GTVT" → "BGTVT", "Bộ Nông nghiệp" in 2016 →
    "BNNPTNT"); None for any other body."""
    key = _ministry_key(name)
    if key in _MINISTRY_CODES:
        return _MINISTRY_CODES[key]
    for first, last, code in _MINISTRY_SHORT_CODES.get(key, ()):
        if first <= year <= last:
            return code
    if m := _MINISTRY_ABBR_NAME.fullmatch(name.strip()):
        code = "B" + re.sub(r"[&-]", "", m.group(1))
        if code in _MINISTRY_CODES.values():
            return code
    return None


#: An article, clause or point right before a document noun: "Điều 12 Thông tư 01/2016", "khoản
#: 2 Điều 5 Quyết định 03/2019" (what follows is a text with articles, never a month).
_PART_BEFORE_RE = re.compile(r"(?i:điều|khoản|điểm)[ \t]{1,2}\d{1,3}[a-zđ]?,?[ \t]{1,2}\Z")


#: A circular's year joined to its number by a dash: "thông tư số 26-2012 của Bộ Tài chính",
#: "TAND tối cao … theo thông tư số 02-2018" (``_number_year_refs`` reads it as the year in
#: words: only for a circular whose printed issuer fixes the code, N/YYYY/TT-<its letters>).
#: (The dash first, the digit before it checked after: the same matches, found by the dash's
#: literal search rather than by trying the lookbehind at every position, a fifth of the time.)
_DASH_YEAR_RE = re.compile(r"-(?<=\d-)(?P<year>(?:19|20)\d\d)(?![\w/-]|[.,]\d)")


#: A circular by number alone joined by "và" to a second one right before it, the noun printed
#: again: "Thông tư số 26 và Thông tư số 27 năm 2016 của bộ …" (``_number_year_refs`` gives
#: the first the second's year in words and ministry); never a bare number ("Thông tư 26 và 27
#: …"), another noun ("Nghị định 26 và Thông tư 27 …") nor a year in figures after a slash.
_FIRST_CIRCULAR_BEFORE_RE = re.compile(
    r"(?<!\w)[Tt]hông[ \t]tư(?:[ \t]{1,2}số)?[ \t]{1,2}(?P<num>\d{1,4})"
    r"[ \t]{1,3}và[ \t]{1,3}\Z"
)


#: "Bộ này ban hành Thông tư 47/2010" ("this ministry issued …"): the subject names again the
#: ministry printed before it in the same sentence (``_this_ministry``).
_THIS_MINISTRY_RE = EndGated(
    re.compile(
        r"(?<!\w)Bộ[ \t]này[ \t]{1,2}(?:(?:đã|vừa|mới|cũng)[ \t]{1,2})?ban[ \t]hành[ \t]{1,2}\Z"
    ),
    r"ban[ \t]hành[ \t]{1,2}\Z",
)
#: What ends a sentence or clause before "Bộ này" (the ministry it names is read only after it).
_THIS_MINISTRY_STOP_RE = re.compile(r"[.;!?\n](?=[ \t\n]|\Z)")


def _this_ministry(view: str, start: int) -> str | None:
    """The ministry "Bộ này" right before ``start`` names, the subject issuing the document
    there: the one ministry printed before it in the same sentence ("lãnh đạo Bộ Y tế … có
    trách nhiệm trong việc Bộ này ban hành Thông tư 47/2010" → Bộ Y tế); None without one or
    with two ("Bộ Tài chính và Bộ Y tế …": which one is meant is not printed)."""
    m = _THIS_MINISTRY_RE.search(view, max(0, start - 40), start)
    if m is None:
        return None
    lo = max(0, start - _CLAUSE_REACH)
    for end in _THIS_MINISTRY_STOP_RE.finditer(view, lo, m.start()):
        lo = end.end()
    names = {
        _ministry_key(n.group()) for n in grammar.MINISTRY_NAME_RE.finditer(view, lo, m.start())
    }
    if len(names) != 1:
        return None
    return grammar.MINISTRY_NAME_RE.search(view, lo, m.start()).group()


def _number_year_refs(
    text: str, view: str, taken: _Spans, refs: _Refs, years=grammar.SLASH_YEAR_RE
) -> None:
    """ "Quyết định số 4168/2006", "Nghị quyết 52/2017": a number-only reference with its year,
    left open (a decree's year fixes its code: ``_decree_year_refs``; so does a ministry's
    circular's, "Thông tư 12/2019 của Bộ Công thương" → 12/2019/TT-BCT; a Prime Minister's
    decision's does not, "Quyết định 20/2016 của Thủ tướng" may be 20/2016/QĐ-TTg or
    20/QĐ-TTg); the issuer printed after it is kept. ``years``: how the year follows the
    number ("/2019"; ``grammar.WORD_YEAR_RE``: " năm 2007", or ``_DASH_YEAR_RE``: "-2012",
    read only for a ministry's circular, "thông tư 145 năm 2007 của Bộ Tài chính" →
    145/2007/TT-BTC: any other "N năm YYYY" is left to ``_number_refs`` as before, the year
    in words being also how a count is written)."""
    in_words = years is not grammar.SLASH_YEAR_RE
    if in_words and "hông tư" not in view:
        return
    for ym in years.finditer(view):
        m = grammar.NOUN_NUMBER_BEFORE_YEAR_RE.search(view, max(0, ym.start() - 36), ym.start())
        if m is None:
            continue
        s, e = m.start("noun"), ym.end()
        if taken.overlaps(s, e):
            continue
        num = m.group("num")
        noun = grammar.noun_of(m)
        if not noun:
            continue  # "văn bản số 12/2020": a letter's number names no document
        year = int(ym.group("year"))
        _end, issuer, _date_stated, _term_stated = _tail(view, e)  # "… của Thủ tướng"
        ministry = None
        if noun == "Thông tư" and year >= _DECREE_YEAR_CODES_FROM:
            if issuer is None:
                issuer = _circular_body_after(view, e)
            if issuer is not None:
                ministry = _circular_code(issuer, year)
            else:
                # the ministry as the subject that issues it, right before: "Bộ Tài chính vừa
                # ban hành Thông tư 58/2019 …" (as "Thông tư 58/2019 của Bộ Tài chính"), or as
                # the agent of a passive deciding verb: "được TAND tối cao thông qua theo
                # thông tư số 02-2018", "được Bộ Tài chính quy định tại Thông tư 58/2019"
                b_issuer, _b_date, _b_term, how = _before(view, s)
                if how in ("verb", "decided") and b_issuer:
                    ministry = _circular_code(b_issuer, year)
                    issuer = b_issuer if ministry else None
                elif how is None and (named := _this_ministry(view, s)) is not None:
                    # "… Bộ Y tế … trong việc Bộ này ban hành Thông tư 47/2010": the ministry
                    # the subject names again
                    ministry = _circular_code(named, year)
                    issuer = named if ministry else None
        # "của thông tư 05/2017 quy định …": a noun that is never a verb, a slash, then its
        # title: a circular's or a resolution's number and year, not a month (a decree's are
        # ``_decree_year_refs``'; "-2018" without an issuer is still not read, round 34)
        titled = (
            not in_words
            and issuer is None
            and ministry is None
            and noun in _NEVER_VERB_NOUNS
            and noun != "Nghị định"
            and _TITLE_AFTER_RE.match(view, e) is not None
        )
        if in_words and ministry is None:
            continue  # "Nghị quyết 16 năm 2012 của HĐND …": the number alone, as before
        if (
            m.group("so") is None
            and int(num) <= 12
            and ministry is None
            and issuer is None
            and not titled
            and _PART_BEFORE_RE.search(view, max(0, s - 24), s) is None
        ):
            # "… 10/2020" may be a month (not before "của Bộ …": a circular's number, nor
            # before any issuer: "nghị quyết 03/2019 của Hội đồng thẩm phán …" names one; nor
            # after an article of it: "Điều 12 Thông tư 01/2016 quy định …" cites a text; nor
            # before its title: "của thông tư 05/2017 quy định quy chế tuyển sinh …")
            continue
        res = None
        # "Quyết định 20/2016 của Thủ tướng" stays open: a Prime Minister's normative decision
        # is N/YYYY/QĐ-TTg, but his individual ones are N/QĐ-TTg and are cited the same way
        # ("duyệt tại Quyết định 24/2010" for 24/QĐ-TTg): the year does not fix the code.
        if ministry is not None:
            # "Thông tư 12/2019 của Bộ Công thương": one circular of that number in that year
            # for a ministry, N/YYYY/TT-<the ministry's letters>
            res = canonical_id(f"{num}/{year}/TT-{ministry}")
        elif (
            noun == "Nghị quyết"
            and issuer
            and year >= _JUDGES_YEAR_CODES_FROM
            and grammar.JUDGES_COUNCIL_RE.match(issuer)
        ):
            # "nghị quyết 03/2019 của Hội đồng thẩm phán TAND Tối cao": the Council of Judges'
            # resolutions have one form, N/YYYY/NQ-HĐTP
            res = canonical_id(f"{num}/{year}/NQ-HĐTP")
        elif (
            noun == "Chỉ thị"
            and issuer
            and not in_words
            and year >= _PM_DIRECTIVE_YEARLESS_FROM
            and _PRIME_MINISTER_RE.fullmatch(issuer)
        ):
            # "Chỉ thị 11/2016 của Thủ tướng Chính phủ": a Prime Minister's directive has carried
            # no year in its code since directives left the normative documents (2009), so the
            # one of that number in that year is N/CT-TTg (by number alone it stays open: which
            # year's is not said)
            res = canonical_id(f"{num}/CT-TTg")
        elif issuer and not in_words and grammar.central_party_body(issuer) is not None:
            # "quy định 102/2017 của Bộ Chính trị": a Party code carries no year, so a central
            # body's document by number and year is the one its number names (102-QĐ/TW),
            # under the same limits as by number alone
            res = _issuer_shape(noun, num, issuer, year)
        refs.add(
            ReferenceKind.NUMBER_ONLY,
            f"{noun} {num}/{ym.group('year')}",
            noun,
            None,
            res,
            _mention(text, s, e),
            issuer=issuer,
            number=num,
            by="issuer" if res else None,
        )
        taken.add(s, e)
        if (
            in_words
            and ministry is not None
            and (fm := _FIRST_CIRCULAR_BEFORE_RE.search(view, max(0, s - 32), s))
        ):
            # "Thông tư số 26 và Thông tư số 27 năm 2016 của bộ Lao động Thương binh và Xã
            # hội": the year in words and the ministry after the second circular are said of
            # both (this pass runs before the number alone is read, which then skips it)
            fs, fe, num1 = fm.start(), fm.end("num"), fm.group("num")
            if not taken.overlaps(fs, fe) and not _reads_as_year(num1):
                refs.add(
                    ReferenceKind.NUMBER_ONLY,
                    f"{noun} {num1}/{ym.group('year')}",
                    noun,
                    None,
                    canonical_id(f"{num1}/{year}/TT-{ministry}"),
                    _mention(text, fs, fe),
                    issuer=issuer,
                    number=num1,
                    by="issuer",
                )
                taken.add(fs, fe)


#: A title right after a document's number and year: "… 05/2017 quy định …", "… 03/2018 về …".
_TITLE_AFTER_RE = re.compile(r"[ \t]{1,2}(?:về|quy định|hướng dẫn)[ \t]")


def _issuer_after_number(view: str, end: int, noun: str, num: str, m: re.Match) -> bool:
    """True for "Kế hoạch 64 của Ban Chỉ đạo": a capitalised noun of ``NOUNS_WITH_ISSUER``, a
    number that is not a year, and "của"/"do" + a body right after it."""
    if noun not in grammar.NOUNS_WITH_ISSUER or m.group("guide") or _reads_as_year(num):
        return False
    if not m.group("noun")[0].isupper():
        return False
    im = grammar.ISSUER_AFTER_RE.match(view, end)
    return im is not None and view[end : im.start("body")].strip(" ,\t") in ("của", "do")


def _plenum_terms(view: str) -> dict[int, set[str]]:
    """Plenum number → the terms the text prints with it ("Trung ương 8 khoá VI")."""
    out: dict[int, set[str]] = {}
    # only a plenum printed with its term counts: look around each "khóa" (rarer than "thứ",
    # "Trung ương" or "TW", so the text is not scanned whole with the plenum pattern)
    for k in _TERM_WORD_RE.finditer(view):
        for m in grammar.PLENUM_BODY_RE.finditer(
            view, max(0, k.start() - 90), min(len(view), k.end() + 40)
        ):
            term = _term(m.group("pterm"))
            if term:
                terms = out.setdefault(grammar.plenum_number(m), set())
                terms.add(term)
                if more := grammar.MORE_TERMS_RE.match(view, m.end("pterm")):  # "khóa XI, XII"
                    terms.add(_term(more.group("more") or more.group("more2")))
    return out


_TERM_WORD_RE = re.compile(r"(?i:kh(?:óa|oá))(?!\w)")


def _letter_backref(groups, num: str, pos: int) -> dict | None:
    """The last code printed before ``pos`` with the generic noun "văn bản" and this number (of
    three digits or more, never a year): what a later "Văn bản N" names."""
    if len(num) < 3 or not num.isdigit() or _reads_as_year(num):
        return None
    found = None
    for g in groups:
        if not _numeric_eq(g["parsed"].number, num):
            continue
        first = g["mentions"][0]
        if first.start < pos and first.text[:7].casefold() == "văn bản":
            found = g
    return found


def _fill_from_number(g: dict, issuer: str | None, term: str | None) -> None:
    """The issuer (and term) a mention by its noun and number states of a code the same text
    prints, where the code states none: "Nghị quyết số 33 của Bộ Chính trị khoá 9 về …", then
    "Nghị quyết 33/NQ - TƯ" (one citation, its fields combined from all its mentions). Only an
    issuer that may issue the code: a central Party body for a "…/TW" code, else one
    ``_body_fits_code`` lets through. Never its date: "… của Kết luận 24, năm 2017, Bộ Chính
    trị đã …" (the year opens the next clause)."""
    parsed: ParsedId = g["parsed"]
    if g["issuer"] is not None or not issuer:
        return
    if (parsed.issuer or "").endswith("TW") and parsed.system is System.PARTY:
        fits = grammar.central_party_body(issuer) is not None
    else:
        fits = parsed.system is System.STATE and _body_fits_code(issuer, parsed)
    if fits:
        g["issuer"] = issuer
        g["term"] = g["term"] or term


def _backref_target(groups, noun: str, num: str, pos: int) -> dict | None:
    """Nearest preceding citation with the same noun and number, else the first following."""
    before, after = None, None
    for g in groups:
        p: ParsedId = g["parsed"]
        if not _numeric_eq(p.number, num):
            continue
        if not (g["type"] == noun or (p.type_code and grammar.noun_fits_code(noun, p.type_code))):
            continue
        first = g["mentions"][0].start
        if first < pos:
            if before is None or max(x.start for x in g["mentions"]) > max(
                x.start for x in before["mentions"]
            ):
                before = g
        elif after is None:
            after = g
    return before or after


def _bare_number_fields(view: str, groups: list[dict]) -> None:
    """The issuer and date of a code stated only with a later mention of its noun, "số" and its
    number alone: "… bãi bỏ Quyết định số 4914/QĐ-UBND", then "Ngày 7/12/2018, Chủ tịch UBND
    tỉnh Thanh Hoá đã ký Quyết định số 4914 …" (a subject and an issuing verb right before that
    noun, a body that may issue the code; the first such mention after the code; a number of
    three digits or more, never a year)."""
    bare: dict[str, list[int]] = {}
    for g in groups:
        num = g["parsed"].number or ""
        if (g["issuer"] is None or g["date"] is None) and len(num) >= 3 and num.isdigit():
            # "số" right before the number, no code after it (found with str.find: a regex
            # over the whole text for every text cost more than the rest of this rule)
            at = view.find(num)
            while at >= 0:
                end = at + len(num)
                if view[at - 3 : at] in ("số ", "Số ") and not _CODE_AFTER_NUMBER_RE.match(
                    view, end
                ):
                    bare.setdefault(num, []).append(at)
                at = view.find(num, end)
    if not bare:
        return
    lines = None
    ends = sorted(x.end for g in groups for x in g["mentions"])
    for g in groups:
        if g["issuer"] is not None and g["date"] is not None:
            continue
        parsed: ParsedId = g["parsed"]
        num = parsed.number or ""
        if num not in bare or _reads_as_year(num):
            continue
        after = max(x.end for x in g["mentions"])
        for at in bare[num]:
            if at < after:
                continue
            nm = grammar.NOUN_BEFORE_RE.search(view, max(0, at - 40), at)
            if nm is None or nm.group("so") is None or grammar.noun_of(nm) != g["type"]:
                continue
            start = nm.start("noun")
            body, date, _term, lead = _before(view, start)
            if lead != "verb" or not body:
                continue
            # the office's body after its holder's title: "Chủ tịch UBND tỉnh …" for QĐ-UBND
            cm = _PEOPLES_COMMITTEE_RE.search(body) or _PEOPLES_COUNCIL_RE.search(body)
            if not _body_fits_code(body[cm.start() :] if cm else body, parsed):
                continue
            if g["issuer"] is None:
                g["issuer"] = body
            if g["date"] is None:
                lines = lines or _Lines(view)
                previous = ends[bisect.bisect_left(ends, start) - 1] if ends[0] < start else 0
                g["date"] = date or _lead_date(view, lines.start(start), start, previous)
            break


#: What makes a number part of a code or a longer number (``_bare_number_fields``).
_CODE_AFTER_NUMBER_RE = re.compile(r"[\w/]|[.,-]\d")


def _iso(date) -> str | None:
    """ISO ``YYYY-MM-DD`` of a date, datetime or ISO string; None when unknown or unreadable."""
    if date is None:
        return None
    if hasattr(date, "isoformat"):
        return date.isoformat()[:10]
    m = re.fullmatch(r"\s*(\d{4}-\d{2}(?:-\d{2})?)(?:[T ].*)?", str(date))
    return m.group(1) if m else None


def extract(text: str, date=None) -> Extraction:
    """Every coded document and uncoded reference in ``text`` (offsets index NFC ``text``).

    ``date`` is the article's date (``datetime.date``/``datetime`` or ISO string), or None when
    unknown: it fixes the term of a plenum reference that prints none ("Nghị quyết Trung ương
    4" in 2018 → khóa XII) and flags a printed term that contradicts it.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    on = _iso(date)
    norm = nfc(text)
    view = search_view(norm)
    if "/QD-" in view:
        # "quyết định số 34/2018/QD-TTg": "QD" printed for "QĐ" in a code with its year, read
        # as the reader reads it (one for one, so every offset stays; the mention as printed)
        view = _QD_IN_CODE_RE.sub("QĐ", view)
    hits = _noun_consistent(_coded_hits(view))
    groups = _merge(norm, hits)
    _bare_number_fields(view, groups)
    taken = _Spans((h.start, h.end) for h in hits)
    refs = _Refs()
    # "Nghị định số 06 năm 2021" before the number alone ("Nghị định số 06") is read
    _decree_year_refs(norm, view, taken, refs, grammar.WORD_YEAR_RE)
    _decree_year_refs(norm, view, taken, refs, _IssuedYears())  # "… 141 ban hành năm 2013"
    _decree_year_refs(norm, view, taken, refs, _BracketYears())  # "nghị định 46 (năm 2014)"
    _number_year_refs(norm, view, taken, refs, grammar.WORD_YEAR_RE)  # "thông tư 145 năm 2007"
    _number_year_refs(norm, view, taken, refs, _DASH_YEAR_RE)  # "thông tư số 26-2012 của Bộ …"
    _decree_year_refs(norm, view, taken, refs, _DASH_YEAR_RE)  # "nghị định số 12-2009 của …"
    _number_list_refs(norm, view, taken, groups, refs)  # "Nghị quyết 01, 02 của Chính phủ"
    _number_refs(norm, view, taken, groups, refs, on)
    _decree_year_refs(norm, view, taken, refs)
    _number_year_refs(norm, view, taken, refs)
    in_text = plenums.speaks_of(view)  # what the text speaks of, read once when first asked
    _plenum_refs(norm, view, taken, refs, on, in_text)
    _congress_refs(norm, view, taken, refs)
    documents = []
    for g in groups:
        mentions = tuple(sorted(set(g["mentions"]), key=lambda x: (x.start, x.end)))
        printed = tuple(dict.fromkeys(h.printed for h in g["hits"]))
        documents.append(
            Citation(
                id=g["id"],
                type=g["type"],
                system=g["system"],
                issuer=g["issuer"],
                date=g["date"],
                term=g["term"],
                key=document_key(g["id"], g["issuer"], g["date"], g["term"]),
                mentions=mentions,
                printed_ids=printed if printed != (g["id"],) else (),
                issuer_implied=grammar.implied_issuer(g["parsed"].issuer, g["system"]),
            )
        )
    documents.sort(key=lambda c: c.mentions[0].start)
    references = _resolve_through_text(refs.build(), documents, _described_plenums(view), in_text)
    return Extraction(documents=tuple(documents), references=_join_equal(references))


#: "QD" for "QĐ" right after a code's number and year, before its issuer (``extract``).
_QD_IN_CODE_RE = re.compile(r"(?<=\d/(?:19|20)\d\d/)QD(?=-[A-ZĐ])")


def _join_equal(references: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """References of one kind, label and resolution kept apart while they were read (``own``)
    are one reference again: their mentions joined, the first one's fields."""
    joined: dict[tuple, Reference] = {}
    for r in references:
        key = (r.kind, r.label, r.resolves_to)
        if key in joined:
            first = joined[key]
            mentions = tuple(sorted({*first.mentions, *r.mentions}, key=lambda x: (x.start, x.end)))
            # how it resolved: the mention that names it itself, not the one that followed it
            by = r.resolved_by if first.resolved_by == "text" else first.resolved_by
            joined[key] = replace(
                first, mentions=mentions, term=first.term or r.term, resolved_by=by
            )
        else:
            joined[key] = r
    return tuple(sorted(joined.values(), key=lambda r: r.mentions[0].start))


_PLENUM_LABEL_RE = re.compile(r"Nghị quyết Trung ương (\d+)")


def _described_plenums(view: str) -> dict[str, set[str]]:
    """Term → ids of the resolutions the text names by describing what a plenum adopted: "Hội
    nghị Trung ương 6 khoá X đã ban hành Nghị quyết chuyên đề “về nâng cao năng lực lãnh đạo,
    sức chiến đấu của tổ chức cơ sở đảng …”" → {"X": {"22-NQ/TW"}} (every resolution of that
    plenum the topic names; the term must be printed)."""
    out: dict[str, set[str]] = {}
    for q in grammar.NQ_WORD_RE.finditer(view):
        if (
            grammar.ADOPTING_VERB_RE.search(view, max(0, q.start() - 14), q.start()) is None
            or (d := grammar.PLENUM_ADOPTED_RE.match(view, q.end())) is None
        ):
            continue
        m = grammar.PLENUM_BEFORE_VERB_RE.search(view, max(0, q.start() - 100), q.start())
        term = _term(m.group("pterm")) if m is not None else None
        if term is None:
            continue
        n = grammar.plenum_number(m)
        if found := plenums.named_by_topic(term, n, d.group("topic")):
            out.setdefault(term, set()).update(found)  # two named: the reference stays open
    return out


def _resolve_through_text(
    references: tuple[Reference, ...],
    documents: list[Citation],
    described: dict[str, set[str]] | None = None,
    speaks_of=None,
) -> tuple[Reference, ...]:
    """A plenum reference left open resolves to the one resolution of that plenum the same
    text names by its number or code, for the same term: "Hội nghị Trung ương 8 khoá XI …
    đã ra Nghị quyết số 29 về … giáo dục … Nghị quyết Trung ương 8 khoá XI đã chỉ rõ …" →
    29-NQ/TW; or by what the plenum adopted (``described``: "Hội nghị Trung ương 6 khoá X đã
    ban hành Nghị quyết về … tổ chức cơ sở đảng …" → 22-NQ/TW). Two named (28 and 29) leave
    it open."""
    by_term: dict[str, set[str]] = {t: set(ids) for t, ids in (described or {}).items()}
    for d in documents:
        if "#khoa-" in d.key:
            by_term.setdefault(d.key.split("#khoa-", 1)[1], set()).add(d.id)
    for r in references:
        if r.resolves_to and r.term:
            by_term.setdefault(r.term, set()).add(r.resolves_to)
    out = list(references)
    for i, ref in enumerate(out):
        m = _PLENUM_LABEL_RE.fullmatch(ref.label.split(" khóa ")[0])
        if ref.kind is not ReferenceKind.PLENUM or ref.resolves_to or ref.problem or not m:
            continue
        row = plenums.find_row(ref.term, int(m.group(1)))
        if row is None:
            continue
        named = {r.id for r in row.resolutions} & by_term.get(ref.term, set())
        if speaks_of is not None and sum(1 for r in row.resolutions if speaks_of(r.keywords)) > 1:
            continue  # the text speaks of several of them ("ba nghị quyết": 10, 11 and 12)
        if len(named) == 1:
            out[i] = replace(ref, resolves_to=named.pop(), resolved_by="text")
    return tuple(out)


def extract_citations(text: str, date=None) -> list[Citation]:
    """The coded documents ``text`` cites, one Citation per document, in order of first mention."""
    return list(extract(text, date).documents)
