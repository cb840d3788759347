"""The checker's cache never changes a verdict: after each edit, same problems as without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_check import CheckSettings, check_paths
from content_check.cache import CACHE_NAME, CheckCache, cache_path

HEADER = (
    "Title: {title}\nDate: 2024-01-10 08:00\nAuthor: Hoàng My\nCategory: Tin hoạt động\n"
    "Summary: Tóm tắt.\nSlug: {slug}\n\n"
)


def write(root: Path, name: str, slug: str, body: str = "Nội dung.\n") -> None:
    path = root / "2024" / "01" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(title=f"Bài {name}", slug=slug) + body, encoding="utf-8")


def verdicts(root: Path, cache_file: Path, targets: list[Path] | None = None):
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",))
    cached = CheckCache(cache_file, settings)
    assert not cached.warning
    with_cache = check_paths(targets or [root], settings, cached)
    without = check_paths(targets or [root], settings)
    return [p.format() for p in with_cache], [p.format() for p in without]


EDITS = [
    ("link target removed", lambda root: (root / "2024" / "01" / "b.md").unlink()),
    ("slug collides", lambda root: write(root, "c", "a")),
    ("body breaks", lambda root: write(root, "a", "a", "Đảng\x0bủy\n")),
    ("link target back", lambda root: write(root, "b", "b")),
]


def test_cached_verdicts_equal_fresh_ones_after_every_edit(tmp_path):
    root = tmp_path / "content"
    cache_file = tmp_path / "cache" / CACHE_NAME
    write(root, "a", "a", "Xem [bài b](/bai-viet/b/).\n")
    write(root, "b", "b")
    first, fresh = verdicts(root, cache_file)
    assert first == fresh == []
    seen = set()
    for name, edit in EDITS:
        edit(root)
        cached, fresh = verdicts(root, cache_file)
        assert cached == fresh, name
        seen.update(line.split(": ", 1)[1].split()[0] for line in fresh)
    assert {"VN060", "VN040", "VN007"} <= seen


def test_one_staged_file_is_judged_against_the_whole_site(tmp_path):
    root = tmp_path / "content"
    cache_file = tmp_path / CACHE_NAME
    write(root, "a", "a")
    write(root, "b", "b")
    verdicts(root, cache_file)
    write(root, "b", "a")  # now collides with a.md, which did not change
    cached, fresh = verdicts(root, cache_file, [root / "2024" / "01" / "a.md"])
    assert cached == fresh and [line.split(": ")[1][:5] for line in cached] == ["VN040"]


@pytest.mark.parametrize("text", ["{broken", '{"key": "other", "files": {}}', '{"files": 3}'])
def test_unusable_cache_is_ignored(tmp_path, text):
    root = tmp_path / "content"
    write(root, "a", "a", "Đảng\x0bủy\n")
    cache_file = tmp_path / CACHE_NAME
    cache_file.write_text(text, encoding="utf-8")
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",))
    cache = CheckCache(cache_file, settings)
    assert cache.warning
    assert check_paths([root], settings, cache) == check_paths([root], settings) != []


def test_cache_path_follows_the_build_cache_setting(tmp_path):
    conf = {"PORTAL_CACHE_DIR": str(tmp_path / "c")}
    assert cache_path(conf, {}) == tmp_path / "c" / CACHE_NAME
    assert (
        cache_path(conf, {"PORTAL_CACHE_DIR": str(tmp_path / "e")}) == tmp_path / "e" / CACHE_NAME
    )
    assert cache_path(conf, {"PORTAL_CACHE_DIR": "off"}) is None
    assert cache_path({}, {}) is None
