"""A build that stops before its end leaves no worker running and no session open."""

from __future__ import annotations

import multiprocessing

import pytest
from pelican.generators import ArticlesGenerator
from portal_core.build import run_build

from tests.support import ROOT

ARTICLE = "Title: Tin {n}\nDate: 2024-05-21 08:00\nCategory: Tin hoạt động\n\nNội dung bài {n}.\n"


def test_a_build_failing_after_the_sources_are_listed_ends_the_rendering_workers(
    tmp_path, monkeypatch
):
    content = tmp_path / "content"
    content.mkdir()
    for n in range(80):  # enough sources for the workers to be forked
        (content / f"tin-{n}.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
    settings = tmp_path / "conf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from pelicanconf import *  # noqa: F403\nPORTAL_BUILD_PROCESSES = 2\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))

    def fails(self):  # the workers were started when the generator was made
        raise RuntimeError("hỏng giữa chừng")

    monkeypatch.setattr(ArticlesGenerator, "generate_context", fails)
    with pytest.raises(RuntimeError):
        run_build(settings, tmp_path / "out", content)
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "out").exists()  # nothing published
