"""Issue 14, fifty-seventh round: the rules written against issuer and date misses (fresh103,
the round's training batch, and older batches), on made-up sentences of the same shapes, with
the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- "sổ" typed for "số" between a document's noun and its code --------------------------------


def test_so_typed_with_the_wrong_tone_between_the_noun_and_the_code_is_read_as_so():
    text = "Ngày 3/4/2015, UBND tỉnh Bình Định có quyết định sổ 812/QĐ-UBND về việc giao đất."
    assert _docs(text) == [("812/QĐ-UBND", "UBND tỉnh Bình Định", "2015-04-03")]
    text = "Sở Tài chính đã ban hành công văn sổ 45/STC-QLG về giá."
    assert _docs(text) == [("45/STC-QLG", "Sở Tài chính", None)]


def test_so_alone_or_after_another_word_gives_the_code_nothing_new():
    # a register ("sổ") is no document's noun: the code stays bare, as before
    assert _docs("Ngày 3/4/2015, UBND tỉnh có sổ 812/QĐ-UBND về việc giao đất.") == [
        ("812/QĐ-UBND", None, None)
    ]
    assert _docs("Ngày 3/4/2015, UBND tỉnh ghi vào sổ 812/QĐ-UBND về việc giao đất.") == [
        ("812/QĐ-UBND", None, None)
    ]


# --- the subject of a relative clause "mà X gửi|ban hành|ký" right after a code -------------------


def test_the_body_that_sent_or_issued_a_code_in_a_relative_clause_is_its_issuer():
    text = "Trong công văn số 318/BC-TTr mà Thanh tra bộ VH, TT&DL gửi Bộ trưởng, đoàn đã kiểm tra."
    assert _docs(text) == [("318/BC-TTr", "Thanh tra bộ VH", None)]
    text = "Quyết định số 12/QĐ-UBND mà UBND tỉnh Nam Định đã ban hành năm ngoái bị huỷ."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Nam Định", None)]


def test_a_relative_clause_with_another_verb_or_a_person_gives_no_issuer():
    assert _docs("Quyết định số 12/QĐ-UBND mà Sở Tài chính thực hiện bị huỷ.") == [
        ("12/QĐ-UBND", None, None)
    ]
    assert _docs("Quyết định số 12/QĐ-UBND mà ông Nam ký bị huỷ.") == [("12/QĐ-UBND", None, None)]
    assert _docs("Công văn số 318/BC-TTr mà Sở Tài chính nhận được chưa trả lời.") == [
        ("318/BC-TTr", None, None)
    ]


# --- a full date after "thời điểm" is a cut-off of figures, not the clause's date ----------------


def test_a_date_after_thoi_diem_before_the_subject_is_not_the_documents():
    text = (
        "Dựa trên số liệu của các ngân hàng đến thời điểm 30/6/2017, Bộ Xây dựng đã có "
        "Công văn số 1412/BXD-QLN gửi Thủ tướng."
    )
    assert _docs(text) == [("1412/BXD-QLN", "Bộ Xây dựng", None)]


def test_a_full_date_opening_the_clause_is_still_the_documents():
    # "đến 30/9/2016," (the day it happened) and "ngày …" stay the clause's date
    text = "Đến 30/9/2016, Thành uỷ Hà Nội ra Thông báo số 12-TB/TU về việc này."
    assert _docs(text) == [("12-TB/TU", "Thành uỷ Hà Nội", "2016-09-30")]
    text = "Ngày 30/6/2017, Bộ Xây dựng đã có Công văn số 1412/BXD-QLN gửi Thủ tướng."
    assert _docs(text) == [("1412/BXD-QLN", "Bộ Xây dựng", "2017-06-30")]


# --- a man or a woman by name signing and issuing a document -------------------------------------


def test_a_person_by_name_who_signs_and_issues_a_document_is_its_issuer():
    text = "Tuy nhiên sau đó ông Lê Văn Bình ký ban hành Văn bản số 412/C45-P2 ngày 3/12/2016."
    assert _docs(text) == [("412/C45-P2", "ông Lê Văn Bình", "2016-12-03")]
    text = "Bà Trần Thị Hoa đã ký ban hành Quyết định số 12/QĐ-CT ngày 3/3/2016."
    assert _docs(text) == [("12/QĐ-CT", "Bà Trần Thị Hoa", "2016-03-03")]


def test_a_person_who_only_signs_or_is_named_after_an_office_gives_nothing_new():
    # "ký" alone: he may sign for a body
    text = "Sau đó, ông Lê Văn Bình ký Văn bản số 412/C45-P2 ngày 3/12/2016 gửi Bộ."
    assert _docs(text) == [("412/C45-P2", None, "2016-12-03")]
    # a name apposed to an office after a comma: the office, as before
    text = "Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Tám đã ký ban hành Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", "Phó Chủ tịch UBND tỉnh", None)]
