"""The record of a plain build's files, by which a rebuild with nothing changed is skipped."""

from __future__ import annotations

import os

from build_cache.inputs import _intact, output_files


def test_every_file_is_recorded_by_relative_path_with_size_and_mtime(tmp_path):
    (tmp_path / "bai-viet" / "a").mkdir(parents=True)
    (tmp_path / "bai-viet" / "a" / "index.html").write_text("trang", encoding="utf-8")
    (tmp_path / "feeds.xml").write_text("x", encoding="utf-8")
    (tmp_path / "lien-ket").symlink_to(tmp_path / "bai-viet", target_is_directory=True)
    files = output_files(tmp_path)
    page = os.stat(tmp_path / "bai-viet" / "a" / "index.html")
    assert files == {
        "bai-viet/a/index.html": (page.st_size, page.st_mtime_ns),
        "feeds.xml": (1, os.stat(tmp_path / "feeds.xml").st_mtime_ns),
    }


def test_an_output_changed_in_any_way_is_not_intact(tmp_path):
    (tmp_path / "a").mkdir()
    page = tmp_path / "a" / "index.html"
    page.write_text("trang", encoding="utf-8")
    files = output_files(tmp_path)
    assert _intact(tmp_path, files)
    os.utime(page, ns=(1, 1))  # same bytes, another mtime: rewritten by someone
    assert not _intact(tmp_path, files)
    page.write_text("trang", encoding="utf-8")
    files = output_files(tmp_path)
    (tmp_path / "them.html").write_text("", encoding="utf-8")
    assert not _intact(tmp_path, files)
    (tmp_path / "them.html").unlink()
    page.unlink()
    assert not _intact(tmp_path, files)
    assert not _intact(tmp_path, {})  # nothing recorded: never taken as intact
