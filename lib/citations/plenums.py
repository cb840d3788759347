"""Central Committee plenum resolutions, khóa VI–XIII: resolve "Nghị quyết Trung ương 4 (khóa XII)".

A plenum (Hội nghị Trung ương) often adopts several resolutions. From 1998 they are numbered in
the one NN-NQ/TW series of the term; in khóa VI–VIII (to 1997) a plenum's resolutions carry the
plenum's number with the issuer HNTW ("04-NQ/HNTW"), so all resolutions of one such plenum share
one id. A reference naming only the plenum resolves when it has one meaning: common usage
settles it (``primary``: the plenum adopted one resolution, or "Nghị quyết Trung ương 4 khóa
XII" is 04-NQ/TW on Party building), or the topic printed after it ("… về khoa học, công nghệ")
matches the keywords of exactly one of its resolutions. A reference naming the number ("Nghị
quyết 18 của Hội nghị Trung ương 6 (khóa XII)") resolves when that number is in the row.

The term comes from the text, or from the article's date when the plenum of that term had
already adopted its resolutions by then (otherwise the reader may mean the previous term's).

Sources, per row in its last field:
  (k)  common knowledge: the resolution as named on the Party's document portal
       (tulieuvankien.dangcongsan.vn, "Văn kiện Đảng toàn tập"); not re-checked offline;
  ✓ …  also stated by the design notes, the labelled seeds or a real report of the corpus.
Only resolutions whose number and date the author was confident of were entered; a plenum
known to exist without a row simply does not resolve. Add rows only with the same care: a wrong
row silently files reports under the wrong document.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Resolution:
    """One numbered resolution adopted at a plenum."""

    id: str
    date: str | None  # ISO date of signature, None when not sure
    title: str  # short title (trích yếu, abridged)
    keywords: tuple[str, ...]  # lower-case words of the topic that name it in running text


@dataclass(frozen=True, slots=True)
class PlenumRow:
    """Resolutions adopted at one plenum of one term."""

    term: str
    plenum: int
    resolutions: tuple[Resolution, ...]
    primary: str | None  # the one meant by "Nghị quyết Trung ương N", when usage is settled
    source: str = "(k)"
    #: Words of a text that speaks of the primary's topic (besides its keywords); of a plenum
    #: with several resolutions, the primary holds only in such a text (``resolve_plenum``).
    context: tuple[str, ...] = ()

    @property
    def held(self) -> str | None:
        """Earliest known resolution date (the plenum had ended by then), or None."""
        dates = [r.date for r in self.resolutions if r.date]
        return min(dates) if dates else None


def _r(id_: str, date: str | None, title: str, keywords: str) -> Resolution:
    return Resolution(id_, date, title, tuple(k for k in keywords.split("|") if k))


# (term, plenum, primary or None, resolutions, source)
_ROWS = (
    # khóa VI (1986–1991)
    ("VI", 8, None, (
        _r("8B-NQ/HNTW", "1990-03-27", "Đổi mới công tác quần chúng của Đảng",
           "quần chúng|dân vận"),
    ), "(k)"),
    # khóa VII (1991–1996): plenum resolutions numbered by plenum, issuer HNTW
    ("VII", 3, "03-NQ/HNTW", (
        _r("03-NQ/HNTW", "1992-06-29", "Một số nhiệm vụ đổi mới và chỉnh đốn Đảng", "chỉnh đốn"),
    ), "(k)"),
    ("VII", 4, "04-NQ/HNTW", (
        _r("04-NQ/HNTW", "1993-01-14", "Tiếp tục đổi mới sự nghiệp giáo dục và đào tạo; văn hóa "
           "văn nghệ; chăm sóc sức khỏe nhân dân (one number for the plenum)", ""),
    ), "(k)"),
    ("VII", 5, "05-NQ/HNTW", (
        _r("05-NQ/HNTW", "1993-06-10", "Tiếp tục đổi mới và phát triển kinh tế - xã hội nông "
           "thôn", "nông thôn|nông nghiệp"),
    ), "(k)"),
    ("VII", 7, "07-NQ/HNTW", (
        _r("07-NQ/HNTW", "1994-07-30", "Phát triển công nghiệp, công nghệ đến năm 2000; xây "
           "dựng giai cấp công nhân", ""),
    ), "(k)"),
    # khóa VIII (1996–2001)
    ("VIII", 2, "02-NQ/HNTW", (
        _r("02-NQ/HNTW", "1996-12-24", "Giáo dục và đào tạo; khoa học và công nghệ (one number "
           "for the plenum)", ""),
    ), "(k)"),
    ("VIII", 3, "03-NQ/HNTW", (
        _r("03-NQ/HNTW", "1997-06-18", "Chiến lược cán bộ thời kỳ đẩy mạnh CNH, HĐH; phát huy "
           "quyền làm chủ của nhân dân (one number for the plenum)", ""),
    ), "(k)"),
    ("VIII", 5, "03-NQ/TW", (
        _r("03-NQ/TW", "1998-07-16", "Xây dựng và phát triển nền văn hóa Việt Nam tiên tiến, "
           "đậm đà bản sắc dân tộc", "văn hóa|văn hoá"),
    ), "(k) ✓ corpus-extra 012, 016, 018 (topic)"),
    # khóa IX (2001–2006)
    ("IX", 3, "05-NQ/TW", (
        _r("05-NQ/TW", "2001-09-24", "Tiếp tục sắp xếp, đổi mới, phát triển và nâng cao hiệu "
           "quả doanh nghiệp nhà nước", "doanh nghiệp nhà nước"),
    ), "(k) ✓ corpus-extra (number and date printed with the plenum)"),
    ("IX", 5, None, (
        _r("13-NQ/TW", "2002-03-18", "Kinh tế tập thể", "kinh tế tập thể"),
        _r("14-NQ/TW", "2002-03-18", "Kinh tế tư nhân", "kinh tế tư nhân"),
        _r("15-NQ/TW", "2002-03-18", "CNH, HĐH nông nghiệp, nông thôn", "nông nghiệp|nông thôn"),
        _r("17-NQ/TW", "2002-03-18", "Đổi mới, nâng cao chất lượng hệ thống chính trị ở cơ sở",
           "cơ sở xã|hệ thống chính trị ở cơ sở"),
    ), "(k)"),
    ("IX", 7, None, (
        _r("23-NQ/TW", "2003-03-12", "Phát huy sức mạnh đại đoàn kết toàn dân tộc",
           "đại đoàn kết"),
        _r("24-NQ/TW", "2003-03-12", "Công tác dân tộc", "công tác dân tộc"),
        _r("25-NQ/TW", "2003-03-12", "Công tác tôn giáo", "tôn giáo"),
        _r("26-NQ/TW", "2003-03-12", "Chính sách, pháp luật về đất đai", "đất đai"),
    ), "(k)"),
    # khóa X (2006–2011)
    ("X", 3, "04-NQ/TW", (
        _r("04-NQ/TW", "2006-08-21", "Tăng cường sự lãnh đạo của Đảng đối với công tác phòng, "
           "chống tham nhũng, lãng phí", "tham nhũng"),
    ), "(k) ✓ design notes"),
    ("X", 4, None, (
        _r("08-NQ/TW", "2007-02-05", "Chủ trương, chính sách lớn khi Việt Nam là thành viên WTO",
           "wto|thương mại thế giới"),
        _r("09-NQ/TW", "2007-02-09", "Chiến lược biển Việt Nam đến năm 2020", "biển"),
    ), "(k)"),
    ("X", 5, None, (
        _r("14-NQ/TW", "2007-07-30", "Tăng cường công tác kiểm tra, giám sát của Đảng",
           "kiểm tra|giám sát"),
        _r("17-NQ/TW", "2007-08-01", "Đẩy mạnh cải cách hành chính, nâng cao hiệu lực, hiệu quả "
           "quản lý của bộ máy nhà nước", "cải cách hành chính"),
    ), "(k)"),
    ("X", 6, None, (
        _r("20-NQ/TW", "2008-01-28", "Tiếp tục xây dựng giai cấp công nhân", "công nhân"),
        _r("21-NQ/TW", "2008-01-30", "Tiếp tục hoàn thiện thể chế kinh tế thị trường định hướng "
           "xã hội chủ nghĩa", "kinh tế thị trường"),
        _r("22-NQ/TW", "2008-02-02", "Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ "
           "sở đảng và chất lượng đội ngũ cán bộ, đảng viên", "tổ chức cơ sở đảng|cơ sở đảng"),
    ), "(k)"),
    ("X", 7, None, (
        _r("25-NQ/TW", "2008-07-25", "Tăng cường sự lãnh đạo của Đảng đối với công tác thanh "
           "niên", "thanh niên"),
        _r("26-NQ/TW", "2008-08-05", "Nông nghiệp, nông dân, nông thôn",
           "nông nghiệp|nông dân|nông thôn"),
        _r("27-NQ/TW", "2008-08-06", "Xây dựng đội ngũ trí thức", "trí thức"),
    ), "(k)"),
    # khóa XI (2011–2016)
    ("XI", 4, "12-NQ/TW", (
        _r("12-NQ/TW", "2012-01-16", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay",
           "xây dựng đảng"),
        _r("13-NQ/TW", "2012-01-16", "Xây dựng hệ thống kết cấu hạ tầng đồng bộ",
           "kết cấu hạ tầng|hạ tầng"),
    ), "(k) ✓ corpus-extra (13-NQ/TW printed with its date and plenum)"),
    ("XI", 5, "15-NQ/TW", (
        _r("15-NQ/TW", "2012-06-01", "Một số vấn đề về chính sách xã hội giai đoạn 2012 - 2020",
           "chính sách xã hội"),
    ), "(k)"),
    ("XI", 6, None, (
        _r("19-NQ/TW", "2012-10-31", "Tiếp tục đổi mới chính sách, pháp luật về đất đai",
           "đất đai"),
        _r("20-NQ/TW", "2012-11-01", "Phát triển khoa học và công nghệ phục vụ sự nghiệp CNH, "
           "HĐH", "khoa học"),
    ), "(k)"),
    ("XI", 7, None, (
        _r("24-NQ/TW", "2013-06-03", "Chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý "
           "tài nguyên và bảo vệ môi trường", "khí hậu|môi trường|tài nguyên"),
        _r("25-NQ/TW", "2013-06-03", "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công "
           "tác dân vận", "dân vận"),
    ), "(k)"),
    ("XI", 8, None, (
        _r("28-NQ/TW", "2013-10-25", "Chiến lược bảo vệ Tổ quốc trong tình hình mới",
           "bảo vệ tổ quốc"),
        _r("29-NQ/TW", "2013-11-04", "Đổi mới căn bản, toàn diện giáo dục và đào tạo",
           "giáo dục"),
    ), "(k)"),
    ("XI", 9, "33-NQ/TW", (
        _r("33-NQ/TW", "2014-06-09", "Xây dựng và phát triển văn hóa, con người Việt Nam",
           "văn hóa|văn hoá|con người"),
    ), "(k)"),
    # khóa XII (2016–2021)
    ("XII", 4, "04-NQ/TW", (
        _r("04-NQ/TW", "2016-10-30", "Tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự "
           "suy thoái …, tự diễn biến, tự chuyển hóa", "chỉnh đốn|suy thoái|tự diễn biến"),
        _r("05-NQ/TW", "2016-11-01", "Đổi mới mô hình tăng trưởng, nâng cao chất lượng tăng "
           "trưởng, năng suất lao động", "mô hình tăng trưởng|tăng trưởng"),
        _r("06-NQ/TW", "2016-11-05", "Thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế",
           "hội nhập"),
    ), "(k) ✓ seeds-gold (04, 2016-10-30)"),
    ("XII", 5, None, (
        _r("10-NQ/TW", "2017-06-03", "Phát triển kinh tế tư nhân", "kinh tế tư nhân"),
        _r("11-NQ/TW", "2017-06-03", "Hoàn thiện thể chế kinh tế thị trường định hướng xã hội "
           "chủ nghĩa", "kinh tế thị trường|thể chế"),
        _r("12-NQ/TW", "2017-06-03", "Tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu quả doanh "
           "nghiệp nhà nước", "doanh nghiệp nhà nước"),
    ), "(k)"),
    ("XII", 6, None, (
        _r("18-NQ/TW", "2017-10-25", "Tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống "
           "chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", "bộ máy|tinh gọn"),
        _r("19-NQ/TW", "2017-10-25", "Tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao "
           "chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập",
           "sự nghiệp công lập"),
        _r("20-NQ/TW", "2017-10-25", "Tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe "
           "nhân dân", "sức khỏe|sức khoẻ|y tế"),
        _r("21-NQ/TW", "2017-10-25", "Công tác dân số trong tình hình mới", "dân số"),
    ), "(k) ✓ seeds-gold (18, 2017-10-25)"),
    ("XII", 7, None, (
        _r("26-NQ/TW", "2018-05-19", "Xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược",
           "cán bộ|cấp chiến lược"),
        _r("27-NQ/TW", "2018-05-21", "Cải cách chính sách tiền lương", "tiền lương"),
        _r("28-NQ/TW", "2018-05-23", "Cải cách chính sách bảo hiểm xã hội", "bảo hiểm xã hội"),
    ), "(k)"),
    ("XII", 8, "36-NQ/TW", (
        _r("36-NQ/TW", "2018-10-22", "Chiến lược phát triển bền vững kinh tế biển Việt Nam đến "
           "năm 2030, tầm nhìn đến năm 2045", "biển"),
    ), "(k)"),
    # khóa XIII (2021–2026)
    ("XIII", 5, None, (
        _r("18-NQ/TW", "2022-06-16", "Tiếp tục đổi mới, hoàn thiện thể chế, chính sách … quản lý "
           "và sử dụng đất", "đất đai|sử dụng đất"),
        _r("19-NQ/TW", "2022-06-16", "Nông nghiệp, nông dân, nông thôn đến năm 2030",
           "nông nghiệp|nông dân|nông thôn"),
        _r("20-NQ/TW", "2022-06-16", "Tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế "
           "tập thể", "kinh tế tập thể"),
        _r("21-NQ/TW", "2022-06-16", "Tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng "
           "cao chất lượng đội ngũ đảng viên", "tổ chức cơ sở đảng|cơ sở đảng|đảng viên"),
    ), "(k)"),
    ("XIII", 6, None, (
        _r("27-NQ/TW", "2022-11-09", "Tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội "
           "chủ nghĩa Việt Nam", "nhà nước pháp quyền|pháp quyền"),
        _r("28-NQ/TW", "2022-11-17", "Tiếp tục đổi mới nội dung, phương thức lãnh đạo, cầm quyền "
           "của Đảng đối với hệ thống chính trị", "phương thức lãnh đạo"),
        _r("29-NQ/TW", "2022-11-17", "Tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước "
           "đến năm 2030", "công nghiệp hóa|công nghiệp hoá"),
    ), "(k)"),
    ("XIII", 8, None, (
        _r("44-NQ/TW", "2023-11-24", "Chiến lược bảo vệ Tổ quốc trong tình hình mới",
           "bảo vệ tổ quốc"),
        _r("45-NQ/TW", "2023-11-24", "Tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức",
           "trí thức"),
    ), "(k)"),
)  # fmt: skip

#: Highest plenum number of each term (generous where unsure): "Trung ương 19 khóa XI" is no
#: plenum. (k): khóa X held 13 plenums, XI 14, XII 15.
MAX_PLENUM = MappingProxyType(
    {"VI": 12, "VII": 12, "VIII": 12, "IX": 14, "X": 13, "XI": 14, "XII": 15, "XIII": 20}
)

#: What a text on Party building speaks of: the topic of the primaries of the plenums with
#: several resolutions (12-NQ/TW of "Trung ương 4 khóa XI", 04-NQ/TW of "Trung ương 4 khóa XII").
_PARTY_BUILDING = (
    "xây dựng đảng",
    "xây dựng, chỉnh đốn đảng",
    "đảng viên",
    "tổ chức đảng",
    "tổ chức cơ sở đảng",
    "cấp ủy",
    "cấp uỷ",
    "chi bộ",
    "tự chuyển hóa",
    "tự chuyển hoá",
    # what 04-NQ/TW (khóa XII) fights besides moral decline: corruption, group interests
    "tham nhũng",
    "lợi ích nhóm",
)
_PRIMARY_CONTEXT = {("XI", 4): _PARTY_BUILDING, ("XII", 4): _PARTY_BUILDING}

#: Every row, in table order.
PLENUMS: tuple[PlenumRow, ...] = tuple(
    PlenumRow(term, plenum, resolutions, primary, source, _PRIMARY_CONTEXT.get((term, plenum), ()))
    for term, plenum, primary, resolutions, source in _ROWS
)
_BY_KEY = MappingProxyType({(row.term, row.plenum): row for row in PLENUMS})


def find_row(term: str | None, plenum: int) -> PlenumRow | None:
    """The row for a plenum of a term, or None."""
    return _BY_KEY.get((term, plenum)) if term else None


def plenum_exists(term: str, plenum: int) -> bool | None:
    """False when the term or plenum number cannot exist, None when the term is not tabled."""
    top = MAX_PLENUM.get(term)
    if top is None:
        return None
    return 1 <= plenum <= top


def _topic_hits(row: PlenumRow, topic: str) -> set[str]:
    topic = topic.lower()
    return {
        r.id
        for r in row.resolutions
        if any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", topic) for k in r.keywords)
    }


def _by_topic(row: PlenumRow, topic: str) -> str | None:
    hits = _topic_hits(row, topic)
    return hits.pop() if len(hits) == 1 else None


def resolve_plenum(
    term: str | None, plenum: int, topic: str = "", speaks_of: Callable[..., bool] | None = None
) -> str | None:
    """Id meant by "Nghị quyết Trung ương <plenum> (khóa <term>) [về <topic>]", if settled.

    ``speaks_of(words)`` tells whether the text the reference stands in holds one of ``words``
    (lower case), when that text is known. Of a plenum that adopted several resolutions, the
    settled meaning (``primary``) holds only in a text that speaks of its topic somewhere (one
    of its keywords or of the row's ``context``): "Nghị quyết Trung ương 4 khóa XII" is
    04-NQ/TW in a report on Party building, but open in one on contract civil servants, where
    05-NQ/TW is as likely."""
    row = find_row(term, plenum)
    if row is None:
        return None
    if topic:
        found = _by_topic(row, topic)
        if found:
            return found
    if speaks_of is not None and row.primary and len(row.resolutions) > 1:
        primary = next(r for r in row.resolutions if r.id == row.primary)
        if not speaks_of(primary.keywords + row.context):
            return None
    return row.primary


def speaks_of(text: str) -> Callable[[tuple[str, ...]], bool]:
    """``words`` → whether the lower-cased ``text`` holds one of them as whole words. The text
    is lower-cased once, each word looked up once (a plain substring search, then its edges)."""
    lower: list[str] = []
    seen: dict[str, bool] = {}

    def has(word: str) -> bool:
        if word not in seen:
            if not lower:
                lower.append(text.lower())
            t, i, hit = lower[0], lower[0].find(word), False
            while i >= 0 and not hit:
                end = i + len(word)
                hit = (i == 0 or not t[i - 1].isalnum()) and (end == len(t) or not t[end].isalnum())
                i = t.find(word, i + 1)
            seen[word] = hit
        return seen[word]

    return lambda words: any(has(w) for w in words)


def named_by_topic(term: str | None, plenum: int, topic: str) -> frozenset[str]:
    """Ids of the resolutions of a plenum of a term whose keywords the topic holds (never the
    row's ``primary``): "Hội nghị Trung ương 6 khoá X đã ban hành Nghị quyết về … tổ chức cơ
    sở đảng …" → {22-NQ/TW}; a topic naming two gives both."""
    row = find_row(term, plenum)
    return frozenset(_topic_hits(row, topic)) if row is not None and topic else frozenset()


#: Two spellings of one syllable: the tone mark on the first or the second vowel ("hóa"/"hoá",
#: "thủy"/"thuỷ"); titles compare in the older placement.
_TONE_PLACES = {
    f"{a}{v}": f"{v0}{b}"
    for v0, v, pairs in (
        ("o", "a", "óá òà ỏả õã ọạ"),
        ("o", "e", "óé òè ỏẻ õẽ ọẹ"),
        ("u", "y", "úý ùỳ ủỷ ũỹ ụỵ"),
    )
    for a, b in pairs.split()
}
_TONE_RE = re.compile("(" + "|".join(_TONE_PLACES) + r")(?!\w)")


def _title_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.lower())
    return re.findall(r"\w+", _TONE_RE.sub(lambda m: _TONE_PLACES[m.group(1)], text))


def resolve_by_title(plenum: int, following: str) -> tuple[str, str] | None:
    """(term, id) of the one tabled resolution of plenum number ``plenum``, in any term, whose
    whole title opens ``following`` (after "về", quotes or a colon; case, punctuation and the
    place of the tone mark aside): "Nghị quyết TW 4 “Một số vấn đề cấp bách về xây dựng Đảng
    hiện nay”" → ("XI", "12-NQ/TW") though no term is printed. Abridged titles ("…", a note in
    brackets) never match."""
    words = _title_words(following)
    if words[:1] == ["về"]:
        words = words[1:]
    found = {
        (row.term, r.id)
        for row in PLENUMS
        if row.plenum == plenum
        for r in row.resolutions
        if "…" not in r.title
        and "(" not in r.title
        and (title := _title_words(r.title))
        and words[: len(title)] == title
    }
    return found.pop() if len(found) == 1 else None


def resolve_numbered(term: str | None, plenum: int, number: str) -> str | None:
    """Id of "Nghị quyết <number> của Hội nghị Trung ương <plenum> (khóa <term>)", if known."""
    row = find_row(term, plenum)
    if row is None or not number.isalnum():
        return None
    for res in row.resolutions:
        head = res.id.split("-", 1)[0]
        if head.isdigit() and number.isdigit() and int(head) == int(number):
            return res.id
        if not head.isdigit() and head.lstrip("0").upper() == number.lstrip("0").upper():
            return res.id  # "Nghị quyết 8B" → 8B-NQ/HNTW
    return None


def _numbers(row: PlenumRow) -> list[int]:
    heads = (res.id.split("-", 1)[0] for res in row.resolutions)
    return [int(head) for head in heads if head.isdigit()]


def number_in_sequence(term: str, plenum: int, number: str) -> bool:
    """True when a resolution numbered ``number`` fits plenum ``plenum`` of ``term`` in the
    term's one NN-NQ/TW series, though its row does not list it: after every number of the
    term's earlier tabled plenums, and before the next tabled plenum's first number (or, for
    the term's last tabled plenum, not after its own last one). "Nghị quyết 34 … Hội nghị
    lần thứ 8 … khoá XII": 28 (plenum 7) < 34 ≤ 36 (plenum 8's 36-NQ/TW)."""
    row = find_row(term, plenum)
    if row is None or not number.isdigit() or not _numbers(row):
        return False
    value = int(number)
    rows = [other for other in PLENUMS if other.term == term]
    before = [v for other in rows if other.plenum < plenum for v in _numbers(other)]
    after = [v for other in rows if other.plenum > plenum for v in _numbers(other)]
    top = min(after) - 1 if after else max(_numbers(row))
    return max(before, default=0) < value <= top


def term_held_by(term: str, plenum: int, on: str) -> bool:
    """True when the plenum of ``term`` had adopted its resolutions by the ISO date ``on``."""
    row = find_row(term, plenum)
    held = row.held if row else None
    return held is not None and len(on) >= 7 and held[: len(on)] <= on
