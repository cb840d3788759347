"""Issue 14, forty-third round: the rules written against fresh75's misses (fresh75/002,
fresh75/006), on made-up sentences of the same shapes, with the cases that must stay as they
were.
"""

from __future__ import annotations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


def _docs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [(d.id, d.issuer, d.date) for d in extract(text).documents]


# --- a lower-case noun and bare number after "huỷ", "huỷ bỏ", "bãi bỏ" -------------------------


def test_a_decision_by_number_after_a_verb_of_cancelling_is_a_document():
    text = "Bộ phải huỷ quyết định 236, sau đó công ty mới thoái vốn."
    assert _refs(text) == [("quyết định 236", None, None)]
    assert _refs("Nếu hủy quyết định 12 thì công ty chịu thiệt.") == [("quyết định 12", None, None)]
    assert _refs("Tỉnh đã bãi bỏ quyết định 15.") == [("quyết định 15", None, None)]


def test_a_count_after_a_verb_of_cancelling_stays_unread():
    assert _refs("Công ty quyết định huỷ quyết định 5 năm trước.") == []
    assert _refs("Ông A huỷ bỏ quy định 3 tháng một lần.") == []
    assert _refs("Công ty huỷ 3 hợp đồng trong năm.") == []
