"""Issue 14: issuers, dates, number-only and plenum resolution, on real-text shapes."""

from __future__ import annotations

import datetime as dt

import pytest
from citations import extract
from citations.plenums import PLENUMS, plenum_exists, resolve_plenum
from hypothesis import example, given, settings
from hypothesis import strategies as st


def doc(text: str, date=None):
    (found,) = extract(text, date=date).documents
    return found


def ref(text: str, date=None):
    (found,) = extract(text, date=date).references
    return found


# --- issuer and date of coded citations ---------------------------------------------------------

FIELDS = [
    ("issuer-before-abbreviated", "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 5/3/2015 về",
     "UBND tỉnh", "2015-03-05"),
    ("issuer-before-body", "Ban Thường vụ Tỉnh ủy đã ban hành Chương trình số 05-CTr/TU về",
     "Ban Thường vụ Tỉnh ủy", None),
    ("issuer-before-lower-case", "Ban bí thư TW Đảng ban hành Nghị quyết 157-NQ/TW về",
     "Ban bí thư TW Đảng", None),
    ("issuer-local-council", "Nghị quyết số 23/2011/NQ-HĐND của HĐND tỉnh Bình Dương",
     "HĐND tỉnh Bình Dương", None),
    ("issuer-people-committee-level", "Quyết định số 4/QĐ-UBND của Ủy ban nhân dân thành phố về",
     "Ủy ban nhân dân thành phố", None),
    ("date-words", "Nghị quyết số 12-NQ/TW ngày mồng 16 tháng Giêng năm 2012 của Ban Chấp hành",
     "Ban Chấp hành", "2012-01-16"),
    ("date-month-dash", "Nghị quyết số 12-NQ/TW tháng 1-2012 của Ban Chấp hành Trung ương",
     "Ban Chấp hành Trung ương", "2012-01"),
    ("date-month-words", "Chỉ thị số 03-CT/TW tháng 5 năm 2011 về", None, "2011-05"),
    ("date-after-title", "Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo "
     "đức, phong cách Hồ Chí Minh, ban hành ngày 15/5/2016", None, "2016-05-15"),
    ("date-after-title-paren", "Quyết định 12/QĐ-UBND về kiện toàn ban chỉ đạo (ngày 4/7/2011) "
     "của UBND tỉnh", "UBND tỉnh", "2011-07-04"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "issuer", "date"), [pytest.param(*r[1:], id=r[0]) for r in FIELDS]
)
def test_issuer_and_date_wherever_the_text_states_them(text, issuer, date):
    found = doc(text)
    assert (found.issuer, found.date) == (issuer, date)


def test_far_date_stops_at_another_code():
    # the date belongs to the decision the title names, not to the plan
    found = extract(
        "Kế hoạch số 3/KH-UBND về thực hiện Quyết định số 9/QĐ-TTg ngày 2/2/2012 của Thủ tướng"
    ).documents
    assert [(c.id, c.date) for c in found] == [("3/KH-UBND", None), ("9/QĐ-TTg", "2012-02-02")]


def test_one_issuer_for_a_list_of_codes():
    found = extract("các Quyết định số 1/QĐ-UBND, 2/QĐ-UBND và 3/QĐ-UBND của UBND huyện Đông Anh")
    assert [c.issuer for c in found.documents] == ["UBND huyện Đông Anh"] * 3


