"""The output's folders made ahead by a child process, and the unused ones removed."""

from __future__ import annotations

import os

from build_cache.folders import FolderMaker, carry, folders_of


def test_folders_of_lists_parents_first_and_skips_unsafe_paths():
    relpaths = ["bai-viet/a/index.html", "bai-viet/b/index.html", "index.html", "../x/y.html"]
    relpaths += ["/etc/passwd", "feeds/all.atom.xml"]
    assert folders_of(relpaths) == ["bai-viet", "feeds", "bai-viet/a", "bai-viet/b"]


def test_the_previous_outputs_folders_are_made(tmp_path):
    maker = FolderMaker(str(tmp_path), ["bai-viet/a/index.html", "chuyen-muc/x/2/index.html"])
    maker.start().wait()
    assert (tmp_path / "bai-viet" / "a").is_dir()
    assert (tmp_path / "chuyen-muc" / "x" / "2").is_dir()


def test_folders_left_empty_are_removed_and_used_or_filled_ones_stay(tmp_path):
    previous = ["bai-viet/cu/index.html", "bai-viet/con/index.html", "tu-khoa/bo/index.html"]
    previous += ["anh/x/index.html"]
    maker = FolderMaker(str(tmp_path), previous).start()
    maker.wait()
    (tmp_path / "bai-viet" / "con" / "index.html").write_text("trang")
    (tmp_path / "anh" / "x" / "hinh.jpg").write_bytes(b"written by something else")
    removed = maker.finish(["bai-viet/con/index.html"])
    assert removed == 3  # bai-viet/cu, tu-khoa/bo, then tu-khoa
    assert sorted(
        os.path.relpath(folder, tmp_path) for folder, _dirs, _files in os.walk(tmp_path)
    ) == [".", "anh", "anh/x", "bai-viet", "bai-viet/con"]


def test_a_build_without_previous_output_makes_nothing(tmp_path):
    maker = FolderMaker(str(tmp_path), []).start()
    assert maker.finish([]) == 0
    assert list(tmp_path.iterdir()) == []


def test_a_staging_folder_removed_meanwhile_is_not_made_again(tmp_path):
    staging = tmp_path / "staging"
    maker = FolderMaker(str(staging), ["bai-viet/a/index.html"]).start()
    maker.wait()
    assert not staging.exists()


def _bundles(root):
    for relpath in ("pagefind/2024/pagefind-entry.json", "pagefind/2024/fragment/a.pf"):
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(relpath.encode())
    (root / "pagefind" / "indexes.json").write_text("{}", encoding="utf-8")


def test_a_carried_folder_is_linked_whole_from_the_previous_output(tmp_path):
    previous, output = tmp_path / "previous", tmp_path / "output"
    _bundles(previous)
    output.mkdir()
    FolderMaker(str(output), ["bai-viet/a/index.html"], str(previous), ["pagefind"]).start().wait()
    files = sorted(p.relative_to(previous) for p in previous.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(output) for p in output.rglob("*") if p.is_file())
    for relpath in files:  # links, not copies: nothing is written twice
        assert (output / relpath).stat().st_ino == (previous / relpath).stat().st_ino
    assert (output / "bai-viet" / "a").is_dir()
    assert not [p for p in output.iterdir() if p.name.startswith(".carry-")]


def test_a_carried_folder_that_cannot_be_linked_whole_is_not_there_at_all(tmp_path, monkeypatch):
    previous, output = tmp_path / "previous", tmp_path / "output"
    _bundles(previous)
    output.mkdir()
    link = os.link
    calls = []

    def failing_second_link(source, target):
        calls.append(source)
        if len(calls) == 2:
            raise OSError(18, "Invalid cross-device link")
        link(source, target)

    monkeypatch.setattr(os, "link", failing_second_link)
    assert not carry(str(previous / "pagefind"), str(output / "pagefind"))
    assert list(output.iterdir()) == []
    (output / "pagefind").mkdir()  # something already there: left as it is
    monkeypatch.setattr(os, "link", link)
    assert not carry(str(previous / "pagefind"), str(output / "pagefind"))
    assert list((output / "pagefind").iterdir()) == []
    assert not carry(str(tmp_path / "nowhere"), str(output / "other"))
