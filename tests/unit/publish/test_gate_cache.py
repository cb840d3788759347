"""The gates' page cache never changes a verdict: same problems with and without it."""

from __future__ import annotations

from pathlib import Path

from publish import ReleaseStore, check_site, publish_site
from publish.gate_cache import VERSION, GateCache
from publish.gates import parse_page, parse_xml

from tests.unit.publish.test_publish_releases import GOOD, builder, write_site

SITE = "https://dangbokhoi.example.vn"


def verdict(root: Path, cache: GateCache | None = None) -> list[str]:
    return [p.format() for p in check_site(root, SITE, "ban-nhap/", cache)]


def _checked_once(tmp_path, pages: dict[str, str] = GOOD) -> tuple[Path, Path]:
    """A site of ``pages``, checked clean once with its cache saved: (site, cache path)."""
    site = tmp_path / "site"
    write_site(site, pages)
    path = tmp_path / "cache.json"
    first = GateCache(path)
    assert verdict(site, first) == []
    first.save()
    return site, path


def test_unchanged_page_whose_link_target_went_is_still_reported(tmp_path):
    site, path = _checked_once(tmp_path)
    (site / "bai-viet" / "a" / "index.html").unlink()  # index.html links to it, unchanged
    cached = GateCache(path)
    assert verdict(site, cached) == verdict(site) != []


def _counting_links(monkeypatch) -> list[str]:
    """Record every link the gates judge (the page's links are judged, not taken as clean)."""
    from publish import gates

    judged: list[str] = []
    judge = gates._LinkJudge.judge

    def counting(self, link, page):
        judged.append(link)
        return judge(self, link, page)

    monkeypatch.setattr(gates._LinkJudge, "judge", counting)
    return judged


def test_a_clean_page_is_not_judged_again_while_no_file_of_its_check_is_missing(
    tmp_path, monkeypatch
):
    site, path = _checked_once(tmp_path)
    write_site(site, {"bai-viet/b/index.html": '<a href="/bai-viet/a/">A</a>'})  # one new page
    judged = _counting_links(monkeypatch)
    second = GateCache(path)
    assert verdict(site, second) == []
    assert judged == ["/bai-viet/a/"]  # only the new page's link
    second.save()
    judged.clear()
    assert verdict(site, GateCache(path)) == [] and judged == []


def test_clean_pages_are_judged_again_for_another_site_url(tmp_path, monkeypatch):
    site, path = _checked_once(tmp_path)
    judged = _counting_links(monkeypatch)
    check_site(site, "https://khac.example.vn", "ban-nhap/", GateCache(path))
    assert "/bai-viet/a/" in judged


def test_a_removed_file_no_page_linked_to_leaves_the_verdicts(tmp_path, monkeypatch):
    # What a publish removes every time: the search index fragments the new bundle replaced.
    extra = {"pagefind/2025/fragment/vi_1.pf_fragment": "x", "trang/y/index.html": "<p>y</p>"}
    site, path = _checked_once(tmp_path, {**GOOD, **extra})
    (site / "pagefind" / "2025" / "fragment" / "vi_1.pf_fragment").unlink()
    (site / "trang" / "y" / "index.html").unlink()
    judged = _counting_links(monkeypatch)
    cache = GateCache(path)
    assert verdict(site, cache) == [] and judged == []
    cache.save()
    (site / "images" / "a.jpg").unlink()  # linked from bai-viet/a/, which did not change
    assert verdict(site, GateCache(path)) == verdict(site) != []
    assert "/images/a.jpg" in judged


def test_a_link_reaching_a_folder_page_counts_that_page(tmp_path, monkeypatch):
    pages = {"trang/z/index.html": '<a href="/trang/dich">Đích</a>', "trang/dich/index.html": "."}
    site, path = _checked_once(tmp_path, {**GOOD, **pages})  # only trang/z links to trang/dich
    (site / "trang" / "dich" / "index.html").unlink()
    (site / "trang" / "dich" / "khac.html").write_text("<p>khác</p>", encoding="utf-8")
    judged = _counting_links(monkeypatch)
    assert verdict(site, GateCache(path)) == verdict(site) != []
    assert "/trang/dich" in judged


def test_changed_page_is_parsed_again(tmp_path):
    site = tmp_path / "site"
    write_site(site, GOOD)
    path = tmp_path / "cache.json"
    cache = GateCache(path)
    verdict(site, cache)
    cache.save()
    (site / "trang" / "x" / "index.html").write_text("<p>không có tiêu đề</p>", encoding="utf-8")
    assert verdict(site, GateCache(path)) == verdict(site) != []