def test_one_date_for_a_list_under_one_noun_only():
    shared = extract("Nghị quyết số 10-NQ/TW, 11-NQ/TW, 12-NQ/TW ngày 3/6/2017 của Trung ương")
    assert [c.date for c in shared.documents] == ["2017-06-03"] * 3
    # two nouns: the date is the second's (seed 001)
    own = extract("Quy định số 76-QĐ/TW và Quy định số 213-QĐ/TW, ngày 02/01/2020 của Bộ Chính trị")
    assert [(c.date, c.issuer) for c in own.documents] == [
        (None, "Bộ Chính trị"),
        ("2020-01-02", "Bộ Chính trị"),
    ]


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Thông tư số 96/2011/TT-BTC hướng dẫn", "Bộ Tài chính"),
        ("Quyết định số 339/QĐ-TTg phê duyệt", "Thủ tướng Chính phủ"),
        ("Hướng dẫn số 12-HD/BTCTW về", "Ban Tổ chức Trung ương"),
        ("Luật số 22/2008/QH12 về", "Quốc hội"),
        ("Nghị quyết số 04-NQ/TW về", None),  # TW: Central Committee, Politburo or Secretariat
        ("Quyết định số 6109/QĐ-UBND về", None),  # which province?
    ],
)
def test_issuer_implied_by_the_code_is_kept_apart(text, implied):
    found = doc(text)
    assert found.issuer_implied == implied
    assert found.issuer is None  # the text states none


# --- number-only references ---------------------------------------------------------------------

NUMBER_ONLY = [
    ("politburo", "Chỉ thị 35 của Bộ Chính trị về đại hội", "35-CT/TW", "issuer"),
    ("secretariat-pads", "Kết luận 5 của Ban Bí thư về", "05-KL/TW", "issuer"),
    ("central-committee", "Nghị quyết 09 của Ban Chấp hành Trung ương về", "09-NQ/TW", "issuer"),
    ("issuer-before", "Bộ Chính trị đã ban hành Chỉ thị 42 về", "42-CT/TW", "issuer"),
    ("government", "Nghị quyết 80 của Chính phủ về giảm nghèo", "80/NQ-CP", "issuer"),
    ("cc-regulation-open", "Quy định 08 của Ban Chấp hành Trung ương", None, None),
    ("decree-needs-year", "Nghị định 64 của Chính phủ về", None, None),
    ("province-open", "Chỉ thị 05 của Tỉnh ủy Khánh Hòa về", None, None),
    ("pm-decision-open", "Quyết định 1999 của Thủ tướng Chính phủ về", None, None),
    ("no-issuer", "thực hiện Chỉ thị 05 trong toàn Đảng bộ", None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "resolves_to", "by"), [pytest.param(*r[1:], id=r[0]) for r in NUMBER_ONLY]
)
def test_number_only_resolves_only_when_the_issuer_fixes_the_code(text, resolves_to, by):
    found = ref(text)
    assert found.kind.value == "number_only"
    assert (found.resolves_to, found.resolved_by) == (resolves_to, by)


def test_number_only_reference_keeps_issuer_and_number():
    found = ref("Thông tư 43 của Bộ Tài chính hướng dẫn")
    assert (found.label, found.issuer, found.number) == ("Thông tư 43", "Bộ Tài chính", "43")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Quyết định 1999 của Thủ tướng Chính phủ về", "Quyết định 1999"),  # year-like number
        ("theo thông tư 43 của Bộ Tài chính", "Thông tư 43"),  # lower-case noun, issuer after
        ("Nghị quyết 2008 ngày 5/6/2008 của HĐND tỉnh", "Nghị quyết 2008"),
    ],
)
def test_number_only_found_when_an_issuer_or_date_follows(text, label):
    assert ref(text).label == label


@pytest.mark.parametrize(
    "text",
    ["Nghị quyết 2020 đã đề ra", "kế hoạch 2015 của Sở", "theo quy định 5 nhóm đối tượng"],
)
def test_years_and_verbs_are_not_references(text):
    assert extract(text).references == ()


def test_a_code_in_the_same_text_wins_over_the_number_only_form():
    found = extract("Chỉ thị số 35-CT/TW ngày 30/7/2019 … Chỉ thị 35 của Bộ Chính trị yêu cầu")
    assert found.references == ()
    assert len(found.documents[0].mentions) == 2


