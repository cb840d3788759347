"""files_under: every file once, POSIX relative paths, links to folders not followed."""

from __future__ import annotations

import os

import pytest
from portal_files.tree import files_under


def test_files_under_lists_nested_files_and_file_links_but_not_folder_links(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "index.html").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "b" / "page.html").write_text("yy", encoding="utf-8")
    (tmp_path / "link.html").symlink_to(tmp_path / "index.html")
    (tmp_path / "folder-link").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "broken").symlink_to(tmp_path / "missing")
    found = {relpath: entry.stat().st_size for relpath, entry in files_under(tmp_path)}
    assert found == {"index.html": 1, "a/b/page.html": 2, "link.html": 1}


def test_a_folder_gone_before_it_is_listed_is_skipped_but_not_the_root(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("a")
    (tmp_path / "pagefind" / ".tmp-2024").mkdir(parents=True)
    (tmp_path / "pagefind" / ".tmp-2024" / "x.pf_fragment").write_text("x")
    scandir = os.scandir

    def renamed_meanwhile(path):
        if os.fspath(path).endswith(".tmp-2024"):  # renamed by the search index meanwhile
            raise FileNotFoundError(path)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", renamed_meanwhile)
    assert sorted(relpath for relpath, _ in files_under(tmp_path)) == ["a/index.html"]
    with pytest.raises(FileNotFoundError):
        list(files_under(tmp_path / "khong-co"))
