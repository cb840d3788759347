"""`invoke urls --update` records what the published site serves: never a draft, never a
scheduled article (nor its tag and author pages) before its time, so the next publish passes.

Real `invoke` processes on a copy of the fixture site, with a moved clock (``PORTAL_NOW``).
"""

from __future__ import annotations

from tests.integration.test_editor_workflow import publish, run_task, site  # noqa: F401

SCHEDULED = """Title: Chào mừng Đại hội Đảng bộ Khối
Date: 2030-01-15 08:00
Author: Người Viết Trước
Category: Tin hoạt động
Tags: ngày hẹn trước
Summary: Bài viết sẵn cho ngày khai mạc.
Slug: chao-mung-dai-hoi

Đại hội khai mạc sáng nay.
"""
ITS_URLS = {"bai-viet/chao-mung-dai-hoi/", "tac-gia/nguoi-viet-truoc/", "tu-khoa/ngay-hen-truoc/"}


def update_urls(site) -> set[str]:  # noqa: F811
    result = run_task("urls", "--update", "--content", str(site["content"]), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = site["content"] / "urls.manifest"
    return {line.lstrip("/") for line in manifest.read_text("utf-8").split("\n") if line}


def test_urls_update_skips_drafts_and_scheduled_articles_until_due(site, monkeypatch):  # noqa: F811
    path = site["content"] / "2030" / "01" / "dai-hoi.md"
    path.parent.mkdir(parents=True)
    path.write_text(SCHEDULED, encoding="utf-8")

    monkeypatch.setenv("PORTAL_NOW", "2030-01-15 07:59")
    recorded = update_urls(site)
    assert "bai-viet/hoi-nghi-ban-chap-hanh/" in recorded
    assert not recorded & ITS_URLS
    assert not any(url.startswith("ban-nhap/") for url in recorded)  # the fixture's draft
    early = publish(site)
    assert early.returncode == 0, early.stdout + early.stderr
    assert "Bài hẹn giờ, chưa đăng lần này (1):" in early.stdout

    monkeypatch.setenv("PORTAL_NOW", "2030-01-15 08:00")
    due = update_urls(site)
    assert due - recorded >= ITS_URLS
    assert not any(url.startswith("ban-nhap/") for url in due)
    published = publish(site)
    assert published.returncode == 0, published.stdout + published.stderr
    live = site["published"] / "current"
    assert (live / "bai-viet" / "chao-mung-dai-hoi" / "index.html").is_file()


def test_urls_without_update_checks_the_manifest_as_publish_would(site, monkeypatch):  # noqa: F811
    path = site["content"] / "2030" / "01" / "dai-hoi.md"
    path.parent.mkdir(parents=True)
    path.write_text(SCHEDULED, encoding="utf-8")  # a preview build would serve it
    monkeypatch.setenv("PORTAL_NOW", "2030-01-15 07:59")
    (site["content"] / "urls.manifest").write_text(
        "/\n/bai-viet/chao-mung-dai-hoi/\n", encoding="utf-8"
    )
    refused = run_task("urls", "--content", str(site["content"]), timeout=300)
    assert refused.returncode == 1
    assert "bai-viet/chao-mung-dai-hoi/" in refused.stdout + refused.stderr
    assert "urls.manifest giữ nguyên" in refused.stderr
    assert "Traceback" not in refused.stderr
