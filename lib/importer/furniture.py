"""Page furniture: lines a portal prints around every article, recognised by what they are (pure).

Not a list of one portal's strings but small grammars:

* an **interface line**: short, no sentence punctuation, every word an interface word (share,
  print, send, log in, home, view, comment, font size, Facebook…) or a number;
* a **menu or breadcrumb**: short items joined by ``|``, ``»``, ``›``, ``>``, ``::`` or ``/``;
* a **counter**: a number with or without "lượt xem", "bình luận", "views";
* a **rating or feedback widget**: "Đánh giá bài viết: ★★★★☆ (12 lượt)", "Xếp hạng: 3.5 - 2
  phiếu bầu", "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Bài viết có hữu ích với
  bạn không? Có Không";
* a **separator rule** or a line of punctuation (". ; ." trailers);
* a **section heading of furniture** ("Tin liên quan", "Các bài khác", "Bình luận", "Có thể bạn
  quan tâm"): everything after it, once the article has started, is furniture;
* a **footer line** (copyright, licence, newsroom address and telephone): the same;
* a **related-news item**: a headline with its own date ("… (22/10/2013)").
"""

from __future__ import annotations

import re

from vntext import fold_diacritics

from importer.dates import parse_date_line

# Words of a portal's interface (diacritics folded). A line made only of them is furniture.
_UI_WORDS_TEXT = (
    "trang chu tin tuc dang nhap ky xuat chia se in bai viet gui email mail ban luot xem "
    "binh luan lien he gioi thieu phan hoi gop y facebook zalo twitter print share like "
    "tweet google plus linkedin copy link sao chep luu theo doi quay lai ve dau tren len "
    "top co chu font size a tai download rss tim kiem search menu home thich danh gia "
    "sms tag tags tu khoa views view comments comment tro nhan cho ban be qua trang in "
    "phong to thu nho nghe doc audio bo cao sitemap so do website english tieng anh "
    "nay chuyen muc danh"
)
_UI_WORDS = frozenset(_UI_WORDS_TEXT.split())
_MENU_SEPARATOR = re.compile(r"\s*(?:\||»|›|>|::|→|/)\s*")
_COUNTER = re.compile(
    r"^\(?\s*(?:(?:(?:lượt|số\s+lần|số\s+lượt|đã)\s+(?:xem|đọc|truy\s+cập|thích)|xem|views?"
    r"|bình luận|comments?|likes?|đang\s+(?:online|truy\s+cập|trực\s+tuyến))\s*:?\s*)?"
    r"[\d.,]+\s*(?:lượt\s+(?:xem|đọc|truy\s+cập)|lần\s+(?:xem|đọc)|views?|bình luận|comments?"
    r"|lượt thích|likes?)?"
    r"\s*\)?$",
    re.IGNORECASE,
)
# "Bạn đang xem: <title>", "Bạn đang ở: Trang chủ › …", "Chuyên mục: Công tác Đảng": where the
# reader is, not what the article says.
_WHERE_YOU_ARE = re.compile(
    r"^(?:bạn\s+đang\s+(?:xem|ở|đọc)|you\s+are\s+(?:here|viewing)|vị\s+trí"
    r"|chuyên\s+mục|danh\s+mục|thể\s+loại)\s*:",
    re.IGNORECASE,
)
# An audio or video player's clock: "00:00 / 03:12".
_PLAYER_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
# "Theo dõi chúng tôi trên Google News", "Follow us on Facebook", "Kết nối với chúng tôi qua Zalo"
_FOLLOW_US = re.compile(
    r"^(?:theo\s+dõi|follow|kết\s+nối|like|thích|tham\s+gia)\b.{0,40}?\b(?:trên|tại|qua|với|on)\s+"
    r"(?:google\s+news|facebook|fanpage|zalo|youtube|tiktok|twitter|x|telegram)\W*$",
    re.IGNORECASE,
)
# A rating widget: its label, then only stars, scores ("4.5/5", "3 sao"), vote counts ("(12
# lượt)", "- 2 phiếu bầu"); NukeViet's "Tổng số điểm của bài viết là: 0 trong 0 đánh giá" and
# "Click để đánh giá bài viết"; a feedback widget's question with its "Có"/"Không" buttons.
_RATING_WIDGET = re.compile(
    r"^(?:(?:đánh\s+giá|xếp\s+hạng|bình\s+chọn|rating)"
    r"(?:\s+(?:bài\s+viết|tin\s+bài|bài|tin|của\s+bạn))?(?:\s+(?:này|trung\s+bình))?\s*:?"
    r"(?:\s*(?:[★☆✩✪⭐]+|[\d.,]+\s*(?:/\s*\d+)?\s*(?:sao|điểm|stars?)?"
    r"|\(\s*[\d.,]+\s*(?:lượt(?:\s+đánh\s+giá)?|phiếu(?:\s+bầu)?|đánh\s+giá|votes?)?\s*\)"
    r"|[-–]\s*[\d.,]+\s*(?:lượt(?:\s+đánh\s+giá)?|phiếu(?:\s+bầu)?|đánh\s+giá|votes?)))*"
    r"|tổng\s+số\s+điểm\s+của\s+bài\s+viết\s+là\s*:?\s*[\d.,]+\s+trong\s+[\d.,]+\s+đánh\s+giá"
    r"|(?:click|bấm|nhấn|nhấp)\s+(?:vào\s+đây\s+)?để\s+(?:đánh\s+giá|bình\s+chọn)"
    r"(?:\s+(?:bài\s+viết|tin\s+bài|bài))?(?:\s+này)?"
    r"|(?:bài\s+viết|tin\s+bài|thông\s+tin|nội\s+dung)(?:\s+này)?\s+có\s+hữu\s+ích"
    r"(?:\s+(?:với|cho))?(?:\s+bạn)?\s+không\s*\??"
    r"(?:\s*(?:có|không|yes|no|\(\s*\d+\s*\))\s*)*"
    r"|bạn\s+thấy\s+(?:bài\s+viết|tin\s+bài|bài)(?:\s+này)?\s+thế\s+nào\s*\??)\s*\.?$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*(?:[-_=*~.·•]\s*){3,}$|^[\W_]*$")
