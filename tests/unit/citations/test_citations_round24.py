"""Issue 14, twenty-fourth round: general shapes behind the fresh37 misses and the left-overs of
the twenty-third round (vietnews articles), made-up sentences of the same shape, with the cases
that must stay as they were.
"""

from __future__ import annotations

import citations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


def _docs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.id, c.issuer, c.date) for c in citations.extract(text).documents]


# --- the deputy of an office named as a head keeps "Phó" --------------------------------------


def test_the_deputy_auditor_general_signing_keeps_his_title():
    text = (
        "Ngày 3/4/2019, Phó Tổng Kiểm toán Nhà nước Trần Văn Bình đã ký quyết định số 512/QĐ-KTNN."
    )
    assert _docs(text) == [
        ("512/QĐ-KTNN", "Phó Tổng Kiểm toán Nhà nước Trần Văn Bình", "2019-04-03")
    ]


def test_the_deputy_by_the_short_name_keeps_his_title_too():
    text = "Ngày 3/4/2019, Phó Tổng KTNN Lê Văn Cường ký Quyết định số 77/QĐ-KTNN."
    assert _docs(text) == [("77/QĐ-KTNN", "Phó Tổng KTNN Lê Văn Cường", "2019-04-03")]


def test_the_auditor_general_himself_is_unchanged():
    text = "Theo Quyết định số 12/QĐ-KTNN của Tổng Kiểm toán Nhà nước."
    assert _docs(text) == [("12/QĐ-KTNN", "Tổng Kiểm toán Nhà nước", None)]


# --- an article before a noun with a small number and a year: a text, never a month -------------


def test_an_article_of_a_circular_by_a_small_number_and_year_is_an_open_reference():
    text = "Luật sư cho biết Điều 7 Thông tư 03/2017 quy định quyền hạn của lực lượng kiểm tra."
    assert _refs(text) == [("Thông tư 03/2017", None, None)]


def test_a_clause_and_article_before_a_decision_by_a_small_number_and_year():
    text = "Theo khoản 2 Điều 5 Quyết định 09/2015 thì hộ gia đình phải nộp hồ sơ."
    assert _refs(text) == [("Quyết định 09/2015", None, None)]


def test_a_small_number_and_year_without_an_article_is_still_not_read():
    text = "Theo Thông tư 03/2017, lực lượng kiểm tra được dừng xe."
    assert _refs(text) == []
