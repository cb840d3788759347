"""Records about output folders are kept while their folder exists, and no longer."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from build_cache.folder_records import INDEX_KEY, FolderRecords, folder_identity
from build_cache.store import CacheStore
from build_cache.swap import exchange, staging_folder


def _records(cache: Path, limit: int = 32) -> FolderRecords:
    return FolderRecords(CacheStore(cache, "outputs", "test"), limit)


def _stored_keys(cache: Path) -> set[str]:
    store = CacheStore(cache, "outputs", "test")
    try:
        return set(store.keys()) - {INDEX_KEY}
    finally:
        store.close()


def test_a_record_follows_its_folder_through_a_rename(tmp_path):
    folder = tmp_path / "site" / "building"
    folder.mkdir(parents=True)
    records = _records(tmp_path / "cache")
    records.put(folder, {"written": 1})
    folder.rename(tmp_path / "site" / "output")
    assert _records(tmp_path / "cache").get(tmp_path / "site" / "output") == {"written": 1}
    assert _records(tmp_path / "cache").get(tmp_path / "site" / "missing") is None


def test_each_build_swapped_in_leaves_one_record_not_one_per_build(tmp_path):
    """Build, swap, discard: what every ``run_build`` does. The replaced outputs' records go
    (each when the next record is written); the live output's record stays, and so does
    that of a folder still being built beside it."""
    cache, output = tmp_path / "cache", tmp_path / "site" / "output"
    output.mkdir(parents=True)
    (tmp_path / "trash").mkdir()
    for number in range(5):
        staging = staging_folder(output)
        _records(cache).put(staging, {"build": number})
        exchange(staging, output)
        # The old output, now at the staging path, is discarded: moved out of the way, not
        # removed, so that no later folder gets its inode (and its record) again.
        staging.rename(tmp_path / "trash" / str(number))
    assert _records(cache).get(output) == {"build": 4}
    # The output it replaced was still there when the last record was written: dropped
    # by the next one.
    assert len(_stored_keys(cache)) == 2
    assert folder_identity(output) in _stored_keys(cache)
    running = staging_folder(output)  # another build's folder, not swapped in yet
    _records(cache).put(running, {"build": "running"})
    other = staging_folder(output)
    _records(cache).put(other, {"build": "other"})
    assert _records(cache).get(running) == {"build": "running"}
    assert _stored_keys(cache) == {folder_identity(p) for p in (output, running, other)}


def test_records_of_folders_removed_elsewhere_go_too(tmp_path):
    """Releases live in another folder than the build's output; a retired one is removed."""
    cache = tmp_path / "cache"
    releases = [tmp_path / "releases" / f"r{n}" for n in range(3)]
    for release in releases:
        release.mkdir(parents=True)
        _records(cache).put(release, {"name": release.name})
    shutil.rmtree(releases[0])
    output = tmp_path / "output"
    output.mkdir()
    _records(cache).put(output, {"name": "output"})
    assert _stored_keys(cache) == {folder_identity(p) for p in (releases[1], releases[2], output)}
    shutil.rmtree(tmp_path / "releases")  # a parent that is gone
    _records(cache).put(output, {"name": "output again"})
    assert _stored_keys(cache) == {folder_identity(output)}


def test_only_the_most_recently_written_records_are_kept_past_the_limit(tmp_path):
    cache = tmp_path / "cache"
    folders = [tmp_path / f"f{n}" for n in range(4)]
    for folder in folders:
        folder.mkdir()
        _records(cache, limit=2).put(folder, folder.name)
    assert _stored_keys(cache) == {folder_identity(p) for p in folders[2:]}
    _records(cache, limit=2).put(folders[2], "again")  # written again: the newest now
    folders.append(tmp_path / "f4")
    folders[4].mkdir()
    _records(cache, limit=2).put(folders[4], "f4")
    assert _stored_keys(cache) == {folder_identity(p) for p in (folders[2], folders[4])}


def test_entries_written_before_the_index_and_a_damaged_index_are_cleaned_up(tmp_path):
    cache = tmp_path / "cache"
    stale, live = tmp_path / "stale", tmp_path / "live"
    stale.mkdir()
    live.mkdir()
    store = CacheStore(cache, "outputs", "test")
    store.put(folder_identity(stale), {"old": True})  # written as the store did before
    store.put(INDEX_KEY, "not an index")
    store.close()
    _records(cache).put(live, {"new": True})
    assert _stored_keys(cache) == {folder_identity(live)}
    assert _records(cache).get(live) == {"new": True}


def test_forget_drops_one_record_and_keeps_the_others(tmp_path):
    cache = tmp_path / "cache"
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        _records(cache).put(folder, folder.name)
    _records(cache).forget(first)
    _records(cache).forget(tmp_path / "never made")
    assert _records(cache).get(first) is None
    assert _records(cache).get(second) == "second"
    assert os.path.isdir(first)  # only the record goes
