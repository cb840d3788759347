"""Issue 14, forty-third round: the rules written against fresh75's misses (fresh75/002,
fresh75/006), on made-up sentences of the same shapes, with the cases that must stay as they
were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


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


# --- a number split after its first digit, as its year, right after the noun ------------------


def test_a_number_and_year_each_split_after_their_first_digit_are_read_whole():
    text = "Kinh phí theo quy định tại Điều 7 Nghị định 1 35/2 016/NĐ-CP."
    assert _docs(text) == [("135/2016/NĐ-CP", None, None)]
    assert _docs("Theo Nghị định số 1 35/2 016/NĐ-CP.") == [("135/2016/NĐ-CP", None, None)]


def test_a_digit_before_a_split_year_without_a_noun_right_before_it_stays_apart():
    assert _docs("Theo Nghị định 35/2 016/NĐ-CP.") == [("35/2016/NĐ-CP", None, None)]
    assert [d[0] for d in _docs("Theo khoản 1 35/2 016/NĐ-CP của Chính phủ.")] != ["135/2016/NĐ-CP"]


# --- a body that signs a permit ------------------------------------------------------------------


def test_a_body_that_signs_a_permit_issued_it():
    text = "Sau đó, UBND tỉnh Bình Phước đã ký giấy phép số 18/GP-UBND cho phép khai thác đá."
    assert _docs(text) == [("18/GP-UBND", "UBND tỉnh Bình Phước", None)]
    text = "Ngày 3/5/2018, UBND tỉnh Nam Định đã ký giấy phép khai thác số 12/GP-UBND cho A."
    assert _docs(text) == [("12/GP-UBND", "UBND tỉnh Nam Định", "2018-05-03")]


def test_a_permit_not_right_after_ky_or_signed_by_no_body_stays_without_issuer():
    text = "Công ty A ký hợp đồng với UBND tỉnh theo giấy phép số 12/GP-UBND."
    assert _docs(text) == [("12/GP-UBND", None, None)]
    assert _docs("Ông A đã ký giấy phép số 12/GP-UBND thay cho giám đốc.") == [
        ("12/GP-UBND", None, None)
    ]
