"""Issue 14, twenty-sixth round: general shapes behind the fresh41 misses and the left-overs of
the twenty-fifth round (vietnews articles), made-up sentences of the same shape, with the cases
that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- the central State bodies and the Prime Minister in lower case ----------------------------


def test_the_government_in_lower_case_is_the_issuer_after_a_code():
    text = "Xử phạt theo nghị định 45/2019/NĐ-CP của chính phủ quy định xử phạt vi phạm."
    assert _docs(text) == [("45/2019/NĐ-CP", "chính phủ", None)]


def test_the_national_assembly_in_lower_case_is_the_issuer_after_a_code():
    text = "Thực hiện nghị quyết số 12/2015/QH13 của quốc hội về giáo dục."
    assert _docs(text) == [("12/2015/QH13", "quốc hội", None)]


def test_the_prime_minister_in_lower_case_keeps_his_deputy_and_his_name():
    text = "Theo công điện 7/CĐ-TTg của phó thủ tướng Lê Văn An về an toàn giao thông."
    assert _docs(text) == [("7/CĐ-TTg", "phó thủ tướng Lê Văn An", None)]
    text = "Theo quyết định 9/2016/QĐ-TTg của thủ tướng chính phủ về nhà ở."
    assert _docs(text) == [("9/2016/QĐ-TTg", "thủ tướng chính phủ", None)]


def test_the_government_in_lower_case_as_the_subject():
    text = "Năm 2016, chính phủ ban hành nghị định 45/2016/NĐ-CP về xử phạt."
    assert _docs(text) == [("45/2016/NĐ-CP", "chính phủ", "2016")]


def test_lower_case_words_that_only_hold_the_heads_change_nothing():
    assert _docs("Theo nghị định 45/2019/NĐ-CP về xây dựng chính phủ điện tử.") == [
        ("45/2019/NĐ-CP", None, None)
    ]
    assert _docs("Theo nghị định 45/2019/NĐ-CP của Chính phủ về xử phạt.") == [
        ("45/2019/NĐ-CP", "Chính phủ", None)
    ]


# --- the office of a body: "văn phòng" in lower case, "Văn phòng Bộ X" whole -----------------


def test_the_office_of_a_committee_in_lower_case_is_the_subject():
    text = "Mới đây, văn phòng UBND tỉnh Hoà Bình có Thông báo số 12/TB-VPUB về việc này."
    assert _docs(text) == [("12/TB-VPUB", "văn phòng UBND tỉnh Hoà Bình", None)]


def test_the_office_of_a_ministry_is_read_whole_in_either_case():
    text = "Theo văn bản số 31/VP-BYT của Văn phòng Bộ Y tế về việc cấp phép."
    assert _docs(text) == [("31/VP-BYT", "Văn phòng Bộ Y tế", None)]
    text = "Theo văn bản số 31/VP-BTC của văn phòng Bộ Tài chính về việc cấp phép."
    assert _docs(text) == [("31/VP-BTC", "văn phòng Bộ Tài chính", None)]
    text = "Trước đó, văn phòng Bộ Công thương đã có văn bản số 31/VP-BCT gửi các sở."
    assert _docs(text) == [("31/VP-BCT", "văn phòng Bộ Công thương", None)]


def test_an_office_title_a_plural_and_a_lower_case_name_are_no_office():
    text = "Ông A, Chánh Văn phòng Bộ Tài chính ký văn bản số 31/VP-BTC về việc cấp phép."
    assert _docs(text) == [("31/VP-BTC", "Chánh Văn phòng Bộ Tài chính", None)]
    text = "Mới đây, các văn phòng UBND tỉnh có văn bản số 31/VP-UBND về việc cấp phép."
    assert _docs(text) == [("31/VP-UBND", "UBND tỉnh", None)]
    text = "Theo văn bản số 31/VP-LS của văn phòng luật sư Minh Anh."
    assert _docs(text) == [("31/VP-LS", None, None)]
    text = "Theo văn bản số 31/VP-BTC của Bộ Tài chính về việc cấp phép."
    assert _docs(text) == [("31/VP-BTC", "Bộ Tài chính", None)]


# --- the date opening a line is not carried over a sentence's end -----------------------------


def test_a_date_opening_the_sentence_before_on_the_same_line_is_not_the_documents():
    text = (
        "Ngày 3/5/2019, báo A có bài phản ánh: “Đất nhiễm mặn”. Mới đây, UBND tỉnh Bình Thuận "
        "có Thông báo số 41/TB-UBND về việc xử lý."
    )
    assert _docs(text) == [("41/TB-UBND", "UBND tỉnh Bình Thuận", None)]
    text = (
        "Ngày 3/5/2019, báo A có bài phản ánh. Sau đó, UBND tỉnh Bình Thuận có Thông báo số "
        "41/TB-UBND về việc xử lý."
    )
    assert _docs(text) == [("41/TB-UBND", "UBND tỉnh Bình Thuận", None)]


def test_the_date_opening_the_same_sentence_is_still_read():
    text = "Ngày 3/5/2019, UBND tỉnh Bình Thuận có Thông báo số 41/TB-UBND về việc xử lý."
    assert _docs(text) == [("41/TB-UBND", "UBND tỉnh Bình Thuận", "2019-05-03")]
    # an abbreviation's dot is no sentence end
    text = "Ngày 3/5/2019, tại Tp. Hà Nội, UBND TP. Hà Nội có Thông báo số 41/TB-UBND về việc này."
    assert _docs(text) == [("41/TB-UBND", "UBND TP. Hà Nội", "2019-05-03")]
    text = "Tháng 2/1967 trong lúc chiến tranh ác liệt, Ban Bí thư ban hành Nghị quyết 157-NQ/TW."
    assert _docs(text) == [("157-NQ/TW", "Ban Bí thư", "1967-02")]


# --- a full date glued to the code's end by a dash --------------------------------------------


def test_a_date_glued_after_a_dash_is_the_codes_date():
    text = "Khu đất được UBND tỉnh Quảng Bình phê duyệt tại Quyết định 1450/QĐ-UBND-12/6/2012."
    assert _docs(text) == [("1450/QĐ-UBND", "UBND tỉnh Quảng Bình", "2012-06-12")]
    text = "Theo Quyết định số 1450/QĐ-UBND-12/6/2012 của UBND tỉnh Quảng Bình về quy hoạch."
    assert _docs(text) == [("1450/QĐ-UBND", "UBND tỉnh Quảng Bình", "2012-06-12")]


def test_a_dash_before_a_day_and_month_or_a_spaced_dash_reads_as_before():
    text = "Theo Quyết định số 1450/QĐ-UBND-12/6 của UBND tỉnh Quảng Bình về quy hoạch."
    assert _docs(text) == [("1450/QĐ-UBND", None, None)]
    text = "Theo Quyết định số 1450/QĐ-UBND - 12/6/2012 của UBND tỉnh Quảng Bình về quy hoạch."
    assert _docs(text) == [("1450/QĐ-UBND", None, None)]


# --- "BQL", the short form of "Ban quản lý", as a head ----------------------------------------


def test_bql_is_a_head_with_a_name_in_sentence_case():
    text = "Cụ thể, ngày 4/9, BQL Khu kinh tế tỉnh đã có Công văn số 512/KKT-QLĐT gửi Sở Xây dựng."
    assert _docs(text) == [("512/KKT-QLĐT", "BQL Khu kinh tế tỉnh", None)]
    text = "Theo Công văn số 512/BQL-KH của BQL dự án Nhiệt điện Vĩnh Tân về tiến độ."
    assert _docs(text) == [("512/BQL-KH", "BQL dự án Nhiệt điện Vĩnh Tân", None)]


def test_bql_alone_or_inside_a_code_is_no_issuer():
    assert _docs("Theo Công văn số 512/BQL-KH, BQL cho biết sẽ xử lý.") == [
        ("512/BQL-KH", None, None)
    ]
    text = "Theo Công văn số 512/BQL-KH của Ban quản lý dự án Thăng Long về tiến độ."
    assert _docs(text) == [("512/BQL-KH", "Ban quản lý dự án Thăng Long", None)]


# --- the body before a bracketed citation ---------------------------------------------------


def test_the_body_right_before_a_bracketed_citation_is_its_issuer():
    text = (
        "Các sai phạm đã được Thanh tra tỉnh (Kết luận số 88/KL-TTr ngày 3/5/2016), Thanh tra "
        "Bộ Xây dựng (Kết luận số 120/KL-TTr ngày 9/9/2016) kết luận và kiến nghị xử lý."
    )
    assert _docs(text) == [
        ("88/KL-TTr", "Thanh tra tỉnh", "2016-05-03"),
        ("120/KL-TTr", "Thanh tra Bộ Xây dựng", "2016-09-09"),
    ]
    text = "UBND huyện Mê Linh (Quyết định số 77/QĐ-UBND) đã giao đất cho công ty."
    assert _docs(text) == [("77/QĐ-UBND", "UBND huyện Mê Linh", None)]


def test_a_body_that_is_a_verbs_object_or_no_body_gives_no_bracketed_issuer():
    text = "Sở Tài chính có văn bản gửi UBND huyện (Công văn số 56/STC-QLG ngày 1/2/2017) đề nghị."
    assert _docs(text) == [("56/STC-QLG", None, "2017-02-01")]
    text = "Đề án đã được phê duyệt (Quyết định số 77/QĐ-UBND ngày 1/2/2017)."
    assert _docs(text) == [("77/QĐ-UBND", None, "2017-02-01")]
