"""files_under: every file once, POSIX relative paths, links to folders not followed."""

from __future__ import annotations

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
