"""The build cache store never makes a build wrong or fail; the output swap is atomic."""

from __future__ import annotations

import gc
import os

from build_cache.fingerprint import digest, stable_repr
from build_cache.pool import WORKER_GC_THRESHOLDS, fork_map
from build_cache.store import PENDING_LIMIT, CacheStore
from build_cache.swap import exchange, staging_folder


def test_values_survive_reopening(tmp_path):
    store = CacheStore(tmp_path, "t", "v1")
    store.put("a", {"html": "<p>Đảng</p>", "n": [1, 2]})
    store.close()
    again = CacheStore(tmp_path, "t", "v1")
    assert again.get("a") == {"html": "<p>Đảng</p>", "n": [1, 2]}
    assert again.get_many(["a", "missing"]) == {"a": {"html": "<p>Đảng</p>", "n": [1, 2]}}


def test_pending_entries_are_written_once_they_reach_the_limit(tmp_path):
    """A cold build of an archive does not hold every value until the end: once the
    pending bytes reach the limit they are on disk (readable by another connection)."""
    store = CacheStore(tmp_path, "t", "v1")
    other = CacheStore(tmp_path, "t", "v1")
    value = os.urandom(64 * 1024)  # random bytes do not compress
    store.put("first", value)
    assert other.get("first") is None  # small: still pending
    count = PENDING_LIMIT // len(value) + 1
    for number in range(count):
        store.put(f"k{number}", value)
    assert other.get("first") == value
    assert len(store._pending) < count  # not everything is held any more
    store.put("last", b"tail")
    store.close()
    assert other.get("last") == b"tail"
    assert set(other.keys()) == {"first", "last", *(f"k{n}" for n in range(count))}


def test_another_version_discards_entries(tmp_path, caplog):
    store = CacheStore(tmp_path, "t", "code-1")
    store.put("a", 1)
    store.close()
    newer = CacheStore(tmp_path, "t", "code-2")
    assert newer.get("a") is None
    assert list(newer.keys()) == []


def test_corrupt_file_is_dropped_with_a_warning(tmp_path, caplog):
    (tmp_path / "t.sqlite").write_bytes(b"this is not a database" * 100)
    store = CacheStore(tmp_path, "t", "v")
    assert not store.enabled
    assert "bộ nhớ đệm" in caplog.text
    assert store.get("a") is None
    store.put("a", 1)  # a no-op, never an exception
    store.close()
    assert CacheStore(tmp_path, "t", "v").enabled  # the next build starts clean


def test_unwritable_cache_location_turns_the_cache_off(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")  # works as root too, unlike chmod
    store = CacheStore(blocker / "cache", "t", "v")
    assert not store.enabled
    assert "dựng lại toàn bộ" in caplog.text


def test_folder_deleted_during_a_build_does_not_fail(tmp_path):
    import shutil

    store = CacheStore(tmp_path / "c", "t", "v")
    store.put("a", 1)
    shutil.rmtree(tmp_path / "c")
    store.flush()  # warns and carries on
    assert store.get("b") is None


def test_damaged_entry_is_a_miss(tmp_path):
    store = CacheStore(tmp_path, "t", "v")
    store.put("a", 1)
    store.flush()
    store._db.execute("UPDATE entries SET v = ? WHERE k = 'a'", (b"garbage",))
    assert store.get("a") is None


def test_disabled_store_without_folder():
    store = CacheStore(None, "t", "v")
    store.put("a", 1)
    assert store.get("a") is None


def test_digest_is_length_prefixed_and_repr_stable():
    assert digest("ab", "c") != digest("a", "bc")
    assert stable_repr({"b": {2, 1}, "a": [1]}) == stable_repr({"a": [1], "b": {1, 2}})


def test_workers_collect_garbage_with_pythons_defaults_whatever_the_build_set():
    """The build process collects rarely (``portal_core.build``); its workers render pages,
    whose short-lived cycles must be collected as usual."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        seen = fork_map(lambda _: gc.get_threshold(), list(range(64)), 2, min_items=1)
    finally:
        gc.set_threshold(*before)
    assert set(seen) == {WORKER_GC_THRESHOLDS} == {(700, 10, 10)}


def test_fork_map_keeps_order_and_matches_serial():
    items = list(range(300))
    assert fork_map(lambda x: x * x, items, 2) == [x * x for x in items]


def test_exchange_swaps_contents_and_keeps_the_old_one_aside(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "old.html").write_text("cũ", encoding="utf-8")
    new = staging_folder(output)
    (new / "new.html").write_text("mới", encoding="utf-8")
    inode = os.stat(new).st_ino
    exchange(new, output)
    assert (output / "new.html").read_text(encoding="utf-8") == "mới"
    assert not (output / "old.html").exists()
    assert os.stat(output).st_ino == inode  # the build's folder itself, renamed
    assert (new / "old.html").exists()  # the old site, to be discarded


def test_exchange_into_missing_output(tmp_path):
    output = tmp_path / "output"
    new = staging_folder(output)
    (new / "a.html").write_text("a", encoding="utf-8")
    exchange(new, output)
    assert (output / "a.html").exists()


def test_prefetched_entries_are_read_in_one_query_and_handed_out_once(tmp_path, monkeypatch):
    store = CacheStore(tmp_path, "ns", "v1")
    for key in ("a", "b", "c"):
        store.put_encoded(key, key.encode() * 3)
    store.flush()
    queries: list[list[str]] = []
    read = CacheStore.get_encoded_many

    def counting(self, keys):
        keys = list(keys)
        queries.append(keys)
        return read(self, keys)

    monkeypatch.setattr(CacheStore, "get_encoded_many", counting)
    store.prefetch(["a", "b", "missing"])
    assert store.prefetched and queries == [["a", "b", "missing"]]
    assert store.get_encoded("a") == b"aaa" and store.get_encoded("b") == b"bbb"
    assert len(queries) == 1  # served from the prefetch
    assert store.get_encoded("a") == b"aaa"  # handed out once: asked again, it is read
    assert store.get_encoded("c") == b"ccc" and store.get_encoded("missing") is None
    assert len(queries) == 3  # a key the prefetch did not find is known missing: no query
    store.put_encoded("missing", b"made now")  # until it is put
    store.flush()
    assert store.get_encoded("missing") == b"made now" and len(queries) == 4
