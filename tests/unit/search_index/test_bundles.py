"""search_index.bundles: one real Pagefind bundle per year, reused while a year is unchanged."""

from __future__ import annotations

import json
import os

from search_index.bundles import index_site


def article(site, slug, date, words="Đảng ủy Khối"):
    """A built article page as the theme writes it: marked body, the date Pagefind sorts by."""
    sort = f'<span data-pagefind-sort="ngay">{date}T08:00:00+07:00</span>' if date else ""
    page = site / "bai-viet" / slug / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        f'<!DOCTYPE html><html lang="vi"><head><title>{slug}</title></head><body>'
        f"<article data-pagefind-body><h1>{slug}</h1><p>{words}</p>"
        f"<div hidden>{sort}</div></article></body></html>",
        encoding="utf-8",
    )


def make_site(tmp_path):
    site = tmp_path / "site"
    article(site, "a", "2023-05-01")
    article(site, "b", "2023-06-01")
    article(site, "c", "2024-01-02")
    article(site, "d", None)
    (site / "tu-khoa").mkdir()
    (site / "tu-khoa" / "index.html").write_text("<main>not indexed</main>", encoding="utf-8")
    return site


def listing(site):
    return json.loads((site / "pagefind" / "indexes.json").read_text(encoding="utf-8"))


def page_count(bundle):
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def test_one_bundle_per_year_listed_newest_first(tmp_path):
    site = make_site(tmp_path)
    report = index_site(site, tmp_path / "cache", max_pages=100)
    assert [b["path"] for b in listing(site)["bundles"]] == ["2024/", "2023/", "khong-ro-ngay/"]
    assert [page_count(site / "pagefind" / n) for n in ("2024", "2023", "khong-ro-ngay")] == [
        1,
        2,
        1,
    ]
    assert report.pages == 4 and sorted(report.built) == ["2023", "2024", "khong-ro-ngay"]


def test_a_fresh_output_reuses_the_cached_bundles_of_unchanged_years(tmp_path):
    site = make_site(tmp_path)
    index_site(site, tmp_path / "cache", max_pages=100)
    before = (site / "pagefind" / "2024" / "pagefind-entry.json").read_bytes()
    (site / "pagefind").rename(tmp_path / "old-bundles")  # as DELETE_OUTPUT_DIRECTORY does
    article(site, "b", "2023-06-01", words="Chi bộ cơ sở")
    report = index_site(site, tmp_path / "cache", max_pages=100)
    assert report.built == ["2023"]
    assert sorted(report.reused) == ["2024", "khong-ro-ngay"]
    assert (site / "pagefind" / "2024" / "pagefind-entry.json").read_bytes() == before


def test_an_unchanged_output_is_left_as_it_is(tmp_path):
    site = make_site(tmp_path)
    index_site(site, None, max_pages=100)
    entry = site / "pagefind" / "2023" / "pagefind-entry.json"
    stamp = entry.stat().st_mtime_ns
    report = index_site(site, None, max_pages=100)
    assert report.built == [] and entry.stat().st_mtime_ns == stamp


def test_removed_years_and_the_old_single_bundle_disappear(tmp_path):
    site = make_site(tmp_path)
    (site / "pagefind").mkdir()
    (site / "pagefind" / "pagefind.js").write_text("old", encoding="utf-8")
    index_site(site, None, max_pages=100)
    (site / "bai-viet" / "c" / "index.html").unlink()
    index_site(site, None, max_pages=100)
    names = sorted(p.name for p in (site / "pagefind").iterdir())
    assert names == ["2023", "indexes.json", "khong-ro-ngay"]


