"""Issue 14, nineteenth round: general shapes behind the fresh27 misses (vietnews articles),
made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


# --- an office holder's title in lower case before his body ---------------------------------------


def test_a_lower_case_title_before_a_body_after_cua_is_the_issuer():
    found = cited_documents(
        "Đoàn kiểm tra làm việc theo Quyết định 512/QĐ-BTC của bộ trưởng Bộ Tài chính."
    )
    assert found == [("512/QĐ-BTC", "bộ trưởng Bộ Tài chính", None)]
    found = cited_documents(
        "Việc cấp phép dựa trên Quyết định số 88/QĐ-NHNN của thống đốc Ngân hàng Nhà nước."
    )
    assert found == [("88/QĐ-NHNN", "thống đốc Ngân hàng Nhà nước", None)]
    # a number-only reference keeps that issuer too
    assert _refs("Trường được lập theo quyết định số 77 của thứ trưởng Bộ Y tế.") == [
        ("Quyết định 77", None, "thứ trưởng Bộ Y tế")
    ]


def test_a_lower_case_title_ending_another_word_or_a_common_word_is_no_issuer():
    # "toàn bộ trưởng …" is no title
    found = cited_documents("Theo Quyết định 512/QĐ-BTC của toàn bộ trưởng Bộ Tài chính.")
    assert found == [("512/QĐ-BTC", None, None)]
    # "trưởng" alone in lower case is a common word, not read as a title
    found = cited_documents("Theo Quyết định 512/QĐ-BTC của trưởng Bộ Tài chính.")
    assert found == [("512/QĐ-BTC", None, None)]
