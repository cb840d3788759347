"""Issue 14, sixty-first round: the rules written against issuer misses of older batches and
the misses of fresh111 (the round's training batch), on made-up sentences of the same shapes,
with the cases that must stay as they were.
"""

from __future__ import annotations


def _docs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [(d.id, d.issuer, d.date) for d in extract(text).documents]


# --- "của Bộ" alone after a code, then a tense word opening the predicate -------------------------


def test_a_lone_ministry_after_a_code_before_a_tense_word_is_its_issuer_as_printed():
    text = "Bà A cho biết công văn số 245/BYT-KCB ngày 12-3-2019 của Bộ đã hướng dẫn rõ cách làm."
    assert _docs(text) == [("245/BYT-KCB", "Bộ", "2019-03-12")]
    text = "Công văn số 318/SXD-QLN của Sở vừa gửi các quận yêu cầu rà soát nhà cũ."
    assert _docs(text) == [("318/SXD-QLN", "Sở", None)]
    text = "Quyết định số 77/QĐ-BTC của Bộ cũng nêu rõ thời hạn nộp hồ sơ."
    assert _docs(text) == [("77/QĐ-BTC", "Bộ", None)]


def test_a_lone_ministry_before_another_word_a_name_or_a_comma_states_nothing_new():
    # any other lower-case word after it: nothing, as before (it may be a common noun's)
    text = "Công văn số 245/BYT-KCB của Bộ đề nghị các tỉnh báo cáo."
    assert _docs(text) == [("245/BYT-KCB", None, None)]
    text = "Công văn số 245/BYT-KCB của Bộ về việc tăng cường phòng dịch đã được gửi."
    assert _docs(text) == [("245/BYT-KCB", None, None)]
    text = "Công văn số 245/BYT-KCB của Bộ, ngành đã được gửi các tỉnh."
    assert _docs(text) == [("245/BYT-KCB", None, None)]
    # the ministry's whole name is read as before
    text = "Công văn số 245/BYT-KCB của Bộ Y tế đã hướng dẫn rõ cách làm."
    assert _docs(text) == [("245/BYT-KCB", "Bộ Y tế", None)]
    # "Bộ trưởng" is no lone "Bộ": nothing, as before
    text = "Quyết định số 77/QĐ-BTC của Bộ trưởng đã nêu rõ thời hạn."
    assert _docs(text) == [("77/QĐ-BTC", None, None)]


# --- a contract by its letter-shaped code right after "hợp đồng", without "số" --------------------


def test_a_contract_code_right_after_its_noun_without_so_is_read():
    text = "Sau đó, bị cáo sử dụng hợp đồng 2207/KTA-VTB ngày 7/6/2010 để vay vốn ngân hàng."
    assert _docs(text) == [("2207/KTA-VTB", None, "2010-06-07")]
    text = "Ông B đã ký kết hợp đồng 418/BVĐK-VT ngày 25/5/2017 với công ty C."
    assert _docs(text) == [("418/BVĐK-VT", None, "2017-05-25")]
    text = "Hợp đồng 418/BVĐK-VT đã hết hạn từ năm ngoái."
    assert _docs(text) == [("418/BVĐK-VT", None, None)]


def test_a_letter_shaped_code_after_other_words_stays_unread():
    # a word between the noun and the code, another noun, or the noun glued to a word before
    assert _docs("Xem hợp đồng mẫu 418/BVĐK-VT để biết thêm.") == []
    assert _docs("Xem thoả thuận 418/BVĐK-VT để biết thêm.") == []
    assert _docs("Xemhợp đồng 418/BVĐK-VT để biết thêm.") == []
    # a code alone, as before
    assert _docs("Theo 418/BVĐK-VT thì việc này đã xong.") == []


# --- an investigation agency's short code after a decision named "Khởi tố" -----------------------


def test_an_investigation_agencys_short_code_after_a_decision_is_read():
    text = "Ngày 23/7, Công an huyện đã ký Quyết định Khởi tố vụ án số 52/CSĐT (PC 03) để điều tra."
    assert [d[0] for d in _docs(text)] == ["52/CSĐT"]
    text = "Quyết định khởi tố bị can số 12/CQĐT ngày 3/5/2018 đã được tống đạt."
    assert _docs(text) == [("12/CQĐT", None, "2018-05-03")]
    # "Khởi tố" in title case describes the decision as "khởi tố" does
    text = "Công an huyện đã ra Quyết định Khởi tố vụ án hình sự số 12/QĐ-CSĐT ngày 3/5/2018."
    assert _docs(text) == [("12/QĐ-CSĐT", "Công an huyện", "2018-05-03")]


def test_other_short_codes_or_nouns_stay_unread():
    # other letters after a decision's noun, another noun, or the letters run on
    assert _docs("Quyết định số 12/CSGT đã được tống đạt.") == []
    assert _docs("Thông tư số 12/CSĐT đã được ban hành.") == []
    assert _docs("Quyết định số 12/CSĐTX đã được tống đạt.") == []
    # "Khởi tố" alone before "số", or another title-case word: no description
    assert _docs("Quyết định Khởi tố số 12/CSĐT đã được tống đạt.") == []
    assert _docs("Quyết định Khởi Tố vụ án số 12/CSĐT đã được tống đạt.") == []


# --- "Cơ quan điều tra" before its capitalised force -------------------------------------------


def test_the_investigation_agency_before_its_force_is_read_whole():
    text = "Cơ quan điều tra Công an tỉnh Ninh Thuận đã ký Quyết định số 41/QĐ-CSĐT để điều tra."
    assert _docs(text) == [("41/QĐ-CSĐT", "Cơ quan điều tra Công an tỉnh Ninh Thuận", None)]
    text = (
        "Theo Quyết định số 41/QĐ-CSĐT của Cơ quan điều tra Công an tỉnh Ninh Thuận, ông A bị bắt."
    )
    assert _docs(text) == [("41/QĐ-CSĐT", "Cơ quan điều tra Công an tỉnh Ninh Thuận", None)]


