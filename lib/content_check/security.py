"""VN090–VN096: what the build's sanitiser (plugins/safe_html) will remove, told in advance.

Script, event handlers and dangerous URLs are errors (an editor never means them: they come
from pasting a web page, or from an attack), so `invoke publish` refuses; embeds, forms and
inline styles are warnings (they are removed, the article is still published). Metadata lines
are checked too: there the sanitiser does not remove markup, it shows it as typed, which is
never what an editor wants for a script. Pure: regular expressions over the file's lines.
"""

from __future__ import annotations

import html
import re

from content_check.models import Problem, Severity
from content_check.source import Source

_SCRIPT_RE = re.compile(r"<\s*/?\s*script\b", re.IGNORECASE)
_HANDLER_RE = re.compile(r"(?:^|[\s\"'/;{])(on[a-z]{3,})\s*=", re.IGNORECASE)
# Where a URL starts: an HTML attribute, a Markdown link or image, a reference, CSS url().
_URL_START = (
    r"(?:\b(?:href|src|action|formaction|poster|background|data|srcdoc|xlink:href)"
    r"\s*=\s*[\"'`]?|\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|url\(\s*[\"']?|\burl\s*=\s*"
    r"|@import\s*[\"']?)"
)
_BAD_URL_RE = re.compile(
    r"(?:" + _URL_START + r"\s*(javascript|vbscript|data|livescript):|\b(expression)\s*\()",
    re.IGNORECASE,
)
_EMBED_RE = re.compile(r"<\s*(iframe|object|embed|applet|video|audio|frame)\b", re.IGNORECASE)
_IFRAME_SRC_RE = re.compile(r"""\bsrc\s*=\s*["']?https://([^/"'\s>]+)/""", re.IGNORECASE)
_FORM_RE = re.compile(r"<\s*(form|input|button|select|textarea)\b", re.IGNORECASE)
_STYLE_RE = re.compile(r"<\s*style\b|(?:^|[\s\"'{])style\s*=", re.IGNORECASE)
_TAG_RE = re.compile(r"<\s*[A-Za-z!/]")
# What the browser ignores inside a URL: tabs, newlines, other control characters.
_URL_NOISE_RE = re.compile(r"[\x00-\x1f\x7f]")

# Metadata whose markup would be shown as text (not removed): VN096 says so.
_TEXT_FIELDS = ("title", "author", "authors", "tags", "category", "kicker", "headline", "byline")


def _decoded(line: str) -> str:
    """The line as a browser reads attribute values: entities decoded, URL noise dropped."""
    return _URL_NOISE_RE.sub("", html.unescape(html.unescape(line)))


def _find(regex: re.Pattern, line: str) -> re.Match | None:
    return regex.search(line) or regex.search(_decoded(line))


def check_script(src: Source, ctx) -> list[Problem]:
    """VN090 script, VN091 event handler, VN092 javascript:/vbscript:/data: URL (errors);
    VN093 embed, VN094 form, VN095 inline style (warnings); VN096 markup in a text field."""
    hosts = {h.lower() for h in getattr(ctx.settings, "embed_hosts", ())}
    problems: list[Problem] = []

    def add(number, match, code, severity, message):
        group = next((g for g in range(1, match.re.groups + 1) if match.start(g) >= 0), 0)
        col = match.start(group) + 1
        problems.append(Problem(src.path, number, col, code, severity, message))

    for number, line in enumerate(src.lines, start=1):
        if "<" not in line and "=" not in line and ":" not in line and "&" not in line:
            continue
        if m := _find(_SCRIPT_RE, line):
            add(
                number,
                m,
                "VN090",
                Severity.ERROR,
                "có mã script (`<script>`): bản dựng sẽ xóa; bài không được chứa mã chạy được. "
                "Hãy xóa đoạn mã (thường do dán từ trang web khác)",
            )
        m = _find(_HANDLER_RE, line)
        if m and (_TAG_RE.search(line) or "{:" in line or number < src.body_line):
            add(
                number,
                m,
                "VN091",
                Severity.ERROR,
                f"có thuộc tính sự kiện `{m.group(1)}=` (chạy script khi người đọc rê chuột, "
                "bấm…): bản dựng sẽ xóa; hãy xóa thuộc tính này",
            )
        if m := _find(_BAD_URL_RE, line):
            add(
                number,
                m,
                "VN092",
                Severity.ERROR,
                f"địa chỉ `{(m.group(1) or m.group(2)).lower()}:` chạy mã hoặc nhúng dữ liệu: "
                "bản dựng sẽ xóa; chỉ dùng http(s), mailto, tel hoặc địa chỉ trong trang",
            )
        if m := _find(_EMBED_RE, line):
            host = _IFRAME_SRC_RE.search(line)
            allowed = m.group(1).lower() == "iframe" and host and host.group(1).lower() in hosts
            if not allowed:
                add(
                    number,
                    m,
                    "VN093",
                    Severity.WARNING,
                    f"`<{m.group(1).lower()}>` sẽ bị xóa: chỉ nhúng được trình phát "
                    "video từ các máy chủ trong SAFE_HTML_EMBED_HOSTS (pelicanconf.py)",
                )
        if m := _find(_FORM_RE, line):
            add(
                number,
                m,
                "VN094",
                Severity.WARNING,
                f"biểu mẫu `<{m.group(1).lower()}>` sẽ bị xóa (bài viết không nhận "
                "dữ liệu của người đọc)",
            )
        if number >= src.body_line and (m := _find(_STYLE_RE, line)):
            add(
                number,
                m,
                "VN095",
                Severity.WARNING,
                "định dạng `style` sẽ bị xóa (giao diện do theme quyết định)",
            )
    for item in src.fields:
        if item.key in _TEXT_FIELDS and _TAG_RE.search(item.value):
            if any(p.line == item.line and p.severity is Severity.ERROR for p in problems):
                continue
            problems.append(
                Problem(
                    src.path,
                    item.line,
                    item.value_col + _TAG_RE.search(item.value).start(),
                    "VN096",
                    Severity.WARNING,
                    f"`{item.name}` có mã HTML; trang sẽ hiện nguyên văn các ký tự "
                    "`<…>` như đã gõ, không định dạng",
                )
            )
    return problems
