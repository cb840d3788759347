"""Incremental builds equal clean builds, byte for byte, after every kind of edit.

A small site is edited step by step in a random order (add, edit body, edit title, change
date, category, tags or Documents, rename a slug with an alias, delete, draft<->published,
edit a document record, edit a template). After each step the site is built twice with the
real ``python -m portal_core.build`` code path: incrementally (warm cache, previous output
reused) and from scratch (cache off, empty folder). The two output trees must be identical.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from portal_core.build import run_build

from tests.support import FIXTURES, ROOT, search_fragments

SETTINGS = """
import os, sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa
THEME = {theme!r}
GIT_DATES_ENABLED = False
"""


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file under ``folder`` by relative path, with its bytes, and every folder (None),
    so that a folder left empty shows (search index apart)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None
        for p in sorted(folder.rglob("*"))
        if not p.relative_to(folder).as_posix().startswith("pagefind")
    }


def search_index(folder: Path) -> tuple[bytes, dict[str, bytes], list[str]]:
    """The search index as the search page reads it: the listing of the bundles (each with
    the digest of its pages), what each page's fragment says (by URL), and the bundles
    that are complete. Pagefind's file names and word files are not byte-stable from one
    run to the next, so they count by the bundle's listed digest."""
    root = folder / "pagefind"
    fragments = {f"{bundle} {data['url']}": data for bundle, data in search_fragments(folder)}
    complete = sorted(p.parent.name for p in root.glob("*/pagefind-entry.json"))
    return (root / "indexes.json").read_bytes(), fragments, complete


