"""The publish gate names the scheduled article a page links to."""

from __future__ import annotations

from pathlib import Path

from publish import check_site

PAGE = '<html lang="vi"><head><title>T</title></head><body>{}</body></html>'


def site(root: Path, body: str) -> Path:
    for name, text in (
        ("index.html", PAGE.format("")),
        ("bai-viet/a/index.html", PAGE.format(body)),
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_broken_link_to_a_scheduled_article_names_its_source(tmp_path):
    root = site(tmp_path, '<a href="/bai-viet/sap-dang/">x</a> <a href="/bai-viet/mat/">y</a>')
    held = {"bai-viet/sap-dang/": "content/2030/01/sap-dang.md, đăng lúc 15/01/2030 08:00"}
    problems = [p.format() for p in check_site(root, scheduled=held)]
    assert problems == [
        "bai-viet/a/index.html: liên kết hỏng tới `/bai-viet/mat/`",
        "bai-viet/a/index.html: liên kết hỏng tới `/bai-viet/sap-dang/` (bài hẹn giờ "
        "content/2030/01/sap-dang.md, đăng lúc 15/01/2030 08:00: chưa được đăng)",
    ]


def test_held_articles_named_after_the_check_is_made_are_still_named(tmp_path):
    """``invoke publish`` makes the gates before its checker has listed the held articles:
    the mapping it passes is filled meanwhile and read when the pages are checked."""
    from publish.gate_cache import GateCache
    from publish.gates import SiteCheck

    from tests.unit.publish.test_publish_releases import GOOD, write_site

    write_site(tmp_path, {**GOOD, "trang/x/index.html": '<a href="/bai-viet/sap-dang/">x</a>'})
    held: dict[str, str] = {}
    check = SiteCheck(cache=GateCache(None), scheduled=held)
    held["bai-viet/sap-dang/"] = "content/2030/01/sap-dang.md, đăng lúc 15/01/2030 08:00"
    check.check_written(tmp_path)
    (problem,) = check.finish(tmp_path)
    assert "sap-dang.md, đăng lúc 15/01/2030 08:00: chưa được đăng" in problem.format()