def test_an_unwritable_cache_is_skipped_with_a_warning(tmp_path, caplog):
    site = make_site(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    os.chmod(cache, 0o500)
    try:
        if os.access(cache, os.W_OK):  # running as root: make the cache a file instead
            os.chmod(cache, 0o700)
            cache.rmdir()
            cache.write_text("not a folder", encoding="utf-8")
        report = index_site(site, cache, max_pages=100)
    finally:
        if cache.is_dir():
            os.chmod(cache, 0o700)
    assert len(report.built) == 3 and page_count(site / "pagefind" / "2023") == 2
    assert "không ghi được" in caplog.text


def test_no_article_writes_an_empty_listing(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    index_site(site, None, max_pages=100)
    assert listing(site) == {"bundles": []}


def test_the_newest_articles_get_a_quick_bundle_outside_the_yearly_list(tmp_path):
    site = make_site(tmp_path)
    report = index_site(site, None, max_pages=100, quick=2)
    data = listing(site)
    assert data["quick"]["path"] == "moi-nhat/" and data["quick"]["pages"] == 2
    assert data["quick"]["years"] == [2024, 2023]
    assert "moi-nhat/" not in [b["path"] for b in data["bundles"]]
    assert page_count(site / "pagefind" / "moi-nhat") == 2
    assert report.pages == 4


def indexed_urls(site):
    """URL -> the bundles whose fragments hold it."""
    from tests.support import search_fragments

    found: dict[str, list[str]] = {}
    for bundle, data in search_fragments(site):
        found.setdefault(data["url"], []).append(bundle)
    return found


def test_every_page_is_indexed_once_across_the_quick_and_yearly_bundles(tmp_path):
    site = make_site(tmp_path)
    article(site, "e", "2024-02-01")
    index_site(site, tmp_path / "cache", max_pages=100, quick=1)
    data = listing(site)
    assert [b["path"] for b in data["bundles"]] == ["2024/", "2023/", "khong-ro-ngay/"]
    assert [b["pages"] for b in data["bundles"]] == [1, 2, 1]
    found = indexed_urls(site)
    assert sorted(found) == [f"/bai-viet/{slug}/" for slug in "abcde"]
    assert found["/bai-viet/e/"] == ["moi-nhat"] and found["/bai-viet/c/"] == ["2024"]
    assert all(len(bundles) == 1 for bundles in found.values()), found
    # A newer article pushes the quick page (e, 2024) back into its year.
    article(site, "f", "2024-03-01")
    report = index_site(site, tmp_path / "cache", max_pages=100, quick=1)
    assert sorted(report.built) == ["2024", "moi-nhat"]
    assert sorted(report.reused) == ["2023", "khong-ro-ngay"]
    found = indexed_urls(site)
    assert found["/bai-viet/c/"] == ["2024"] and found["/bai-viet/e/"] == ["2024"]
    assert found["/bai-viet/f/"] == ["moi-nhat"]
    assert all(len(bundles) == 1 for bundles in found.values()), found


def test_without_quick_pages_the_yearly_bundles_hold_every_page(tmp_path):
    for quick in (0, 3, 10):  # none, or as many as the dated articles or more
        site = make_site(tmp_path / str(quick))
        index_site(site, None, max_pages=100, quick=quick)
        assert "quick" not in listing(site)
        assert sorted(indexed_urls(site)) == [f"/bai-viet/{slug}/" for slug in "abcd"]
        assert sum(b["pages"] for b in listing(site)["bundles"]) == 4


def test_scan_reads_only_pages_whose_file_changed(tmp_path):
    from search_index.bundles import scan_site

    page = tmp_path / "a" / "index.html"
    page.parent.mkdir()
    page.write_bytes(b"<html><body data-pagefind-body>a</body></html>")
    known: dict = {}
    (first,) = scan_site(tmp_path, known)
    (key,) = known
    known[key] = first.__class__("from-cache", None, None, "x")  # proves no re-read
    assert [p.path for p in scan_site(tmp_path, known)] == ["from-cache"]
    page.write_bytes(b"<html><body data-pagefind-body>changed</body></html>")
    assert [p.path for p in scan_site(tmp_path, known)] == ["a/index.html"]
    assert len(known) == 1


def test_scan_reads_the_unknown_pages_through_map_many_in_path_order(tmp_path):
    from search_index.bundles import scan_site

    for relpath in ("b/index.html", "a/index.html", "a/z.html", "pagefind/x.html"):
        (tmp_path / relpath).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relpath).write_bytes(b"<html><body data-pagefind-body>a</body></html>")
    asked: list[list[str]] = []

    def map_many(function, items):
        asked.append([relpath for relpath, _ in items])
        return [function(item) for item in items]

    known: dict = {}
    expected = ["a/index.html", "a/z.html", "b/index.html"]  # pagefind/ is the index itself
    assert [p.path for p in scan_site(tmp_path, known, map_many)] == expected
    (tmp_path / "a" / "z.html").write_bytes(b"<html><body data-pagefind-body>b</body></html>")
    assert [p.path for p in scan_site(tmp_path, known, map_many)] == expected
    assert asked == [expected, ["a/z.html"]]


def test_scan_of_a_given_listing_keeps_the_walk_order_and_skips_the_index(tmp_path):
    """Pages are listed once per build for all output readers; the scan keeps the order
    of a walk (each folder's files before its subfolders) and leaves out pagefind/."""
    import os

    from portal_files.tree import stamped_files
    from search_index.bundles import scan_site

    for relpath in ("a/z.html", "a/b/index.html", "index.html", "pagefind/x.html", "c.html"):
        (tmp_path / relpath).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relpath).write_bytes(b"<html><body data-pagefind-body>a</body></html>")
    walked = []
    for folder, dirs, names in os.walk(tmp_path):
        dirs[:] = sorted(d for d in dirs if d != "pagefind")
        walked += [os.path.relpath(os.path.join(folder, n), tmp_path) for n in sorted(names)]
    assert walked == ["c.html", "index.html", "a/z.html", "a/b/index.html"]
    listing = stamped_files(tmp_path, ".html")
    assert [p.path for p in scan_site(tmp_path, listing=listing)] == walked
    assert [p.path for p in scan_site(tmp_path)] == walked
    (tmp_path / "d.html").write_bytes(b"<html><body data-pagefind-body>d</body></html>")
    assert "d.html" not in [p.path for p in scan_site(tmp_path, listing=listing)]