_TERMINAL = (".", "!", "?", "…", ";")
# "Tin liên quan", "Các bài khác", "Video cùng chuyên mục", "Bình luận", "Ý kiến bạn đọc"…
_STOP = re.compile(
    r"^(?:(?:(?:các|những)\s+)?(?:tin|bài|tin\s+bài|bài\s+viết|tin\s+tức|video|ảnh|hình\s+ảnh|clip)"
    r"\s+(?:khác|liên\s+quan|cùng\s+(?:chuyên\s+mục|chủ\s+đề|loại|danh\s+mục)|mới(?:\s+nhất)?"
    r"|(?:được\s+)?(?:đọc|xem)\s+nhiều(?:\s+nhất)?|nổi\s+bật|đã\s+(?:đưa|đăng)|trước|tiếp\s+theo"
    r"|cũ\s+hơn|mới\s+hơn|hoạt\s+động|tiêu\s+điểm)"
    r"|(?:viết|gửi)?\s*(?:bình\s+luận|ý\s+kiến)(?:\s+(?:mới|của\s+bạn|bạn\s+đọc))?"
    r"|ý\s+kiến\s+bạn\s+đọc|thăm\s+dò\s+ý\s+kiến|(?:website|liên\s+kết)\s+(?:liên\s+kết|website)"
    r"|có\s+thể\s+bạn\s+(?:quan\s+tâm|chưa\s+đọc)|đọc\s+thêm|xem\s+thêm|chia\s+sẻ\s+bài\s+viết"
    r"|(?:đọc|xem)\s+nhiều(?:\s+nhất)?|mới\s+nhất|nổi\s+bật"
    # blog engines: "Có liên quan", "Thích điều này:", "Điều hướng bài viết", "Để lại bình luận"
    r"|có\s+liên\s+quan|thích\s+điều\s+này|điều\s+hướng\s+bài\s+viết"
    r"|để\s+lại\s+(?:một\s+)?(?:bình\s+luận|phản\s+hồi|ý\s+kiến)"
    r"|(?:related|more)\s+(?:news|articles|stories))\s*[:»>]*$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^(?:©|\(c\)|copyright\b|bản\s+quyền\b|giấy\s+phép\b|chịu\s+trách\s+nhiệm\b"
    r"|tổng\s+biên\s+tập\s*:|địa\s+chỉ\s*:|điện\s+thoại\s*:|đt\s*:|fax\s*:|tòa\s+soạn\s*:"
    r"|ghi\s+rõ\s+nguồn|cơ\s+quan\s+chủ\s+quản\b|phát\s+triển\s+bởi\b|thiết\s+kế\s+bởi\b"
    # a print page's own address: "Địa chỉ bài viết: http://…", "URL của bài viết: …"
    r"|(?:địa\s+chỉ|đường\s+dẫn|liên\s+kết|link|url)\s+(?:của\s+)?(?:bài\s+viết|tin\s+bài|bài)\s*:)",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?P<head>.{8,200}?)\s*(?:\(\s*(?P<a>[^()]{6,30})\s*\)|[-–|]\s*(?P<b>[^-–|]{6,30}))$"
)


def _folded_words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", fold_diacritics(text).lower())


def is_interface_line(line: str) -> bool:
    """ "Chia sẻ | In bài | Gửi email", "Cỡ chữ A A A", "Đăng nhập", "Trang chủ"."""
    text = " ".join(line.split())
    if not text or len(text) > 80 or text.endswith(_TERMINAL[:3]):
        return False
    if any(c.isdigit() for c in re.sub(r"\(\s*\d+\s*\)", "", text)):
        return False  # a date line, a phone number; "Bình luận (0)" is one
    words = _folded_words(text)
    if not words or len(words) > 10 or not all(w in _UI_WORDS for w in words):
        return False
    # "Thu Trang", "Trang Thu": a name in title case made of interface words is a byline,
    # unless it is one of the interface's own phrases ("Trang Chủ", "Liên Hệ").
    return not _title_case_name(text) or " ".join(words) in _UI_PHRASES