class Site:
    """A copy of a fixture site with its own theme, settings and cache."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "") -> None:
        self.root = root
        self.content = root / "content"
        shutil.copytree(FIXTURES / "archive_documents", self.content)
        self.theme = root / "theme"
        shutil.copytree(ROOT / "theme", self.theme)
        self.settings = root / "settings.py"
        self.settings.write_text(
            SETTINGS.format(root=str(ROOT), theme=str(self.theme)) + extra, encoding="utf-8"
        )
        self.cache = root / "cache"
        self.monkeypatch = monkeypatch
        self.counter = 0

    def articles(self) -> list[Path]:
        return sorted(
            p
            for p in self.content.rglob("*.md")
            if p.relative_to(self.content).parts[0] not in ("pages", "van-ban")
        )

    def build(self, output: Path, cache: Path | str) -> None:
        self.monkeypatch.setenv("PORTAL_CACHE_DIR", str(cache))
        messages: list[str] = []
        status = run_build(self.settings, output, self.content, report=messages.append)
        assert status == 0, messages

    def check_step(self, label: str) -> None:
        incremental = self.root / "out-incremental"
        self.build(incremental, self.cache)
        clean = self.root / f"out-clean-{self.counter}"
        self.counter += 1
        self.build(clean, "off")
        got, want = tree(incremental), tree(clean)
        assert sorted(got) == sorted(want), f"after {label}: different files"
        changed = [name for name in want if got[name] != want[name]]
        assert not changed, f"after {label}: different bytes in {changed[:5]}"
        got, want = search_index(incremental), search_index(clean)
        assert got == want, f"after {label}: another search index"
        shutil.rmtree(clean)


def _set_meta(path: Path, key: str, value: str | None) -> None:
    """Set (or remove, with None) one ``Key: value`` line in the header of ``path``."""
    header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    lines = [line for line in header.split("\n") if not line.lower().startswith(key.lower() + ":")]
    if value is not None:
        lines.append(f"{key}: {value}")
    path.write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")


def add_article(site: Site, rng: random.Random) -> str:
    number = rng.randint(100, 999)
    path = site.content / "2022" / "08" / f"moi-{number}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"Title: Bài mới số {number} về Quy định 98\n"
        "Date: 2022-08-15 09:00\nAuthor: Lê Quang Đức\nCategory: Xây dựng Đảng\n"
        "Tags: sinh hoạt chi bộ\nSummary: Tóm tắt bài mới.\n\n"
        "Bài viết nhắc Quy định số 98-QĐ/TW và Nghị định 30/2020/NĐ-CP.\n",
        encoding="utf-8",
    )
    return f"add {path.name}"


def edit_body(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    path.write_text(
        path.read_text(encoding="utf-8") + f"\nĐoạn thêm {rng.randint(0, 99)} – “trích dẫn”.\n",
        encoding="utf-8",
    )
    return f"edit body {path.name}"


def edit_title(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    _set_meta(path, "Title", f"Tiêu đề sửa {rng.randint(0, 99)}")
    return f"edit title {path.name}"


def change_date(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    _set_meta(
        path, "Date", f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 07:30"
    )
    return f"change date {path.name}"


def change_category(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    _set_meta(path, "Category", rng.choice(["Tin hoạt động", "Công tác tổ chức", "Xây dựng Đảng"]))
    return f"change category {path.name}"


def change_tags(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    _set_meta(path, "Tags", ", ".join(rng.sample(["chuyển đổi số", "dân vận khéo", "kiểm tra"], 2)))
    return f"change tags {path.name}"


def change_documents(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    _set_meta(path, "Documents", rng.choice(["98-QĐ/TW", "30/2020/NĐ-CP", None]))
    return f"change Documents {path.name}"


def rename_slug(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    text = path.read_text(encoding="utf-8")
    old = re.search(r"^Slug: (.+)$", text, re.MULTILINE)
    new = f"doi-ten-{rng.randint(100, 999)}"
    _set_meta(path, "Slug", new)
    if old:
        _set_meta(path, "Aliases", f"/bai-viet/{old.group(1).strip()}/")
    return f"rename slug {path.name}"


def delete(site: Site, rng: random.Random) -> str:
    articles = site.articles()
    if len(articles) <= 3:
        return add_article(site, rng)
    path = rng.choice(articles)
    path.unlink()
    return f"delete {path.name}"


def toggle_draft(site: Site, rng: random.Random) -> str:
    path = rng.choice(site.articles())
    draft = "Status: draft" in path.read_text(encoding="utf-8")
    _set_meta(path, "Status", None if draft else "draft")
    return f"draft<->published {path.name}"


def edit_record(site: Site, rng: random.Random) -> str:
    path = site.content / "van-ban" / "98-qd-tw.md"
    _set_meta(path, "Title", f"Quy định sửa lần {rng.randint(0, 99)}")
    _set_meta(path, "Issuer", rng.choice(["Ban Chấp hành Trung ương", "Bộ Chính trị"]))
    _set_meta(path, "Issued", f"2004-10-{rng.randint(10, 28)}")
    return "edit record 98-qd-tw"


def edit_photo(site: Site, rng: random.Random) -> str:
    """Give an article a lead photo, or replace its photo with another one."""
    from tests.photo_files import camera_jpeg

    path = rng.choice(site.articles())
    camera_jpeg(site.content / "images" / "anh.jpg", 480, 320, seed=rng.randint(0, 99))
    _set_meta(path, "Image", "images/anh.jpg")
    _set_meta(path, "Image_alt", "Quang cảnh hội nghị")
    return f"edit photo for {path.name}"


def edit_template(site: Site, rng: random.Random) -> str:
    path = site.theme / "templates" / "partials" / "footer.html"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("</footer>", f"<!-- sửa {rng.randint(0, 99)} --></footer>"), encoding="utf-8"
    )
    return "edit template footer.html"


EDITS: list[Callable[[Site, random.Random], str]] = [
    add_article,
    edit_body,
    edit_title,
    change_date,
    change_category,
    change_tags,
    change_documents,
    rename_slug,
    delete,
    toggle_draft,
    edit_record,
    edit_template,
]


@pytest.mark.parametrize("seed", [11, 2026, 7])
def test_incremental_output_equals_clean_build(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    site = Site(tmp_path, monkeypatch)
    site.check_step("first build")
    steps = list(EDITS)
    rng.shuffle(steps)
    for edit in steps:
        site.check_step(edit(site, rng))


def test_incremental_search_index_with_a_quick_bundle_equals_clean_build(tmp_path, monkeypatch):
    """The 3 newest of the fixture's 6 dated articles in the quick bundle, the rest in their
    years: an added, redated, deleted or unpublished article moves pages across that line."""
    rng = random.Random(3)
    site = Site(tmp_path, monkeypatch, extra="SEARCH_INDEX_QUICK_PAGES = 3\n")
    site.check_step("first build")
    assert b'"quick"' in search_index(tmp_path / "out-incremental")[0]
    steps = list(EDITS)
    rng.shuffle(steps)
    for edit in steps:
        site.check_step(edit(site, rng))


def test_photo_edits_keep_incremental_equal_to_clean(tmp_path, monkeypatch):
    """Adding a lead photo, replacing it, then the same photo on another article."""
    rng = random.Random(5)
    site = Site(tmp_path, monkeypatch)
    site.check_step("first build")
    for _ in range(3):
        site.check_step(edit_photo(site, rng))


def test_unchanged_pages_keep_their_files(tmp_path, monkeypatch):
    """A rebuild after one edit links unchanged pages (same inode and mtime)."""
    site = Site(tmp_path, monkeypatch)
    output = tmp_path / "out"
    site.build(output, site.cache)
    before = {p: os.stat(p) for p in output.rglob("*.html")}
    edit_body(site, random.Random(1))
    site.build(output, site.cache)
    after = {p: os.stat(p) for p in output.rglob("*.html")}
    kept = [p for p in before if p in after and after[p].st_ino == before[p].st_ino]
    changed = [p for p in before if p in after and after[p].st_ino != before[p].st_ino]
    assert changed, "the edited article's page must be rewritten"
    assert len(kept) > len(changed), (len(kept), len(changed))
    assert all(after[p].st_mtime_ns == before[p].st_mtime_ns for p in kept)


def scheduled_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    """The fixture site built with publish's scheduling (``SCHEDULE_HOLD``), plus an
    article dated 2030-06-01 08:00 (``2030/06/hen-gio.md``)."""
    site = Site(tmp_path, monkeypatch)
    future = site.content / "2030" / "06" / "hen-gio.md"
    future.parent.mkdir(parents=True)
    future.write_text(
        "Title: Bài hẹn giờ\nDate: 2030-06-01 08:00\nAuthor: Lê Quang Đức\n"
        "Category: Xây dựng Đảng\nSummary: Sắp đăng.\n\nNội dung.\n",
        encoding="utf-8",
    )
    # not "publish.py": Pelican imports a settings file by its name, and that one would
    # stand for the publish package in the rest of the test session
    publish_settings = tmp_path / "publish_settings.py"
    publish_settings.write_text(
        SETTINGS.format(root=str(ROOT), theme=str(site.theme))
        + "from publishconf import SCHEDULE_HOLD, DRAFT_SAVE_AS  # noqa\n",
        encoding="utf-8",
    )
    site.settings = publish_settings
    return site


def test_nothing_changed_means_nothing_to_do_until_an_input_or_the_schedule_changes(
    tmp_path, monkeypatch
):
    """A rebuild with no changed input keeps the output folder itself; any change to a
    source, to the output, or the time of a scheduled article makes a real build."""
    site = scheduled_site(tmp_path, monkeypatch)
    output = tmp_path / "out"
    monkeypatch.setenv("PORTAL_NOW", "2030-01-01T08:00:00+07:00")

    def build() -> int:
        site.build(output, site.cache)
        return os.stat(output).st_ino

    first = build()
    assert build() == first  # nothing changed: the same folder, not rebuilt
    assert not list(output.rglob("*hen-gio*"))
    monkeypatch.setenv("PORTAL_NOW", "2030-06-01T08:00:00+07:00")  # the article is due
    assert build() != first
    assert list(output.rglob("*bai-hen-gio*")) or list(output.rglob("*hen-gio*"))
    due = os.stat(output).st_ino
    (output / "index.html").write_text("hỏng", encoding="utf-8")  # a damaged output
    assert build() != due
    assert "hỏng" not in (output / "index.html").read_text(encoding="utf-8")


def test_a_build_reusing_another_folder_is_not_recorded_as_up_to_date(tmp_path, monkeypatch):
    """A build with ``previous`` (what publish runs) is never skipped, so its files are not
    walked and recorded; the next plain build of that folder is a real build."""
    from build_cache.inputs import BuildRecords
    from build_cache.session import cache_folder
    from pelican.settings import read_settings

    site = Site(tmp_path, monkeypatch)
    live, output = tmp_path / "live", tmp_path / "out"
    site.build(live, site.cache)
    site.build(output, site.cache)  # a plain build: recorded, so a rebuild is skipped
    settings = read_settings(str(site.settings), override={"PATH": str(site.content)})
    assert BuildRecords(cache_folder(settings)).records.get(output) is not None
    messages: list[str] = []
    with monkeypatch.context() as patched:  # never skipped, so its inputs are not hashed
        patched.setattr("portal_core.build.input_fingerprint", _never_called)
        assert run_build(site.settings, output, site.content, live, report=messages.append) == 0
    assert BuildRecords(cache_folder(settings)).records.get(output) is None
    before = os.stat(output).st_ino
    site.build(output, site.cache)  # nothing recorded: a real build (not skipped)
    assert os.stat(output).st_ino != before


def _never_called(*args, **kwargs):
    raise AssertionError("a build with previous hashed its inputs")


def test_builds_do_not_leave_a_record_behind_each(tmp_path, monkeypatch):
    """Each build writes a new output folder and swaps it in: the cache keeps the records
    (page manifest, input fingerprint) of the live folder and of the one it replaced, not
    one per build ever made (about 2 MB each at 10,000 articles)."""
    from build_cache.folder_records import INDEX_KEY, folder_identity
    from build_cache.session import OUTPUTS_VERSION
    from build_cache.store import CacheStore

    site = Site(tmp_path, monkeypatch)
    output, article = tmp_path / "out", site.articles()[0]
    for number in range(4):
        with article.open("a", encoding="utf-8") as stream:
            stream.write(f"\nĐoạn thêm số {number}.\n")
        site.build(output, site.cache)
    for namespace, version in (("outputs", OUTPUTS_VERSION), ("builds", "builds-1")):
        store = CacheStore(site.cache, namespace, version)
        kept = set(store.keys()) - {INDEX_KEY}
        store.close()
        assert folder_identity(output) in kept, namespace
        assert len(kept) <= 2, f"{namespace}: {len(kept)} records after 4 builds"


def test_a_draft_citing_documents_previews_them_as_text(tmp_path, monkeypatch):
    """A draft is in no archive: its page must not print the raw ``Documents:`` value
    character by character (an object address made outputs differ between builds)."""
    site = Site(tmp_path, monkeypatch)
    path = site.articles()[0]
    _set_meta(path, "Status", "draft")
    _set_meta(path, "Documents", "98-QĐ/TW")
    output = tmp_path / "out"
    site.build(output, "off")
    pages = [p.read_text(encoding="utf-8") for p in (output / "ban-nhap").rglob("*.html")]
    assert pages
    assert not any(" at 0x" in page or "built-in method" in page for page in pages)


def test_unchanged_sources_are_not_read_to_find_what_to_render_ahead(tmp_path, monkeypatch):
    """A source whose stamp is the last build's is listed under that build's key, unread."""
    from build_cache import plugin as cache_plugin

    site = Site(tmp_path, monkeypatch)
    output = tmp_path / "out"
    site.build(output, site.cache)
    hashed: list[int] = []
    key = cache_plugin.source_key
    monkeypatch.setattr(cache_plugin, "source_key", lambda data: hashed.append(1) or key(data))
    edit_body(site, random.Random(3))
    site.build(output, site.cache)
    assert hashed == [1]  # the edited file only


def test_a_source_changed_behind_its_old_stamp_is_still_read_as_it_is(tmp_path, monkeypatch):
    """The stamp is a hint: a file that shows the last build's stamp but holds other bytes
    (a clock set back, a copy that kept its times) is rendered from what it holds."""
    import sqlite3

    from build_cache import plugin as cache_plugin
    from build_cache.session import SOURCE_STAMPS_KEY
    from build_cache.store import CacheStore

    site = Site(tmp_path, monkeypatch)
    site.check_step("first build")
    path = site.articles()[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nĐoạn viết sau, giấu sau dấu thời gian cũ.\n", encoding="utf-8")
    with sqlite3.connect(site.cache / "rendered.sqlite") as db:
        (version,) = db.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
    store = CacheStore(site.cache, "rendered", version.split(":", 1)[1])
    stamps = store.get(SOURCE_STAMPS_KEY)
    old_key = stamps[str(path)][1]
    stamps[str(path)] = (cache_plugin.file_stamp(os.stat(path)), old_key)  # a stale hint
    store.put(SOURCE_STAMPS_KEY, stamps)
    store.close()
    site.check_step("a file changed behind its old stamp")
    pages = (tmp_path / "out-incremental").rglob("*.html")
    assert any("giấu sau dấu thời gian cũ" in p.read_text(encoding="utf-8") for p in pages)


def test_unchanged_articles_are_taken_from_the_last_build_not_read_again(tmp_path, monkeypatch):
    """After one edit, only the edited article goes through the reader; every other one
    comes back from the build cache (``build_cache.articles``), and the output is the one
    a clean build makes."""
    from portal_core.reader import VietnameseMarkdownReader

    site = Site(tmp_path, monkeypatch)
    site.check_step("first build")
    edited = site.articles()[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột đoạn mới.\n", "utf-8")
    read: list[str] = []
    original = VietnameseMarkdownReader.read

    def counting(reader, source_path):
        read.append(source_path)
        return original(reader, source_path)

    monkeypatch.setattr(VietnameseMarkdownReader, "read", counting)
    site.build(tmp_path / "out-incremental", site.cache)
    articles = {str(p) for p in site.articles()}
    assert len(articles) > 3
    assert [p for p in read if p in articles] == [str(edited)]
    site.check_step("one body edited")


def test_an_article_kept_while_due_is_held_again_when_the_clock_is_set_back(tmp_path, monkeypatch):
    """An article read once it was due is not handed back by the cache in a build whose
    "now" is before its date: it is scheduled again, as in a clean build."""
    site = scheduled_site(tmp_path, monkeypatch)
    monkeypatch.setenv("PORTAL_NOW", "2030-07-01T08:00:00+07:00")
    site.check_step("due")
    assert list((tmp_path / "out-incremental").rglob("*hen-gio*"))
    monkeypatch.setenv("PORTAL_NOW", "2030-01-01T08:00:00+07:00")
    site.check_step("clock set back")
    assert not list((tmp_path / "out-incremental").rglob("*hen-gio*"))
