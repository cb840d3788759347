"""Issue 14, twelfth round: general shapes behind the fresh14 misses (and the known "verb left
out" miss of the earlier batches), made-up sentences, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents

# --- a letter code whose unit ends with a Vietnamese lower-case letter -------------------------


def test_a_unit_ending_in_a_lower_case_letter_is_read():
    found = cited_documents(
        "UBND tỉnh Quảng Ngãi đã có công văn số 2215/UBND-QLĐTư gửi Bộ Xây dựng."
    )
    assert found == [("2215/UBND-QLĐTư", "UBND tỉnh Quảng Ngãi", None)]


def test_a_unit_glued_to_a_word_is_still_no_code():
    # a long lower-case tail is a word typed without its space, not a unit
    assert cited_documents("theo công văn số 2215/UBND-KTngày 3/4/2017 của tỉnh") == []


# --- the verb left out: "X đã công văn số …" -----------------------------------------------------


def test_a_subject_with_the_verb_left_out_is_the_letters_issuer():
    found = cited_documents(
        "Cuối tháng 3/2016, Bộ Giao thông vận tải đã công văn số 3811/BGTVT-KHĐT gửi các tỉnh."
    )
    assert found == [("3811/BGTVT-KHĐT", "Bộ Giao thông vận tải", "2016-03")]
    found = cited_documents("Sở Y tế vừa Tờ trình số 45/TTr-SYT đề nghị UBND tỉnh bổ sung vốn.")
    assert found == [("45/TTr-SYT", "Sở Y tế", None)]


def test_the_verb_left_out_before_a_decision_or_without_a_subject_states_nothing():
    # only a letter is written that way; "đã" alone with no body before it names nobody
    assert cited_documents("Sở Y tế đã Quyết định số 12/QĐ-SYT về việc thành lập đoàn.") == [
        ("12/QĐ-SYT", None, None)
    ]
    assert cited_documents("Sở Y tế đã Kế hoạch số 12/KH-SYT về phòng dịch.") == [
        ("12/KH-SYT", None, None)
    ]
    assert cited_documents("Việc này đã công văn số 77/UBND-TH nêu rõ.") == [
        ("77/UBND-TH", None, None)
    ]


# --- "X cho biết, vừa có văn bản số …" -----------------------------------------------------------


def test_the_subject_of_cho_biet_that_has_a_letter_is_its_issuer():
    found = cited_documents(
        "Ngày 2.6, Sở Công Thương tỉnh Nghệ An cho biết, vừa có văn bản số 880/SCT-QLTM gửi các "
        "huyện về việc kiểm tra."
    )
    assert found == [("880/SCT-QLTM", "Sở Công Thương tỉnh Nghệ An", None)]


def test_cho_biet_without_an_issuing_verb_states_nothing():
    found = cited_documents(
        "Sở Công Thương cho biết, theo Quyết định số 31/QĐ-UBND thì các chợ phải đóng cửa."
    )
    assert found == [("31/QĐ-UBND", None, None)]
