"""The sitemap and the search index take what they need from each page as the workers
render it, not by reading the built files again; the result is the same."""

from __future__ import annotations

import pytest
from build_cache.session import BuildSession

from tests.support import build_site, copy_fixture


def _build(tmp_path, name: str, monkeypatch) -> tuple[bytes, bytes]:
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / f"cache-{name}"))
    content = copy_fixture("archive_documents", tmp_path / name)
    output = build_site(content, tmp_path / name / "output")
    return (output / "sitemap.xml").read_bytes(), (
        output / "pagefind" / "indexes.json"
    ).read_bytes()


def test_pages_read_as_rendered_give_the_sitemap_and_search_index_of_the_files(
    tmp_path, monkeypatch
):
    from portal_seo import sitemap
    from search_index import bundles

    with monkeypatch.context() as plain:  # page readers off: every page read from its file
        plain.setattr(BuildSession, "read_rendered_pages", lambda self, name, read: None)
        from_files = _build(tmp_path, "tu-tep", plain)

    def unread(*_args):
        pytest.fail("a rendered page was read again from its file")

    monkeypatch.setattr(sitemap, "read_head_of_file", unread)
    monkeypatch.setattr(bundles, "_read_file", unread)
    assert _build(tmp_path, "khi-dung", monkeypatch) == from_files
