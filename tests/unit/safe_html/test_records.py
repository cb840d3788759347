"""Document records (under DOCUMENT_RECORD_PATHS) are not articles: the internal-content
refusal does not read them. Only files inside a record folder count."""

from __future__ import annotations

import types

import pytest
from safe_html.plugin import _is_record

SETTINGS = {"PATH": "/site/content", "DOCUMENT_RECORD_PATHS": ["van-ban", "/tai-lieu/goc/"]}


@pytest.mark.parametrize(
    ("path", "record"),
    [
        ("/site/content/van-ban/quy-dinh-98.md", True),
        ("/site/content/van-ban/2020/nd-30.md", True),
        ("/site/content/tai-lieu/goc/x.md", True),
        ("/site/content/van-ban-khac/a.md", False),
        ("/site/content/2021/van-ban/a.md", False),
        ("/site/content/tai-lieu/x.md", False),
        ("/site/content/van-ban.md", False),
        ("/site/other/van-ban/a.md", False),
    ],
)
def test_only_files_inside_a_record_folder_are_records(path, record):
    assert _is_record(types.SimpleNamespace(settings=SETTINGS, source_path=path)) is record


def test_a_relative_content_path_is_taken_from_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = {"PATH": "content", "DOCUMENT_RECORD_PATHS": ["van-ban"]}
    source = str(tmp_path / "content" / "van-ban" / "a.md")
    assert _is_record(types.SimpleNamespace(settings=settings, source_path=source))
