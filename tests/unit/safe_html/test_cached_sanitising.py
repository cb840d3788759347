"""What safe_html makes of a source is cached by the source's content key, read ahead for
every source of the build, and used only for the HTML it was made from."""

from __future__ import annotations

import types

import pytest
from build_cache.session import SESSION_KEY
from build_cache.store import CacheStore
from portal_content.errors import ContentError
from safe_html import plugin

SCRIPT = '<p>Tin</p><script>alert(1)</script><a href="javascript:x()">y</a>'


def _settings(tmp_path, source_keys=(), refuse=False) -> dict:
    store = CacheStore(tmp_path / "cache", "safe_html", "v1")
    session = types.SimpleNamespace(store=lambda *_args: store, source_keys=tuple(source_keys))
    return {SESSION_KEY: session, "SAFE_HTML_REFUSE_INTERNAL": refuse, "PATH": str(tmp_path)}


def _article(settings, content=SCRIPT, key="k1", path="/nowhere.md", summary="<p>Tóm tắt</p>"):
    metadata = {"portal_source_key": key, "summary": summary, "title": "Tiêu đề"}
    return types.SimpleNamespace(
        settings=settings,
        _content=content,
        _summary=summary,
        metadata=metadata,
        source_path=path,
        status="published",
        title="Tiêu đề",
    )


def body(article) -> str:
    """The body as Pelican reads it (``Content.get_content``: the hook, else ``_content``)."""
    hook = getattr(article, "_get_content", None)
    return hook() if hook is not None else article._content


def test_a_source_is_sanitised_once_and_then_taken_from_the_cache(tmp_path, monkeypatch):
    settings = _settings(tmp_path, ["k1"])
    first = _article(settings)
    plugin.sanitise_content(first)
    assert "<script" not in body(first) and "javascript:" not in body(first)
    monkeypatch.setattr(plugin, "sanitize_body", lambda *a, **k: pytest.fail("sanitised again"))
    again = _article(settings)
    plugin.sanitise_content(again)
    assert body(again) == body(first) and again._summary == first._summary


def test_a_cached_body_stays_encoded_until_a_page_shows_it(tmp_path, monkeypatch):
    settings = _settings(tmp_path, ["k1"])
    first = _article(settings)
    plugin.sanitise_content(first)
    expected = body(first)
    decoded = []
    monkeypatch.setattr(plugin, "decode", lambda blob: decoded.append(blob) or "")
    again = _article(settings)
    plugin.sanitise_content(again)
    assert again._content == "" and decoded == []
    assert again._get_content() == expected and "<script" not in expected


@pytest.mark.parametrize(
    ("content", "syntax"),
    [
        ('<p><a href="{static}/files/nq.pdf">Nghị quyết</a></p>', None),
        ('<p><a href="|filename|/bai.md">Bài</a></p>', None),
        ("<p>Tin</p>", r"\[\[(?P<what>.*?)\]\]"),
    ],
    ids=["static-link", "old-link-syntax", "own-link-syntax"],
)
def test_a_body_pelican_reads_for_static_links_is_decoded_from_the_cache(tmp_path, content, syntax):
    settings = _settings(tmp_path, ["k1"])
    if syntax is not None:
        settings["INTRASITE_LINK_REGEX"] = syntax
    plugin.sanitise_content(_article(settings, content=content))
    again = _article(settings, content=content)
    plugin.sanitise_content(again)
    assert again._content == content and not hasattr(again, "_get_content")


def test_a_damaged_cached_body_is_sanitised_again(tmp_path):
    settings = _settings(tmp_path, ["k1"])
    plugin.sanitise_content(_article(settings))
    store = settings[SESSION_KEY].store()
    key = plugin._entry_key("k1", (False, (), ""))
    fields = list(plugin.pickle.loads(store.get_encoded(key)))
    fields[2] = fields[2][:-4] + b"\0\0\0\0"  # the body's bytes, bit rot in the store
    store.put_encoded(key, plugin.pickle.dumps(tuple(fields)))
    again = _article(settings)
    plugin.sanitise_content(again)
    assert body(again).startswith("<p>Tin</p>") and "<script" not in body(again)


def test_the_same_source_with_other_html_is_sanitised_afresh(tmp_path):
    settings = _settings(tmp_path, ["k1"])
    plugin.sanitise_content(_article(settings))
    other = _article(settings, content="<p>Khác</p><img src=x onerror=alert(1)>")  # new Markdown
    plugin.sanitise_content(other)
    assert body(other).startswith("<p>Khác</p>") and "onerror" not in body(other)


def test_an_internal_file_is_refused_from_the_cache_too(tmp_path):
    source = tmp_path / "bai.md"
    source.write_text("Title: T\n\nTài liệu lưu hành nội bộ.\n", encoding="utf-8")
    settings = _settings(tmp_path, ["k1"], refuse=True)
    for _ in range(2):
        with pytest.raises(ContentError) as error:
            plugin.sanitise_content(_article(settings, path=str(source)))
        assert f"{source}:3" in str(error.value)
        source.unlink(missing_ok=True)  # the second time, only the cache can say it


def test_every_source_of_the_build_is_read_ahead_in_one_query(tmp_path, monkeypatch):
    keys = [f"k{i}" for i in range(30)]
    settings = _settings(tmp_path, keys)
    for key in keys:
        plugin.sanitise_content(_article(settings, key=key))
    settings[SESSION_KEY].store().flush()
    fresh = _settings(tmp_path, keys)
    queries: list[int] = []
    read = CacheStore.get_encoded_many

    def counting(self, wanted):
        wanted = list(wanted)
        queries.append(len(wanted))
        return read(self, wanted)

    monkeypatch.setattr(CacheStore, "get_encoded_many", counting)
    monkeypatch.setattr(plugin, "sanitize_body", lambda *a, **k: pytest.fail("sanitised again"))
    for key in keys:
        plugin.sanitise_content(_article(fresh, key=key))
    assert queries == [30]


def _rendered(content=SCRIPT, summary="<p>Tóm tắt</p>", visibility=None):
    meta = {"title": ["Tiêu đề"]} | ({"visibility": [visibility]} if visibility else {})
    return types.SimpleNamespace(content=content, meta=meta, formatted={"summary": summary})


def test_an_entry_made_ahead_in_a_worker_is_what_reading_uses(tmp_path, monkeypatch):
    settings = _settings(tmp_path, ["k1"])
    store = settings[SESSION_KEY].store()
    for key, blob in plugin.sanitised_ahead((False, (), ""), "k1", "/nowhere.md", _rendered()):
        store.put_encoded(key, blob)
    monkeypatch.setattr(plugin, "sanitize_body", lambda *a, **k: pytest.fail("sanitised again"))
    article = _article(settings)
    plugin.sanitise_content(article)
    assert "<script" not in body(article) and article._summary == "<p>Tóm tắt</p>"


def test_an_entry_made_ahead_with_another_visibility_is_not_trusted(tmp_path):
    source = tmp_path / "bai.md"
    source.write_text("Title: T\nVisibility: internal\n\nTin.\n", encoding="utf-8")
    settings = _settings(tmp_path, ["k1"], refuse=True)
    store = settings[SESSION_KEY].store()
    ahead = plugin.sanitised_ahead((True, (), ""), "k1", str(source), _rendered())  # no mark
    for key, blob in ahead:
        store.put_encoded(key, blob)
    article = _article(settings, path=str(source))
    article.metadata["visibility"] = "internal"  # what the reader says
    with pytest.raises(ContentError):
        plugin.sanitise_content(article)
