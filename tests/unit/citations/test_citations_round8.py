"""Issue 14, eighth round: general shapes behind the errors left over all labelled splits (a
body's name with "phòng, chống" and its list of hazards, …), one made-up sentence each, with
the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents

# --- a name with "phòng, chống" and its hazards -----------------------------------------------


def test_a_standing_office_of_a_prevention_board_is_read_whole():
    found = cited_documents(
        "Căn cứ Công văn số 118/PCTT ngày 02 tháng 9 năm 2015 của Thường trực Ban Chỉ huy "
        "Phòng, chống thiên tai, cứu nạn tỉnh về kế hoạch ứng phó;"
    )
    assert found == [
        (
            "118/PCTT",
            "Thường trực Ban Chỉ huy Phòng, chống thiên tai, cứu nạn tỉnh",
            "2015-09-02",
        )
    ]


def test_a_steering_board_against_corruption_keeps_its_list_and_scope():
    found = cited_documents(
        "Thực hiện Kế hoạch số 45/KH-PCTN ngày 3/4/2014 của Ban Chỉ đạo phòng, chống tham nhũng, "
        "lãng phí thành phố Đà Nẵng, các đơn vị tổ chức kiểm tra."
    )
    assert found == [
        (
            "45/KH-PCTN",
            "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí thành phố Đà Nẵng",
            "2014-04-03",
        )
    ]


def test_a_clause_after_the_hazards_is_not_part_of_the_name():
    found = cited_documents(
        "Công văn số 77/PCLB ngày 5/7/2012 của Ban Chỉ huy phòng, chống lụt, bão, đồng thời giao "
        "cho Sở Tài chính bố trí kinh phí."
    )
    assert found == [("77/PCLB", "Ban Chỉ huy phòng, chống lụt, bão", "2012-07-05")]
    found = cited_documents(
        "Công văn số 77/PCLB ngày 5/7/2012 của Ban Chỉ huy phòng, chống lụt, bão, Sở Tài chính "
        "về kinh phí."
    )
    assert found == [("77/PCLB", "Ban Chỉ huy phòng, chống lụt, bão, Sở Tài chính", "2012-07-05")]


def test_a_standing_office_of_a_council_is_unchanged():
    found = cited_documents("Công văn số 61/HĐND-TH ngày 27/10/2006 của Thường trực HĐND tỉnh về")
    assert found == [("61/HĐND-TH", "Thường trực HĐND tỉnh", "2006-10-27")]


# --- a body named by an abbreviation as the subject --------------------------------------------


def test_an_abbreviated_subject_and_the_date_opening_its_sentence():
    found = cited_documents(
        "Ngày 12-3-1970, VNCH ban hành Sắc lệnh số 88-NV về việc đặt tên đơn vị hành chính."
    )
    assert found == [("88-NV", "VNCH", "1970-03-12")]
    found = cited_documents("Cuối năm, NHNN đã ban hành Thông tư số 07/2015/TT-NHNN hướng dẫn.")
    assert found == [("07/2015/TT-NHNN", "NHNN", None)]


def test_an_abbreviation_that_is_not_a_subject_is_not_read():
    # a heading numeral, a word inside a phrase, a place after "TP. "
    assert cited_documents("II. ban hành Quyết định số 20/2013/QĐ-UBND về") == [
        ("20/2013/QĐ-UBND", None, None)
    ]
    assert cited_documents("Quy chế QLDA ban hành Quyết định số 20/2013/QĐ-UBND về") == [
        ("20/2013/QĐ-UBND", None, None)
    ]
    assert cited_documents("Năm 2010, TP. HCM ban hành Quyết định số 20/2010/QĐ-UBND về") == [
        ("20/2010/QĐ-UBND", None, None)
    ]


# --- the author of a list announced with "gồm:" -------------------------------------------------


def test_the_author_of_a_list_announced_with_gom_reaches_every_item():
    found = cited_documents(
        "Bãi bỏ các quy chế khen thưởng do Bộ trưởng Bộ Y tế đã ban hành trước đây, gồm: Giải "
        "thưởng Thầy thuốc trẻ theo Quyết định số 15/2003/QĐ-BYT ngày 2/5/2003; Giải thưởng Sáng "
        "tạo y học theo Quyết định số 210/QĐ-BYT ngày 7/8/2005 và Giải thưởng Bảo tồn dược liệu "
        "theo Quyết định số 318/QĐ-BYT ngày 9/9/2006.\nĐiều 3. Thực hiện theo Quyết định số "
        "44/QĐ-BYT."
    )
    author = "Bộ trưởng Bộ Y tế"
    assert found == [
        ("15/2003/QĐ-BYT", author, "2003-05-02"),
        ("210/QĐ-BYT", author, "2005-08-07"),
        ("318/QĐ-BYT", author, "2006-09-09"),
        ("44/QĐ-BYT", None, None),  # another line
    ]


def test_a_subject_of_ban_hanh_before_bao_gom_and_an_item_with_its_own_issuer():
    found = cited_documents(
        "UBND tỉnh đã ban hành nhiều văn bản, bao gồm: Quyết định số 12/2010/QĐ-UBND ngày "
        "3/3/2010, Chỉ thị số 05/CT-TTg ngày 4/4/2010 của Thủ tướng Chính phủ; Kế hoạch số "
        "77/KH-UBND ngày 5/5/2010."
    )
    assert found == [
        ("12/2010/QĐ-UBND", "UBND tỉnh", "2010-03-03"),
        ("05/CT-TTg", "Thủ tướng Chính phủ", "2010-04-04"),
        ("77/KH-UBND", None, "2010-05-05"),  # the item with its own issuer ended the list
    ]


def test_a_list_with_gom_but_no_author_gives_no_issuer():
    found = cited_documents(
        "Các văn bản hết hiệu lực, gồm: Quyết định số 12/2010/QĐ-UBND ngày 3/3/2010; Quyết định "
        "số 13/2010/QĐ-UBND ngày 4/3/2010."
    )
    assert found == [
        ("12/2010/QĐ-UBND", None, "2010-03-03"),
        ("13/2010/QĐ-UBND", None, "2010-03-04"),
    ]
    # the author must be a few words before "gồm", not any body earlier in the line
    found = cited_documents(
        "Sở Tài chính ban hành hướng dẫn và các đơn vị đã tổ chức thực hiện rất nhiều nội dung "
        "quan trọng trong năm, gồm: Quyết định số 12/2010/QĐ-UBND ngày 3/3/2010."
    )
    assert found == [("12/2010/QĐ-UBND", None, "2010-03-03")]


# --- a 1990s ministry code in a list whose last item names the ministry -------------------------


def test_an_old_ministry_code_takes_the_issuer_of_its_ministry_from_the_end_of_the_list():
    found = cited_documents(
        "Thực hiện theo Thông tư số 62 TC/TCDN ngày 4/8/1995, Thông tư số 35/2006/TT-BTC ngày "
        "25/4/2006 của Bộ Tài chính."
    )
    assert found == [
        ("62/TC-TCDN", "Bộ Tài chính", "1995-08-04"),
        ("35/2006/TT-BTC", "Bộ Tài chính", "2006-04-25"),
    ]


def test_an_old_ministry_code_keeps_no_issuer_when_another_ministry_ends_the_list():
    found = cited_documents(
        "Thực hiện theo Thông tư số 62 TC/TCDN ngày 4/8/1995 và Thông tư số 12/2007/TT-BYT ngày "
        "18/10/2007 của Bộ Y tế."
    )
    assert found == [
        ("62/TC-TCDN", None, "1995-08-04"),
        ("12/2007/TT-BYT", "Bộ Y tế", "2007-10-18"),
    ]
    # a modern letter code is not an old ministry code: "CT" (a tax department) is not "BCT"
    found = cited_documents(
        "Tờ trình số 145/CT-THNV ngày 3/8/2009 và Quyết định số 12/2007/QĐ-BCT ngày 18/10/2007 "
        "của Bộ Công Thương."
    )
    assert found == [
        ("145/CT-THNV", None, "2009-08-03"),
        ("12/2007/QĐ-BCT", "Bộ Công Thương", "2007-10-18"),
    ]


# --- a mistyped "ngày" before a full numeric date -----------------------------------------------


def test_a_mistyped_ngay_before_a_full_date_right_after_the_code():
    found = cited_documents(
        "thống nhất nội dung theo Tờ trình số 518/TTr-UBND ngà 12/5/2011 của UBND huyện;"
    )
    assert found == [("518/TTr-UBND", "UBND huyện", "2011-05-12")]
    found = cited_documents("Căn cứ Quyết định số 77/QĐ-UBND ngay 3-9-2012 của UBND tỉnh về")
    assert found == [("77/QĐ-UBND", "UBND tỉnh", "2012-09-03")]


def test_a_mistyped_ngay_needs_a_full_date_right_after_it():
    assert cited_documents("Tờ trình số 518/TTr-UBND ngà 12/5 của UBND huyện;") == [
        ("518/TTr-UBND", None, None)
    ]
    assert cited_documents("Tờ trình số 518/TTr-UBND ngà voi 12/5/2011") == [
        ("518/TTr-UBND", None, None)
    ]
