"""portal_files.links: symbolic links that lead out of a content folder are found."""

from __future__ import annotations

import os

from portal_files.links import LeavingLink, links_leaving


def test_links_out_of_the_folder_are_found_and_links_inside_it_are_not(tmp_path):
    root = tmp_path / "content"
    (root / "images" / "sub").mkdir(parents=True)
    (root / "files").mkdir()
    outside = tmp_path / "bi-mat.txt"
    outside.write_text("mật khẩu", encoding="utf-8")
    (root / "files" / "a.pdf").write_bytes(b"%PDF")
    os.symlink(outside, root / "images" / "anh.jpg")  # a file outside
    os.symlink(tmp_path, root / "images" / "sub" / "thu-muc")  # a folder outside
    os.symlink("../files/a.pdf", root / "images" / "cung-thu-muc.pdf")  # inside: allowed
    os.symlink("../../bi-mat.txt", root / "files" / "tuong-doi.txt")  # relative, outside
    os.symlink(root / "images" / "anh.jpg", root / "files" / "qua-hai-lan")  # via a link
    os.symlink(tmp_path / "khong-co", root / "files" / "gay")  # broken, outside
    assert links_leaving(root) == [
        LeavingLink("files/gay", str(tmp_path / "khong-co")),
        LeavingLink("files/qua-hai-lan", str(root / "images" / "anh.jpg")),
        LeavingLink("files/tuong-doi.txt", "../../bi-mat.txt"),
        LeavingLink("images/anh.jpg", str(outside)),
        LeavingLink("images/sub/thu-muc", str(tmp_path)),
    ]


def test_a_folder_without_links_and_a_root_that_is_itself_a_link_are_clean(tmp_path):
    real = tmp_path / "that"
    (real / "2024").mkdir(parents=True)
    (real / "2024" / "a.md").write_text("Title: A\n", encoding="utf-8")
    os.symlink(real, tmp_path / "content")  # the content folder itself may be a link
    os.symlink("a.md", real / "2024" / "b.md")
    assert links_leaving(tmp_path / "content") == []
    assert links_leaving(real) == []


def test_a_subfolder_is_judged_against_the_content_folder_it_is_in(tmp_path):
    root = tmp_path / "content"
    (root / "2024").mkdir(parents=True)
    (root / "images").mkdir()
    (root / "images" / "a.jpg").write_bytes(b"\xff\xd8")
    os.symlink("../images/a.jpg", root / "2024" / "anh.jpg")  # leaves 2024/, not content/
    os.symlink("/etc/hostname", root / "2024" / "may.txt")
    assert links_leaving(root / "2024", within=root) == [LeavingLink("may.txt", "/etc/hostname")]
    assert [link.path for link in links_leaving(root / "2024")] == ["anh.jpg", "may.txt"]


def test_climbs_out_reads_a_path_as_relative_to_the_content_folder():
    from portal_files.links import climbs_out

    for path in ("../x", "2024/01/../../../x", "..", "/etc/passwd", "a/../../b"):
        assert climbs_out(path), path
    for path in ("images/a.jpg", "2024/01/../../images/a.jpg", ".", "a/..", "..x/y"):
        assert not climbs_out(path), path
