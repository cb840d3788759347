"""The checker on big inputs: exact positions deep in a long file, and many files at once.

Speed is measured in bench/check_speed.py, never here: these tests assert what is reported.
"""

from __future__ import annotations

from pathlib import Path

from content_check import CheckSettings, check_paths
from content_check.source import read_source

HEADER = (
    "Title: Báo cáo dài\nDate: 2024-01-10 08:00\nAuthor: Hoàng My\nCategory: Tin hoạt động\n"
    "Summary: Tóm tắt.\nSlug: {slug}\n\n"
)
PARAGRAPH = "Đảng ủy Khối tổ chức học tập và quán triệt Nghị quyết của Ban Chấp hành Trung ương."


def test_positions_deep_in_a_long_file(tmp_path: Path) -> None:
    root = tmp_path / "content"
    path = root / "2024" / "01" / "bao-cao-dai.md"
    path.parent.mkdir(parents=True)
    body = [PARAGRAPH] * 20_000
    body[15_000] = "Xem [bài cũ](/bai-viet/khong-co/) nhé."
    body[19_999] = "Đảng\x0bủy"
    path.write_text(HEADER.format(slug="bao-cao-dai") + "\n".join(body) + "\n", encoding="utf-8")
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",))
    found = {(p.code, p.line, p.col) for p in check_paths([path], settings)}
    first_body_line = HEADER.count("\n") + 1
    assert found == {
        ("VN060", first_body_line + 15_000, 14),
        ("VN007", first_body_line + 19_999, 5),
    }


def test_source_lines_and_metadata_are_read_once_and_immutable() -> None:
    text = HEADER.format(slug="a") + "một\nhai\n"
    source, problems = read_source("a.md", text.encode("utf-8"))
    assert problems == []
    assert source.lines == tuple(text.split("\n"))
    assert source.lines is source.lines
    assert source.metadata["slug"].value == "a"
    assert source.value("title") == "Báo cáo dài"


def test_many_files_each_collision_reported_once(tmp_path: Path) -> None:
    root = tmp_path / "content"
    for number in range(300):
        slug = "trung" if number in (7, 250) else f"bai-{number}"
        path = root / "2024" / "01" / f"bai-{number}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER.format(slug=slug) + PARAGRAPH + "\n", encoding="utf-8")
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",))
    problems = check_paths([root], settings)
    assert sorted((Path(p.path).name, p.code) for p in problems) == [
        ("bai-250.md", "VN040"),
        ("bai-7.md", "VN040"),
    ]
