"""Work a build runs in a thread (the search index beside the sitemap): waited for, its
errors raised, and no process forked while it runs."""

from __future__ import annotations

import functools
import threading

import pytest
from build_cache.session import SESSION_KEY, BuildSession, process_map
from pelican.settings import DEFAULT_CONFIG


def _session(tmp_path, monkeypatch) -> BuildSession:
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    return BuildSession(dict(DEFAULT_CONFIG, PLUGINS=[], PORTAL_BUILD_PROCESSES=2))


def test_the_build_waits_for_the_work_and_gets_its_error(tmp_path, monkeypatch):
    session = _session(tmp_path, monkeypatch)
    release = threading.Event()
    done = []

    def work() -> None:
        release.wait(5)
        done.append(True)
        raise RuntimeError("Pagefind hỏng")

    session.in_background("search index", work)
    assert session.background_running()
    release.set()
    with pytest.raises(RuntimeError, match="Pagefind hỏng"):
        session.wait_background()
    assert done == [True]
    assert not session.background_running()
    session.wait_background()  # waited for once: nothing is raised twice


def test_no_process_is_forked_while_the_work_runs(tmp_path, monkeypatch):
    session = _session(tmp_path, monkeypatch)
    settings = {SESSION_KEY: session}
    assert isinstance(process_map(settings), functools.partial)  # the forked workers
    release = threading.Event()
    session.in_background("search index", lambda: release.wait(5))
    assert process_map(settings) is map  # beside a thread: in this process
    release.set()
    session.wait_background()
    assert isinstance(process_map(settings), functools.partial)


def test_closing_a_failing_build_waits_for_the_work(tmp_path, monkeypatch):
    session = _session(tmp_path, monkeypatch)
    release = threading.Event()
    finished = []
    session.in_background("search index", lambda: (release.wait(5), finished.append(1)))
    threading.Timer(0.2, release.set).start()
    session.close()  # a build that failed before waiting: the work still ends first
    assert finished == [1]


def test_the_output_pages_are_listed_once_per_build_and_afresh_without_one(tmp_path, monkeypatch):
    from build_cache.session import output_pages

    session = _session(tmp_path, monkeypatch)
    site = tmp_path / "output"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text("a", encoding="utf-8")
    (site / "feed.xml").write_text("x", encoding="utf-8")
    settings = {SESSION_KEY: session}
    first = output_pages(settings, site)
    assert [relpath for relpath, _, _ in first] == ["a/index.html"]
    (site / "sitemap.html").write_text("s", encoding="utf-8")  # written by a reader
    assert output_pages(settings, site) is first
    assert sorted(r for r, _, _ in output_pages({}, site)) == ["a/index.html", "sitemap.html"]
