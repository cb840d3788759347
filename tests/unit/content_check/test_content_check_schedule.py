"""The checker on scheduled articles: information, a far-future warning, links that 404."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from content_check import CheckSettings, check_paths
from content_check.cache import CheckCache
from vntext import VN_TZ

NOW = dt.datetime(2026, 5, 1, 8, 0, tzinfo=VN_TZ)


def write(root: Path, name: str, date: str, body: str = "Nội dung.\n", extra: str = "") -> Path:
    path = root / date[:4] / date[5:7] / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"Title: Bài {name}\nDate: {date}\nAuthor: Hoàng My\nCategory: Tin hoạt động\n"
        f"Summary: Tóm tắt.\n{extra}Slug: {name}\n\n{body}",
        encoding="utf-8",
    )
    return path


def found(root: Path, now=NOW, cache: CheckCache | None = None) -> list[str]:
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",))
    return [
        p.format().replace(str(root) + "/", "")
        for p in check_paths([root], settings, cache, now=now)
        if p.code in {"VN025", "VN026", "VN027", "VN029"}
    ]


def test_scheduled_article_is_information_and_a_far_date_a_warning(tmp_path):
    write(tmp_path, "sap-dang", "2026-05-01 09:30")
    write(tmp_path, "go-nham", "2205-05-01 08:00")
    write(tmp_path, "nhap", "2027-01-01 08:00", extra="Status: draft\n")
    write(tmp_path, "xua", "1975-04-30 11:30")
    assert sorted(found(tmp_path)) == [
        "2026/05/sap-dang.md:2:7: VN025 thông tin: hẹn giờ đăng lúc Thứ Sáu, 01/05/2026 09:30 "
        "(giờ Việt Nam): đến giờ đó bài chưa có trên trang xuất bản",
        "2027/01/nhap.md:2:7: VN029 thông tin: bản nháp ghi ngày đăng Thứ Sáu, 01/01/2027 08:00 "
        "(giờ Việt Nam): vẫn là bản nháp dù đến ngày đó; bỏ dòng `Status: draft` thì bài được "
        "hẹn giờ và lên trang đúng lúc ấy",
        "2205/05/go-nham.md:2:7: VN025 thông tin: hẹn giờ đăng lúc Thứ Tư, 01/05/2205 08:00 "
        "(giờ Việt Nam): đến giờ đó bài chưa có trên trang xuất bản",
        "2205/05/go-nham.md:2:7: VN026 cảnh báo: ngày đăng 01/05/2205 còn hơn một năm nữa: "
        "có gõ nhầm năm không?",
    ]
    assert found(tmp_path, now=dt.datetime(2026, 5, 1, 9, 30, tzinfo=VN_TZ)) == [
        p for p in found(tmp_path) if "sap-dang" not in p
    ]


def test_link_to_a_later_article_is_an_error_naming_both_files(tmp_path):
    write(tmp_path, "sap-dang", "2026-06-01 08:00")
    write(tmp_path, "cung-luc", "2026-06-01 08:00", "Xem [bài](/bai-viet/sap-dang/).\n")
    write(tmp_path, "da-dang", "2026-04-01 08:00", "Xem [bài](/bai-viet/sap-dang/).\n")
    write(tmp_path, "tep", "2026-04-02 08:00", "Xem [bài]({filename}/2026/06/sap-dang.md).\n")
    errors = [p for p in found(tmp_path) if "VN027" in p]
    assert [e.split(":")[0] for e in errors] == ["2026/04/da-dang.md", "2026/04/tep.md"]
    assert "2026/04/da-dang.md:8:11: VN027 liên kết tới bài hẹn giờ " in errors[0]
    assert "2026/06/sap-dang.md (đăng lúc 01/06/2026 08:00)" in errors[0]
    assert found(tmp_path, now=dt.datetime(2026, 6, 1, 8, 0, tzinfo=VN_TZ)) == []


def test_cached_entries_are_judged_again_when_time_passes(tmp_path):
    content = tmp_path / "content"
    write(content, "sap-dang", "2026-06-01 08:00")
    write(content, "da-dang", "2026-04-01 08:00", "Xem [bài](/bai-viet/sap-dang/).\n")
    settings = CheckSettings(content_root=content, categories=("Tin hoạt động",))
    first = found(content, cache=CheckCache(tmp_path / "c.json", settings))
    assert len(first) == 2
    later = dt.datetime(2026, 7, 1, tzinfo=VN_TZ)
    assert found(content, later, CheckCache(tmp_path / "c.json", settings)) == []
    assert found(content, cache=CheckCache(tmp_path / "c.json", settings)) == first
