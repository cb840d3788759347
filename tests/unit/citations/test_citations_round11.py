"""Issue 14, eleventh round: general shapes behind the fresh11 misses (and the known misses of
the earlier batches), made-up sentences, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents

# --- a count between the issuing verb and a plural noun ----------------------------------------


def test_a_counted_list_of_decisions_keeps_the_subject():
    found = cited_documents(
        "UBND tỉnh Gia Lai mới đây đã có liên tiếp 3 quyết định số 11/QĐ-UBND; 12/QĐ-UBND; "
        "13/QĐ-UBND xử phạt hành chính ba doanh nghiệp."
    )
    assert found == [
        ("11/QĐ-UBND", "UBND tỉnh Gia Lai", None),
        ("12/QĐ-UBND", "UBND tỉnh Gia Lai", None),
        ("13/QĐ-UBND", "UBND tỉnh Gia Lai", None),
    ]
    found = cited_documents(
        "Ủy ban nhân dân tỉnh Lai Châu vừa ban hành hai Quyết định số 21/QĐ-UBND và 22/QĐ-UBND "
        "về việc thu hồi giấy phép."
    )
    assert found == [
        ("21/QĐ-UBND", "Ủy ban nhân dân tỉnh Lai Châu", None),
        ("22/QĐ-UBND", "Ủy ban nhân dân tỉnh Lai Châu", None),
    ]


def test_a_count_of_something_else_is_not_a_subject():
    # the count must stand right before the noun: people punished are not documents
    found = cited_documents("Công an tỉnh đã có 5 người bị xử phạt theo Quyết định số 7/QĐ-UBND.")
    assert found == [("7/QĐ-UBND", None, None)]
