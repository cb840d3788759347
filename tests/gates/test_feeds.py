"""Every Atom feed parses (feedparser, no bozo) and is valid Atom (RFC 4287).

Validation: lxml checks each feed against ``atom.rng`` (RFC 4287's grammar in RelaxNG XML
syntax), then the MUSTs the grammar cannot express are checked here: an author for every entry
(Atom needs one; the portal names unknown authors honestly, never the site), an alternate link
per entry, and RFC 3339 dates.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from lxml import etree

pytestmark = pytest.mark.gates

ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMA = Path(__file__).with_name("atom.rng")


def atom_problems(document: etree._ElementTree) -> list[str]:
    """Every reason ``document`` is not a valid Atom feed ([] when it is)."""
    schema = etree.RelaxNG(etree.parse(str(SCHEMA)))
    problems = [] if schema.validate(document) else [str(e) for e in schema.error_log]
    feed = document.getroot()
    feed_has_author = feed.find(f"{ATOM}author") is not None
    for index, entry in enumerate(feed.findall(f"{ATOM}entry"), start=1):
        if not feed_has_author and entry.find(f"{ATOM}author/{ATOM}name") is None:
            problems.append(f"entry {index}: no atom:author (RFC 4287 §4.1.2)")
        links = [
            link
            for link in entry.findall(f"{ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        if entry.find(f"{ATOM}content") is None and not links:
            problems.append(f"entry {index}: neither content nor an alternate link (§4.1.2)")
    return problems


def feed_files(site: Path) -> list[Path]:
    return sorted((site / "feeds").rglob("*.xml"))


def test_site_category_author_and_document_feeds_exist(portal_site):
    names = {path.relative_to(portal_site / "feeds").parts[0] for path in feed_files(portal_site)}
    assert "all.atom.xml" in names
    assert {"chuyen-muc", "tac-gia"} <= names
    assert "van-ban" in names, "document feeds (feeds/van-ban/…) are missing"


def test_every_feed_parses_without_bozo(portal_site):
    for path in feed_files(portal_site):
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
        assert parsed.version == "atom10", path


def test_every_feed_is_valid_atom(portal_site):
    failures = {}
    for path in feed_files(portal_site):
        problems = atom_problems(etree.parse(str(path)))
        if problems:
            failures[str(path.relative_to(portal_site))] = problems
    assert failures == {}


def test_unknown_authors_are_named_honestly_not_credited_to_the_site(portal_site):
    names = set()
    for path in feed_files(portal_site):
        tree = etree.parse(str(path))
        names |= {node.text for node in tree.iter(f"{ATOM}name")}
    assert "Cổng thông tin Đảng ủy Khối" not in names


@pytest.mark.parametrize(
    ("case", "xml", "expected"),
    [
        (
            "no id",
            "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
            "<updated>2023-05-20T00:00:00+07:00</updated></feed>",
            "id",
        ),
        (
            "entry without author",
            "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><id>urn:x</id>"
            "<updated>2023-05-20T00:00:00+07:00</updated><entry><title>e</title><id>urn:e</id>"
            "<updated>2023-05-20T00:00:00+07:00</updated><link href='/e/'/></entry></feed>",
            "atom:author",
        ),
        (
            "bad date",
            "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><id>urn:x</id>"
            "<updated>20/05/2023</updated></feed>",
            "updated",
        ),
    ],
)
def test_atom_gate_rejects_invalid_feeds(case, xml, expected):
    problems = atom_problems(etree.ElementTree(etree.fromstring(xml)))
    assert any(expected in problem for problem in problems), (case, problems)
