"""Fingerprints of folders: names and bytes of the matching files, nothing else."""

from __future__ import annotations

import os

from build_cache.fingerprint import matching_files, tree_fingerprint


def _folder(root):
    (root / "b" / "__pycache__").mkdir(parents=True)
    (root / "a.py").write_text("a")
    (root / "b" / "c.py").write_text("c")
    (root / "b" / "d.html").write_text("d")
    (root / "b" / "__pycache__" / "c.cpython-311.pyc").write_bytes(b"x")
    (root / ".an").write_text("hidden")
    return root


def test_matching_files_walks_once_sorted_outside_pycache(tmp_path):
    root = str(_folder(tmp_path))
    assert matching_files(root, ("*.py",)) == ["a.py", "b/c.py"]
    assert matching_files(root, ("*",)) == [".an", "a.py", "b/c.py", "b/d.html"]
    assert matching_files(root, ("*.py", "*.html")) == ["a.py", "b/c.py", "b/d.html"]


def test_a_tree_fingerprint_changes_with_names_and_bytes_only(tmp_path):
    root = _folder(tmp_path / "site")
    before = tree_fingerprint([root])
    assert tree_fingerprint([root]) == before
    (root / "b" / "__pycache__" / "c.cpython-311.pyc").write_bytes(b"other")
    os.utime(root / "a.py", (1, 1))
    assert tree_fingerprint([root]) == before, "byte-identical files and caches do not count"
    (root / "b" / "c.py").write_text("C")
    changed = tree_fingerprint([root])
    assert changed != before
    (root / "b" / "c.py").rename(root / "b" / "e.py")
    assert tree_fingerprint([root]) != changed, "a renamed file changes it"
    assert tree_fingerprint([tmp_path / "missing"]) != tree_fingerprint([tmp_path / "other"])
