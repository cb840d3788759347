"""Issue 14, forty-fourth round: the rules written against fresh77's misses (fresh77/010,
fresh77/011), on made-up sentences of the same shapes, with the cases that must stay as they
were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- a National Assembly term printed apart from its unit -----------------------------------------


def test_a_term_printed_apart_from_an_assembly_unit_is_the_codes():
    text = "Huyện X thành thị xã theo Nghị quyết 512/NQ-UBTVQH 13 của Uỷ ban Thường vụ Quốc hội."
    assert _docs(text) == [("512/NQ-UBTVQH13", "Uỷ ban Thường vụ Quốc hội", None)]
    text = "Ông A trình bày Tờ trình số 201/TTr-UBTVQH 15 ngày 3/5/2022 về danh sách."
    assert _docs(text) == [("201/TTr-UBTVQH15", None, "2022-05-03")]


def test_a_number_after_an_assembly_unit_that_is_no_term_stays_apart():
    assert _docs("Theo Nghị quyết 512/NQ-UBTVQH 16 của Uỷ ban Thường vụ Quốc hội.")[0][0] == (
        "512/NQ-UBTVQH"
    )
    assert _docs("Theo Nghị quyết 512/NQ-UBTVQH 14.5 triệu đồng được chi.")[0][0] == (
        "512/NQ-UBTVQH"
    )
    assert _docs("Theo Nghị quyết 512/NQ-UBTVQH 14/2 của Uỷ ban.")[0][0] == "512/NQ-UBTVQH"
    assert _docs("Theo Quyết định 512/QĐ-UBND 14 của UBND tỉnh.")[0][0] == "512/QĐ-UBND"