_UI_PHRASES = frozenset(
    {"trang chu", "lien he", "gioi thieu", "dang nhap", "dang ky", "dang xuat", "tin tuc",
     "chia se", "in bai", "in bai viet", "ban in", "gui email", "binh luan", "xem them",
     "quay lai", "ve dau trang", "len dau trang", "tim kiem", "so do website", "phan hoi",
     "gop y", "theo doi", "sao chep", "tai ve", "danh gia", "co chu", "nghe doc"}
)  # fmt: skip


def _title_case_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words
    )


def is_menu(line: str) -> bool:
    """ "TRANG CHỦ | TIN TỨC | LIÊN HỆ", "Trang chủ » Tin tức » Thời sự"."""
    text = " ".join(line.split())
    if not text or text.endswith(_TERMINAL) or parse_date_line(text):
        return False
    items = [i for i in _MENU_SEPARATOR.split(text) if i.strip()]
    separators = len(_MENU_SEPARATOR.findall(text))
    if separators < 1 or len(items) < 2 or (text.count("/") == separators and separators < 2):
        return False
    # "Lượt đọc: 856 | In bài | Gửi bạn bè": a labelled counter is an item too (never a bare
    # number: "12/08/2019" splits into numbers at its slashes).
    return all(_short(i) and _plain_or_counter(i.strip()) for i in items)


def _short(item: str) -> bool:
    """A menu item: four words at most ("Tin tức - Sự kiện": the dash is no word)."""
    return sum(1 for word in item.split() if any(c.isalnum() for c in word)) <= 4


def _plain_or_counter(item: str) -> bool:
    if not any(c.isdigit() for c in item):
        return True
    return bool(_COUNTER.match(item)) and any(c.isalpha() for c in item)


def is_boilerplate(line: str) -> bool:
    """A line of furniture anywhere on the page: menus, interface words, counters, rules."""
    text = " ".join(line.split())
    return bool(
        _RULE.match(text)
        or _COUNTER.match(text)
        or _RATING_WIDGET.match(text)
        or text.lower().startswith(("hotline", "tags:", "tag:", "từ khóa:", "từ khoá:"))
        or _PLAYER_CLOCK.match(text)
        or (_WHERE_YOU_ARE.match(text) and len(text) <= 200 and not text.endswith(_TERMINAL))
        or _FOLLOW_US.match(text)
        or is_interface_line(text)
        or is_menu(text)
        or is_spaced_menu(line)  # before its spaces are collapsed
    )


def is_spaced_menu(line: str) -> bool:
    """ "TRANG CHỦ  THỜI SỰ  XÂY DỰNG ĐẢNG  KINH TẾ": a menu copied without its separators,
    its items kept apart by runs of spaces (three items at least, each short, no digits)."""
    items = [i for i in re.split(r"\s{2,}|\t+", line.strip()) if i]
    return (
        len(items) >= 3
        and all(len(i.split()) <= 4 and not any(c.isdigit() for c in i) for i in items)
        and not line.strip().endswith(_TERMINAL)
    )


# The labels of an article-info box (Joomla's "Chi tiết / Chuyên mục: … / Ngày đăng …").
_ARTICLE_INFO = re.compile(
    r"^(?:chi\s+tiết|(?:chuyên\s+mục|danh\s+mục|chủ\s+đề|thể\s+loại|lĩnh\s+vực)\s*:\s*[^.!?;]{1,60})$",
    re.IGNORECASE,
)


def is_article_info(line: str) -> bool:
    """A line of a page's article-info box that is neither a date nor a byline: "Chi tiết",
    "Chuyên mục: Tin tức", "Chủ đề: Xây dựng Đảng"."""
    return bool(_ARTICLE_INFO.match(" ".join(line.split())))


def is_stop_marker(line: str) -> bool:
    """A heading that starts the furniture after the article (related news, comments, polls)
    or a footer line (copyright, licence, newsroom address)."""
    text = " ".join(line.split())
    return bool(_STOP.match(text) or (len(text) <= 200 and _FOOTER.match(text)))


# The heading of a related-news box, which portals also print inside an article.
_RELATED_HEADING = re.compile(
    r"^(?:(?:các|những)\s+)?(?:(?:tin|bài|tin\s+bài|bài\s+viết)\s+liên\s+quan|xem\s+thêm|đọc\s+thêm"
    r"|có\s+thể\s+bạn\s+quan\s+tâm)\s*[:»>]*$",
    re.IGNORECASE,
)


def is_related_heading(line: str) -> bool:
    """ "Tin liên quan", "Xem thêm", "Đọc thêm:": a related-news box's heading."""
    return bool(_RELATED_HEADING.match(" ".join(line.split())))


def is_related_item(line: str) -> bool:
    """A headline of another report with its own date: "Hội nghị sơ kết (22/10/2013)"."""
    text = " ".join(line.split())
    match = _RELATED.match(text)
    if not match or (text.endswith((".", "!")) and not match["a"]):
        return False
    date = match["a"] or match["b"] or ""
    return parse_date_line(date) is not None and len(match["head"].split()) <= 30
