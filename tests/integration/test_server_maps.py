"""Old portal URLs (spaces, Vietnamese letters, percent-escapes, query strings) redirect
exactly through the build's nginx and Apache maps: checked with Debian's real ``nginx -t`` /
``apache2ctl -t`` and real HTTP requests against the running servers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from importer.models import Outcome
from importer.run import ImportOptions, import_sources
from stable_urls.manifest import Redirect, RedirectError
from stable_urls.server_maps import apache_map, nginx_http_map, nginx_map
from vntext import VN_TZ

from tests.support import FIXTURES, build_site, copy_fixture
from tests.web_servers import (
    apache_config,
    free_port,
    get,
    nginx_config,
    require,
    running,
    world_readable_copy,
)

HOI_NGHI = "/bai-viet/hoi-nghi-ban-chap-hanh/"
SO_KET = "/bai-viet/so-ket-cong-tac-xay-dung-dang/"

# Request as a browser sends it -> path it must be sent to (None: not redirected).
REQUESTS = {
    "/tin%20t%E1%BB%A9c/b%C3%A0i%201.html": HOI_NGHI,
    "/tin%20t%e1%bb%a9c/b%c3%a0i%201.html": HOI_NGHI,  # lowercase escapes: same path
    "//tin%20t%E1%BB%A9c/./b%C3%A0i%201.html": HOI_NGHI,  # merged as the server does
    "/tin%20t%E1%BB%A9c/b%C3%A0i%201.html?utm_source=x": HOI_NGHI,  # path alone: any query
    "/1.html": None,  # no bogus redirect from a split alias
    "/tin": None,
    "/index.php?nv=news&op=thoi-su/Hoi-nghi-123": HOI_NGHI,
    "/index.php?nv=news&op=thoi-su/so-ket-45": SO_KET,
    "/index.php?nv=news&op=thoi-su/hoi-nghi-123": None,  # query strings are case-sensitive
    "/index.php?nv=news": None,
    "/index.php": None,
    "/cu/a%22;%7D/": HOI_NGHI,  # quote and brace in the path stay inside the config string
    "/cu/a%22;%7D": HOI_NGHI,
    "/v%C4%83n-b%E1%BA%A3n/T%E1%BB%95ng%20k%E1%BA%BFt.html?id=7&lang=vi": SO_KET,
    "/v%C4%83n-b%E1%BA%A3n/T%E1%BB%95ng%20k%E1%BA%BFt.html?id=7": None,
    "/v%C4%83n-b%E1%BA%A3n/c%C5%A9.html": SO_KET,  # raw Vietnamese letters in Aliases:
    "/tin%20t%E1%BB%A9c/c%C5%A9/": SO_KET,  # redirects.yaml key with a space
    "/chuyen-muc/cu/?trang=2": "/chuyen-muc/tin-hoat-dong/",
    "/chuyen-muc/cu/?trang=3": None,
    "/?nv=news&op=tin-cu": HOI_NGHI,  # the old portal's home page with a query string
    "/tim.php?q=t%E1%BB%A9c%20x": SO_KET,  # a query as printed, sent as a browser sends it
    "/tim.php?q=t%e1%bb%a9c%20x": None,
}


@pytest.fixture(scope="module")
def old_urls_site(tmp_path_factory) -> Path:
    """The URL fixture site with aliases of an old portal's every kind, built for real."""
    base = tmp_path_factory.mktemp("old-urls")
    content = copy_fixture("import_urls", base)
    _add_meta(
        content / "2023/05/hoi-nghi.md",
        "Aliases: /tin%20t%E1%BB%A9c/b%C3%A0i%201.html"
        ' /index.php?nv=news&op=thoi-su/Hoi-nghi-123 /cu/a";}',
    )
    _add_meta(
        content / "2023/05/so-ket.md",
        "Aliases: http://cu.dangbo.vn/index.php?nv=news&op=thoi-su/so-ket-45#top, "
        "/v%C4%83n-b%E1%BA%A3n/T%E1%BB%95ng%20k%E1%BA%BFt.html?id=7&lang=vi, /văn-bản/cũ.html",
    )
    (content / "redirects.yaml").write_text(
        '"tin tức/cũ/": bai-viet/so-ket-cong-tac-xay-dung-dang/\n'
        '"chuyen-muc/cu/?trang=2": chuyen-muc/tin-hoat-dong/\n'
        '"/?nv=news&op=tin-cu": bai-viet/hoi-nghi-ban-chap-hanh/\n'
        '"tim.php?q=tức x": bai-viet/so-ket-cong-tac-xay-dung-dang/\n',
        encoding="utf-8",
    )
    return build_site(content, base / "output")


