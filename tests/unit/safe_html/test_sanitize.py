"""The sanitiser alone (pure, no Pelican): payloads out, news-article markup in."""

from __future__ import annotations

import markdown
import pytest
from safe_html.headers import apache_headers, content_security_policy, nginx_headers
from safe_html.sanitize import metadata_text, sanitize_body, url_scheme

from tests.security_scan import live_script_markup
from tests.xss_payloads import PAYLOADS

SITE = "https://dangbokhoi.example.vn"


def clean(html: str, **kwargs) -> str:
    return sanitize_body(html, embed_hosts=kwargs.get("embed_hosts", ()), site_url=SITE)


def markdown_html(text: str) -> str:
    """What Pelican's reader makes of a body (the portal's Markdown extensions)."""
    return markdown.markdown(text, extensions=["extra", "toc", "sane_lists"], output_format="html5")


@pytest.mark.parametrize(("name", "payload"), PAYLOADS, ids=[n for n, _ in PAYLOADS])
def test_no_payload_survives_raw_or_through_markdown(name, payload):
    for html in (payload, markdown_html(payload), f"<p>{payload}</p>"):
        out = clean(html)
        assert live_script_markup(out) == [], (html, out)
        # Sanitising its own output changes nothing: what is left parses the same way again.
        assert clean(out) == out


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " \tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;&#x61;vascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "vbscript:msgbox(1)",
        "VbScRiPt:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:text/html;base64,PHNjcmlwdD4=",
        "\x01javascript:alert(1)",
    ],
)
def test_dangerous_urls_are_dropped_however_spelled(href):
    out = clean(f'<p><a href="{href}">x</a><img src="{href}" alt="y"></p>')
    assert out == "<p><a>x</a></p>", out


def test_news_article_markup_is_kept():
    html = (
        '<h2 id="muc-1">Mục</h2><p>Chữ <em>nghiêng</em>, <strong>đậm</strong>, H<sub>2</sub>O, '
        'm<sup>2</sup><br>dòng mới, <a href="https://chinhphu.vn/">liên kết</a>, '
        '<a href="mailto:a@b.vn">thư</a>, <a href="tel:+84123">gọi</a>, <a href="/van-ban/">'
        'trong trang</a>, <a href="{filename}/2023/05/a.md">bài khác</a>.</p>'
        '<ul><li>một</li></ul><ol start="3"><li>ba</li></ol><blockquote><p>trích</p>'
        '</blockquote><figure class="photo"><img src="/images/a.jpg" alt="ảnh" '
        'width="600" height="400"><figcaption>Chú thích</figcaption></figure>'
        '<table><caption>Bảng</caption><thead><tr><th scope="col">A</th></tr></thead>'
        "<tbody><tr><td>1</td></tr></tbody></table>"
        '<p class="caption">Chú thích ảnh</p>'
    )
    assert clean(html) == html


def test_markdown_footnotes_tables_and_typogrify_spans_are_kept():
    html = markdown_html(
        'Đoạn[^1] có <span class="amp">&amp;</span>.\n\n| A | B |\n|:-:|--:|\n| 1 | 2 |\n\n'
        "[^1]: Chú thích.\n"
    )
    out = clean(html)
    assert 'class="footnote-ref"' in out and 'class="footnote"' in out
    assert '<span class="amp">&amp;</span>' in out
    # Markdown aligns cells with an inline style, which the CSP forbids: a class instead.
    assert 'class="text-center"' in out and 'class="text-right"' in out
    assert "style=" not in out


def test_images_only_from_the_site():
    out = clean(
        '<img src="https://evil.example/x.png" alt="a"><img src="//evil.example/x.png" alt="b">'
        f'<img src="{SITE}/images/ok.jpg" alt="c"><img src="{{static}}/images/ok.jpg" alt="d">'
        '<img src="/images/ok.jpg" alt="e">'
    )
    assert "evil" not in out
    assert out.count("<img") == 3


def test_embeds_only_from_listed_hosts_and_sandboxed():
    player = '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560"></iframe>'
    other = '<iframe src="https://evil.example/embed"></iframe>'
    plain = '<iframe src="http://www.youtube-nocookie.com/embed/abc"></iframe>'
    assert clean(player + other) == ""  # no hosts listed: no embed at all
    out = clean(
        player + other + plain + '<iframe src="https://www.youtube-nocookie.com/x">'
        "<script>alert(1)</script></iframe>",
        embed_hosts=["www.youtube-nocookie.com"],
    )
    assert out.count("<iframe") == 2 and "evil" not in out and "http:" not in out
    assert "<script" not in out
    assert 'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"' in out
    assert live_script_markup(out, embed_hosts=("www.youtube-nocookie.com",)) == []


def test_forms_objects_styles_and_handlers_go():
    out = clean(
        '<form action="https://evil.example/"><input name="q"><button>Gửi</button></form>'
        '<p style="color:red" onclick="x()" onmouseover="y()">a</p>'
        '<object data="x.swf"></object><embed src="x.swf"><style>p{}</style>'
    )
    assert out == "Gửi<p>a</p>"


def test_sanitising_is_deterministic_and_idempotent():
    html = markdown_html("\n\n".join(p for _, p in PAYLOADS))
    first = clean(html)
    assert clean(html) == first
    assert clean(first) == first


def test_url_scheme_reads_like_a_browser():
    assert url_scheme(" \tJaVa\nScript:alert(1)") == "javascript"
    assert url_scheme("/van-ban/") is None
    assert url_scheme("{filename}/a.md") is None


@pytest.mark.parametrize(
    ("typogrified", "text"),
    [
        ('Tom <span class="amp">&amp;</span> Jerry', "Tom & Jerry"),
        ('<span class="dquo">&#8220;</span>Tự diễn biến&#8221; &#8211; x', "“Tự diễn biến” – x"),
        ("<script>alert('x')</script>", "<script>alert('x')</script>"),
        ("<", "<"),
        ("&", "&"),
        ("[liên kết](https://example.org/)", "[liên kết](https://example.org/)"),
    ],
)
def test_metadata_text_keeps_typography_and_what_was_typed(typogrified, text):
    assert metadata_text(typogrified) == text


def test_security_headers_forbid_inline_script_and_framing():
    policy = content_security_policy()
    assert "script-src 'self' 'wasm-unsafe-eval'" in policy
    assert "'unsafe-inline'" not in policy and "frame-src 'none'" in policy
    assert "frame-ancestors" not in policy  # ignored (with a console error) in a <meta>
    assert "frame-ancestors 'self'" in content_security_policy(for_header=True)
    assert "frame-src https://www.youtube-nocookie.com" in content_security_policy(
        ["www.youtube-nocookie.com"]
    )
    nginx = "\n".join(nginx_headers())
    apache = "\n".join(apache_headers())
    for name in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"):
        assert f"add_header {name} " in nginx and f"Header always set {name} " in apache
