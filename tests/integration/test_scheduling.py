"""Scheduled publishing: a future Date leaves the article out of a publish build until due.

Real builds through ``portal_core.build.run_build`` with a moved clock (``PORTAL_NOW``): the
article is absent from every file of the build one second before its time and present from
that second on; an incremental build across the due time (same cache, same output folder)
equals a clean build byte for byte; preview shows it with a "Hẹn giờ đăng" badge.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from portal_core.build import run_build

from tests.integration.test_incremental import tree
from tests.support import FIXTURES, ROOT, parse_html, text_of

SETTINGS = """
import os, sys
sys.path.insert(0, {root!r})
from {conf} import *  # noqa
GIT_DATES_ENABLED = False
"""

SCHEDULED = """Title: Kỷ niệm ngày thành lập Đảng bộ Khối hẹn giờ
Date: 2030-01-15 08:00
Author: Người Viết Trước
Category: Tin hoạt động
Tags: ngày hẹn trước
Summary: Bài viết sẵn cho ngày kỷ niệm.
Slug: ky-niem-hen-gio

Đảng ủy Khối quán triệt Nghị định 30/2020/NĐ-CP về công tác văn thư.
"""
SLUG = "ky-niem-hen-gio"
MARKERS = (SLUG, "hẹn giờ", "Người Viết Trước", "ngày hẹn trước", "nguoi-viet-truoc")


@pytest.fixture
def site(tmp_path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive_documents", content)
    (content / "2030" / "01").mkdir(parents=True)
    (content / "2030" / "01" / "hen-gio.md").write_text(SCHEDULED, encoding="utf-8")
    for hold in (True, False):
        (tmp_path / f"hold-{hold}.py").write_text(
            SETTINGS.format(root=str(ROOT), conf="publishconf" if hold else "pelicanconf"),
            encoding="utf-8",
        )
    return tmp_path


def build(site: Path, output: Path, now: str, monkeypatch, *, hold=True, cache="off") -> Path:
    monkeypatch.setenv("PORTAL_NOW", now)
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(cache))
    messages: list[str] = []
    status = run_build(site / f"hold-{hold}.py", output, site / "content", report=messages.append)
    assert status == 0, messages
    return output


def mentions(output: Path) -> dict[str, list[str]]:
    """Files of the build (search index included) that name the scheduled article."""
    found: dict[str, list[str]] = {}
    for path in sorted(output.rglob("*")):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", "replace").lower()
            hits = [m for m in MARKERS if m.lower() in text]
            if hits:
                found[path.relative_to(output).as_posix()] = hits
    return found


def test_article_appears_exactly_when_due_and_cache_never_serves_stale_pages(site, monkeypatch):
    cache = site / "cache"
    live = site / "live"
    before = build(site, live, "2030-01-15 07:59:59", monkeypatch, cache=cache)
    assert mentions(before) == {}
    assert not (before / "bai-viet" / SLUG).exists()

    after = build(site, live, "2030-01-15 08:00", monkeypatch, cache=cache)
    clean = build(site, site / "clean", "2030-01-15T01:00:00+00:00", monkeypatch)
    assert tree(after) == tree(clean)
    assert (after / "bai-viet" / SLUG / "index.html").is_file()
    seen = mentions(after)
    for page in (
        "index.html",
        "feeds/all.atom.xml",
        "sitemap.xml",
        "van-ban/30-2020-nd-cp/index.html",
    ):
        assert page in seen, sorted(seen)
    assert any(p.startswith("tac-gia/nguoi-viet-truoc/") for p in seen)
    home = parse_html(after / "index.html")
    assert SLUG in home.css_first("main a[href*='bai-viet/']").attributes["href"]


def test_preview_shows_scheduled_article_with_badge(site, monkeypatch):
    output = build(site, site / "preview", "2030-01-10 12:00", monkeypatch, hold=False)
    page = parse_html(output / "bai-viet" / SLUG / "index.html")
    assert text_of(page, "p.scheduled") == "Hẹn giờ đăng: 15/01/2030 08:00"
    assert page.css_first("p.scheduled time").attributes["datetime"] == "2030-01-15T08:00:00+07:00"
    due = build(site, site / "preview-due", "2030-01-16 12:00", monkeypatch, hold=False)
    assert text_of(parse_html(due / "bai-viet" / SLUG / "index.html"), "p.scheduled") == ""


def test_old_dates_drafts_and_bad_clock(site, monkeypatch, caplog):
    content = site / "content"
    (content / "2030" / "01" / "hen-gio.md").write_text(
        SCHEDULED.replace("Slug:", "Status: draft\nSlug:"), encoding="utf-8"
    )
    (content / "2019" / "06" / "xua.md").write_text(
        "Title: Bài từ trước khi có cổng\nDate: 1975-04-30 11:30\nAuthor: unknown\n"
        "Category: Tin hoạt động\nSummary: Tư liệu.\nSlug: bai-tu-truoc\n\nTư liệu cũ.\n",
        encoding="utf-8",
    )
    output = build(site, site / "out", "2030-01-20 08:00", monkeypatch)
    assert (output / "bai-viet" / "bai-tu-truoc" / "index.html").is_file()
    assert mentions(output) == {}  # a draft stays a draft after its date
    monkeypatch.setenv("PORTAL_NOW", "ngày mai")
    messages: list[str] = []
    status = run_build(site / "hold-True.py", site / "bad", content, report=messages.append)
    assert status == 1, messages
    assert "PORTAL_NOW='ngày mai' không phải ngày giờ" in caplog.text
