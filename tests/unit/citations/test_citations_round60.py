"""Issue 14, sixtieth round: the rules written against resolution misses of older batches (and
fresh109, the round's training batch, which had none), on made-up sentences of the same shapes,
with the cases that must stay as they were.
"""

from __future__ import annotations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- the Government's decree by number with its year alone in brackets --------------------------


def test_a_government_decree_with_its_year_alone_in_brackets_is_that_years_code():
    # since the merge with round 59, "(năm 2016)" is read with the number, as " năm 2016" is
    # (``_BracketYears`` in ``_decree_year_refs``): the mention takes the bracket in
    text = "Nghị định 45 (năm 2016) của Chính phủ quy định xử phạt trong lĩnh vực đất đai."
    assert _refs(text) == [("Nghị định 45 (năm 2016)", "Chính phủ", "45/2016/NĐ-CP")]
    text = "Theo Nghị định 72 (2019) của Chính phủ, các trạm phải thu phí tự động."
    assert _refs(text) == [("Nghị định 72", "Chính phủ", "72/2019/NĐ-CP")]


def test_a_decree_with_a_full_date_another_issuer_or_an_old_year_stays_open():
    # a full date: open, as labelled (fresh45/008, fresh46/011, fresh73/005)
    text = "Theo Nghị định 45 ngày 15/5/2016 của Chính phủ, các trạm phải thu phí tự động."
    assert _refs(text) == [("Nghị định 45", "Chính phủ", None)]
    # another issuer printed: no decree's code from the issuer's shape (a year without
    # "năm"); with "(năm 2016)" the number and year fix the code whatever the issuer, as
    # "Nghị định 45 năm 2016 của Bộ Tài chính" did before both rounds (round 59's reading)
    text = "Nghị định 45 (2016) của Bộ Tài chính quy định xử phạt."
    assert _refs(text) == [("Nghị định 45", "Bộ Tài chính", None)]
    text = "Nghị định 45 (năm 2016) của Bộ Tài chính quy định xử phạt."
    assert _refs(text) == [("Nghị định 45 (năm 2016)", "Bộ Tài chính", "45/2016/NĐ-CP")]
    # before 1998 a decree's code carried no year (N/CP)
    text = "Nghị định 45 (năm 1995) của Chính phủ quy định xử phạt."
    assert _refs(text) == [("Nghị định 45 (năm 1995)", "Chính phủ", None)]  # mention: round 59
    # a resolution of the Government keeps its yearless code
    text = "Nghị quyết 45 (năm 2016) của Chính phủ về cải cách."
    assert _refs(text) == [("Nghị quyết 45", "Chính phủ", "45/NQ-CP")]


# --- a lower-case noun and a bare number right after an opening bracket ---------------------------


def test_a_lower_case_noun_and_number_opening_a_bracket_is_a_document():
    text = "Khu đô thị theo quy hoạch mà UBND TP đã phê duyệt năm 2005 (quyết định 6566)."
    assert _refs(text) == [("quyết định 6566", None, None)]
    text = "Thủ tướng đồng ý cho điều chỉnh vào năm 2005 (quyết định 6566 về quy hoạch phân khu)."
    assert _refs(text) == [("quyết định 6566", None, None)]


def test_a_bracket_with_a_count_a_year_or_words_after_the_number_reads_no_document():
    # the number counts the noun after it
    assert _refs("Hội đồng họp định kỳ (quyết định 12 thành viên) tại trụ sở.") == []
    # a year, not a number
    assert _refs("Quy hoạch đã được phê duyệt (quyết định 2005).") == []
    # no bracket: the verb and a count, as before
    assert _refs("Khu đô thị mà UBND TP quyết định 6566 về quy hoạch.") == []


# --- a Party committee's lower-case scope ending its name -----------------------------------------


def test_a_party_committees_lower_case_scope_ends_its_name():
    from tests.support import cited_documents as _docs

    text = "Theo quy định số 889-QĐ/TU ngày 28-5-2019 của Ban chấp hành Đảng bộ tỉnh về nêu gương."
    assert _docs(text) == [("889-QĐ/TU", "Ban chấp hành Đảng bộ tỉnh", "2019-05-28")]
    text = "Thực hiện Nghị quyết số 05-NQ/HU của Ban chấp hành Đảng bộ huyện, xã đã làm đường."
    assert _docs(text) == [("05-NQ/HU", "Ban chấp hành Đảng bộ huyện", None)]


def test_a_scope_with_its_name_or_after_another_body_is_read_as_before():
    from tests.support import cited_documents as _docs

    # the scope with its capitalised name: the whole name, as before
    text = "Thực hiện Nghị quyết số 05-NQ/TU của Ban chấp hành Đảng bộ tỉnh Hà Tĩnh về giao thông."
    assert _docs(text) == [("05-NQ/TU", "Ban chấp hành Đảng bộ tỉnh Hà Tĩnh", None)]
    # a lower-case "tỉnh" after another body is no part of its name
    text = "Thực hiện Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy tỉnh về giao thông."
    assert _docs(text) == [("05-NQ/TU", "Ban Thường vụ Tỉnh ủy", None)]