def test_pagefind_reads_its_links_from_memory_or_from_the_default_folder(tmp_path, monkeypatch):
    """The folder of pages is made in memory when the system has a writable one, else in
    the default temporary folder; the bundle is the same either way."""
    from search_index import pagefind

    site = make_site(tmp_path)
    pages = ["bai-viet/a/index.html", "bai-viet/b/index.html"]
    made = []
    real = pagefind.tempfile.TemporaryDirectory

    def spy(*args, **kwargs):
        made.append(kwargs.get("dir"))
        return real(*args, **kwargs)

    monkeypatch.setattr(pagefind.tempfile, "TemporaryDirectory", spy)
    memory = pagefind.index_pages(site, pages, tmp_path / "memory")
    monkeypatch.setattr(pagefind, "MEMORY_FOLDER", str(tmp_path / "no-such-folder"))
    assert pagefind.staging_parent() is None
    default = pagefind.index_pages(site, pages, tmp_path / "default")
    shm = "/dev/shm" if os.access("/dev/shm", os.W_OK | os.X_OK) else None
    assert made == [shm, None]
    entry = json.loads((memory / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 2
    assert sorted(p.name for p in (memory / "fragment").iterdir()) == sorted(
        p.name for p in (default / "fragment").iterdir()
    )


def test_an_edit_in_the_newest_year_indexes_only_its_run_of_months(tmp_path):
    site = make_site(tmp_path)
    article(site, "e", "2024-07-01")
    article(site, "f", "2024-08-01")
    index_site(site, tmp_path / "cache", max_pages=100, recent=2)
    assert [b["path"] for b in listing(site)["bundles"]] == [
        *("2024-08/", "2024-01/", "2023/", "khong-ro-ngay/")
    ]
    article(site, "e", "2024-07-01", words="Chi bộ cơ sở")
    report = index_site(site, tmp_path / "cache", max_pages=100, recent=2)
    assert report.built == ["2024-01"]
    assert page_count(site / "pagefind" / "2024-01") == 2
