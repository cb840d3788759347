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
