"""`invoke publish` with scheduled articles: listed, held back, published once due."""

from __future__ import annotations

from tests.integration.test_editor_workflow import publish, run_task, served_hash, site  # noqa: F401

FUTURE = """Title: Chào mừng Đại hội Đảng bộ Khối
Date: 2030-01-15 08:00
Author: Hoàng My
Category: Tin hoạt động
Summary: Bài viết sẵn cho ngày khai mạc.
Slug: chao-mung-dai-hoi

Đại hội khai mạc sáng nay.
"""


def test_publish_lists_scheduled_articles_and_publishes_them_when_due(site, monkeypatch):  # noqa: F811
    path = site["content"] / "2030" / "01" / "dai-hoi.md"
    path.parent.mkdir(parents=True)
    path.write_text(FUTURE, encoding="utf-8")
    monkeypatch.setenv("PORTAL_NOW", "2030-01-15 07:55")
    early = publish(site)
    assert early.returncode == 0, early.stdout + early.stderr
    assert "Bài hẹn giờ, chưa đăng lần này (1):" in early.stdout
    assert f"15/01/2030 08:00  {path}  /bai-viet/chao-mung-dai-hoi/" in early.stdout
    live = site["published"] / "current"
    assert not (live / "bai-viet" / "chao-mung-dai-hoi").exists()
    assert "Chào mừng Đại hội" not in (live / "index.html").read_text("utf-8")

    monkeypatch.setenv("PORTAL_NOW", "2030-01-15 08:00")
    due = publish(site)
    assert due.returncode == 0, due.stdout + due.stderr
    assert "Bài hẹn giờ" not in due.stdout
    assert (live / "bai-viet" / "chao-mung-dai-hoi" / "index.html").is_file()
    assert "Chào mừng Đại hội" in (live / "index.html").read_text("utf-8")
    assert "chao-mung-dai-hoi" in (live / "feeds" / "all.atom.xml").read_text("utf-8")


def test_link_to_a_scheduled_article_refuses_the_publish_naming_both_files(site, monkeypatch):  # noqa: F811
    monkeypatch.setenv("PORTAL_NOW", "2030-01-01 08:00")
    assert publish(site).returncode == 0
    before = served_hash(site["published"])
    path = site["content"] / "2030" / "01" / "dai-hoi.md"
    path.parent.mkdir(parents=True)
    path.write_text(FUTURE, encoding="utf-8")
    article = site["content"] / "2023" / "05" / "hoi-nghi.md"
    article.write_text(
        article.read_text("utf-8") + "\nXem [bài mới](/bai-viet/chao-mung-dai-hoi/).\n",
        encoding="utf-8",
    )
    refused = publish(site)
    assert refused.returncode != 0
    line = next(x for x in refused.stdout.splitlines() if "VN027" in x)
    assert str(article) in line and "2030/01/dai-hoi.md" in line
    assert served_hash(site["published"]) == before


def test_a_date_without_offset_is_vietnam_time_whatever_the_server_zone(site, monkeypatch):  # noqa: F811
    path = site["content"] / "2030" / "01" / "dai-hoi.md"
    path.parent.mkdir(parents=True)
    path.write_text(FUTURE, encoding="utf-8")  # Date: 2030-01-15 08:00, no offset
    monkeypatch.setenv("TZ", "America/New_York")  # a server left on another zone
    monkeypatch.setenv("PORTAL_NOW", "2030-01-15T00:59:00+00:00")  # 07:59 in Vietnam
    early = publish(site)
    assert early.returncode == 0, early.stdout + early.stderr
    assert "15/01/2030 08:00" in early.stdout
    live = site["published"] / "current"
    assert not (live / "bai-viet" / "chao-mung-dai-hoi").exists()
    monkeypatch.setenv("PORTAL_NOW", "2030-01-15T01:00:00+00:00")  # 08:00 in Vietnam
    due = publish(site)
    assert due.returncode == 0, due.stdout + due.stderr
    assert (live / "bai-viet" / "chao-mung-dai-hoi" / "index.html").is_file()


def test_a_future_date_on_a_draft_keeps_it_a_draft(site, monkeypatch):  # noqa: F811
    path = site["content"] / "2030" / "01" / "dai-hoi.md"
    path.parent.mkdir(parents=True)
    path.write_text(FUTURE.replace("Slug:", "Status: draft\nSlug:"), encoding="utf-8")
    monkeypatch.setenv("PORTAL_NOW", "2030-01-15 07:55")
    checked = run_task("check", str(path))
    assert checked.returncode == 0
    assert "VN029 thông tin: bản nháp ghi ngày đăng" in checked.stdout
    monkeypatch.setenv("PORTAL_NOW", "2030-02-01 08:00")
    result = publish(site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Bài hẹn giờ" not in result.stdout and "VN029" not in result.stdout
    assert not (site["published"] / "current" / "bai-viet" / "chao-mung-dai-hoi").exists()
