"""Issue 14, sixteenth round: general shapes behind the fresh20 and fresh21 misses (vietnews
articles), made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents


def _refs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (r.label, r.resolves_to, [m.text for m in r.mentions])
        for r in citations.extract(text).references
    ]


# --- a type noun with its last tone mark dropped -------------------------------------------------


def test_a_decision_noun_typed_without_its_tone_mark_keeps_subject_and_date():
    found = cited_documents(
        "Sau đó, UBND tỉnh ban hành Quyết đinh số 512/QĐ-UBND ngày 3/4/2018 về việc thu hồi đất."
    )
    assert found == [("512/QĐ-UBND", "UBND tỉnh", "2018-04-03")]
    found = cited_documents("Theo Nghị đinh số 45/2019/NĐ-CP ngày 2/5/2019 của Chính phủ, từ nay.")
    assert found == [("45/2019/NĐ-CP", "Chính phủ", "2019-05-02")]
