"""Categories, authors and tags written alike are one object per build, names as written."""

from __future__ import annotations

from pelican.settings import DEFAULT_CONFIG
from portal_core.reader import VietnameseMarkdownReader

HEADER = "Title: Tin {n}\nDate: 2024-05-21 08:00\nCategory: {category}\nAuthor: Lê Văn A\n"
TAGS = "Tags: đảng viên, chuyển đổi số\n\nNội dung.\n"


def read_all(tmp_path, categories):
    reader = VietnameseMarkdownReader(dict(DEFAULT_CONFIG))
    found = []
    for n, category in enumerate(categories):
        path = tmp_path / f"{n}.md"
        path.write_text(HEADER.format(n=n, category=category) + TAGS, encoding="utf-8")
        found.append(reader.read(str(path))[1])
    return found


def test_names_written_alike_share_one_object(tmp_path):
    first, second = read_all(tmp_path, ["Xây dựng Đảng", "Xây dựng Đảng"])
    assert first["category"] is second["category"]
    assert first["author"] is second["author"]
    assert all(a is b for a, b in zip(first["tags"], second["tags"], strict=True))
    assert [t.name for t in second["tags"]] == ["đảng viên", "chuyển đổi số"]


def test_names_written_differently_keep_their_own_spelling(tmp_path):
    first, second = read_all(tmp_path, ["Xây dựng Đảng", "Xây dựng đảng"])
    assert first["category"] is not second["category"]
    assert first["category"] == second["category"]  # one slug: Pelican groups them
    assert (first["category"].name, second["category"].name) == ("Xây dựng Đảng", "Xây dựng đảng")
