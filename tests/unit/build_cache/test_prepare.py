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
    first = build.cached(source_key((tmp_path / "0.md").read_bytes()))  # waits for it
    assert first.meta["title"] == ["Tin 0"] and "Nội dung" in first.content
    build.settle()
    assert build.stats["rendered"] == 80
    for n in range(1, 80):
        rendered = build.cached(source_key((tmp_path / f"{n}.md").read_bytes()))
        assert rendered.meta["title"] == [f"Tin {n}"]


def test_the_reader_goes_on_while_the_workers_render(tmp_path, monkeypatch):
    """``prepare`` returns before the workers are done: the worker rendering the last
    source waits for a file the test writes only after ``prepare`` returned, and says
    whether it saw it (a ``prepare`` that waited for its workers would make it give up).
    The other sources do not wait: those rendered before the file was written say so."""
    sources = _sources(tmp_path, 80)
    last = list(sources)[-1]
    signal = tmp_path / "prepare-returned"
    build = session(tmp_path, monkeypatch)

    def waits_for_the_reader(key, path, rendered):
        import time

        deadline = time.monotonic() + (20 if key == last else 0)
        while not signal.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return [(key, b"seen" if signal.exists() else b"not seen")]

    build.follow_rendering("chờ", ("build_cache",), waits_for_the_reader)
    build.prepare(sources, decode_source)
    signal.touch()
    build.settle()
    found = build.store("chờ", ("build_cache",)).get_encoded_many(sources)
    assert len(found) == 80 and found[last] == b"seen"


def test_a_build_stopped_while_reading_ends_the_workers(tmp_path, monkeypatch):
    sources = _sources(tmp_path, 80)
    build = session(tmp_path, monkeypatch)
    build.prepare(sources, decode_source)
    workers = build._rendering.stream._workers._pool
    build.close()  # without settle: the reader failed
    assert all(not worker.is_alive() for worker in workers)


def test_a_source_saved_after_it_was_listed_is_left_to_the_reader(tmp_path, monkeypatch):
    path = tmp_path / "a.md"
    path.write_text(SOURCE.format(n=1), encoding="utf-8")
    listed = source_key(path.read_bytes())
    path.write_text(SOURCE.format(n=2), encoding="utf-8")  # saved meanwhile
    build = session(tmp_path, monkeypatch)
    build.prepare({listed: str(path)}, decode_source)
    build.settle()
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
    build.settle()
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
    build.settle()
    assert build.stats["rendered"] == 40  # the rendering itself is kept
    assert len(build.store("kén", ("build_cache",)).get_encoded_many(sources)) == 39
