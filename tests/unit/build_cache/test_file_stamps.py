"""Pelican's own content cache is off: its generators do not stat every source for stamps."""

from __future__ import annotations

import os

import pytest
from build_cache.plugin import skip_unused_file_stamps
from pelican.generators import ArticlesGenerator
from pelican.settings import DEFAULT_CONFIG


def generator(tmp_path, **overrides) -> ArticlesGenerator:
    content = tmp_path / "content"
    content.mkdir(exist_ok=True)
    (content / "a.md").write_text("Title: A\nDate: 2024-01-02\n\nx\n", encoding="utf-8")
    settings = dict(DEFAULT_CONFIG, PATH=str(content), CACHE_PATH=str(tmp_path / "cache"))
    settings.update(overrides)
    return ArticlesGenerator(
        context={},
        settings=settings,
        path=str(content),
        theme=DEFAULT_CONFIG["THEME"],
        output_path=str(tmp_path / "out"),
    )


def test_with_pelicans_cache_off_no_source_is_stamped(tmp_path, monkeypatch):
    articles = generator(tmp_path, CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False)
    skip_unused_file_stamps(articles)
    calls = []
    real = os.path.getmtime
    monkeypatch.setattr(os.path, "getmtime", lambda p: calls.append(p) or real(p))
    assert articles._get_file_stamp("a.md") == ""
    assert articles.readers._get_file_stamp(str(tmp_path / "content" / "a.md")) == ""
    assert articles.get_cached_data("a.md", "default") == "default"
    assert calls == []


@pytest.mark.parametrize("setting", ["CACHE_CONTENT", "LOAD_CONTENT_CACHE"])
def test_with_pelicans_cache_on_stamps_stay_real(tmp_path, setting):
    overrides = {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False, setting: True}
    articles = generator(tmp_path, **overrides)
    skip_unused_file_stamps(articles)
    path = tmp_path / "content" / "a.md"
    assert articles._get_file_stamp("a.md") == os.path.getmtime(path)
    assert articles.readers._get_file_stamp(str(path)) == os.path.getmtime(path)
