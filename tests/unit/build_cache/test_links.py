"""Linking a page from the previous output: the previous file is never written into."""

from __future__ import annotations

import os

import pytest
from build_cache.writer import _intact, _replace_with_link, _same_bytes


def _recorded(path) -> tuple[str, int, int]:
    info = os.stat(path)
    return ("key", info.st_size, info.st_mtime_ns)


def test_a_new_target_becomes_a_hard_link(tmp_path):
    source = tmp_path / "old.html"
    source.write_bytes(b"<p>cu</p>")
    target = tmp_path / "new" / "page.html"
    target.parent.mkdir()
    _replace_with_link(str(source), str(target))
    assert os.path.samefile(source, target)
    assert target.read_bytes() == b"<p>cu</p>"


def test_a_target_whose_folder_is_not_made_yet_gets_its_folder_and_the_link(tmp_path):
    source = tmp_path / "old.html"
    source.write_bytes(b"<p>cu</p>")
    target = tmp_path / "bai" / "tin-moi" / "index.html"
    _replace_with_link(str(source), str(target))
    assert os.path.samefile(source, target)


def test_a_missing_source_is_an_error_not_an_empty_page(tmp_path):
    target = tmp_path / "bai" / "index.html"
    with pytest.raises(FileNotFoundError):
        _replace_with_link(str(tmp_path / "gone.html"), str(target))
    assert not target.exists()


def test_an_existing_target_is_replaced_not_written_into(tmp_path):
    source = tmp_path / "old.html"
    source.write_bytes(b"<p>cu</p>")
    other = tmp_path / "other.html"
    other.write_bytes(b"<p>khac</p>")
    target = tmp_path / "page.html"
    os.link(other, target)  # the target shares its file with another output
    _replace_with_link(str(source), str(target))
    assert os.path.samefile(source, target)
    assert other.read_bytes() == b"<p>khac</p>"


def test_across_file_systems_the_file_is_copied_afresh(tmp_path, monkeypatch):
    source = tmp_path / "old.html"
    source.write_bytes(b"<p>cu</p>")
    other = tmp_path / "other.html"
    other.write_bytes(b"<p>khac</p>")
    target = tmp_path / "page.html"
    os.link(other, target)

    def cross_device(*_args):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", cross_device)
    _replace_with_link(str(source), str(target))
    assert target.read_bytes() == b"<p>cu</p>"
    assert other.read_bytes() == b"<p>khac</p>"  # the old inode was not written into


@pytest.mark.parametrize(
    "change",
    ["none", "size", "mtime", "missing", "folder"],
)
def test_a_previous_file_is_intact_only_as_recorded(tmp_path, change):
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>cu</p>")
    recorded = _recorded(path)
    if change == "size":
        path.write_bytes(b"<p>cu, dai hon</p>")
        os.utime(path, ns=(recorded[2], recorded[2]))
    elif change == "mtime":
        os.utime(path, ns=(recorded[2] + 10**9, recorded[2] + 10**9))
    elif change == "missing":
        path.unlink()
    elif change == "folder":
        path.unlink()
        path.mkdir()
        os.utime(path, ns=(recorded[2], recorded[2]))
        recorded = ("key", os.stat(path).st_size, recorded[2])
    assert _intact(str(path), recorded) is (change == "none")


def test_only_a_regular_file_with_the_same_bytes_is_the_same(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<p>cu</p>")
    assert _same_bytes(str(page), b"<p>cu</p>")
    assert not _same_bytes(str(page), b"<p>cu!</p>")
    assert not _same_bytes(str(page), b"<p>ca</p>")  # same size, other bytes
    assert not _same_bytes(str(tmp_path / "missing.html"), b"")
    (tmp_path / "folder.html").mkdir()
    assert not _same_bytes(str(tmp_path / "folder.html"), b"")
    os.mkfifo(tmp_path / "pipe.html")  # never opened: reading it would wait forever
    assert not _same_bytes(str(tmp_path / "pipe.html"), b"")