def test_corrupt_or_old_cache_is_discarded_with_a_warning(tmp_path):
    site = tmp_path / "site"
    write_site(site, {**GOOD, "trang/x/index.html": '<a href="/khong-co/">x</a>'})
    import marshal

    good = marshal.dumps({"version": VERSION, "pages": {}, "xml": {}, "stamps": {}})
    damaged = [
        b"{not json",
        marshal.dumps({"version": 0, "pages": {}}),
        marshal.dumps(["a list"]),
        good[: len(good) // 2],  # cut short
        marshal.dumps({"version": VERSION, "pages": {"k": (1, 1)}, "xml": {}, "stamps": {}}),
    ]
    for data in damaged:
        path = tmp_path / "cache"
        path.write_bytes(data)
        cache = GateCache(path)
        assert cache.warning
        assert verdict(site, cache) == verdict(site) != []


def test_parse_page_reads_title_lang_links_and_refuses_non_utf8():
    page = b'<html lang="vi"><title>T</title><a href="/khong-co/">x</a></html>'
    facts = parse_page(page)
    assert facts.utf8 and facts.titled and facts.lang and facts.links == ("/khong-co/",)
    assert not parse_page("tiếng Việt".encode("cp1258", errors="replace") + b"\xff").utf8


def test_publish_keeps_the_cache_beside_the_releases(tmp_path):
    store = ReleaseStore(tmp_path / "published", tmp_path / "site-releases")
    publish_site(store, builder(GOOD), report=lambda _: None)
    publish_site(store, builder({**GOOD, "new.html": "mới"}), report=lambda _: None)
    assert (store.releases_dir / ".gates-cache").is_file()
    assert len(store.releases()) == 2


def test_staging_folders_of_a_killed_build_are_removed_at_next_start(tmp_path):
    store = ReleaseStore(tmp_path / "published", tmp_path / "site-releases")
    building = store.start_build()
    staging = building.parent / f".{building.name}.building-x1"  # build_cache.swap's name
    staging.mkdir()
    (staging / "index.html").write_text("nửa chừng", encoding="utf-8")
    store.start_build()
    assert not staging.exists() and not building.exists()


def test_linked_unchanged_files_are_not_parsed_again(tmp_path):
    """A release's pages hard-linked from the previous one are known by their stamp."""
    site = tmp_path / "site"
    write_site(site, {**GOOD, "feeds/all.atom.xml": '<feed xmlns="http://www.w3.org/2005/Atom"/>'})
    path = tmp_path / "cache.json"
    first = GateCache(path)
    assert verdict(site, first) == []
    first.save()
    linked = tmp_path / "linked"
    for file in site.rglob("*"):
        if file.is_file():
            target = linked / file.relative_to(site)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.hardlink_to(file)
    parsed: list[bytes] = []
    cache = GateCache(path)
    for file in linked.rglob("*.html"):
        cache.page_facts(file, lambda data: parsed.append(data) or parse_page(data))
    for file in linked.rglob("*.xml"):
        cache.xml_facts(file, lambda data: parsed.append(data) or parse_xml(data))
    assert parsed == []
    assert verdict(linked, GateCache(path)) == []


def test_feed_broken_in_place_is_reported_with_the_cache(tmp_path):
    site = tmp_path / "site"
    feed = site / "feeds" / "all.atom.xml"
    write_site(site, {**GOOD, "feeds/all.atom.xml": '<feed xmlns="http://www.w3.org/2005/Atom"/>'})
    path = tmp_path / "cache.json"
    cache = GateCache(path)
    assert verdict(site, cache) == []
    cache.save()
    feed.write_text("<feed><entry></feed>", encoding="utf-8")
    assert verdict(site, GateCache(path)) == verdict(site) != []
    feed.write_text("<rss/>", encoding="utf-8")
    assert (
        verdict(site, GateCache(path))
        == verdict(site)
        == ["feeds/all.atom.xml: nguồn tin (feed) không phải Atom"]
    )


def test_a_page_hash_never_answers_for_a_feed(tmp_path):
    """The same bytes as a page and as a feed are judged by each parser."""
    site = tmp_path / "site"
    body = "<html><title>x</title></html>"
    write_site(site, {**GOOD, "a.atom.xml": body})
    path = tmp_path / "cache.json"
    cache = GateCache(path)
    first = verdict(site, cache)
    cache.save()
    assert (
        first == verdict(site, GateCache(path)) == ["a.atom.xml: nguồn tin (feed) không phải Atom"]
    )


def test_a_cache_read_in_the_background_is_waited_for_by_every_use(tmp_path, monkeypatch):
    import threading

    site, path = _checked_once(tmp_path)
    write_site(site, {"bai-viet/b/index.html": '<a href="/bai-viet/a/">A</a>'})
    release = threading.Event()
    load = GateCache._load

    def slow_load(self, where):
        release.wait(5)  # the build is starting meanwhile
        load(self, where)

    monkeypatch.setattr(GateCache, "_load", slow_load)
    judged = _counting_links(monkeypatch)
    cache = GateCache(path, background=True)
    threading.Timer(0.2, release.set).start()
    assert verdict(site, cache) == [] and judged == ["/bai-viet/a/"]  # the old pages: clean
    assert cache.warning == ""


def test_a_corrupt_cache_read_in_the_background_warns_too(tmp_path):
    site = tmp_path / "site"
    write_site(site, {**GOOD, "trang/x/index.html": '<a href="/khong-co/">x</a>'})
    path = tmp_path / "cache.json"
    path.write_text("{not json", encoding="utf-8")
    cache = GateCache(path, background=True)
    assert verdict(site, cache) == verdict(site) != []
    assert "bỏ qua bộ nhớ đệm kiểm tra" in cache.warning
