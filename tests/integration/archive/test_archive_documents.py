"""Document pages, index, feeds, overrides and the same-id case (real Pelican builds)."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from tests.support import build_site, copy_fixture, parse_html, text_of


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("archive_documents")
    content = copy_fixture("archive_documents", base)
    return build_site(
        content,
        base / "output",
        DOCUMENT_PAGINATION=2,
        ARCHIVE_REPORT_SAVE_AS="luu-tru/bao-cao.json",
    )


def links(tree, selector: str = "main a") -> list[str]:
    return [n.attributes.get("href", "") for n in tree.css(selector)]


def card_titles(tree) -> list[str]:
    return [" ".join(n.text().split()) for n in tree.css(".document-articles .card-title")]


def test_document_page_lists_citing_articles_newest_first_paginated(site):
    first = parse_html(site / "van-ban" / "98-qd-tw" / "index.html")
    second = parse_html(site / "van-ban" / "98-qd-tw" / "page" / "2" / "index.html")
    assert text_of(first, "h1") == "Quy định số 98-QĐ/TW"
    assert card_titles(first) == [
        "Quán triệt Quy định 98-QĐ/TW ở chi bộ cơ sở",
        "Học tập Nghị quyết Trung ương 4 khóa XII",
    ]
    # the undated article comes after every dated one
    assert card_titles(second) == ["Chức năng của chi bộ cơ quan", "Bài cũ về Quy định 98"]
    assert first.css_first('a[rel="next"]').attributes["href"].endswith("/van-ban/98-qd-tw/page/2/")
    assert not (site / "van-ban" / "98-qd-tw" / "page" / "3").exists()


def test_document_page_groups_articles_by_year(site):
    tree = parse_html(site / "van-ban" / "98-qd-tw" / "index.html")
    assert text_of(tree, ".by-year") == (
        "Theo năm: 2023 (1) · 2022 (1) · 2019 (1) · Không rõ ngày đăng (1)"
    )
    second = parse_html(site / "van-ban" / "98-qd-tw" / "page" / "2" / "index.html")
    assert [n.text() for n in second.css(".year-heading")] == ["2019", "Không rõ ngày đăng"]


def test_record_fields_are_shown(site):
    tree = parse_html(site / "van-ban" / "98-qd-tw" / "index.html")
    record = tree.css_first(".document-record")
    fields = {
        dt.text(): " ".join(dd.text().split())
        for dt, dd in zip(record.css("dt"), record.css("dd"), strict=True)
    }
    assert fields["Cơ quan ban hành"] == "Ban Bí thư"
    assert fields["Người ký"] == "Người ký thử nghiệm"
    assert fields["Ngày ban hành"] == "07/10/2004"
    assert fields["Khóa"] == "IX"
    assert fields["Tình trạng"] == "Hết hiệu lực"
    assert fields["Được thay thế bởi"] == "97-QĐ/TW"  # not in the archive: plain text
    assert record.css_first("dd a[href$='/files/van-ban/98-qd-tw.pdf']") is not None
    assert "<strong>thử nghiệm</strong>" in str(tree.css_first(".document-description").html)
    assert text_of(tree, ".document-title").startswith("Về chức năng, nhiệm vụ")
    assert "dữ liệu kiểm thử" in text_of(tree, ".record-source")


def test_record_for_an_uncited_document_still_gets_a_page(site):
    tree = parse_html(site / "van-ban" / "30-2020-nd-cp" / "index.html")
    assert text_of(tree, "h1") == "Nghị định số 30/2020/NĐ-CP"
    assert "Chưa có bài viết nào" in text_of(tree, ".document-articles")
    index = parse_html(site / "van-ban" / "index.html")
    row = next(r for r in index.css("tr") if "30/2020/NĐ-CP" in r.text())
    assert row.css("td")[-1].text() == "0"
    # no feed for a document without articles
    assert not (site / "feeds" / "van-ban" / "30-2020-nd-cp.atom.xml").exists()


def test_same_id_documents_get_distinct_stable_pages(site):
    xii = parse_html(site / "van-ban" / "04-nq-tw-khoa-xii" / "index.html")  # record file name
    x = parse_html(site / "van-ban" / "04-nq-tw-khoa-x" / "index.html")  # id + term
    assert text_of(xii, "h1") == "Nghị quyết số 04-NQ/TW (khóa XII)"
    assert card_titles(xii) == ["Học tập Nghị quyết Trung ương 4 khóa XII"]
    assert text_of(x, "h1") == "Nghị quyết số 04-NQ/TW (khóa X)"
    assert card_titles(x) == ["Nhìn lại Nghị quyết Trung ương 3 khóa X"]


def test_same_id_cited_without_term_lists_the_candidates(site):
    tree = parse_html(site / "van-ban" / "04-nq-tw" / "index.html")
    assert card_titles(tree) == ["Một bài nhắc Nghị quyết 04 không rõ khóa"]
    candidates = links(tree, ".document-candidates a")
    assert sorted(c.rsplit("/", 2)[-2] for c in candidates) == [
        "04-nq-tw-khoa-x",
        "04-nq-tw-khoa-xii",
    ]


def test_one_document_is_never_two_pages(site):
    # 98-QĐ/TW is cited with "(khóa IX)" in one article and bare in three others
    pages = sorted(p.name for p in (site / "van-ban").iterdir() if p.name.startswith("98"))
    assert pages == ["98-qd-tw"]


def test_overrides_fix_remove_and_add(site):
    tree = parse_html(site / "bai-viet" / "quan-triet-quy-dinh-98" / "index.html")
    cited = [" ".join(n.text().split()) for n in tree.css(".cited-documents li")]
    assert [c.split(":")[0] for c in cited] == [
        "Quy định số 98-QĐ/TW",
        "Quy định số 76-QĐ/TW",  # fixed from 76-CT/TW, still a Quy định
        "Hướng dẫn số 12-HD/BTCTW",  # added: the text does not name it
    ]
    assert (site / "van-ban" / "76-qd-tw" / "index.html").is_file()
    assert not (site / "van-ban" / "76-ct-tw").exists()
    assert not (site / "van-ban" / "05-ct-tw").exists()  # removed false hit


def test_without_overrides_the_text_alone_decides(tmp_path):
    """The other way round: drop the override lines and the raw hits come back."""
    content = copy_fixture("archive_documents", tmp_path)
    source = content / "2023" / "05" / "d1.md"
    lines = source.read_text(encoding="utf-8").split("\n")
    source.write_text(
        "\n".join(line for line in lines if not line.startswith("Documents")), encoding="utf-8"
    )
    out = build_site(content, tmp_path / "out")
    assert (out / "van-ban" / "76-ct-tw" / "index.html").is_file()
    assert (out / "van-ban" / "05-ct-tw" / "index.html").is_file()
    assert not (out / "van-ban" / "76-qd-tw").exists()
    assert not (out / "van-ban" / "12-hd-btctw").exists()


def test_documents_index_groups_by_system_and_type_with_counts(site):
    tree = parse_html(site / "van-ban" / "index.html")
    assert [n.text() for n in tree.css(".document-system h2")] == [
        "Văn bản của Đảng (6)",
        "Văn bản của Nhà nước (1)",
    ]
    assert [n.text() for n in tree.css(".document-system h3")] == [
        "Hướng dẫn (1)",
        "Nghị quyết (3)",
        "Quy định (2)",
        "Nghị định (1)",
    ]
    numbers = [n.text() for n in tree.css(".document-system h3 + table td:first-child a")]
    assert numbers.index("76-QĐ/TW") < numbers.index("98-QĐ/TW")  # by number, not as text
    by_date = [" ".join(n.text().split()) for n in tree.css(".document-dates li")]
    assert by_date[0].startswith("2020-03-05") and by_date[-1].startswith("Không rõ ngày")


def test_document_feed_is_valid_atom_with_citing_articles(site):
    feed = feedparser.parse(str(site / "feeds" / "van-ban" / "98-qd-tw.atom.xml"))
    assert not feed.bozo, feed.bozo_exception
    assert "Quy định số 98-QĐ/TW" in feed.feed.title
    assert [e.link.rsplit("/", 2)[-2] for e in feed.entries[:3]] == [
        "quan-triet-quy-dinh-98",
        "hoc-tap-nghi-quyet-tw4",
        "chuc-nang-chi-bo-co-quan",
    ]
    page = (site / "van-ban" / "98-qd-tw" / "index.html").read_text(encoding="utf-8")
    assert re.search(
        r'<link rel="alternate" type="application/atom\+xml" href="[^"]*'
        r'feeds/van-ban/98-qd-tw\.atom\.xml"',
        page,
    )


def test_related_articles_prefer_shared_documents(site):
    tree = parse_html(site / "bai-viet" / "quan-triet-quy-dinh-98" / "index.html")
    related = [n.attributes["href"].rsplit("/", 2)[-2] for n in tree.css(".related-articles a")]
    sharing = {"hoc-tap-nghi-quyet-tw4", "bai-cu-ve-quy-dinh-98", "chuc-nang-chi-bo-co-quan"}
    assert set(related[:3]) == sharing
    assert related[3:] == ["bai-khong-nhac-van-ban"]  # same category and tag only


def test_a_paragraph_wrapped_over_lines_cites_as_one(tmp_path):
    """Markdown lets an editor wrap a paragraph; a reference broken at a line end still
    resolves (the plenum's term and the directive's issuer are on the next line)."""
    content = copy_fixture("archive_documents", tmp_path)
    (content / "2024" / "wrapped.md").write_text(
        "Title: Quán triệt nghị quyết\nDate: 2024-03-01 08:00\nAuthor: Hoàng Hoài\n"
        "Category: Công tác tổ chức\nSlug: quan-triet-nghi-quyet-xuong-dong\n\n"
        "Đảng ủy Khối quán triệt Nghị quyết Trung ương 4\n(khóa XII) về xây dựng, chỉnh đốn\n"
        "Đảng và Chỉ thị 05 của Bộ\nChính trị về học tập và làm theo tư tưởng, đạo đức,\n"
        "phong cách Hồ Chí Minh.\n",
        encoding="utf-8",
    )
    out = build_site(content, tmp_path / "out")
    for page in ("04-nq-tw-khoa-xii", "05-ct-tw"):
        listed = links(parse_html(out / "van-ban" / page / "index.html"))
        assert any("quan-triet-nghi-quyet-xuong-dong" in href for href in listed), page
