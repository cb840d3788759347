"""Pure parts of the document archive, tested on plain values (no Pelican build)."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from archive import archives, citing
from archive.errors import ArchiveError, ArchiveSettingsError
from archive.identity import Claim, identify
from archive.merge import CitedDocument, merge_article
from archive.overrides import (
    DocumentRef,
    Fix,
    Overrides,
    parse_fixes,
    parse_overrides,
    parse_ref,
)
from citations import canonical_id
from document_archive.settings import DEFAULTS, archive_settings
from portal_content.metadata import UNKNOWN_DATE
from vntext import VN_TZ


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("98-QĐ/TW (khóa IX)", DocumentRef("98-QĐ/TW", term="IX"), id="term"),
        pytest.param(
            "04-NQ/TW (khoá xii)", DocumentRef("04-NQ/TW", term="XII"), id="khoa-spelling"
        ),
        pytest.param("02-NQ/ĐUK (2021)", DocumentRef("02-NQ/ĐUK", year="2021"), id="year"),
        pytest.param("02-NQ/ĐUK (2021-04-26)", DocumentRef("02-NQ/ĐUK", year="2021"), id="date"),
        pytest.param(
            "18-KL/TW (Ban Bí thư, khóa XII)",
            DocumentRef("18-KL/TW", term="XII", issuer="Ban Bí thư"),
            id="issuer-and-term",
        ),
        pytest.param("98- QĐ/TW", DocumentRef("98-QĐ/TW"), id="messy-id-canonicalised"),
    ],
)
def test_parse_ref_reads_id_and_qualifiers(raw, expected):
    assert parse_ref(raw, canonical_id, path="a.md", line=3) == expected


@pytest.mark.parametrize("raw", ["98-QĐ TW", "khóa IX", "76-QĐ", "abc (2021"])
def test_parse_ref_rejects_malformed_ids_with_file_line(raw):
    with pytest.raises(ArchiveError) as excinfo:
        parse_ref(raw, canonical_id, path="a.md", line=7)
    assert str(excinfo.value).startswith("a.md:7: ")
    assert "Gợi ý" in str(excinfo.value)


def test_parse_fixes_needs_an_arrow():
    assert parse_fixes("76-CT/TW => 76-QĐ/TW", canonical_id, path="a.md", line=2) == (
        Fix(DocumentRef("76-CT/TW"), DocumentRef("76-QĐ/TW")),
    )
    with pytest.raises(ArchiveError, match="sai => đúng"):
        parse_fixes("76-CT/TW 76-QĐ/TW", canonical_id, path="a.md", line=2)


def test_override_lines_are_looked_up_only_for_an_error():
    asked = []

    def line_of(key):
        asked.append(key)
        return 6

    good = {"documents": "98-QĐ/TW", "documents_fix": "76-CT/TW => 76-QĐ/TW"}
    parsed = parse_overrides(good, canonical_id, path="b.md", line_of=line_of)
    assert parsed.add == (DocumentRef("98-QĐ/TW"),) and asked == []
    bad = {"documents": "98-QĐ/TW", "documents_fix": "76-CT/TW => 76-QĐ"}
    with pytest.raises(ArchiveError) as excinfo:
        parse_overrides(bad, canonical_id, path="b.md", line_of=line_of)
    assert str(excinfo.value).startswith("b.md:6: ") and "Gợi ý" in str(excinfo.value)
    assert asked == ["documents_fix"]


def doc(doc_id, doc_type="Quy định", **kw):
    return CitedDocument(doc_id, doc_type, "party", **kw)


MERGE_CASES = [
    pytest.param(
        [doc("98-QĐ/TW", term="IX")], Overrides(), [("98-QĐ/TW", "IX", None, "text")], id="none"
    ),
    pytest.param(
        [doc("98-QĐ/TW"), doc("05-CT/TW", "Chỉ thị")],
        Overrides(remove=(DocumentRef("05-CT/TW"),)),
        [("98-QĐ/TW", None, None, "text")],
        id="remove-false-hit",
    ),
    pytest.param(
        [doc("04-NQ/TW", "Nghị quyết", term="X"), doc("04-NQ/TW", "Nghị quyết", term="XII")],
        Overrides(remove=(DocumentRef("04-NQ/TW", term="X"),)),
        [("04-NQ/TW", "XII", None, "text")],
        id="remove-only-the-qualified-one",
    ),
    pytest.param(
        [doc("76-CT/TW", date="2000-06-15")],
        Overrides(fix=(Fix(DocumentRef("76-CT/TW"), DocumentRef("76-QĐ/TW")),)),
        [("76-QĐ/TW", None, "2000-06-15", "fixed")],
        id="fix-id-keeps-context",
    ),
    pytest.param(
        [doc("18-KL/TW", "Kết luận", issuer="Bộ Chính trị")],
        Overrides(
            fix=(Fix(DocumentRef("18-KL/TW"), DocumentRef("18-KL/TW", "XII", None, "Ban Bí thư")),)
        ),
        [("18-KL/TW", "XII", None, "fixed")],
        id="fix-issuer-and-term",
    ),
    pytest.param(
        [doc("98-QĐ/TW")],
        Overrides(
            add=(DocumentRef("98-QĐ/TW", term="IX"), DocumentRef("12-HD/BTCTW", year="2018"))
        ),
        [("98-QĐ/TW", "IX", None, "text+metadata"), ("12-HD/BTCTW", None, "2018", "metadata")],
        id="declare-qualifies-and-adds",
    ),
    pytest.param(
        [doc("04-NQ/TW", "Nghị quyết", term="X")],
        Overrides(add=(DocumentRef("04-NQ/TW", term="XII"),)),
        [("04-NQ/TW", "X", None, "text"), ("04-NQ/TW", "XII", None, "metadata")],
        id="contradicting-term-is-another-document",
    ),
]


@pytest.mark.parametrize(("extracted", "overrides", "expected"), MERGE_CASES)
def test_merge_article(extracted, overrides, expected):
    result = merge_article(extracted, overrides, citing.type_of)
    assert [(d.id, d.term, d.date, d.origin) for d in result.documents] == expected
    assert result.unused == ()


def test_merge_fix_keeps_a_noun_that_fits_the_new_code_and_reports_unused():
    fixes = Overrides(
        fix=(Fix(DocumentRef("76-CT/TW"), DocumentRef("76-QĐ/TW")),),
        remove=(DocumentRef("05-CT/TW"),),
    )
    result = merge_article([doc("76-CT/TW", "Quy định")], fixes, citing.type_of)
    assert result.documents[0].type == "Quy định"
    fixed_chi_thi = merge_article([doc("76-CT/TW", "Chỉ thị")], fixes, citing.type_of)
    assert fixed_chi_thi.documents[0].type == "Quyết định"  # noun no longer fits: from the code
    assert result.unused == ("Documents_remove: 05-CT/TW không có trong bài",)


def test_a_cited_document_read_back_from_the_cache_is_the_same_document():
    """The build cache pickles citations: every field comes back, in its place."""
    cited = CitedDocument(
        "98-QĐ/TW",
        "Quy định",
        "party",
        issuer="Ban Bí thư",
        date="2007-10-07",
        term="X",
        origin="text+metadata",
        mentions=("Quy định số 98-QĐ/TW", "Quy định 98"),
        first_offset=120,
        issuer_stated_by_editor=True,
    )
    again = pickle.loads(pickle.dumps(cited, protocol=5))
    assert again == cited and again.editor_issuer == "Ban Bí thư"
    with pytest.raises(AttributeError):
        again.id = "99-QĐ/TW"  # still frozen


def test_identify_same_id_by_term_and_bare_mentions():
    claims = [
        Claim("04-NQ/TW", term="X"),
        Claim("04-NQ/TW", term="XII", year="2016"),
        Claim("04-NQ/TW", year="2016"),  # linked to khóa XII by the claim above
        Claim("04-NQ/TW"),  # which one? -> ambiguous entry
        Claim("98-QĐ/TW", term="IX"),
        Claim("98-QĐ/TW"),  # only one 98-QĐ/TW: same document
    ]
    found = identify(claims)
    slugs = [found.identities[i].slug for i in found.of_claim]
    assert slugs == [
        "04-nq-tw-khoa-x",
        "04-nq-tw-khoa-xii",
        "04-nq-tw-khoa-xii",
        "04-nq-tw",
        "98-qd-tw",
        "98-qd-tw",
    ]
    ambiguous = found.identities[found.of_claim[3]]
    assert ambiguous.ambiguous and len(ambiguous.candidates) == 2


def test_identify_record_slug_wins_and_duplicates_fail():
    found = identify(
        [
            Claim("04-NQ/TW", term="XII", record_slug="nq4", path="r.md", line=1),
            Claim("04-NQ/TW", term="X"),
        ]
    )
    assert sorted(i.slug for i in found.identities) == ["04-nq-tw-khoa-x", "nq4"]
    with pytest.raises(ArchiveError, match="hai hồ sơ"):
        identify(
            [
                Claim("98-QĐ/TW", term="IX", record_slug="a", path="a.md", line=1),
                Claim("98-QĐ/TW", term="IX", record_slug="b", path="b.md", line=2),
            ]
        )


def test_facts_use_the_library_term_for_central_codes():
    assert citing.facts("04-NQ/TW", None, "2016-10-30", None) == ("XII", "2016", None)
    assert citing.facts("30/2020/NĐ-CP", None, "2020-03-05", None) == (None, None, None)


def test_settings_defaults_and_validation():
    merged = archive_settings({"DOCUMENT_PAGINATION": 5, "SITENAME": "x"})
    assert merged["DOCUMENT_PAGINATION"] == 5
    assert merged["DOCUMENT_URL"] == DEFAULTS["DOCUMENT_URL"] == "van-ban/{slug}/"
    with pytest.raises(ArchiveSettingsError, match="ARCHIVE_YEAR_URL"):
        archive_settings({"ARCHIVE_YEARS_URL": "{year}/"})
    with pytest.raises(TypeError):
        DEFAULTS["DOCUMENT_URL"] = "x"  # frozen


def art(name, when):
    return type("A", (), {"name": name, "date": when})()


def date_of(a):
    return a.date


def test_periods_by_year_and_undated():
    items = [
        art("a", dt.datetime(2023, 5, 20, tzinfo=VN_TZ)),
        art("b", None),
        art("c", dt.datetime(2023, 2, 1, tzinfo=VN_TZ)),
        art("d", dt.datetime(2021, 12, 30, tzinfo=VN_TZ)),
        art("e", UNKNOWN_DATE),
    ]
    years, months = archives.periods(items, date_of)
    assert [(p.label, p.count) for p in years] == [("Năm 2023", 2), ("Năm 2021", 1)]
    assert [p.label for p in months] == [
        "Tháng 5 năm 2023",
        "Tháng 2 năm 2023",
        "Tháng 12 năm 2021",
    ]
    groups = archives.by_year(items, date_of)
    assert [(g.label, [a.name for a in g.articles]) for g in groups] == [
        ("2023", ["a", "c"]),
        ("2021", ["d"]),
        ("Không rõ ngày đăng", ["b", "e"]),
    ]
    assert [a.name for a in archives.undated(items, date_of)] == ["b", "e"]


def test_sort_people_by_given_name():
    names = ["Đỗ Thị Lành", "Nguyễn Văn Bình", "Trần Thị Ánh", "Lê Văn An", "Hoàng Thị Anh"]
    assert archives.sort_people(names, str) == [
        "Lê Văn An",
        "Hoàng Thị Anh",
        "Trần Thị Ánh",
        "Nguyễn Văn Bình",
        "Đỗ Thị Lành",
    ]


def test_count_kind_reports_missing_articles():
    a, b, c = art("a", None), art("b", None), art("c", None)
    kind = archives.count_kind("date", [a, b, c], [a], [b], lambda x: x.name)
    assert (kind.listed, kind.outside, kind.missing) == (1, 1, ("c",))
    report = archives.ArchiveReport(3, (kind,))
    assert not report.adds_up


def test_newest_first_keeps_the_given_order_among_equal_dates_and_undated():
    import random
    from datetime import datetime

    rng = random.Random(7)
    days = [datetime(2020, 1, d) for d in (1, 2, 3)] + [None]
    items = [(f"a{i}", rng.choice(days)) for i in range(200)]

    def date_of(item):
        return item[1]

    expected = sorted((i for i in items if i[1]), key=date_of, reverse=True)
    expected += [i for i in items if not i[1]]  # the order before it was computed once
    assert archives.newest_first(items, date_of) == expected
    ordered = archives.newest_first(items, date_of)
    assert archives.by_year(ordered, date_of, ordered=True) == archives.by_year(items, date_of)
