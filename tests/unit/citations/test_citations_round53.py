"""Issue 14, fifty-third round: the rules written against issuer misses (fresh95, the round's
training batch, and older batches), then fresh95's other misses, on made-up sentences of the
same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- a body that has a letter, its code in brackets at the clause's end ------------------------


def test_a_subjects_letter_with_its_code_in_brackets_at_the_clause_end_takes_the_subject():
    text = (
        "Trước đó, UBND huyện Gia Lâm đã có báo cáo nhanh về vụ sạt lở xảy ra chiều 12/5 "
        "(văn bản số 205/BC-UBND ngày 13/5/2020)."
    )
    assert _docs(text) == [("205/BC-UBND", "UBND huyện Gia Lâm", "2020-05-13")]
    text = "Sở Công Thương vừa có công văn gửi doanh nghiệp về giá (Công văn số 88/SCT-QLTM)."
    assert _docs(text) == [("88/SCT-QLTM", "Sở Công Thương", None)]


def test_a_bracketed_code_after_another_bodys_document_or_of_a_decision_takes_no_subject():
    # the letter's subject wrote it; the bracket after "của"/"theo" another body names that one's
    text = (
        "Sở Tài chính đã có công văn gửi UBND tỉnh về quy định của Bộ Tài chính "
        "(văn bản số 12/BTC-QLG)."
    )
    assert _docs(text)[0][1] != "Sở Tài chính"
    text = "Sở Tài chính đã có công văn gửi UBND tỉnh theo hướng dẫn (văn bản số 13/BTC-QLG)."
    assert _docs(text) == [("13/BTC-QLG", None, None)]
    # a decision in the bracket is no letter of the subject's
    text = "Sở Tài chính đã có báo cáo gửi UBND tỉnh (Quyết định số 14/QĐ-STC)."
    assert _docs(text) == [("14/QĐ-STC", None, None)]
    # a new sentence before the bracket
    text = "Sở Tài chính đã có công văn gửi UBND tỉnh. Bộ trả lời (văn bản số 15/BTC-QLG)."
    assert _docs(text) == [("15/BTC-QLG", None, None)]


# --- a year in brackets between a number and its issuer ------------------------------------------


def test_a_year_in_brackets_after_a_number_then_its_issuer_names_a_document():
    text = "Ông A khiếu nại kết luận 45 (năm 2017) của chủ tịch UBND tỉnh Cà Mau về sai phạm."
    assert _refs(text) == [("kết luận 45", "chủ tịch UBND tỉnh Cà Mau", None)]
    text = "Ông A khiếu nại kết luận 45 (2017) của Chủ tịch UBND huyện."
    assert _refs(text) == [("kết luận 45", "Chủ tịch UBND huyện", None)]


def test_a_bracketed_year_without_an_issuer_after_it_or_a_bracketed_range_names_nothing():
    # no issuer after the bracket: a lower-case noun that may be a verb, as before
    assert _refs("Đoàn kết luận 45 (năm 2017), sau đó rời đi.") == []
    # a day, a count or a range in the brackets is no year
    assert _refs("Đoàn kết luận 45 (ngày 2/3) của chủ tịch UBND tỉnh Cà Mau.") == []
    assert _refs("Đoàn kết luận 45 (trường hợp) của chủ tịch UBND tỉnh Cà Mau.") == []


# --- a permit by its short "GP…" code ----------------------------------------------------------


def test_a_permit_by_its_short_gp_code_after_giay_phep_is_a_citation():
    text = "Nhà được sở Xây dựng Đà Nẵng cấp Giấy phép xây dựng số 48/GPXD ngày 3/4/2015."
    assert _docs(text) == [("48/GPXD", "sở Xây dựng Đà Nẵng", "2015-04-03")]
    text = "Đơn vị thi công theo giấy phép 920/GPĐH ngày 5/5/2016 của quận."
    assert [d[0] for d in _docs(text)] == ["920/GPĐH"]


def test_a_short_code_without_giay_phep_or_of_other_letters_is_no_permit():
    assert _docs("Xe mang biển số 48/GPXD đi vào phố.") == []
    assert _docs("Công ty có giấy phép kinh doanh và mã 48/GPXD.") == []
    # other letters after "giấy phép … số": not read, as before
    assert _docs("Công ty có giấy phép xây dựng số 48/XDHN.") == []


def test_a_permit_kind_with_a_spaced_dash_before_so_keeps_the_body_that_granted_it():
    text = "Ngày 2/5/2018, UBND quận Ba Đình đã cấp giấy phép đào hè - đào đường số 07/GPĐH."
    assert _docs(text) == [("07/GPĐH", "UBND quận Ba Đình", "2018-05-02")]


def test_a_dash_that_breaks_the_clause_before_another_subject_gives_no_deciding_body():
    text = "Sở Xây dựng đã phê duyệt phương án - sau đó UBND tỉnh hủy tại Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]
    # a dash after the permit's kind, then another subject that grants: that subject
    text = "Sở Xây dựng đã cấp giấy phép tạm - sau đó UBND tỉnh cấp giấy phép số 13/GP-UBND."
    assert _docs(text) == [("13/GP-UBND", "UBND tỉnh", None)]


# --- a document noun printed twice --------------------------------------------------------------


def test_a_document_noun_printed_twice_is_one_and_the_subject_before_it_is_read():
    text = "Thủ tướng cũng có Quyết định Quyết định 71/2012/QĐ-TTg cho phép bán tài sản."
    assert _docs(text) == [("71/2012/QĐ-TTg", "Thủ tướng", None)]


def test_two_different_nouns_in_a_row_are_not_one():
    # "quyết định" then another noun: the verb "decide", nothing read before it as before
    text = "Thủ tướng ký quyết định Nghị định 12/2010/NĐ-CP về phí."
    assert _docs(text) == [("12/2010/NĐ-CP", None, None)]
