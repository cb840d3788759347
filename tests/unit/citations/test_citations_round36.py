"""Issue 14, thirty-sixth round: the rules written against fresh61, on made-up sentences of the
same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- a State body's code split by the segmenter's spaces ("195 KL / TTCP") ---------------------


def test_a_spaced_code_of_a_state_body_reads_in_the_state_shape():
    text = "Thanh tra Chính phủ vừa ban hành Kết luận thanh tra số 41 KL / TTCP đối với dự án."
    assert _docs(text) == [("41/KL-TTCP", "Thanh tra Chính phủ", None)]
    text = "Đình được công nhận là di tích theo Quyết định số 120 QĐ / VH ngày 3/4/1991."
    assert _docs(text) == [("120/QĐ-VH", None, "1991-04-03")]


def test_a_spaced_party_code_and_a_printed_dash_stay_as_they_were():
    text = "theo kết luận số 21 KL / TW của Ban Bí thư."
    assert _docs(text) == [("21-KL/TW", "Ban Bí thư", None)]
    text = "thực hiện chỉ thị số 32 CT / TW của Bộ Chính trị."
    assert _docs(text) == [("32-CT/TW", "Bộ Chính trị", None)]
    # an old local style printed with its dash keeps the Party shape it was printed in
    text = "theo Nghị quyết số 24-NQ/UBND ngày 3/4/1990."
    assert _docs(text) == [("24-NQ/UBND", None, "1990-04-03")]


# --- a day's date after any short opening phrase ------------------------------------------------


def test_a_date_after_a_short_opening_phrase_opens_the_clause():
    text = (
        "Nằm trong chuỗi sai phạm này, ngày 04/12/2013, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Hà "
        "Tĩnh đã ký Quyết định số 3850/QĐ-UBND giao sở Tài chính."
    )
    assert _docs(text) == [("3850/QĐ-UBND", "Chủ tịch UBND tỉnh Hà Tĩnh", "2013-12-04")]
    text = "Trong khi đó, ngày 3/4/2016, UBND tỉnh Bình Định đã ban hành Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Bình Định", "2016-04-03")]


def test_a_date_of_another_sentence_is_not_taken():
    text = (
        "Trong khi đó, ngày 3/4/2016 báo A đưa tin. UBND tỉnh Bình Định đã ban hành Quyết định "
        "số 12/QĐ-UBND."
    )
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Bình Định", None)]


# --- a record ("biên bản") with a code is a document noun --------------------------------------


def test_a_record_drawn_up_by_a_body_gives_its_issuer_and_date():
    text = (
        "Được biết, ngày 7/6/2017, phòng Cảnh sát kinh tế, Công an tỉnh Nam Định đã lập Biên "
        "bản vi phạm hành chính số 21/BB-VPHC về vụ việc."
    )
    assert _docs(text) == [("21/BB-VPHC", "Công an tỉnh Nam Định", "2017-06-07")]
    text = "Ngày 3/4/2016, UBND xã A đã lập biên bản số 5/BB-UBND."
    assert _docs(text) == [("5/BB-UBND", "UBND xã A", "2016-04-03")]


def test_a_record_without_a_code_or_a_number_is_no_document():
    assert _docs("Đoàn kiểm tra đã lập biên bản 3 lần trong năm 2016.") == []
    assert _docs("Ngày 3/4/2016, UBND xã A đã lập biên bản vụ việc.") == []
