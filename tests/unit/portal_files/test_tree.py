"""files_under: every file once, POSIX relative paths, links to folders not followed."""

from __future__ import annotations

import os
from unittest.mock import ANY

import pytest
from portal_files.tree import files_under, link_tree, stamped_files


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


def test_stamped_files_gives_size_and_mtime_of_the_files_with_the_suffix(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("abc", encoding="utf-8")
    (tmp_path / "feed.xml").write_text("x", encoding="utf-8")
    os.utime(tmp_path / "a" / "index.html", ns=(1_000, 2_000))
    assert stamped_files(tmp_path, ".html") == [("a/index.html", 3, 2_000)]
    assert sorted(stamped_files(tmp_path)) == [("a/index.html", 3, 2_000), ("feed.xml", 1, ANY)]


def test_a_file_gone_between_listing_and_stat_is_left_out(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text("a", encoding="utf-8")
    (tmp_path / "b.html").write_text("b", encoding="utf-8")
    scandir = os.scandir

    class ListedThenRemoved(list):
        """The folder's entries as read, then b.html removed before its stat."""

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

    def b_removed_after_listing(path):
        with scandir(path) as listing:
            entries = ListedThenRemoved(listing)
        os.unlink(tmp_path / "b.html")
        return entries

    monkeypatch.setattr(os, "scandir", b_removed_after_listing)
    assert [relpath for relpath, _, _ in stamped_files(tmp_path, ".html")] == ["a.html"]


def _bundle(root):
    for relpath in ("entry.json", "fragment/a.pf", "fragment/b.pf"):
        (root / relpath).parent.mkdir(parents=True, exist_ok=True)
        (root / relpath).write_text(relpath, encoding="utf-8")


def test_link_tree_links_every_file_and_copies_only_when_asked(tmp_path, monkeypatch):
    source = tmp_path / "source"
    _bundle(source)
    link_tree(source, tmp_path / "linked")
    for relpath in ("entry.json", "fragment/a.pf", "fragment/b.pf"):
        assert (tmp_path / "linked" / relpath).stat().st_ino == (source / relpath).stat().st_ino

    def no_links(*_args):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    with pytest.raises(OSError):
        link_tree(source, tmp_path / "refused")
    link_tree(source, tmp_path / "copied", copy_unlinkable=True)
    copied = tmp_path / "copied" / "fragment" / "b.pf"
    assert copied.read_text(encoding="utf-8") == "fragment/b.pf"


def test_link_tree_raises_for_a_folder_it_cannot_list(tmp_path, monkeypatch):
    source = tmp_path / "source"
    _bundle(source)
    listing = os.scandir

    def unreadable(path="."):
        if os.fspath(path).endswith("fragment"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", unreadable)
    with pytest.raises(OSError):
        link_tree(source, tmp_path / "half")