def test_the_investigation_agency_alone_or_before_lower_case_words_stays_as_before():
    text = "Cơ quan điều tra đã ra Quyết định số 41/QĐ-CSĐT để điều tra."
    assert _docs(text) == [("41/QĐ-CSĐT", None, None)]
    # "hình sự" in lower case after it: the capitalised force alone, as before
    text = "Cơ quan điều tra hình sự Quân khu 4 đã ra Quyết định số 41/QĐ-ĐTHS."
    assert _docs(text) == [("41/QĐ-ĐTHS", "Quân khu 4", None)]
    text = "Cơ quan Cảnh sát điều tra Công an tỉnh Ninh Thuận đã ký Quyết định số 41/QĐ-CSĐT."
    assert _docs(text) == [
        ("41/QĐ-CSĐT", "Cơ quan Cảnh sát điều tra Công an tỉnh Ninh Thuận", None)
    ]


# --- the passive agent acting "trong" (in) a document -------------------------------------------


def test_the_agent_of_a_passive_verb_in_a_document_is_its_issuer():
    text = "Các nội dung trên được Công an huyện Phú Vang thông báo trong công văn số 77/CAH-ĐTTH."
    assert _docs(text) == [("77/CAH-ĐTTH", "Công an huyện Phú Vang", None)]
    text = "Yêu cầu này được Chính phủ nhấn mạnh trong Nghị định 81/2014/NĐ-CP về vay vốn."
    assert _docs(text) == [("81/2014/NĐ-CP", "Chính phủ", None)]


def test_in_a_document_without_an_agent_or_with_another_issuer_stays_as_before():
    # no body after "được"
    text = "Nội dung này được quy định trong Thông tư số 12/2019/TT-BTC."
    assert _docs(text) == [("12/2019/TT-BTC", None, None)]
    # the issuer printed after the code wins
    text = "Việc này được UBND tỉnh nêu trong Quyết định số 12/QĐ-BTC của Bộ Tài chính."
    assert _docs(text) == [("12/QĐ-BTC", "Bộ Tài chính", None)]
    # "trong" a year, then "theo" a document: another's document
    text = "Việc này được Bộ Tài chính quan tâm trong năm 2019 theo Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]


# --- the police of a province or district after a comma, ending an agency's name ---------------


def test_an_agency_and_its_police_after_a_comma_are_one_subject():
    text = (
        "Các nội dung trên được Cơ quan Cảnh sát điều tra, Công an huyện Phú Vang thông báo "
        "trong công văn số 77/CAH-ĐTTH."
    )
    assert _docs(text) == [
        ("77/CAH-ĐTTH", "Cơ quan Cảnh sát điều tra, Công an huyện Phú Vang", None)
    ]
    text = "Cơ quan Cảnh sát điều tra, Công an tỉnh Thừa Thiên Huế đã có công văn số 77/CAT-PC02."
    assert _docs(text) == [
        ("77/CAT-PC02", "Cơ quan Cảnh sát điều tra, Công an tỉnh Thừa Thiên Huế", None)
    ]


def test_a_police_without_its_place_after_a_comma_stays_apart():
    # "Công an huyện" without a capitalised place: not a parent; the police alone is the
    # subject, as before
    text = "Cơ quan Cảnh sát điều tra, Công an huyện đã có công văn số 77/CAT-PC02."
    assert _docs(text) == [("77/CAT-PC02", "Công an huyện", None)]
    # after another department than an investigation agency: the police alone, as before
    # (round 36)
    text = "Phòng Cảnh sát kinh tế, Công an tỉnh Nam Định đã có công văn số 77/CAT-PC02."
    assert _docs(text) == [("77/CAT-PC02", "Công an tỉnh Nam Định", None)]


# --- a council's code with its term number split off, the term printed after ---------------------


def test_a_council_code_with_its_split_term_and_that_term_after_is_read_whole():
    text = (
        "Việc này đã được xác định tại Nghị quyết số 52/NQ-HĐND 17 ngày 12 tháng 04 năm 2016 "
        "của Hội đồng nhân dân tỉnh khoá XVII."
    )
    assert _docs(text) == [("52/NQ-HĐND17", "Hội đồng nhân dân tỉnh", "2016-04-12")]
    # the term after it is the council's, in its code: no term of the resolution
    from citations import extract

    assert [d.term for d in extract(text).documents] == [None]
    text = "Nghị quyết số 52/NQ-HĐND 17 của HĐND tỉnh Bắc Giang khoá XVII về đề án."
    assert _docs(text) == [("52/NQ-HĐND17", "HĐND tỉnh Bắc Giang", None)]


def test_a_number_after_a_council_code_without_its_term_or_as_a_count_stays_apart():
    # another term printed, or none: the code as before
    text = "Nghị quyết số 52/NQ-HĐND 17 của HĐND tỉnh Bắc Giang khoá XVIII về đề án."
    assert [d[0] for d in _docs(text)] == ["52/NQ-HĐND"]
    text = "Nghị quyết số 52/NQ-HĐND 17 của HĐND tỉnh Bắc Giang về đề án."
    assert [d[0] for d in _docs(text)] == ["52/NQ-HĐND"]
    # a count after the code
    text = "Nghị quyết số 52/NQ-HĐND 17 đại biểu tán thành tại kỳ họp khoá XVII."
    assert [d[0] for d in _docs(text)] == ["52/NQ-HĐND"]
