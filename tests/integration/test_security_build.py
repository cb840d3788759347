"""Security of a real build: payloads in every field come out as text, bad input as
``path:line`` messages (never a traceback), and internal content never reaches a publish
build, whatever command runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.security_scan import live_script_markup
from tests.support import ROOT, parse_html, text_of
from tests.xss_payloads import PAYLOADS, TRICKY_AUTHOR, TRICKY_TITLES

ATOM = "{http://www.w3.org/2005/Atom}"


def test_payload_site_has_no_live_script_bearing_markup(payload_site):
    pages = sorted(payload_site.rglob("*.html"))
    assert len(pages) > 150
    found = {
        str(p.relative_to(payload_site)): live_script_markup(p.read_text("utf-8")) for p in pages
    }
    assert {page: what for page, what in found.items() if what} == {}


def test_every_payload_article_was_built(payload_site):
    for number in range(1, len(PAYLOADS) + 1):
        assert list((payload_site / "bai-viet").glob(f"xss-{number:02d}-*/index.html"))


def _article(site: Path, slug: str):
    return parse_html(site / "bai-viet" / slug / "index.html")


def _untypeset(text: str) -> str:
    """Typographic quotes back to the ASCII ones typed (typogrify curls them, by design)."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def test_metadata_is_shown_exactly_as_typed_in_html_title_og_and_json_ld(payload_site):
    feed = ET.parse(payload_site / "feeds" / "all.atom.xml").getroot()
    feed_titles = {e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")}
    for number, title in enumerate(TRICKY_TITLES, start=1):
        tree = _article(payload_site, f"ky-tu-{number}")
        heading = text_of(tree, "h1")
        assert _untypeset(heading) == title, (title, heading)
        assert tree.css_first("title").text() == f"{heading} – Cổng thông tin Đảng ủy Khối"
        assert tree.css_first('meta[property="og:title"]').attributes["content"] == heading
        data = json.loads(tree.css_first('script[type="application/ld+json"]').text())
        assert data["headline"] == heading
        if title in ("<", "&", "\"'\"'"):  # the summary is Markdown: links and tags stay markup
            assert text_of(tree, ".sapo") == heading
        assert heading in feed_titles
        assert text_of(tree, ".meta .author") == TRICKY_AUTHOR
    assert "\xa0" not in _article(payload_site, "ky-tu-2").css_first("title").text()
    page = _article(payload_site, "xss-01-script")
    assert text_of(page, "h1") == "Bài xss-01-script <script>alert('XSS01')</script>"


def test_feeds_and_sitemap_carry_metadata_as_text(payload_site):
    feed = ET.parse(payload_site / "feeds" / "all.atom.xml").getroot()
    titles = [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")]
    assert any("<img src=x onerror=alert(" in t for t in titles), titles
    assert "<" in titles and "&" in titles and "Tom & Jerry <b>" in titles
    for entry in feed.iter(f"{ATOM}entry"):
        for field in ("summary", "content"):
            html = entry.findtext(f"{ATOM}{field}") or ""
            assert live_script_markup(f"<body>{html}</body>") == [], html
    names = {e.findtext(f"{ATOM}author/{ATOM}name") for e in feed.iter(f"{ATOM}entry")}
    assert TRICKY_AUTHOR in names
    ET.parse(payload_site / "sitemap.xml")  # well-formed whatever the titles are


def test_server_configs_send_the_security_headers(payload_site):
    nginx = (payload_site / "redirects" / "nginx.conf").read_text("utf-8")
    apache = (payload_site / ".htaccess").read_text("utf-8")
    assert "add_header Content-Security-Policy \"default-src 'self'" in nginx
    assert "frame-ancestors 'self'" in nginx and "X-Content-Type-Options" in nginx
    assert "Header always set Content-Security-Policy" in apache
    page = (payload_site / "index.html").read_text("utf-8")
    assert 'http-equiv="Content-Security-Policy"' in page


# --- bad input: path:line, exit 2, never a traceback ----------------------------------------

ARTICLE = (
    "Title: Bài\nDate: 2024-01-02 10:00\nAuthor: A\nCategory: Tin hoạt động\nSummary: S\n"
    "Slug: bai\n{extra}\nNội dung.\n"
)
BAD_INPUT = {
    "documents_script": ({"extra": "Documents: 98-QĐ/TW (<script>alert(1)</script>)\n"}, 7),
    "documents_markup": ({"extra": "Documents: 98-QĐ/TW (<b>Ban Bí thư</b>)\n"}, 7),
    "documents_malformed": ({"extra": "Documents: 98-QĐ/TW ((khóa IX)\n"}, 7),
    "documents_fix": ({"extra": "Documents_fix: 76-CT/TW\n"}, 7),
    "documents_remove": ({"extra": "Documents_remove: xx(\n"}, 7),
    "alias_traversal": ({"extra": "Aliases: ../../../tmp/evil/\n"}, 7),
    "alias_newline": ({"extra": "Aliases: /cu/a%0A%7D/\n"}, 7),
    "duplicate_slug": ({"extra": "", "copy": True}, 6),
    "record": ({"extra": "", "record": "Id: xx\nTitle: T\n\nMô tả.\n"}, 1),
    "redirects_yaml": ({"extra": "", "redirects": "a: [b\n"}, 2),
    "redirects_target": ({"extra": "", "redirects": "cu/a/: ../../x/\n"}, 1),
    "manifest_line": ({"extra": "", "manifest": '/\n/cu/"><script>/\n'}, 2),
}


def _write_bad_site(root: Path, spec: dict) -> Path:
    folder = root / "2024" / "01"
    folder.mkdir(parents=True)
    (folder / "bai.md").write_text(ARTICLE.format(extra=spec["extra"]), encoding="utf-8")
    if spec.get("copy"):
        (folder / "bai-2.md").write_text(ARTICLE.format(extra=""), encoding="utf-8")
    if "record" in spec:
        (root / "van-ban").mkdir()
        (root / "van-ban" / "x.md").write_text(spec["record"], encoding="utf-8")
    if "redirects" in spec:
        (root / "redirects.yaml").write_text(spec["redirects"], encoding="utf-8")
    if "manifest" in spec:
        (root / "urls.manifest").write_text(spec["manifest"], encoding="utf-8")
    return root


def _build(content: Path, output: Path, settings: str = "pelicanconf.py"):
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "lib"), str(ROOT / "plugins"), str(ROOT)]),
        "PYTHONUTF8": "1",
        "COLUMNS": "300",
    }
    return subprocess.run(
        [
            *(sys.executable, "-m", "portal_core.build", "-q", "-s", str(ROOT / settings)),
            *("-o", str(output), str(content)),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=300,
    )


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_a_path_line_message_never_a_traceback(tmp_path, case):
    spec, line = BAD_INPUT[case]
    content = _write_bad_site(tmp_path / "content", spec)
    result = _build(content, tmp_path / "output")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    message = result.stderr.split("LỖI: ", 1)[1]
    assert f":{line}: " in message, message
    assert str(content) in message
    assert not Path("/tmp/evil").exists()


def test_publish_build_run_directly_never_writes_an_internal_article(tmp_path):
    content = tmp_path / "content"
    folder = content / "2024" / "01"
    folder.mkdir(parents=True)
    internal = ARTICLE.replace("Slug: bai", "Slug: noi-bo").format(
        extra="Visibility: lưu hành nội bộ\n"
    )
    (folder / "noi-bo.md").write_text(internal, encoding="utf-8")
    phrase = ARTICLE.replace("Slug: bai", "Slug: cong-van").format(extra="")
    phrase = phrase.replace("Nội dung.", "Tài liệu LƯU HÀNH NỘI BỘ, không phổ biến.")
    (folder / "cong-van.md").write_text(phrase, encoding="utf-8")
    draft = ARTICLE.replace("Slug: bai", "Slug: nhap").format(
        extra="Visibility: lưu hành nội bộ\nStatus: draft\n"
    )
    (folder / "nhap.md").write_text(draft, encoding="utf-8")
    (folder / "bai.md").write_text(ARTICLE.format(extra=""), encoding="utf-8")
    output = tmp_path / "output"
    result = _build(content, output, "publishconf.py")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert f"{folder / 'noi-bo.md'}:7: " in result.stderr
    assert f"{folder / 'cong-van.md'}:8: " in result.stderr
    written = (
        "\n".join(p.read_text("utf-8") for p in output.rglob("*.html")) if output.exists() else ""
    )
    assert "noi-bo" not in written and "cong-van" not in written and "nhap" not in written
    # The development build previews it (the checker, VN070, tells the editor).
    preview = _build(content, tmp_path / "preview")
    assert preview.returncode == 0, preview.stderr
