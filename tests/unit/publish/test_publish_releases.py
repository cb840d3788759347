"""Releases, swaps and fast gates of lib/publish, on real folders."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from publish import PublishError, ReleaseStore, check_site, publish_site, rollback_site

PAGE = (
    '<!doctype html><html lang="vi"><head><title>{title}</title></head><body>{body}</body></html>'
)


def write_site(root: Path, pages: dict[str, str]) -> None:
    for relative, body in pages.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if relative.endswith(".html"):
            path.write_text(PAGE.format(title="Trang", body=body), encoding="utf-8")
        else:
            path.write_text(body, encoding="utf-8")


def builder(pages: dict[str, str], ok: bool = True):
    def build(output: Path, pages_ready=None) -> bool:
        write_site(output, pages)
        return ok

    return build


GOOD = {
    "index.html": '<a href="/bai-viet/a/">A</a> <a href="https://dangbokhoi.example.vn/trang/x/">X</a>',
    "bai-viet/a/index.html": '<a href="../../">Trang chủ</a> <img src="/images/a.jpg" alt="">',
    "trang/x/index.html": '<a href="https://example.org/">ngoài</a> <a href="#top">đầu</a>',
    "images/a.jpg": "jpg",
    "feeds/all.atom.xml": '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>',
}


@pytest.fixture
def store(tmp_path) -> ReleaseStore:
    return ReleaseStore(tmp_path / "published", tmp_path / "site-releases")


def test_check_site_accepts_a_good_site(tmp_path):
    write_site(tmp_path, GOOD)
    assert check_site(tmp_path, site_url="https://dangbokhoi.example.vn/") == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bai-viet/a/index.html": '<a href="/bai-viet/khong-co/">x</a>'}, "liên kết hỏng"),
        ({"bai-viet/a/index.html": '<img src="anh.png" alt="">'}, "liên kết hỏng"),
        ({"feeds/all.atom.xml": "<feed><title>"}, "XML hỏng"),
        ({"feeds/all.atom.xml": "<rss/>"}, "không phải Atom"),
        ({"ban-nhap/x/index.html": "nháp"}, "bản nháp"),
    ],
    ids=["missing_page", "missing_image", "broken_feed", "not_atom", "draft_in_build"],
)
def test_check_site_finds_each_problem(tmp_path, change, message):
    write_site(tmp_path, {**GOOD, **change})
    problems = check_site(
        tmp_path, site_url="https://dangbokhoi.example.vn", draft_prefix="ban-nhap/"
    )
    assert any(message in p.message for p in problems), problems


def test_check_site_requires_title_lang_and_utf8(tmp_path):
    write_site(tmp_path, GOOD)
    (tmp_path / "trang" / "x" / "index.html").write_text("<html><body>x</body></html>")
    (tmp_path / "bai-viet" / "a" / "index.html").write_bytes(b"<html>\xff</html>")
    messages = {p.message for p in check_site(tmp_path)}
    assert messages >= {
        "trang không có <title>",
        "thẻ <html> không có thuộc tính lang",
        "trang không phải UTF-8",
    }


def test_publish_activates_then_keeps_previous_for_rollback(store):
    first = publish_site(store, builder(GOOD), report=lambda _: None)
    assert store.current() == first.resolve() and store.previous() is None
    second = publish_site(store, builder({**GOOD, "new.html": "mới"}), report=lambda _: None)
    assert store.current() == second.resolve() and store.previous() == first.resolve()
    assert rollback_site(store) == first.resolve()
    assert store.current() == first.resolve() and store.previous() == second.resolve()


@pytest.mark.parametrize(
    "build",
    [builder(GOOD, ok=False), builder({**GOOD, "index.html": '<a href="/x/">x</a>'})],
    ids=["build_fails", "gates_fail"],
)
def test_failed_publish_changes_nothing(store, build):
    first = publish_site(store, builder(GOOD), report=lambda _: None)
    with pytest.raises(PublishError, match="giữ nguyên"):
        publish_site(store, build, report=lambda _: None)
    assert store.current() == first.resolve()
    assert store.releases() == [first]
    assert not list(store.releases_dir.glob(".building-*"))


def test_exception_in_build_discards_the_temporary_folder(store):
    def explode(output: Path, pages_ready) -> bool:
        (output / "half.html").write_text("x")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        publish_site(store, explode)
    assert store.current() is None
    assert not list(store.releases_dir.glob(".building-*"))


def test_rollback_without_previous_is_a_clear_error(store):
    with pytest.raises(PublishError, match="không có bản dựng trước"):
        rollback_site(store)
    publish_site(store, builder(GOOD), report=lambda _: None)
    with pytest.raises(PublishError):
        rollback_site(store)


def test_prune_keeps_newest_and_never_current_or_previous(store):
    made = []
    for day in range(1, 6):
        building = store.start_build()
        made.append(store.finish_build(building, dt.datetime(2026, 1, day, tzinfo=dt.UTC)))
    store.activate(made[0])
    store.activate(made[1])
    removed = store.prune(keep=2)
    assert removed == [made[2]]
    assert store.releases() == [made[0], made[1], made[3], made[4]]
    retired = store.releases_dir / f".pruned-{made[2].name}"
    assert retired.is_dir() and not made[2].exists()  # renamed at once, deleted later
    store.delete_pruned()
    assert not retired.exists()
    assert store.releases() == [made[0], made[1], made[3], made[4]]


def retired_gone(store, seconds: float = 20.0) -> bool:
    """Whether every retired release is deleted within ``seconds`` (a detached process
    deletes them after each publish)."""
    deadline = time.monotonic() + seconds
    while any(store.releases_dir.glob(".pruned-*")):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_publish_retires_the_oldest_and_deletes_it_in_the_background(store):
    for _ in range(4):
        publish_site(store, builder(GOOD), keep=1, report=lambda _: None)
        assert len(store.releases()) <= 2  # the newest (current) and the previous
    assert store.current() in store.releases() and store.previous() in store.releases()
    assert retired_gone(store)
    assert len(store.releases()) == 2


def test_a_half_deleted_retired_release_is_finished_by_the_next_publish(store):
    half = store.releases_dir / ".pruned-20260101-000000-000000"
    (half / "bai-viet" / "x").mkdir(parents=True)
    (half / "bai-viet" / "x" / "index.html").write_text("x")
    publish_site(store, builder(GOOD), report=lambda _: None)
    assert retired_gone(store)


def test_a_refused_publish_still_deletes_what_a_killed_deletion_left(store):
    half = store.releases_dir / ".pruned-20260101-000000-000000"
    half.mkdir(parents=True)
    with pytest.raises(PublishError):
        publish_site(store, builder({**GOOD, "index.html": '<a href="/x/">x</a>'}))
    assert retired_gone(store)


def test_a_second_publish_waits_for_none_while_one_runs(store):
    with store.lock(), pytest.raises(PublishError, match="đang chạy"):
        publish_site(store, builder(GOOD))


def test_stale_building_folders_are_removed_at_next_start(store):
    stale = store.start_build()
    (stale / "x.html").write_text("x")
    fresh = store.start_build()
    assert not stale.exists() and fresh.is_dir() and not any(fresh.iterdir())


def test_the_gates_cache_is_saved_once_the_release_is_live(store, monkeypatch):
    from publish.gate_cache import GateCache

    live_when_saved = []
    save = GateCache.save

    def recording_save(cache):
        live_when_saved.append(store.current())
        save(cache)

    monkeypatch.setattr(GateCache, "save", recording_save)
    release = publish_site(store, builder(GOOD), report=lambda _: None)
    assert live_when_saved == [release.resolve()]
    assert (store.releases_dir / ".gates-cache").is_file()
    with pytest.raises(PublishError):  # a refused build saves what it read, live unchanged
        publish_site(store, builder({**GOOD, "index.html": '<a href="/x/">x</a>'}))
    assert live_when_saved == [release.resolve(), release.resolve()]


def test_a_gates_cache_that_cannot_be_written_is_a_warning_not_a_failed_publish(store):
    store.releases_dir.mkdir(parents=True, exist_ok=True)
    (store.releases_dir / ".gates-cache").mkdir()  # a folder where the file goes
    said = []
    release = publish_site(store, builder(GOOD), report=said.append)
    assert store.current() == release.resolve()
    assert any("không ghi được bộ nhớ đệm kiểm tra" in line for line in said)


def test_retired_releases_are_deleted_by_a_process_at_the_lowest_priority(tmp_path):
    """What the detached process runs: it lowers its own priority to 19, then deletes
    every retired release and nothing else."""
    import subprocess
    import sys

    releases = tmp_path / "releases"
    (releases / ".pruned-a" / "x").mkdir(parents=True)
    (releases / ".pruned-b").mkdir()
    (releases / "20260101-000000-000000").mkdir()
    script = (
        "import os, sys; from publish.retired import main; main(sys.argv[1:]); "
        "print(os.getpriority(os.PRIO_PROCESS, 0))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(releases)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "19"
    assert sorted(p.name for p in releases.iterdir()) == ["20260101-000000-000000"]
