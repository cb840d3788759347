"""Feeds are written with the pages at the end of the build, with Pelican's checks."""

from __future__ import annotations

import pytest
from build_cache.session import SESSION_KEY, BuildSession
from build_cache.writer import PortalWriter
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import SafeDatetime
from pelican.writers import FileOverwriteFailedError, Writer


def writer(tmp_path, monkeypatch) -> tuple[PortalWriter, list[Article], dict]:
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    settings = dict(DEFAULT_CONFIG, PLUGINS=[], PORTAL_BUILD_PROCESSES=1)
    settings[SESSION_KEY] = BuildSession(settings)
    articles = [
        Article(
            f"<p>Bài {n}.</p>",
            metadata={"title": f"Tin {n}", "date": SafeDatetime(2024, 5, n + 1)},
            settings=settings,
            source_path=f"/c/{n}.md",
            context={},
        )
        for n in range(3)
    ]
    context = dict(settings, SITEURL="https://example.vn", FEED_DOMAIN="https://example.vn")
    return PortalWriter(str(tmp_path / "out"), settings=settings), articles, context


def test_a_feed_is_written_when_the_pages_are(tmp_path, monkeypatch):
    portal, articles, context = writer(tmp_path, monkeypatch)
    portal.write_feed(articles, context, "feeds/all.atom.xml", feed_title="Tất cả")
    feed = tmp_path / "out" / "feeds" / "all.atom.xml"
    assert not feed.exists()  # recorded, not written yet
    portal.flush()
    text = feed.read_text(encoding="utf-8")
    assert text.count("<entry>") == 3 and "Bài 2." in text
    assert portal.written["feeds/all.atom.xml"][1] == feed.stat().st_size


def test_writing_one_feed_twice_fails_as_in_pelican(tmp_path, monkeypatch):
    portal, articles, context = writer(tmp_path, monkeypatch)
    portal.write_feed(articles, context, "feeds/all.atom.xml")
    with pytest.raises(FileOverwriteFailedError):
        portal.write_feed(articles[:1], context, "feeds/all.atom.xml")
    portal.write_feed(articles[:1], context, "feeds/all.atom.xml", override_output=True)
    portal.flush()
    text = (tmp_path / "out" / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert text.count("<entry>") == 1  # the overriding feed, written once


def test_a_recorded_feed_has_the_bytes_of_pelicans_own_writer(tmp_path, monkeypatch):
    portal, articles, context = writer(tmp_path, monkeypatch)
    articles[1].title = "Tin <b>&</b> “nháy” – Đảng ủy"  # escaped, not Latin-1: all of UTF-8
    portal.write_feed(articles, context, "feeds/all.atom.xml", feed_title="Tất cả")
    portal.flush()
    own = Writer(str(tmp_path / "own"), settings=portal.settings)
    own.write_feed(articles, context, "feeds/all.atom.xml", feed_title="Tất cả")
    written = (tmp_path / "out" / "feeds" / "all.atom.xml").read_bytes()
    assert written == (tmp_path / "own" / "feeds" / "all.atom.xml").read_bytes()
    assert "Đảng ủy".encode() in written
