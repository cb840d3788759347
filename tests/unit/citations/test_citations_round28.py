"""Issue 14, twenty-eighth round: general shapes behind the fresh45 misses and the left-overs of
the twenty-seventh round (vietnews articles), made-up sentences of the same shape, with the cases
that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.issuer, r.resolves_to) for r in citations.extract(text).references]


# --- circulars of the State Bank and of the Supreme Court by number and year -------------------


def test_a_state_bank_circular_by_number_and_year_resolves():
    text = "Theo Thông tư 14/2016 của Ngân hàng Nhà nước, các tổ chức tín dụng phải báo cáo."
    assert _refs(text) == [("Thông tư 14/2016", "Ngân hàng Nhà nước", "14/2016/TT-NHNN")]
    text = "Ngân hàng nhà nước Việt Nam vừa ban hành Thông tư 23/2019 về tỷ lệ an toàn."
    assert _refs(text) == [("Thông tư 23/2019", "Ngân hàng nhà nước Việt Nam", "23/2019/TT-NHNN")]


def test_a_supreme_court_circular_with_its_court_printed_right_after_resolves():
    text = "Khoản 2 Điều 4 Thông tư 03/2017 Toà án nhân dân tối cao quy định việc xét xử."
    assert _refs(text) == [("Thông tư 03/2017", "Toà án nhân dân tối cao", "03/2017/TT-TANDTC")]
    text = "Theo Thông tư 04/2019 của Tòa án nhân dân tối cao, phiên toà được ghi âm."
    assert _refs(text) == [("Thông tư 04/2019", "Tòa án nhân dân tối cao", "04/2019/TT-TANDTC")]


def test_circulars_whose_shape_is_not_certain_stay_open():
    # before the year from which the shape is certain
    text = "Theo Thông tư 21/2009 của Ngân hàng Nhà nước, lãi suất được thả nổi."
    assert [r[2] for r in _refs(text)] == [None]
    text = "Theo Thông tư 32/2014 Toà án nhân dân tối cao quy định thủ tục."
    assert [r[2] for r in _refs(text)] == [None]
    # the procuracy and other bodies: no fixed shape relied on
    text = "Thông tư 05/2016 của Viện kiểm sát nhân dân tối cao quy định việc kiểm sát."
    assert [r[2] for r in _refs(text)] == [None]
    # another noun of the State Bank keeps its number alone
    text = "Nghị quyết 11/2017 của Ngân hàng nhà nước quy định việc cho vay."
    assert [r[2] for r in _refs(text)] == [None]
    # a body after the year without "của" is read only for the court and the bank
    text = "Theo Thông tư 25/2018 Ban Chỉ đạo quy định việc kiểm tra."
    assert [r[1] for r in _refs(text)] == [None]


# --- an invitation is a letter of its sender ---------------------------------------------------


def test_an_invitation_is_read_with_its_noun_and_sender():
    text = "Trước đó, vào ngày 3/5, UBND huyện Kỳ Anh có Giấy mời số 88/GM-UBND về việc họp."
    assert _docs(text) == [("88/GM-UBND", "UBND huyện Kỳ Anh", None)]
    text = "Sở Nội vụ đã gửi giấy mời số 12/GM-SNV tới các đơn vị."
    assert _docs(text) == [("12/GM-SNV", "Sở Nội vụ", None)]
    text = "Theo giấy mời số 15/GM-UBND của UBND xã B, cuộc họp diễn ra hôm qua."
    assert _docs(text) == [("15/GM-UBND", "UBND xã B", None)]


def test_an_invitation_without_a_code_is_no_coded_citation():
    assert _docs("Ông A đã nhận giấy mời 2 lần nhưng không đến.") == []
    assert _refs("Ông A đã nhận giấy mời 2 lần nhưng không đến.") == []
    # the noun does not make a decision sent on its sender's
    assert _docs("UBND tỉnh gửi Quyết định số 12/QĐ-TTg cho các sở.") == [("12/QĐ-TTg", None, None)]


# --- a central Party body after the second of two Party documents ----------------------------


def test_a_central_body_after_a_second_party_document_is_the_first_ones_too():
    text = "Tỉnh thực hiện nghị quyết 26 và kết luận 64 của Bộ Chính trị về nông thôn."
    assert _refs(text) == [
        ("Nghị quyết 26", "Bộ Chính trị", "26-NQ/TW"),
        ("Kết luận 64", "Bộ Chính trị", "64-KL/TW"),
    ]
    text = "Theo quy định số 47 và quy định số 105 của Ban Bí thư, đảng viên phải báo cáo."
    assert _refs(text) == [
        ("Quy định 47", "Ban Bí thư", "47-QĐ/TW"),
        ("Quy định 105", "Ban Bí thư", "105-QĐ/TW"),
    ]


def test_another_body_after_the_second_is_the_seconds_only():
    # a ministry: a decree is the Government's, not the ministry's
    text = "Theo Nghị định 15 và Thông tư 18 của Bộ Tài chính, thuế được giảm."
    assert _refs(text) == [("Nghị định 15", None, None), ("Thông tư 18", "Bộ Tài chính", None)]
    # a provincial Party committee: no shared shape relied on
    text = "Theo Nghị quyết 15 và Kết luận 22 của Tỉnh uỷ, huyện đã làm."
    assert [r[1] for r in _refs(text)] == [None, "Tỉnh uỷ"]
    # the first states its own issuer
    text = "Theo Nghị quyết 15 của HĐND tỉnh và Kết luận 22 của Bộ Chính trị, huyện đã làm."
    assert _refs(text)[0][1:] == ("HĐND tỉnh", None)
