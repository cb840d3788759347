"""Sources are rendered ahead of reading from their paths, never from stale bytes."""

from __future__ import annotations

from build_cache.session import BuildSession, source_key
from pelican.settings import DEFAULT_CONFIG
from portal_content.source import decode_source

SOURCE = "Title: Tin {n}\nDate: 2024-05-21 08:00\n\nNội dung bài {n}.\n"


def session(tmp_path, monkeypatch) -> BuildSession:
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    return BuildSession(dict(DEFAULT_CONFIG, PLUGINS=[], PORTAL_BUILD_PROCESSES=2))


def test_every_listed_source_is_rendered_in_workers(tmp_path, monkeypatch):
    sources = {}
    for n in range(80):  # enough for the workers to be forked
        path = tmp_path / f"{n}.md"
        path.write_text(SOURCE.format(n=n), encoding="utf-8")
        sources[source_key(path.read_bytes())] = str(path)
    build = session(tmp_path, monkeypatch)
    build.prepare(sources, decode_source)
    assert build.stats["rendered"] == 80
    first = build.cached(source_key((tmp_path / "0.md").read_bytes()))
    assert first.meta["title"] == ["Tin 0"] and "Nội dung" in first.content


def test_a_source_saved_after_it_was_listed_is_left_to_the_reader(tmp_path, monkeypatch):
    path = tmp_path / "a.md"
    path.write_text(SOURCE.format(n=1), encoding="utf-8")
    listed = source_key(path.read_bytes())
    path.write_text(SOURCE.format(n=2), encoding="utf-8")  # saved meanwhile
    build = session(tmp_path, monkeypatch)
    build.prepare({listed: str(path)}, decode_source)
    assert build.stats["rendered"] == 0
    assert build.cached(listed) is None  # never the new text under the old key
