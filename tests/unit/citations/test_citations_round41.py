"""Issue 14, forty-first round: the rules written against fresh71's misses (fresh71/007,
fresh71/010), on made-up sentences of the same shapes, with the cases that must stay as they
were. (The round's first rule, a company's sentence-case name after its legal form for
fresh71/013, was withdrawn: it ran a company on into the clause after it, which
test_citations_round21 guards.)
"""

from __future__ import annotations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


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
