"""The archive on the portal's real content/ (session build ``portal_site``)."""

from __future__ import annotations

from tests.support import parse_html, text_of


def test_quy_dinh_98_page_lists_the_2023_article(portal_site):
    tree = parse_html(portal_site / "van-ban" / "98-qd-tw" / "index.html")
    assert text_of(tree, "h1") == "Quy định số 98-QĐ/TW"
    hrefs = [n.attributes["href"] for n in tree.css(".document-articles .card-title a")]
    assert any(
        "dang-uy-khoi-cac-cq-va-dn-tinh-tang-cuong-lanh-dao-chi-dao-dang-bo-chi-bo-co-so" in h
        for h in hrefs
    )
    assert "kiến thức phổ thông" in text_of(tree, ".record-source")


def test_same_id_resolutions_of_two_bloc_committees_have_two_pages(portal_site):
    for slug, year in (("02-nq-duk-2011", "2011"), ("02-nq-duk-2021", "2021")):
        tree = parse_html(portal_site / "van-ban" / slug / "index.html")
        assert text_of(tree, "h1") == f"Nghị quyết số 02-NQ/ĐUK ({year})"
        assert len(tree.css(".document-articles .card-title")) == 1


def test_replacement_links_between_records(portal_site):
    tree = parse_html(portal_site / "van-ban" / "76-qd-tw" / "index.html")
    link = tree.css_first(".document-record a[href*='213-qd-tw']")
    assert link is not None and link.text() == "Quy định số 213-QĐ/TW"


def test_every_record_shipped_is_cited_by_some_article(portal_site):
    index = parse_html(portal_site / "van-ban" / "index.html")
    counts = [int(row.css("td")[-1].text()) for row in index.css("tbody tr")]
    assert len(counts) == 14 and all(counts)
