"""Articles kept from one build to the next (``build_cache.articles``): handed back only for
the same file, bytes, settings and code, as this build's objects, and never when the clock
decides anything about them."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from build_cache.articles import ArticleShelf
from build_cache.session import source_key
from build_cache.store import CacheStore
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Author, Category, Tag, URLWrapper
from pelican.utils import SafeDatetime
from vntext import VN_TZ

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=VN_TZ)
DATA = "Title: Hội nghị\nDate: 2026-11-30 08:00\n\nNội dung.\n".encode()
PATH = "/noi-dung/2026/11/hoi-nghi.md"
DATE = SafeDatetime(2026, 11, 30, 8, 0, tzinfo=VN_TZ)  # the day before NOW


class Build:
    """What one build shares: its settings, context and one wrapper per kind and name."""

    def __init__(self) -> None:
        self.settings = dict(DEFAULT_CONFIG)
        self.context: dict = {"generated_content": {}}
        self.wrappers: dict[tuple[type, str], URLWrapper] = {}

    def share(self, cls: type, name: str) -> URLWrapper:
        return self.wrappers.setdefault((cls, name), cls(name, self.settings))

    def shelf(self, store: CacheStore, now=NOW, version: str = "v1") -> ArticleShelf:
        return ArticleShelf(
            store,
            version=version,
            shared={"settings": self.settings, "context": self.context},
            wrapper_type=URLWrapper,
            share=self.share,
            now=now,
        )

    def article(self, date=DATE, **extra) -> Article:
        metadata = {
            "title": "Hội nghị",
            "date": date,
            "category": self.share(Category, "Xây dựng Đảng"),
            "tags": [self.share(Tag, "Nghị quyết"), self.share(Tag, "Đảng viên")],
            "author": self.share(Author, "Lê Quang Đức"),
            "portal_source_key": source_key(DATA),
            **extra,
        }
        return Article(
            "<p>Nội dung.</p>",
            metadata=metadata,
            settings=self.settings,
            source_path=PATH,
            context=self.context,
        )


@pytest.fixture
def store(tmp_path):
    made = CacheStore(tmp_path, "articles", "code-1")
    yield made
    made.close()


def test_an_article_comes_back_as_it_was_read_made_of_the_new_builds_objects(store):
    first, second = Build(), Build()
    kept = first.article()
    first.shelf(store).keep(PATH, source_key(DATA), kept)
    store.flush()
    back = second.shelf(store).restore(PATH, DATA)
    assert back is not None and back is not kept
    assert back.settings is second.settings and back._context is second.context
    assert back.category is second.wrappers[(Category, "Xây dựng Đảng")]
    assert [tag.name for tag in back.tags] == ["Nghị quyết", "Đảng viên"]
    assert all(tag is second.wrappers[(Tag, tag.name)] for tag in back.tags)
    assert back.metadata["category"] is back.category  # one object, wherever it is used
    assert kept.metadata["tags"] is kept.tags and back.metadata["tags"] is back.tags
    assert (back.title, back.date, back.content, back.url) == (
        kept.title,
        kept.date,
        kept.content,
        kept.url,
    )


def test_other_bytes_another_path_or_another_version_find_nothing(store):
    build = Build()
    build.shelf(store).keep(PATH, source_key(DATA), build.article())
    store.flush()
    assert build.shelf(store).restore(PATH, DATA + b"Sua.\n") is None
    assert build.shelf(store).restore("/noi-dung/khac.md", DATA) is None
    assert build.shelf(store, version="v2").restore(PATH, DATA) is None
    assert build.shelf(store).restore(PATH, DATA) is not None


def test_prefetch_names_the_paths_with_an_entry(store):
    build = Build()
    build.shelf(store).keep(PATH, source_key(DATA), build.article())
    store.flush()
    shelf = build.shelf(store)
    found = shelf.prefetch([(PATH, source_key(DATA)), ("/noi-dung/moi.md", source_key(b"x"))])
    assert found == {PATH}
    assert shelf.restore(PATH, DATA) is not None


def test_an_article_the_clock_decides_about_is_never_kept(store):
    build = Build()
    shelf = build.shelf(store)
    ahead = SafeDatetime(2026, 12, 1, 9, 30, tzinfo=VN_TZ)  # half an hour after "now"
    shelf.keep(PATH, source_key(DATA), build.article(date=ahead))
    scheduled = build.article()
    scheduled.scheduled = NOW  # marked by plugins/scheduling
    shelf.keep("/noi-dung/hen-gio.md", source_key(DATA), scheduled)
    store.flush()
    assert shelf.stats["kept"] == 0
    assert build.shelf(store).restore(PATH, DATA) is None
    assert build.shelf(store).restore("/noi-dung/hen-gio.md", DATA) is None


def test_an_entry_dated_after_a_clock_set_back_is_read_again(store):
    build = Build()
    build.shelf(store).keep(PATH, source_key(DATA), build.article())
    store.flush()
    earlier = dt.datetime(2026, 11, 30, 7, 0, tzinfo=VN_TZ)  # before the article's date
    assert build.shelf(store, now=earlier).restore(PATH, DATA) is None
    assert build.shelf(store).restore(PATH, DATA) is not None


def test_without_a_now_nothing_is_kept_or_restored(store):
    build = Build()
    build.shelf(store, now=None).keep(PATH, source_key(DATA), build.article())
    build.shelf(store).keep("/noi-dung/khac.md", source_key(DATA), build.article())
    store.flush()
    assert build.shelf(store, now=None).restore("/noi-dung/khac.md", DATA) is None
    assert build.shelf(store).restore(PATH, DATA) is None


def test_an_article_holding_what_cannot_be_stored_is_simply_read_again(store):
    build = Build()
    article = build.article()
    article.on_render = lambda: None  # a plugin's attribute pickle cannot store
    build.shelf(store).keep(PATH, source_key(DATA), article)
    store.flush()
    assert build.shelf(store).restore(PATH, DATA) is None


def test_a_damaged_entry_is_a_miss(tmp_path, store):
    build = Build()
    build.shelf(store).keep(PATH, source_key(DATA), build.article())
    store.flush()
    with sqlite3.connect(tmp_path / "articles.sqlite") as db:
        db.execute("UPDATE entries SET v = substr(v, 1, 40)")
    assert build.shelf(store).restore(PATH, DATA) is None


def test_an_entry_naming_a_class_that_is_not_a_wrapper_is_refused(store):
    build = Build()
    article = build.article()
    build.shelf(store).keep(PATH, source_key(DATA), article)
    store.flush()
    shelf = build.shelf(store)
    shelf.wrapper_type = Category  # tags and authors are then not shared objects
    assert shelf.restore(PATH, DATA) is None


def test_every_setting_and_the_content_folder_are_part_of_every_entry(tmp_path, monkeypatch):
    """An article's relative path (categories from folders, path metadata, intrasite
    links) depends on ``PATH``, which the page keys leave out as a run-time setting."""
    from build_cache.session import BuildSession

    monkeypatch.delenv("PORTAL_CACHE_DIR", raising=False)

    def version(**changed) -> str:
        settings = {**DEFAULT_CONFIG, "PLUGINS": ["build_cache"], "PORTAL_CACHE_DIR": str(tmp_path)}
        settings.update(changed)
        session = BuildSession(settings)
        try:
            return session.articles_version()
        finally:
            session.close()

    base = version(PATH="/srv/cong/content")
    assert version(PATH="/srv/cong/content") == base
    assert version(PATH="/srv/cong") != base
    assert version(PATH="/srv/cong/content", ARTICLE_URL="bai/{slug}/") != base
    assert version(PATH="/srv/cong/content", OUTPUT_PATH="/tmp/khac") == base
