"""The one atomic writer: old bytes or new ones, never a part, never a stray temporary file."""

from __future__ import annotations

import os
import stat

import pytest
from portal_files.atomic import write_atomic, write_new


@pytest.mark.parametrize("durable", [False, True], ids=["cache", "durable"])
def test_write_atomic_replaces_the_file_and_creates_folders(tmp_path, durable):
    target = tmp_path / "a" / "b" / "tệp.json"
    write_atomic(target, "Đảng ủy Khối", durable=durable)
    assert target.read_bytes() == "Đảng ủy Khối".encode()
    write_atomic(target, b"\x00new", durable=durable)
    assert target.read_bytes() == b"\x00new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["tệp.json"]


def test_write_atomic_leaves_the_old_file_and_no_temporary_when_it_fails(tmp_path):
    target = tmp_path / "taken"
    target.mkdir()  # os.replace cannot put a file over a folder
    (target / "inside").write_text("x")
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert (target / "inside").read_text() == "x"


def test_write_atomic_gives_umask_permissions_unless_a_mode_is_given(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "plain", b"x")
        write_atomic(tmp_path / "served", b"x", mode=0o644)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "plain").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "served").stat().st_mode) == 0o644


def test_write_new_makes_a_new_file_with_its_folder(tmp_path):
    target = tmp_path / "bai-viet" / "moi" / "index.html"
    assert write_new(target, b"<p>moi</p>")
    assert target.read_bytes() == b"<p>moi</p>"


def test_write_new_never_writes_into_an_existing_file(tmp_path):
    """A page of a build's folder may be a hard link to the published release's file:
    writing into it would change the live site. Nothing is written; the caller replaces."""
    published = tmp_path / "published.html"
    published.write_bytes(b"live")
    target = tmp_path / "build" / "index.html"
    target.parent.mkdir()
    os.link(published, target)
    assert not write_new(target, b"new")
    assert published.read_bytes() == b"live" and target.read_bytes() == b"live"
