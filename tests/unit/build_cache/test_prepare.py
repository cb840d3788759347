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


def _sources(tmp_path, count: int) -> dict[str, str]:
    sources = {}
    for n in range(count):
        path = tmp_path / f"{n}.md"
        path.write_text(SOURCE.format(n=n), encoding="utf-8")
        sources[source_key(path.read_bytes())] = str(path)
    return sources


def test_what_a_plugin_makes_of_each_rendered_source_is_stored_for_it(tmp_path, monkeypatch):
    import os

    sources = _sources(tmp_path, 80)
    build = session(tmp_path, monkeypatch)
    parent = os.getpid()

    def title_of(key, path, rendered):
        return [(f"title:{key}", f"{rendered.meta['title'][0]}|{os.getpid() != parent}".encode())]

    build.follow_rendering("tieu_de", ("build_cache",), title_of)
    build.prepare(sources, decode_source)
    store = build.store("tieu_de", ("build_cache",))
    first = store.get_encoded(f"title:{source_key((tmp_path / '0.md').read_bytes())}")
    assert first == b"Tin 0|True"  # made in a worker
    assert len(store.get_encoded_many(f"title:{key}" for key in sources)) == 80


def test_a_plugin_failing_on_a_source_leaves_only_its_own_entry_out(tmp_path, monkeypatch):
    sources = _sources(tmp_path, 40)
    build = session(tmp_path, monkeypatch)

    def picky(key, path, rendered):
        if rendered.meta["title"] == ["Tin 7"]:
            raise ValueError("không làm được")
        return [(key, b"x")]

    build.follow_rendering("kén", ("build_cache",), picky)
    build.prepare(sources, decode_source)
    assert build.stats["rendered"] == 40  # the rendering itself is kept
    assert len(build.store("kén", ("build_cache",)).get_encoded_many(sources)) == 39
