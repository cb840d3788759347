"""`invoke serve`'s builder: a saved article is shown alone at once, exactly as the full
build then writes it; a save that breaks it shows the error in its place; the next good
save recovers. Real builds (``run_build``) of a fixture site, no server needed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from build_cache.fragments import FragmentMemo
from build_cache.writer import render_page
from portal_core.article_refresh import capturing_articles_generator
from portal_core.build import run_build
from portal_core.preview import PreviewBuilder

from tests.support import FIXTURES, ROOT

SETTINGS = """
import os, sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa
GIT_DATES_ENABLED = False
"""


@pytest.fixture(params=["summaries", "no-summaries"])
def site(tmp_path, monkeypatch, request):
    """A preview builder on a copy of the archive fixture, with its own cache; without
    ``Summary:`` lines, every summary is cut from its article's body."""
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive_documents", content)
    if request.param == "no-summaries":
        for path in content.rglob("*.md"):
            lines = path.read_text(encoding="utf-8").split("\n")
            kept = [line for line in lines if not line.startswith("Summary:")]
            path.write_text("\n".join(kept), encoding="utf-8")
    settings = tmp_path / "settings.py"
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    messages: list[str] = []
    builder = PreviewBuilder(settings, tmp_path / "output", content, log=messages.append)
    assert builder.build(), messages
    return builder


def _article(builder: PreviewBuilder) -> tuple[Path, Path]:
    """A dated article of the site and its page in the output."""
    source = sorted((builder.content / "2021").rglob("*.md"))[0]
    slug = next(
        line.split(":", 1)[1].strip()
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.lower().startswith("slug:")
    )
    page = builder.output / "bai-viet" / slug / "index.html"
    assert page.is_file()
    return source, page


def _pages_with(folder: Path, text: str) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*.html")
        if text in p.read_text(encoding="utf-8")
    }


def test_a_saved_article_and_its_listings_show_at_once_as_the_full_build_writes_them(site):
    source, page = _article(site)
    title = next(line for line in source.read_text(encoding="utf-8").splitlines())
    assert title.startswith("Title: ")
    text = source.read_text(encoding="utf-8").replace(title, title + " SUA-TIEU-DE", 1)
    source.write_text(text + "\nĐoạn mới DAU-HIEU-XEM-NGAY – “trích”.\n", encoding="utf-8")

    assert site.changed_sources() == [str(source)]
    assert site.refresh(str(source))
    assert "DAU-HIEU-XEM-NGAY" in page.read_text(encoding="utf-8")
    assert site.refresh_listings_due() >= 3

    quick = _pages_with(site.output, "SUA-TIEU-DE")
    listings = {name for name in quick if not name.startswith("bai-viet/")}
    assert "index.html" in listings  # the home page lists the newest articles
    assert any(name.startswith("chuyen-muc/") for name in listings)
    assert any(name.startswith("tac-gia/") for name in listings)
    assert site.build()
    after = _pages_with(site.output, "SUA-TIEU-DE")
    for name in listings:  # the very same listing pages, byte for byte
        assert after[name] == quick[name], name
    assert set(after) - set(quick) <= {n for n in after if n.startswith("bai-viet/")}


def test_a_new_date_refreshes_the_article_alone_and_the_build_moves_it(site):
    source, page = _article(site)
    home = (site.output / "index.html").read_bytes()
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("Date: 2021-", "Date: 2019-", 1), encoding="utf-8")

    assert site.refresh(str(source))
    assert "2019" in page.read_text(encoding="utf-8")
    assert site.refresh_listings_due() == 0
    assert (site.output / "index.html").read_bytes() == home  # its place waits for the build
    assert site.build()
    assert (site.output / "index.html").read_bytes() != home


def test_a_broken_save_shows_the_error_in_place_and_the_next_good_save_recovers(site):
    source, page = _article(site)
    good = source.read_text(encoding="utf-8")
    source.write_text(good.replace("Date:", "Date: ngày 45/13/2021 #", 1), encoding="utf-8")

    site.on_change()  # no background thread: only the quick refresh runs
    shown = page.read_text(encoding="utf-8")
    assert "Bài viết này đang có lỗi" in shown
    assert f"{source}:" in shown

    assert not site.build()  # the full build fails too, and keeps the error page
    assert "Bài viết này đang có lỗi" in page.read_text(encoding="utf-8")

    source.write_text(good + "\nĐã sửa xong.\n", encoding="utf-8")
    site.on_change()
    assert "Đã sửa xong." in page.read_text(encoding="utf-8")
    assert site.build()
    assert "Đã sửa xong." in page.read_text(encoding="utf-8")


def test_a_new_address_waits_for_the_full_build(site):
    source, page = _article(site)
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("Slug: ", "Slug: moi-", 1), encoding="utf-8")
    before = page.read_bytes()

    assert not site.refresh(str(source))
    assert page.read_bytes() == before
    assert site.build()
    assert not page.exists()


def test_a_long_preview_does_not_keep_every_build_alive(site):
    """Pelican memoises content per object for the whole process; the preview rebuilds in
    one process, so after each build only the last build's generator may hold articles."""
    import gc
    import weakref

    from pelican.contents import Article

    first = [weakref.ref(a) for a in site.generator.articles]
    source, _ = _article(site)
    source.write_text(source.read_text(encoding="utf-8") + "\nThêm.\n", encoding="utf-8")
    assert site.build()
    gc.collect()
    assert not any(ref() is not None for ref in first)
    assert all(isinstance(a, Article) for a in site.generator.articles)


def test_every_page_is_the_same_with_one_fragment_memo_for_all(tmp_path, monkeypatch):
    """Every page of a build (articles, listings, documents…) rendered again, all with one
    shared memo of fragments (``build_cache.fragments``), is byte for byte the page rendered
    without one and the file the build wrote: a fragment's parts name everything it
    depends on (the card, the site header, a cited document's search terms)."""
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive_documents", content)
    settings = tmp_path / "settings.py"
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    found: dict = {}
    with capturing_articles_generator(found):
        assert run_build(settings, tmp_path / "output", content) == 0
    jobs = found["pages"]
    memo = FragmentMemo()
    shared = [render_page(job, memo) for job in jobs]
    assert {job.template_name for job in jobs} >= {"article", "category", "document", "index"}
    assert len(memo) > 0
    assert shared == [render_page(job) for job in jobs]
    written = tmp_path / "output"
    assert shared == [(written / job.relpath).read_text(encoding="utf-8") for job in jobs]