# --- plenum references --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "resolves_to", "term"),
    [
        ("2018-05-02", "04-NQ/TW", "XII"),
        (dt.date(2012, 3, 1), "12-NQ/TW", "XI"),
        (dt.datetime(2012, 3, 1, 8, 30), "12-NQ/TW", "XI"),
        ("2016-05-01", None, None),  # khóa XII, its 4th plenum not held yet: XI's or XII's?
        (None, None, None),
    ],
)
def test_article_date_fixes_the_term_of_a_plenum(date, resolves_to, term):
    found = ref("Thực hiện Nghị quyết Trung ương 4, các cấp ủy", date=date)
    assert (found.resolves_to, found.term) == (resolves_to, term)
    assert found.label == "Nghị quyết Trung ương 4"  # the label stays as printed


def test_printed_term_wins_over_the_article_date():
    found = ref("Nghị quyết Trung ương 4 khóa XI về xây dựng Đảng", date="2018-01-01")
    assert (found.resolves_to, found.term, found.problem) == ("12-NQ/TW", "XI", None)


def test_topic_picks_one_resolution_of_a_plenum():
    text = "thực hiện Nghị quyết Trung ương 6 khoá XI của Đảng về phát triển khoa học, công nghệ"
    assert ref(text).resolves_to == "20-NQ/TW"
    assert ref("thực hiện Nghị quyết Trung ương 6 khoá XI của Đảng").resolves_to is None


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("Nghị quyết Trung ương 19 khoá XI", None, "không có Hội nghị Trung ương 19 khóa XI"),
        ("Nghị quyết Trung ương 4 khóa XIII", "2018-01-01", "khóa XIII bắt đầu từ 2021-01-25"),
        ("Nghị quyết Trung ương 4 (khóa XII)", "2016-06-01", "sau ngày của bài (2016-06-01)"),
    ],
)
def test_impossible_plenums_never_resolve_and_say_why(text, date, words):
    found = ref(text, date=date)
    assert found.resolves_to is None
    assert words in found.problem


def test_number_and_plenum_uses_the_article_date():
    text = "Nghị quyết 18 của Hội nghị Trung ương 6 về tinh gọn bộ máy"
    assert ref(text, date="2019-01-01").resolves_to == "18-NQ/TW"
    assert ref(text).resolves_to is None


def test_plenum_table_covers_terms_vi_to_xiii_and_every_row_exists():
    assert {row.term for row in PLENUMS} == {"VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"}
    for row in PLENUMS:
        assert plenum_exists(row.term, row.plenum)
        for res in row.resolutions:
            assert res.keywords == tuple(k.lower() for k in res.keywords)
    assert plenum_exists("XI", 19) is False
    assert resolve_plenum("XII", 6) is None  # four resolutions, no topic: no single meaning


# --- properties ---------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Nghị quyết Trung ương 4",
        "Nghị quyết Trung ương 6 khóa XI",
        " về khoa học ",
        "Chỉ thị 35 của Bộ Chính trị",
        "Quy định số 98-QĐ/TW",
        ", ngày 5/3/2015",
        " và ",
        "Nghị quyết 18 của Hội nghị Trung ương 6",
        "\n",
        "UBND tỉnh ban hành ",
    ]
)
_DATES = st.one_of(st.none(), st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31)))


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join), _DATES)
@example(  # a printed term the date refuses, named by its topic, beside the same plenum bare
    "Nghị quyết Trung ương 6 khóa XI về khoa học Nghị quyết Trung ương 6 khóa XI và "
    "Nghị quyết Trung ương 6 khóa XINghị quyết Trung ương 4",
    dt.date(2000, 1, 1),
)
def test_article_date_never_changes_coded_documents_nor_printed_terms(text, date):
    plain, dated = extract(text), extract(text, date=date)
    assert dated.documents == plain.documents
    assert [r.mentions for r in dated.references] == [r.mentions for r in plain.references]
    for a, b in zip(plain.references, dated.references, strict=True):
        if a.resolves_to and a.resolved_by != "plenum-table":
            assert b.resolves_to == a.resolves_to
        if b.resolves_to is None:
            continue
        assert b.resolved_by in {"plenum-table", "issuer"}
