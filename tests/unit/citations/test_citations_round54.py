"""Issue 14, fifty-fourth round: the rules written against coded recall misses of older
batches (fresh97, the round's training batch, had none), on made-up sentences of the same
shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- the second slash of a code printed as a dash ---------------------------------------------


def test_a_dash_for_the_slash_after_the_year_before_a_type_is_read_as_the_slash():
    text = "Lệ phí thu theo Thông tư 215/2017-TT-BTC của Bộ Tài chính về phí thẩm định."
    assert _docs(text) == [("215/2017/TT-BTC", "Bộ Tài chính", None)]
    text = "Phòng làm trái Quyết định 25/2009-QĐ/UBND của UBND tỉnh Bình Định về tổ chức bộ máy."
    assert _docs(text) == [("25/2009/QĐ-UBND", "UBND tỉnh Bình Định", None)]


def test_a_dash_after_the_year_before_no_type_or_lower_case_reads_nothing_new():
    assert _docs("Số liệu giai đoạn 5/2016-2020 của tỉnh đã tăng.") == []
    assert _docs("Bảng giá 12/2018-tt-btc của công ty được công bố.") == []
    assert _docs("Mã hồ sơ 12/2018-AB-CD của công ty được công bố.") == []


# --- the second slash of a code printed as a space ----------------------------------------------


def test_a_space_for_the_slash_after_the_year_before_a_state_type_and_issuer_is_read():
    text = "Mức phí tính theo điều 2 thông tư 90/2017 TT - BTC ngày 15-9-2017 của bộ."
    assert _docs(text) == [("90/2017/TT-BTC", None, "2017-09-15")]
    text = "Theo Quyết định 31/2014 QĐ-UBND của UBND tỉnh Hà Tĩnh về bảng giá đất."
    assert _docs(text) == [("31/2014/QĐ-UBND", "UBND tỉnh Hà Tĩnh", None)]


def test_a_space_after_a_month_and_year_before_other_letters_reads_no_code():
    assert _docs("Từ tháng 11/2016 TT - Huế đã triển khai đề án.") == []
    assert _docs("Tháng 10/2016 CT - TNHH Minh Long công bố kết quả.") == []


# --- a letter's list continued after the first item's day ---------------------------------------


def test_the_second_item_of_a_letter_list_after_the_first_items_bracketed_day_is_read():
    text = "Sau công văn số 1205-CV/TU (ngày 3/5/2019) và 987/UBND-KT (ngày 9-5-2019) dự án chạy."
    assert _docs(text) == [
        ("1205-CV/TU", None, "2019-05-03"),
        ("987/UBND-KT", None, "2019-05-09"),
    ]
    text = "Theo công văn số 412/UBND-XD (ngày 2/3/2018), 415/UBND-XD của UBND huyện."
    assert [d[0] for d in _docs(text)] == ["412/UBND-XD", "415/UBND-XD"]


def test_a_letter_code_after_an_unbracketed_day_or_an_issuer_stays_unread():
    # an unclosed bracket, or the first item's issuer between: no list of one noun
    text = "Sau công văn số 1205/UBND-VP (ngày 3/5/2019 và 987/UBND-KT dự án được chấp thuận."
    assert [d[0] for d in _docs(text)] == ["1205/UBND-VP"]
    text = "Sau công văn số 1205/UBND-VP ngày 3/5/2019 của tỉnh và 987/UBND-KT dự án được làm."
    assert [d[0] for d in _docs(text)] == ["1205/UBND-VP"]
    # a day without brackets, as round 47 keeps it, or alone before a code: no list
    text = "Công văn số 1205/UBND-VP ngày 3/5/2019 và 987/UBND-KT cùng ủng hộ."
    assert [d[0] for d in _docs(text)] == ["1205/UBND-VP"]
    assert _docs("Dự án làm ngày 3/5/2019 và 987/UBND-KT được chấp thuận.") == []


# --- a decision of the Council of Ministers' chairman by "N/CT" ---------------------------------


def test_a_decisions_short_code_ct_with_the_council_of_ministers_in_its_sentence_is_read():
    text = "Ngân hàng được thành lập theo quyết định số 207/CT của Chủ tịch Hội đồng Bộ trưởng."
    assert _docs(text) == [("207/CT", "Chủ tịch Hội đồng Bộ trưởng", None)]
    text = "Khi đó Chủ tịch Hội đồng Bộ trưởng có Quyết định 95/CT phê duyệt dự án đê biển."
    assert [d[0] for d in _docs(text)] == ["95/CT"]


def test_a_short_code_ct_without_the_council_or_after_another_noun_stays_unread():
    assert _docs("Theo Quyết định 95/CT của công ty, giá bán tăng.") == []
    # the council in another sentence
    assert _docs("Theo Quyết định 95/CT của công ty. Hội đồng Bộ trưởng sau đó giải thể.") == []
    # a directive's "CT" is a Party type code: not read as a State one
    assert _docs("Theo Chỉ thị 95/CT của Hội đồng Bộ trưởng về giá.") == []


# --- a space for the dash between a decision's type and its unit ------------------------------


def test_a_space_for_the_dash_between_type_and_unit_after_so_is_read():
    text = "Công an tỉnh đã ra quyết định truy nã số 07/QĐ CSĐT ngày 3/4/2019 đối với Lê Văn B."
    assert _docs(text) == [("07/QĐ-CSĐT", "Công an tỉnh", "2019-04-03")]


def test_a_space_after_the_type_without_so_or_before_a_dashed_unit_reads_nothing_new():
    assert _docs("Theo 07/QĐ CSĐT ngày 3/4/2019, ông B bị truy nã.") == []
    assert _docs("Theo quyết định số 07/QĐ UBND-TP ngày 3/4/2019 của thành phố.") == []
    assert _docs("Theo quyết định số 07/qđ CSĐT ngày 3/4/2019 của thành phố.") == []
