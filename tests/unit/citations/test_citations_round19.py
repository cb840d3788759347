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


# --- a full date in brackets after the words that name the day ------------------------------------


def test_a_full_date_in_brackets_before_the_subject_is_the_codes():
    found = cited_documents(
        "Ngay ngày đầu tiên của năm mới (01/01/2019), Chính phủ ban hành Nghị quyết 02/NQ-CP về "
        "cải thiện môi trường kinh doanh."
    )
    assert found == [("02/NQ-CP", "Chính phủ", "2019-01-01")]
    found = cited_documents("Hôm qua (5/3/2018), UBND tỉnh đã có Công văn số 12/UBND-KT gửi các sở.")
    assert found == [("12/UBND-KT", "UBND tỉnh", "2018-03-05")]


def test_a_bracket_that_is_not_a_full_date_alone_gives_no_date():
    # no comma after the bracket: not set off before the subject
    found = cited_documents("Hôm qua (5/3/2018) UBND tỉnh đã có Công văn số 12/UBND-KT gửi các sở.")
    assert found == [("12/UBND-KT", "UBND tỉnh", None)]
    # more than a date in the brackets: a person's birth date is not the document's
    found = cited_documents(
        "Ông Trần Văn A (sinh 5/3/1970), Chủ tịch UBND tỉnh đã ký Quyết định số 12/QĐ-UBND."
    )
    assert [f[2] for f in found] == [None]