@pytest.fixture
def served(old_urls_site):
    """A copy of the built site that the servers' worker user can read (removed after)."""
    root = world_readable_copy(old_urls_site)
    yield root
    shutil.rmtree(root.parent)


def _add_meta(path: Path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Slug:", f"{line}\nSlug:", 1), encoding="utf-8")


def _check_requests(port: int) -> None:
    wrong = {}
    for target, expected in REQUESTS.items():
        status, location = get(port, target)
        got = urlsplit(location).path if status == 301 else None
        if got != expected or (expected is None and status != 404):
            wrong[target] = (status, location)
    assert not wrong, wrong
    assert get(port, HOI_NGHI)[0] == 200


def test_nginx_maps_pass_nginx_t_and_redirect_old_urls_exactly(served, tmp_path):
    nginx = require("nginx", "nginx-light")
    site = served
    port = free_port()
    config = nginx_config(site, tmp_path, port)
    check = subprocess.run(
        [nginx, "-t", "-q", "-e", str(tmp_path / "error.log"), "-c", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    with running([nginx, "-e", str(tmp_path / "error.log"), "-c", str(config)], port, tmp_path):
        _check_requests(port)


def test_apache_htaccess_passes_configtest_and_redirects_old_urls_exactly(served, tmp_path):
    apache = require("apache2", "apache2")
    apachectl = require("apache2ctl", "apache2")
    site = served
    port = free_port()
    config = apache_config(site, tmp_path, port)
    # configtest does not read .htaccess: include it where the server would apply it.
    strict = tmp_path / "strict.conf"
    strict.write_text(
        config.read_text(encoding="utf-8")
        + f'<Directory "{site}">\n  Include "{site}/.htaccess"\n</Directory>\n',
        encoding="utf-8",
    )
    check = subprocess.run(
        [apachectl, "-t", "-f", str(strict)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    with running([apache, "-X", "-f", str(config)], port, tmp_path / "error.log"):
        _check_requests(port)


def test_nginx_t_accepts_ten_thousand_old_urls(tmp_path):
    """An archive's worth of old URLs, long Vietnamese ones included: the map hash fits."""
    nginx = require("nginx", "nginx-light")
    rules = []
    for n in range(10_000):
        title = f"tin tức/bài viết về hội nghị ban chấp hành đảng bộ khối lần thứ {n}"
        rules.append(Redirect(f"{title}.html", f"bai-viet/a-{n}/", "x.md:1"))
        rules.append(Redirect("index.php", f"bai-viet/a-{n}/", "x.md:1", f"nv=news&op={n}"))
    started = time.perf_counter()
    site = tmp_path / "site"
    (site / "redirects").mkdir(parents=True)
    (site / "redirects/nginx.conf").write_text(nginx_map(rules), encoding="utf-8")
    (site / "redirects/nginx-http.conf").write_text(nginx_http_map(rules), encoding="utf-8")
    (site / ".htaccess").write_text(apache_map(rules), encoding="utf-8")
    assert time.perf_counter() - started < 10  # dicts and one sort: no rule scans the others
    config = nginx_config(site, tmp_path, free_port())
    check = subprocess.run(
        [nginx, "-t", "-q", "-e", str(tmp_path / "error.log"), "-c", str(config)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_old_url_that_cannot_be_served_exactly_is_a_path_line_error(tmp_path):
    content = copy_fixture("import_urls", tmp_path)
    article = content / "2023/05/so-ket.md"
    for aliases, reason in (
        ("/tin tức/bài 1.html", "%20"),  # a raw space would split the address
        ("/tin%E1.html", "UTF-8"),  # a legacy-encoded escape: no server matches it exactly
        ("/index.php?a=$b", "$"),
        ("/../../etc/", ".."),
    ):
        original = article.read_text(encoding="utf-8")
        _add_meta(article, f"Aliases: {aliases}")
        with pytest.raises(RedirectError) as caught:
            build_site(content, tmp_path / "output")
        message = str(caught.value)
        assert message.startswith(f"{article}:6: "), message
        assert reason in message
        article.write_text(original, encoding="utf-8")


def test_two_query_aliases_differing_only_in_case_are_refused():
    rules = [
        Redirect("index.php", "bai-viet/a/", "a.md:6", "op=Abc"),
        Redirect("index.php", "bai-viet/b/", "b.md:6", "op=abc"),
    ]
    with pytest.raises(RedirectError, match=r"b\.md:6: .*chữ hoa/thường"):
        nginx_http_map(rules)


def test_imported_saved_pages_redirect_from_their_old_addresses(tmp_path):
    """invoke import --base-url: the file's place in the folder is its old address (the
    canonical URL wins when it is on that host); the build's nginx map sends it home."""
    nginx = require("nginx", "nginx-light")
    page = (FIXTURES / "import_html" / "portal-page.html").read_text(encoding="utf-8")
    saved = tmp_path / "saved"
    (saved / "tin tức").mkdir(parents=True)
    (saved / "tin tức" / "bài 1.html").write_text(page, encoding="utf-8")
    other = page.replace("Tổng kết", "Sơ kết").replace("kiểm tra", "thanh tra")
    (saved / "index.php?nv=news&op=Bai-2.html").write_text(other, encoding="utf-8")
    content = copy_fixture("import_urls", tmp_path)
    options = ImportOptions(content, now=dt.datetime(2024, 1, 1, tzinfo=VN_TZ))
    results = import_sources([saved], replace(options, base_url="http://cu.dangbo.vn/"))
    assert [r.outcome for r in results] == [Outcome.IMPORTED, Outcome.IMPORTED], results
    aliases = sorted(
        line
        for r in results
        for line in r.target.read_text("utf-8").splitlines()
        if line.startswith("Aliases: ")
    )
    assert aliases == [
        "Aliases: /index.php?nv=news&op=Bai-2.html",
        "Aliases: /tin%20t%E1%BB%A9c/b%C3%A0i%201.html",
    ]
    canonical = import_sources(
        [FIXTURES / "import_html" / "portal-page.html"],
        replace(options, content=tmp_path / "other", base_url="https://dangbokhoi.example.vn/"),
    )
    text = canonical[0].target.read_text("utf-8")
    assert "Aliases: /tin-tuc/tong-ket-kiem-tra-giam-sat-2022.html\n" in text
    output = build_site(content, tmp_path / "output")
    site = world_readable_copy(output)
    try:
        port = free_port()
        config = nginx_config(site, tmp_path, port)
        with running([nginx, "-e", str(tmp_path / "error.log"), "-c", str(config)], port, tmp_path):
            olds = {
                "bài 1.html": "/tin%20t%E1%BB%A9c/b%C3%A0i%201.html",
                "index.php?nv=news&op=Bai-2.html": "/index.php?nv=news&op=Bai-2.html",
            }
            for result in results:
                old = olds[result.source.name]
                status, location = get(port, old)
                assert status == 301, old
                slug = result.target.stem
                assert urlsplit(location).path == f"/bai-viet/{slug}/"
                assert get(port, f"/bai-viet/{slug}/")[0] == 200
    finally:
        shutil.rmtree(site.parent)
