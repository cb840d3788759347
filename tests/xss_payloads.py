"""Script-injection payloads (OWASP XSS filter-evasion style) and a content folder full of them.

Every payload calls ``alert``/``confirm``/``prompt`` (or navigates to a ``javascript:`` URL)
with its own marker ``XSSnn``, so a dialog in the browser names the payload that got through.
``write_payload_site(root)`` writes one article per payload with the payload in every
metadata field an editor fills in and in the body, pages, and document records: the security
tests build it with the real settings and open every page in chromium.
"""

from __future__ import annotations

from pathlib import Path

# (name, payload). Tag, attribute, URL, CSS, SVG/MathML, entity, case and parser tricks.
PAYLOADS: list[tuple[str, str]] = [
    ("script", "<script>alert('XSS01')</script>"),
    ("img_onerror", "<img src=x onerror=alert('XSS02')>"),
    ("svg_onload", "<svg onload=alert('XSS03')>"),
    ("svg_script", "<svg><script>alert('XSS04')</script></svg>"),
    ("body_onload", "<body onload=alert('XSS05')>"),
    ("iframe_js", "<iframe src=\"javascript:alert('XSS06')\"></iframe>"),
    ("a_js", "<a href=\"javascript:alert('XSS07')\">XSS07</a>"),
    ("a_js_case", "<a href=\"JaVaScRiPt:alert('XSS08')\">XSS08</a>"),
    ("a_js_space", "<a href=\" &#14;  javascript:alert('XSS09')\">XSS09</a>"),
    ("a_js_tab", "<a href=\"jav&#x09;ascript:alert('XSS10')\">XSS10</a>"),
    (
        "a_js_entities",
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;'
        "alert('XSS11')\">XSS11</a>",
    ),
    ("a_js_hex_colon", "<a href=\"&#x6A;avascript&colon;alert('XSS12')\">XSS12</a>"),
    ("a_vbscript", "<a href=\"vbscript:msgbox('XSS13')\">XSS13</a>"),
    ("a_data", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=">XSS14</a>'),
    ("css_url", "<div style=\"background:url(javascript:alert('XSS15'))\">XSS15</div>"),
    ("css_expression", "<div style=\"width: expression(alert('XSS16'))\">XSS16</div>"),
    ("object", "<object data=\"javascript:alert('XSS17')\"></object>"),
    ("embed", "<embed src=\"javascript:alert('XSS18')\">"),
    ("form", "<form action=\"javascript:alert('XSS19')\"><button>XSS19</button></form>"),
    ("autofocus", "<input autofocus onfocus=alert('XSS20')>"),
    ("details", "<details open ontoggle=alert('XSS21')>"),
    ("mxss_math", "<math><mtext><table><mglyph><style><img src=x onerror=alert('XSS22')>"),
    ("attr_break_dq", "\"><script>alert('XSS23')</script>"),
    ("attr_break_sq", "'><img src=x onerror=alert('XSS24')>"),
    ("attr_inject", '" onmouseover="alert(\'XSS25\')" x="'),
    ("title_break", "</title><script>alert('XSS26')</script>"),
    ("jsonld_break", "</script><script>alert('XSS27')</script>"),
    ("img_js_case", "<IMG SRC=JaVaScRiPt:alert('XSS28')>"),
    ("malformed_img", '<IMG """><SCRIPT>alert(\'XSS29\')</SCRIPT>">'),
    ("double_open", "<<SCRIPT>alert('XSS30');//<</SCRIPT>"),
    ("nested_script", "<scr<script>ipt>alert('XSS31')</scr</script>ipt>"),
    ("meta_refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(\'XSS32\')">'),
    ("base_href", "<base href=\"javascript:alert('XSS33')//\">"),
    ("noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert('XSS34')>\">"),
    ("onclick", '<a href="#" onclick="alert(\'XSS35\')">XSS35</a>'),
    ("video_source", "<video><source onerror=\"alert('XSS36')\"></video>"),
    ("style_import", "<style>@import 'javascript:alert(\"XSS37\")';</style>"),
    ("srcdoc", "<iframe srcdoc=\"<script>alert('XSS38')</script>\"></iframe>"),
    ("svg_xlink", "<svg><a xlink:href=\"javascript:alert('XSS39')\"><text>XSS39</text></a></svg>"),
    ("backtick", "<img src=`x` onerror=`alert('XSS40')`>"),
    ("xmp", "<xmp><img src=x onerror=alert('XSS41')></xmp>"),
    ("md_link_js", "[XSS42](javascript:alert('XSS42'))"),
    ("md_image_js", "![XSS43](javascript:alert('XSS43'))"),
    ("attr_list", 'XSS44 para\n{: onclick="alert(\'XSS44\')" style="color:red" }'),
    ("template", "<template><img src=x onerror=alert('XSS45')></template>"),
    ("marquee", "<marquee onstart=alert('XSS46')>XSS46</marquee>"),
]

# Markers of every payload, for asserting that none survived as live code.
MARKERS = [f"XSS{n:02d}" for n in range(1, len(PAYLOADS) + 1)]

# Plain characters that must come out exactly as typed.
TRICKY_TITLES = ["<", "&", "\"'\"'", "[liên kết](https://example.org/)", "Tom & Jerry <b>"]
TRICKY_AUTHOR = 'Nguyễn "Văn" O\'Neil'


def _one_line(value: str) -> str:
    """A metadata value must fit on one line."""
    return " ".join(value.split())


def _article(slug: str, payload: str, *, date: str, category: str) -> str:
    line = _one_line(payload)
    return (
        f"Title: Bài {slug} {line}\n"
        f"Date: {date}\n"
        f"Author: Tác giả {line}\n"
        f"Category: {category}\n"
        f"Tags: thẻ {line}, an toàn\n"
        f"Summary: Tóm tắt {line}\n"
        f"Kicker: Kicker {line}\n"
        f"Headline: Headline {line}\n"
        f"Author_title: Chức vụ {line}\n"
        f"Byline: Byline {line}\n"
        f"Source: Nguồn {line}\n"
        "Documents: 98-QĐ/TW (khóa IX)\n"
        f"Slug: {slug}\n"
        "\n"
        f"Đoạn mở đầu của bài {slug}.\n\n"
        f"{payload}\n\n"
        f"Đoạn giữa có payload trong dòng: {line} và chữ tiếp theo.\n\n"
        "Theo Quy định số 98-QĐ/TW của Ban Bí thư.\n"
    )


def write_payload_site(root: Path, category: str = "Tin hoạt động") -> Path:
    """Write a content folder with every payload in every field; return ``root``."""
    articles = root / "2024" / "03"
    articles.mkdir(parents=True)
    for number, (name, payload) in enumerate(PAYLOADS, start=1):
        slug = f"xss-{number:02d}-{name.replace('_', '-')}"
        day, minute = 1 + number % 28, number % 60
        (articles / f"{slug}.md").write_text(
            _article(slug, payload, date=f"2024-03-{day:02d} 08:{minute:02d}", category=category),
            encoding="utf-8",
        )
    # A payload as the category, on its own article (the category shows on every page's menu).
    evil_category = _one_line(PAYLOADS[22][1])
    (articles / "xss-category.md").write_text(
        _article("xss-category", "Bình thường.", date="2024-03-29 09:00", category=evil_category),
        encoding="utf-8",
    )
    for number, title in enumerate(TRICKY_TITLES, start=1):
        (articles / f"ky-tu-{number}.md").write_text(
            f"Title: {title}\n"
            "Date: 2024-03-30 10:00\n"
            f"Author: {TRICKY_AUTHOR}\n"
            f"Category: {category}\n"
            f"Summary: {title}\n"
            f"Slug: ky-tu-{number}\n\n"
            "Nội dung bình thường.\n",
            encoding="utf-8",
        )
    pages = root / "pages"
    pages.mkdir()
    for number, (_, payload) in enumerate(PAYLOADS[:8], start=1):
        (pages / f"trang-{number}.md").write_text(
            f"Title: Trang {_one_line(payload)}\nSlug: trang-{number}\n\nNội dung {payload}\n",
            encoding="utf-8",
        )
    records = root / "van-ban"
    records.mkdir()
    payload = _one_line(PAYLOADS[0][1] + PAYLOADS[1][1])
    (records / "98-qd-tw.md").write_text(
        "Id: 98-QĐ/TW\n"
        f"Title: Trích yếu {payload}\n"
        f"Type: Quy định {payload}\n"
        f"Issuer: Ban Bí thư {payload}\n"
        f"Signer: Người ký {payload}\n"
        "Issued: 2004-03-22\n"
        "Term: IX\n"
        f"Record_source: Nguồn {payload}\n\n"
        f"Mô tả {PAYLOADS[2][1]} và {PAYLOADS[6][1]}.\n",
        encoding="utf-8",
    )
    return root
