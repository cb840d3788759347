"""VN028: a `Modified` that is not after `Date` is reported where it is written (the page
would silently show no "Cập nhật lúc")."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_check import CheckSettings, check_paths


def write(root: Path, date: str, modified: str, extra: str = "") -> Path:
    path = root / "2024" / "03" / "bai.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"Title: Bài sửa\nDate: {date}\n{extra}Modified: {modified}\nAuthor: Hoàng My\n"
        "Category: Tin hoạt động\nSummary: Tóm tắt.\nSlug: bai-sua\n\nNội dung.\n",
        encoding="utf-8",
    )
    return path


def found(root: Path) -> list[str]:
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",))
    return [p.format() for p in check_paths([root], settings) if p.code == "VN028"]


@pytest.mark.parametrize(
    ("date", "modified", "extra"),
    [
        ("2024-03-01 16:45", "2024-02-28 09:00", ""),
        ("2024-03-01 16:45", "2024-03-01 16:45", ""),  # the same minute: nothing to show
        ("2024-03-01 16:45", "2024-03-01 09:45+00:00", ""),  # 16:45 in Vietnam
        ("2024-03-01", "2024-03-01 20:00", "Date_precision: day\n"),  # the same day
    ],
)
def test_modified_not_after_date_is_a_warning_at_its_line(tmp_path, date, modified, extra):
    path = write(tmp_path, date, modified, extra)
    line = 4 if extra else 3
    [problem] = found(tmp_path)
    assert problem.startswith(f"{path}:{line}:11: VN028 cảnh báo: ngày cập nhật (Modified) ")
    assert "trang sẽ không hiện “Cập nhật lúc …”" in problem


@pytest.mark.parametrize(
    ("date", "modified", "extra"),
    [
        ("2024-03-01 16:45", "2024-03-01 16:46", ""),
        ("2024-03-01 16:45", "2024-03-01 10:00+00:00", ""),  # 17:00 in Vietnam
        ("2024-03-01", "2024-03-02 00:00", "Date_precision: day\n"),
        ("unknown", "2024-03-02 08:00", ""),
        ("2024-03-01 16:45", "hôm qua", ""),  # unreadable: VN020 only
    ],
)
def test_modified_after_date_or_unjudgeable_is_not_reported(tmp_path, date, modified, extra):
    write(tmp_path, date, modified, extra)
    assert found(tmp_path) == []
