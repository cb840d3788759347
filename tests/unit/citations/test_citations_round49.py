"""Issue 14, forty-ninth round: the rules written against date misses (fresh87, the round's
training batch, and older batches), on made-up sentences of the same shapes, with the cases that
must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- "Thừa Thiên - Huế", a dashed place ending in one syllable ----------------------------------


def test_thua_thien_hue_with_a_spaced_dash_is_read_whole_with_the_date_before_it():
    text = (
        "Trước đó, ngày 3/4/2019, sở Tài chính tỉnh Thừa Thiên - Huế có Công văn số "
        "812/STC-NS về việc cấp kinh phí của bộ Tài chính."
    )
    assert _docs(text) == [("812/STC-NS", "sở Tài chính tỉnh Thừa Thiên - Huế", "2019-04-03")]
    text = "Ngày 5/6/2018, UBND tỉnh Thừa Thiên – Huế đã ban hành Quyết định số 1200/QĐ-UBND."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Thừa Thiên - Huế", "2018-06-05")]
    text = "Quyết định số 1200/QĐ-UBND ngày 5/6/2018 của UBND tỉnh Thừa Thiên - Huế về giao đất."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Thừa Thiên - Huế", "2018-06-05")]


def test_hue_after_a_dash_joins_only_thua_thien():
    text = "Quyết định số 1200/QĐ-UBND ngày 5/6/2018 của UBND tỉnh Quảng Bình - Huế về giao đất."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Quảng Bình", "2018-06-05")]
    # the name without spaces round the dash was read before, and still is
    text = "Quyết định số 1200/QĐ-UBND ngày 5/6/2018 của UBND tỉnh Thừa Thiên-Huế về giao đất."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Thừa Thiên-Huế", "2018-06-05")]
