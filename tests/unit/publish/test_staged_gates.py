"""The publish gates in two steps: the pages are checked while the build still writes its
search index (``SiteCheck``, ``EarlyCheck``), with the verdict ``check_site`` gives the
finished build."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from publish import PublishError, ReleaseStore, check_site, publish_site
from publish.gate_cache import GateCache
from publish.gates import SiteCheck
from publish.pipeline import EarlyCheck

from tests.unit.publish.test_gate_cache import _counting_links
from tests.unit.publish.test_publish_releases import GOOD, write_site

SEARCH = {
    "pagefind/indexes.json": "{}",
    "pagefind/2024/pagefind-entry.json": "{}",
}
LINKS_INTO_SEARCH = {
    **GOOD,
    "tim-kiem/index.html": '<script src="/pagefind/2024/pagefind.js"></script>',
}


def _formatted(problems) -> list[str]:
    return [problem.format() for problem in problems]


def test_links_into_the_unfinished_folder_are_judged_when_it_is_done(tmp_path):
    write_site(tmp_path, {**LINKS_INTO_SEARCH, "trang/hong/index.html": '<a href="/khong/">x</a>'})
    check = SiteCheck(cache=GateCache(None))
    check.check_written(tmp_path, ["pagefind"])  # pagefind/ not written yet
    write_site(tmp_path, {**SEARCH, "pagefind/2024/pagefind.js": "js"})
    assert _formatted(check.finish(tmp_path)) == _formatted(check_site(tmp_path))
    assert _formatted(check_site(tmp_path)) == [
        "trang/hong/index.html: liên kết hỏng tới `/khong/`"
    ]


def test_a_link_into_the_unfinished_folder_that_never_comes_is_reported(tmp_path):
    write_site(tmp_path, {**LINKS_INTO_SEARCH, **SEARCH})  # no pagefind.js in the end
    (tmp_path / "pagefind" / "2024" / "pagefind.js").unlink(missing_ok=True)
    check = SiteCheck(cache=GateCache(None))
    check.check_written(tmp_path, ["pagefind"])
    found = _formatted(check.finish(tmp_path))
    assert found == ["tim-kiem/index.html: liên kết hỏng tới `/pagefind/2024/pagefind.js`"]
    assert found == _formatted(check_site(tmp_path))


def test_pages_written_late_into_the_unfinished_folder_are_checked(tmp_path):
    write_site(tmp_path, GOOD)
    check = SiteCheck(draft_prefix="ban-nhap/", cache=GateCache(None))
    check.check_written(tmp_path, ["pagefind"])
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "loi.html").write_text("<html><p>x</p></html>", encoding="utf-8")
    found = _formatted(check.finish(tmp_path))
    assert "pagefind/loi.html: trang không có <title>" in found
    assert found == _formatted(check_site(tmp_path, draft_prefix="ban-nhap/"))


def test_an_unfinished_file_is_checked_and_linked_to_when_it_is_done(tmp_path):
    """The sitemap is written after the pages: a half-written one is not judged early,
    a link to it waits, and the finished one is checked (here it is not XML)."""
    pages = {**GOOD, "trang/x/index.html": '<a href="/sitemap.xml">Sơ đồ</a>'}
    write_site(tmp_path, {**pages, "sitemap.xml": "<urlset/>"})  # an older one, replaced
    check = SiteCheck(cache=GateCache(None))
    check.check_written(tmp_path, ["pagefind", "sitemap.xml"])
    (tmp_path / "sitemap.xml").write_text("không phải XML", encoding="utf-8")
    found = _formatted(check.finish(tmp_path))
    assert found == _formatted(check_site(tmp_path))
    assert [line for line in found if line.startswith("sitemap.xml:")]
    assert not [line for line in found if "liên kết hỏng" in line]
    (tmp_path / "sitemap.xml").unlink()  # never written: the link is broken
    check = SiteCheck(cache=GateCache(None))
    check.check_written(tmp_path, ["sitemap.xml"])
    assert _formatted(check.finish(tmp_path)) == [
        "trang/x/index.html: liên kết hỏng tới `/sitemap.xml`"
    ]


def test_pages_linking_to_a_late_file_are_remembered_clean_while_it_comes(tmp_path, monkeypatch):
    """Every page links to the sitemap, written after the pages: a clean page is still
    remembered clean, and taken as such next time if the sitemap is there in the end."""
    pages = {**GOOD, "trang/x/index.html": '<a href="/sitemap.xml">Sơ đồ</a> <a href="/">A</a>'}
    write_site(tmp_path, pages)
    cache_file = tmp_path.parent / "gates.json"

    def staged(sitemap: bool) -> list[str]:
        cache = GateCache(cache_file)
        check = SiteCheck(cache=cache)
        check.check_written(tmp_path, ["sitemap.xml"])
        (tmp_path / "sitemap.xml").unlink(missing_ok=True)
        if sitemap:
            (tmp_path / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
        found = _formatted(check.finish(tmp_path))
        cache.save()
        return found

    assert staged(True) == []
    judged = _counting_links(monkeypatch)
    assert staged(True) == [] and judged == []  # nothing judged again
    broken = ["trang/x/index.html: liên kết hỏng tới `/sitemap.xml`"]
    assert staged(False) == broken == _formatted(check_site(tmp_path))
    assert judged  # judged again, from the start
    assert staged(False) == broken  # and not remembered clean since


def test_a_page_waiting_for_the_unfinished_folder_is_not_remembered_as_clean(tmp_path):
    write_site(tmp_path, {**LINKS_INTO_SEARCH, **SEARCH, "pagefind/2024/pagefind.js": "js"})
    cache_file = tmp_path.parent / "gates.json"
    cache = GateCache(cache_file)
    check = SiteCheck(cache=cache)
    check.check_written(tmp_path, ["pagefind"])
    assert check.finish(tmp_path) == []
    cache.save()
    (tmp_path / "pagefind" / "2024" / "pagefind.js").unlink()  # the next build lacks it
    assert _formatted(check_site(tmp_path, cache=GateCache(cache_file))) == [
        "tim-kiem/index.html: liên kết hỏng tới `/pagefind/2024/pagefind.js`"
    ]


def test_the_early_check_follows_the_folder_when_the_build_moves_it(tmp_path):
    staging, final = tmp_path / ".dang-dung", tmp_path / "ban-dung"
    pages = {f"bai-viet/{n}/index.html": '<a href="/">Trang chủ</a>' for n in range(300)}
    write_site(staging, {**GOOD, **pages})
    moved = threading.Event()

    class CheckAfterTheMove(SiteCheck):
        def check_written(self, root, unfinished=()):
            moved.wait(10)
            super().check_written(root, unfinished)

    early = EarlyCheck(CheckAfterTheMove(cache=GateCache(None)))
    early.start(str(staging), ["pagefind"])
    os.rename(staging, final)  # the build's swap, before the check reads a file
    moved.set()
    write_site(final, SEARCH)
    early.wait()
    assert not early.failed
    assert len(early.check.files) == len(GOOD) + len(pages)
    assert early.check.finish(final) == []


def _staged_builder(pages: dict[str, str], late: dict[str, str]):
    """A build as ``python -m portal_core.build`` does it: pages in a folder beside the
    output, ``pages_ready``, the search index, then the folder swapped into place."""

    def build(output: Path, pages_ready) -> bool:
        staging = output.with_name(output.name + ".dang-dung")
        write_site(staging, pages)
        pages_ready(str(staging), ["pagefind"])
        write_site(staging, late)
        os.rmdir(output)
        os.rename(staging, output)
        return True

    return build


def test_a_publish_checks_the_pages_while_the_search_index_is_written(tmp_path):
    store = ReleaseStore(tmp_path / "published", tmp_path / "releases")
    late = {**SEARCH, "pagefind/2024/pagefind.js": "js"}
    release = publish_site(store, _staged_builder(LINKS_INTO_SEARCH, late), report=print)
    assert store.current() == release.resolve()
    assert (release / "pagefind" / "2024" / "pagefind.js").is_file()

    broken = {**LINKS_INTO_SEARCH, "trang/hong/index.html": '<a href="/khong/">x</a>'}
    messages: list[str] = []
    try:
        publish_site(store, _staged_builder(broken, late), report=messages.append)
    except PublishError:
        pass
    else:
        raise AssertionError("a broken link was published")
    assert messages == ["  trang/hong/index.html: liên kết hỏng tới `/khong/`"]
    assert store.current() == release.resolve()
