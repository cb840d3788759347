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


def test_a_unit_glued_to_a_word_is_not_part_of_the_unit():
    # a long lower-case tail is a word typed without its space, not a unit: the code ends at
    # its last capital (round 13 reads the code; round 12 read nothing there)
    assert cited_documents("theo công văn số 2215/UBND-KTngày 3/4/2017 của tỉnh") == [
        ("2215/UBND-KT", None, "2017-04-03")
    ]


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


# --- passive after the code with an adverb, an abbreviation and the signer's name ----------------


def test_passive_after_the_code_with_adverb_abbreviation_and_name():
    found = cited_documents(
        "Công văn số 412/BKHCN-PC vừa được Bộ trưởng Bộ Khoa học và Công nghệ (KH&CN) Chu Ngọc "
        "Anh ban hành gửi các địa phương."
    )
    assert found == [("412/BKHCN-PC", "Bộ trưởng Bộ Khoa học và Công nghệ", None)]
    found = cited_documents("Thông tư số 09/2017/TT-BYT mới được Bộ Y tế ban hành tuần trước.")
    assert found == [("09/2017/TT-BYT", "Bộ Y tế", None)]


# --- a full date right after "ban hành" without "ngày" -------------------------------------------


def test_a_full_date_after_ban_hanh_without_ngay():
    found = cited_documents(
        "theo Nghị quyết 19/NQ-CP của Chính phủ ban hành 12/3/2015 về cải thiện môi trường kinh "
        "doanh."
    )
    assert found == [("19/NQ-CP", "Chính phủ", "2015-03-12")]


def test_ban_hanh_before_a_number_that_is_no_date_stays_without_date():
    found = cited_documents("Quyết định 22/QĐ-UBND của UBND tỉnh ban hành 15 điều quy định.")
    assert found == [("22/QĐ-UBND", "UBND tỉnh", None)]


# --- "Tổng Thanh tra Chính phủ" and "vừa" after a name -------------------------------------------


def test_the_inspector_general_and_vua_after_the_name():
    found = cited_documents(
        "Tổng Thanh tra Chính phủ Lê Minh Khái vừa ký Quyết định số 1201/QĐ-TTCP về thanh tra."
    )
    assert found == [("1201/QĐ-TTCP", "Tổng Thanh tra Chính phủ Lê Minh Khái", None)]
    found = cited_documents("Ban Tổ chức Tỉnh ủy Nam Định vừa có Thông báo số 15-TB/BTCTU.")
    assert found == [("15-TB/BTCTU", "Ban Tổ chức Tỉnh ủy Nam Định", None)]


# --- a ministry of an earlier government with a lower-case word ---------------------------------


def test_the_ministry_of_heavy_industry():
    found = cited_documents(
        "Giấy phép số 311/CNNg-KTM ngày 2.3.1991 do Bộ Công nghiệp nặng cấp cho công ty."
    )
    assert found == [("311/CNNg-KTM", "Bộ Công nghiệp nặng", "1991-03-02")]


# --- what a place is called now, inside its old name ------------------------------------------


def test_the_present_level_inside_an_old_name_stays_in_the_name():
    found = cited_documents(
        "Quyết định số 12/QĐ-UB ngày 3/4/1995 của UBND huyện (nay là thị xã) Đông Triều về việc "
        "giao đất."
    )
    assert found == [("12/QĐ-UB", "UBND huyện (nay là thị xã) Đông Triều", "1995-04-03")]
    found = cited_documents(
        "Năm 1990, ông B được UBND thị xã (nay là TP) Long Xuyên ra Văn bản số 46/UB-QĐ ngày "
        "3/12/1990 chấp thuận cho mượn đất."
    )
    assert found == [("46/UB-QĐ", "UBND thị xã (nay là TP) Long Xuyên", "1990-12-03")]


def test_a_present_name_after_the_old_one_is_not_taken_in():
    found = cited_documents(
        "Quyết định số 12/QĐ-UB của UBND huyện Đông Triều (nay là thị xã Đông Triều) về việc giao "
        "đất."
    )
    assert found == [("12/QĐ-UB", "UBND huyện Đông Triều", None)]


# --- "X đã cử … và có văn bản số …": the clause's subject wrote the letter ---------------------


def test_a_subject_that_acted_first_then_wrote_the_letter():
    found = cited_documents(
        "Sau đó, Sở Xây dựng đã kiểm tra hiện trường tại xã Bình An và có công văn số "
        "88/SXD-TTr gửi UBND huyện."
    )
    assert found == [("88/SXD-TTr", "Sở Xây dựng", None)]


def test_a_task_handed_on_or_a_decision_keeps_no_subject():
    # the letter of "X đã yêu cầu Y … và có văn bản" is Y's; only letters are "had" this way
    found = cited_documents(
        "Sau đó, Bộ Y tế đã yêu cầu Sở Y tế kiểm tra và có văn bản số 88/SYT-NV báo cáo."
    )
    assert found == [("88/SYT-NV", None, None)]
    found = cited_documents(
        "Sau đó, Sở Xây dựng đã kiểm tra hiện trường và có Quyết định số 88/QĐ-SXD xử phạt."
    )
    assert found == [("88/QĐ-SXD", None, None)]


# --- one issuer after a second document printed without a code ------------------------------


def test_one_issuer_after_an_uncoded_second_document_is_the_codes_too():
    found = cited_documents(
        "vi phạm Chỉ thị số 18/CT-TTg ngày 3/4/2016 cũng như Công điện ngày 5/6/2016 của Thủ "
        "tướng Chính phủ, Bộ đã thành lập hội đồng."
    )
    assert found == [("18/CT-TTg", "Thủ tướng Chính phủ", "2016-04-03")]
    found = cited_documents(
        "thực hiện Quyết định số 12/QĐ-UBND ngày 3/4/2016 và Kế hoạch ngày 5/5/2016 của UBND "
        "tỉnh Nam Định về phòng dịch."
    )
    assert found == [("12/QĐ-UBND", "UBND tỉnh Nam Định", "2016-04-03")]


def test_an_uncoded_partner_whose_body_runs_on_into_a_clause_gives_nothing():
    found = cited_documents(
        "thực hiện Quyết định số 12/QĐ-UBND ngày 3/4/2016 và Kế hoạch ngày 5/5/2016 của UBND "
        "tỉnh Nam Định tổ chức kiểm tra."
    )
    assert found == [("12/QĐ-UBND", None, "2016-04-03")]
