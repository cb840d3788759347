"""Issue 14, forty-first round: the rules written against fresh71's misses (fresh71/013,
fresh71/007, …), on made-up sentences of the same shapes, with the cases that must stay as
they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- a company by its legal form, its name in sentence case -----------------------------------


def test_a_company_by_its_legal_form_keeps_its_sentence_case_name():
    text = (
        "Mới đây, công ty TNHH MTV Khai thác công trình thuỷ lợi Ninh Thuận cũng đã có văn bản "
        "số 303/CTTL-QL trả lời UBND tỉnh."
    )
    assert _docs(text) == [
        ("303/CTTL-QL", "công ty TNHH MTV Khai thác công trình thuỷ lợi Ninh Thuận", None)
    ]


def test_a_company_without_its_legal_form_or_named_by_a_pronoun_stays_as_it_was():
    text = "Mới đây, công ty Sông Đà đã có văn bản số 303/CTTL-QL trả lời UBND tỉnh."
    assert _docs(text) == [("303/CTTL-QL", "công ty Sông Đà", None)]
    text = "Mới đây, công ty này đã có văn bản số 303/CTTL-QL trả lời UBND tỉnh."
    assert _docs(text) == [("303/CTTL-QL", None, None)]
    text = "Công ty TNHH Kim Anh bị thu hồi giấy phép theo Quyết định số 12/QĐ-UBND của UBND tỉnh."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh", None)]


# --- a lower-case noun and bare number after "theo tinh thần" ----------------------------------


def test_a_regulation_by_number_after_theo_tinh_than_is_a_document():
    text = "Việc này được thực hiện theo tinh thần quy định 01 về trách nhiệm người đứng đầu."
    assert _refs(text) == [("quy định 01", None, None)]


def test_a_count_after_theo_tinh_than_or_tinh_than_without_theo_stays_a_verb():
    assert _refs("Văn bản này theo tinh thần quy định 5 nhóm đối tượng được ưu tiên.") == []
    assert _refs("Cả lớp học tập tinh thần quy định 01 về trách nhiệm.") == []


# --- numbers listed under a capitalised never-verb noun with no issuer after them --------------


def test_numbers_listed_under_a_never_verb_noun_going_on_with_a_function_word():
    text = "Chính phủ yêu cầu thực hiện nghiêm túc Nghị quyết 01, 02 trong tháng 3 để đạt kết quả."
    assert _refs(text) == [("Nghị quyết 01", None, None), ("02", None, None)]
    text = "Các địa phương triển khai Thông tư 15, 16 về học phí."
    assert _refs(text) == [("Thông tư 15", None, None), ("16", None, None)]


def test_a_list_before_a_count_in_lower_case_or_of_a_programme_stays_unread():
    assert _refs("Các địa phương triển khai Thông tư 15, 16 đơn vị tham gia.") == []
    assert _refs("Các địa phương triển khai nghị quyết 15, 16 về học phí.") == []
    assert _refs("Các địa phương triển khai chương trình 134, 135 trong năm.") == []
    assert _refs("Các trường áp dụng Điều 3, 4 về học phí.") == []
