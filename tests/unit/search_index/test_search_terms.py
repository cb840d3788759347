"""search_index.terms: folded copies and document-number variants for Pagefind; what Pagefind
is given (search_index.pagefind, shards.search_document)."""

from __future__ import annotations

import gzip
import json
import subprocess

import pytest
from search_index.pagefind import UNUSED_FILES, SearchIndexError, index_pages, pagefind_command
from search_index.shards import search_document
from search_index.terms import document_number_variants, fold_for_search


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("d with stroke and tones", "Đảng ủy Khối", "Dang uy Khoi"),
        ("lower-case đ", "đảng viên", "dang vien"),
        ("eth typed for Đ", "Ðảng", "Dang"),
        ("decomposed input", "Đa\u0309ng", "Dang"),
        ("spaces collapsed", "  Chi   bộ\n cơ sở ", "Chi bo co so"),
        ("ascii unchanged", "98-QD/TW", "98-QD/TW"),
    ],
)
def test_fold_for_search(case, text, expected):
    assert fold_for_search(text) == expected, case


@pytest.mark.parametrize(
    ("case", "document_id", "expected"),
    [
        ("party regulation", "98-QĐ/TW", ("98-QĐ/TW", "98-QD/TW", "98-qd-tw")),
        ("no đ: no folded duplicate", "10-CT/TW", ("10-CT/TW", "10-ct-tw")),
        ("bloc resolution", "02-NQ/ĐUK", ("02-NQ/ĐUK", "02-NQ/DUK", "02-nq-duk")),
        ("state decree", "30/2020/NĐ-CP", ("30/2020/NĐ-CP", "30/2020/ND-CP", "30-2020-nd-cp")),
    ],
)
def test_document_number_variants(case, document_id, expected):
    assert document_number_variants(document_id) == expected, case


def test_pagefind_command_runs_the_bundled_binary_itself(tmp_path):
    from pagefind_bin import get_executable

    command = pagefind_command(tmp_path / "site", tmp_path / "out")
    assert command[0] == str(get_executable())  # no interpreter started per bundle
    assert str(tmp_path / "site") in command and str(tmp_path / "out") in command


def _page(site, path, heading):
    page = site / path
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        '<!DOCTYPE html><html lang="vi"><head><title>a</title></head>'
        f"<body><main data-pagefind-body><h1>{heading}</h1></main></body></html>",
        encoding="utf-8",
    )


def test_index_pages_writes_a_bundle_of_the_chosen_pages_only(tmp_path):
    site = tmp_path / "site"
    _page(site, "a/index.html", "Đảng ủy")
    _page(site, "b/index.html", "Chi bộ")
    bundle = index_pages(site, ["a/index.html"], tmp_path / "bundle")
    assert (bundle / "pagefind.js").is_file()
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 1
    assert not [name for name in UNUSED_FILES if (bundle / name).exists()]


def test_index_pages_fails_loudly(tmp_path, monkeypatch):
    def failing_run(*args, **kwargs):
        return subprocess.CompletedProcess(args, 2, stdout="", stderr="boom")

    monkeypatch.setattr(subprocess, "run", failing_run)
    with pytest.raises(SearchIndexError, match="boom"):
        index_pages(tmp_path, [], tmp_path / "bundle")


THEME_LIKE_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} – Cổng thông tin</title><link rel="stylesheet" href="/theme/css/site.{css}.css">
<script type="application/ld+json">{{"headline": "{title}"}}</script></head><body>
<nav><a href="/">Trang chủ</a> <a href="/chuyen-muc/a/">Xây dựng Đảng</a></nav>
<main><article class="article" data-pagefind-body><header><h1>{title}</h1></header>
<img src="/anh/{slug}.jpg" alt="Ảnh {title}"><div class="article-body"><p>{body}</p>
<section><h2>Văn bản</h2><p>Quy định số 98-QĐ/TW</p></section></div>
<div hidden data-pagefind-weight="0.5"><p>{folded}</p>
<span data-pagefind-filter="Năm">2024</span>
<span data-pagefind-meta="ngay">03/01/2024</span>
<span data-pagefind-sort="ngay">2024-01-03T17:26:00+07:00</span></div></article>
<aside><h2>Bài liên quan</h2><p>{related}</p></aside>
<span data-pagefind-filter="Chuyên mục">Xây dựng Đảng</span></main>
<footer>Đảng ủy Khối · {related}</footer></body></html>"""


def _theme_like_site(root, css="abc", related="Bài khác"):
    pages = {
        "bai-viet/hoi-nghi/index.html": ("Hội nghị Ban Chấp hành", "Đảng ủy Khối họp phiên thứ 5."),
        "bai-viet/chi-bo/index.html": ("Sinh hoạt chi bộ", "Chi bộ cơ sở bàn về kỷ luật."),
    }
    for path, (title, body) in pages.items():
        page = root / path
        page.parent.mkdir(parents=True, exist_ok=True)
        slug = path.split("/")[1]
        folded = fold_for_search(body)
        html = THEME_LIKE_PAGE.format(
            title=title, body=body, slug=slug, css=css, related=related, folded=folded
        )
        page.write_text(html, encoding="utf-8")
    return sorted(pages)


def _fragments(bundle):
    return {p.name: gzip.decompress(p.read_bytes()) for p in (bundle / "fragment").iterdir()}


def test_pagefind_indexes_the_search_document_as_it_indexes_the_whole_page(tmp_path):
    """Pagefind is given each page reduced to what it indexes (shards.search_document): the
    fragments it writes (text, title, image, filters, meta, sort of every page) and its word
    index are those of the whole pages."""
    site = tmp_path / "site"
    pages = _theme_like_site(site)
    whole = tmp_path / "whole"
    subprocess.run(pagefind_command(site, whole), check=True, capture_output=True)
    reduced = index_pages(site, pages, tmp_path / "reduced")
    assert len(_fragments(whole)) == 2
    assert _fragments(reduced) == _fragments(whole)
    assert sorted(p.name for p in (reduced / "index").iterdir()) == sorted(
        p.name for p in (whole / "index").iterdir()
    )
    fragment = json.loads(next(iter(_fragments(reduced).values()))[len(b"pagefind_dcd") :])
    assert fragment["filters"]["Chuyên mục"] == ["Xây dựng Đảng"]  # a filter after the body


def test_search_document_leaves_out_the_head_and_what_follows_the_body(tmp_path):
    site = tmp_path / "site"
    (page,) = _theme_like_site(site)[:1]
    document = search_document((site / page).read_bytes()).decode()
    assert document.startswith('<html lang="vi"><head><meta charset="utf-8"><title>')
    assert "stylesheet" not in document and "ld+json" not in document
    assert "<nav>" not in document and "<footer>" not in document and "Bài khác" not in document
    assert '<span data-pagefind-filter="Chuyên mục">Xây dựng Đảng' in document
    other = tmp_path / "other"
    _theme_like_site(other, css="def", related="Một bài khác")  # a new stylesheet, new neighbours
    assert search_document((other / page).read_bytes()) == search_document(
        (site / page).read_bytes()
    )


@pytest.mark.parametrize(
    ("case", "html"),
    [
        ("no html tag", b"<main data-pagefind-body><h1>a</h1></main><p>b</p>"),
        ("unbalanced", b'<html lang="vi"><article data-pagefind-body><p>a</p><aside>R</aside>'),
        ("two bodies", b"<html><div data-pagefind-body>a</div><div data-pagefind-body>b</div>"),
    ],
)
def test_search_document_is_the_whole_page_when_unsure(case, html):
    assert search_document(html) == html, case
