"""Issue 14, twenty-second round: general shapes behind the fresh33 misses (vietnews articles),
made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(c.id, c.issuer) for c in citations.extract(text).documents]


# --- a lower-case noun and a bare number, then an adverb and "quy định" -------------------------


def test_a_lower_case_noun_and_number_then_an_adverb_and_quy_dinh_is_a_reference():
    assert _refs("Trong nghị định 52 cũng quy định rõ người dự thi phải đủ 18 tuổi.") == [
        ("Nghị định 52", None, None)
    ]
    assert _refs("Riêng thông tư 15 vẫn quy định mức thu như cũ.") == [("Thông tư 15", None, None)]


def test_a_count_after_a_lower_case_noun_stays_no_reference():
    # "quyết định" the verb, a count after it: no document
    assert _refs("Hội đồng quyết định 5 người cũng quy định thêm.") == []
    assert _refs("Họ quyết định 3 việc.") == []


# --- a one-letter word of a ministry's name in lower case ---------------------------------------


def test_a_ministry_whose_one_letter_word_is_in_lower_case_is_the_issuer():
    text = "Sản phẩm đáp ứng quyết định số 1234/QĐ-BYT của Bộ y tế về sữa học đường."
    assert _issuers(text) == [("1234/QĐ-BYT", "Bộ y tế")]
    text = "Sản phẩm đáp ứng quyết định số 1234/QĐ-BYT của Bộ Y tế về sữa học đường."
    assert _issuers(text) == [("1234/QĐ-BYT", "Bộ Y tế")]


def test_a_ministry_all_in_lower_case_stays_no_issuer():
    text = "Sản phẩm đáp ứng quyết định số 1234/QĐ-BYT của bộ y tế về sữa học đường."
    assert _issuers(text) == [("1234/QĐ-BYT", None)]
