"""Pages are written straight into new files of the build's folder, never into old ones."""

from __future__ import annotations

import os

from build_cache.writer import _write_new


def test_a_new_page_is_written_with_its_folder(tmp_path):
    target = tmp_path / "bai-viet" / "moi" / "index.html"
    assert _write_new(str(target), b"<p>moi</p>")
    assert target.read_bytes() == b"<p>moi</p>"


def test_an_existing_file_is_never_written_into(tmp_path):
    """A page of the build's folder may be a hard link to the published release's file:
    writing into it would change the live site. Nothing is written; the caller replaces."""
    published = tmp_path / "published.html"
    published.write_bytes(b"live")
    target = tmp_path / "build" / "index.html"
    target.parent.mkdir()
    os.link(published, target)
    assert not _write_new(str(target), b"new")
    assert published.read_bytes() == b"live" and target.read_bytes() == b"live"
