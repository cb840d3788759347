"""Issue 14, seventh round: shapes the fresh6 labels showed ("hướng dẫn" after a type noun is
its modifier: "thông tư hướng dẫn số 21" is a circular), one representative sentence each, with
the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract

# --- "hướng dẫn" after a type noun ------------------------------------------------------------


def test_a_guiding_circular_is_a_circular_and_keeps_its_issuer_and_date():
    (c,) = extract(
        "Bộ Nội vụ đã ban hành Thông tư hướng dẫn số 08/2011/TT-BNV ngày 02/6/2011 về chế độ "
        "báo cáo thống kê."
    ).documents
    assert (c.id, c.type, c.issuer, c.date) == (
        "08/2011/TT-BNV",
        "Thông tư",
        "Bộ Nội vụ",
        "2011-06-02",
    )
    assert [m.text for m in c.mentions] == ["Thông tư hướng dẫn số 08/2011/TT-BNV"]


def test_the_noun_before_hướng_dẫn_gives_the_type_of_a_party_code_and_of_a_letter():
    found = extract(
        "Huyện uỷ có Chỉ thị hướng dẫn số 15-CT/HU về đại hội chi bộ; Sở Nội vụ có công văn "
        "hướng dẫn số 456/SNV-TCBC về tuyển dụng."
    ).documents
    assert [(c.id, c.type) for c in found] == [
        ("15-CT/HU", "Chỉ thị"),
        ("456/SNV-TCBC", "Công văn"),
    ]


def test_a_guiding_decree_cited_by_number_is_a_decree():
    text = "Năm 2011 đã có nghị định hướng dẫn số 34, nhưng địa phương chưa làm."
    (r,) = extract(text).references
    assert (r.label, r.type, r.number, r.resolves_to) == ("Nghị định 34", "Nghị định", "34", None)
    assert [m.text for m in r.mentions] == ["nghị định hướng dẫn số 34"]


def test_a_guiding_circular_by_number_is_a_mention_of_the_circular_the_text_prints():
    result = extract(
        "Thông tư số 08/2011/TT-BNV có hiệu lực từ tháng 7. Các địa phương thực hiện Thông tư "
        "hướng dẫn số 08 chưa nghiêm."
    )
    (c,) = result.documents
    assert [m.text for m in c.mentions] == [
        "Thông tư số 08/2011/TT-BNV",
        "Thông tư hướng dẫn số 08",
    ]
    assert result.references == ()


def test_a_generic_noun_before_hướng_dẫn_stays_a_guidance():
    text = "Theo văn bản hướng dẫn số 7 của Ban Tuyên giáo Tỉnh uỷ, các chi bộ …"
    (r,) = extract(text).references
    assert (r.label, r.type) == ("Hướng dẫn 7", "Hướng dẫn")
    (c,) = extract("Theo văn bản hướng dẫn số 05-HD/BTGTW về học tập nghị quyết").documents
    assert (c.id, c.type) == ("05-HD/BTGTW", "Hướng dẫn")


def test_without_so_hướng_dẫn_after_a_noun_is_the_verb():
    # "the circular guides 3 main points": no reference to a "Thông tư 3"
    assert extract("Thông tư hướng dẫn 3 nội dung chính về thu phí.").references == ()
    assert extract("Quy định hướng dẫn 40 giờ học tập trung.").references == ()
