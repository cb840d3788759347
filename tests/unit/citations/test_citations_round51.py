"""Issue 14, fifty-first round: the rules written against issuer misses (fresh91, the round's
training batch, and older batches), on made-up sentences of the same shapes, with the cases that
must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- an abbreviation printed in two halves with a spaced dash: "Bộ KH - ĐT", "tỉnh BR - VT" ---


def test_a_ministry_abbreviation_with_a_spaced_dash_is_read_whole():
    text = "Ngày 5/6/2019, Bộ KH - ĐT đã có Văn bản 3762/BKHĐT-GSTĐĐT gửi Thủ tướng."
    assert _docs(text) == [("3762/BKHĐT-GSTĐĐT", "Bộ KH - ĐT", "2019-06-05")]
    text = "Văn bản 3762/BKHĐT-GSTĐĐT ngày 5/6/2019 của Bộ KH - ĐT gửi Thủ tướng."
    assert _docs(text) == [("3762/BKHĐT-GSTĐĐT", "Bộ KH - ĐT", "2019-06-05")]
    text = "Thông tư số 12/2017/TT-BGTVT của Bộ GT - VT quy định về đào tạo lái xe."
    assert _docs(text) == [("12/2017/TT-BGTVT", "Bộ GT - VT", None)]


def test_a_department_and_a_province_with_a_spaced_dash_are_read_whole():
    text = "Ngày 5/6/2019, Sở TN - MT tỉnh Bình Định đã có Văn bản 376/STNMT-QLĐ gửi UBND."
    assert _docs(text) == [("376/STNMT-QLĐ", "Sở TN - MT tỉnh Bình Định", "2019-06-05")]
    text = (
        "Quyết định số 522/QĐ-UBND ngày 2/2/2007 của Chủ tịch UBND tỉnh BR - VT về việc thu hồi "
        "đất."
    )
    assert _docs(text) == [("522/QĐ-UBND", "Chủ tịch UBND tỉnh BR - VT", "2007-02-02")]
    text = "Ngày 4/1/2001, Chủ tịch UBND tỉnh BR - VT ký quyết định số 522/QĐ-UBND thu hồi đất."
    assert _docs(text) == [("522/QĐ-UBND", "Chủ tịch UBND tỉnh BR - VT", "2001-01-04")]


def test_a_longer_first_half_or_a_name_after_the_dash_stays_apart():
    # four capitals before the dash: a whole abbreviation, the dash joins two names
    text = "Ngày 5/6/2019, Bộ GTVT - VEC đã có Văn bản 376/BGTVT-KH gửi UBND."
    assert _docs(text) == [("376/BGTVT-KH", None, None)]
    # a capitalised name after the dash is no second half
    text = "Văn bản 376/BGTVT-KH ngày 5/6/2019 của Bộ GT - Vận tải gửi UBND."
    assert _docs(text)[0][1] != "Bộ GT - Vận tải"
    # a new clause's subject after a comma is still no joint issuer
    text = (
        "Thực hiện Nghị quyết 88/2014/QH13 của Quốc hội, Bộ TT - TT đã cấp phép thêm cho 4 nhà "
        "xuất bản."
    )
    assert _docs(text) == [("88/2014/QH13", "Quốc hội", None)]


# --- a letter in brackets whose own clause names its author after the comma -------------------


def test_the_author_after_the_comma_inside_the_bracket_is_the_letters_issuer():
    text = (
        "Ý kiến sẽ được giải trình trong quá trình thẩm định của Hội đồng thẩm định Nhà nước "
        "(tại Văn bản 3762/BKHĐT-GSTĐĐT ngày 5/6/2019, Bộ KH - ĐT đã báo cáo Thủ tướng)."
    )
    assert _docs(text) == [("3762/BKHĐT-GSTĐĐT", "Bộ KH - ĐT", "2019-06-05")]
    text = (
        "Hồ sơ đã qua thẩm tra của Hội đồng thẩm định (tại Báo cáo số 12/BC-BTC ngày 5/6/2019, "
        "Bộ Tài chính đã nêu rõ các tồn tại)."
    )
    assert _docs(text) == [("12/BC-BTC", "Bộ Tài chính", "2019-06-05")]


def test_the_body_before_the_bracket_stays_where_the_reading_is_its_own():
    # a proposal's body is its submission's author, whatever the bracket says next
    text = (
        "Theo đề nghị của Sở Tài chính (tại Tờ trình số 12/TTr-STC ngày 5/6/2019, UBND tỉnh "
        "Nghệ An đã đồng ý)."
    )
    assert _docs(text) == [("12/TTr-STC", "Sở Tài chính", "2019-06-05")]
    # the comma after the bracket closes: a new clause
    text = (
        "Theo đề nghị của UBND tỉnh Nghệ An (tại Tờ trình số 12/TTr-UBND ngày 5/6/2019), Bộ Xây "
        "dựng đã có ý kiến."
    )
    assert _docs(text) == [("12/TTr-UBND", "UBND tỉnh Nghệ An", "2019-06-05")]
    # letters the body before the bracket may bear: kept
    text = (
        "Hồ sơ được thẩm tra của Sở Xây dựng (tại công văn số 12/SXD-QLN ngày 5/6/2019, Sở Tài "
        "chính đã có ý kiến thống nhất)."
    )
    assert _docs(text) == [("12/SXD-QLN", "Sở Xây dựng", "2019-06-05")]
    # a decision is no letter: its body is the one before the bracket
    text = (
        "Việc này thuộc thẩm quyền của UBND tỉnh Nghệ An (tại Quyết định số 12/QĐ-UBND ngày "
        "5/6/2019, Sở Tài chính đã đề xuất giá)."
    )
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Nghệ An", "2019-06-05")]


# --- a body's abbreviation in brackets between its name and its place ------------------------


def test_a_bracketed_abbreviation_before_the_place_stays_in_the_name():
    text = (
        "Ngày 1/11/2018, sở Thông tin và Truyền thông (T T&T T) TP. Hải Phòng đã có công văn số "
        "1726/STTTT-BCVT gửi UBND quận Lê Chân."
    )
    assert _docs(text) == [
        ("1726/STTTT-BCVT", "sở Thông tin và Truyền thông (T T&T T) TP. Hải Phòng", "2018-11-01")
    ]
    text = (
        "Công văn số 1726/SGDĐT-GDTH ngày 1/11/2018 của Sở Giáo dục và Đào tạo (GD - ĐT) tỉnh "
        "Nghệ An gửi các trường."
    )
    assert _docs(text) == [
        ("1726/SGDĐT-GDTH", "Sở Giáo dục và Đào tạo (GD - ĐT) tỉnh Nghệ An", "2018-11-01")
    ]


def test_a_bracketed_abbreviation_before_a_name_or_alone_is_left_out_as_before():
    # an office holder's name after the bracket is no place: the name is not read on
    text = (
        "Ngày 1/11/2018, Bộ trưởng Bộ Tài nguyên và Môi trường (TN&MT) Trần Hồng Hà đã ký Quyết "
        "định số 1726/QĐ-BTNMT."
    )
    assert _docs(text) == [("1726/QĐ-BTNMT", "Bộ trưởng Bộ Tài nguyên và Môi trường", "2018-11-01")]
    # the bracket closing the name: left out of the issuer, as before
    text = "Công văn số 17/SGDĐT-GDTH ngày 1/11/2018 của Sở Giáo dục và Đào tạo (GD&ĐT) gửi trường."
    assert _docs(text) == [("17/SGDĐT-GDTH", "Sở Giáo dục và Đào tạo", "2018-11-01")]


# --- a company's board before "công ty" in either case ------------------------------------


def test_a_board_before_its_company_is_kept_in_the_issuer():
    text = "Nghị quyết số 02/NQ-HĐQT ngày 1/12/2017 của HĐQT công ty Cấp nước Cà Mau."
    assert _docs(text) == [("02/NQ-HĐQT", "HĐQT công ty Cấp nước Cà Mau", "2017-12-01")]
    text = (
        "Ngày 1/12/2017, HĐQT Công ty Cấp nước Cà Mau đã ban hành Nghị quyết số 02/NQ-HĐQT về "
        "việc miễn nhiệm ông A."
    )
    assert _docs(text) == [("02/NQ-HĐQT", "HĐQT Công ty Cấp nước Cà Mau", "2017-12-01")]


def test_a_board_before_a_company_named_by_a_demonstrative_is_read_as_before():
    text = "Nghị quyết số 231/2019/NQ-HĐQT ngày 1/12/2019 của HĐQT công ty này."
    assert _docs(text) == [("231/2019/NQ-HĐQT", "HĐQT", "2019-12-01")]
    text = (
        "Nghị quyết số 231/2019/NQ-HĐQT ngày 1/12/2019 của Hội đồng quản trị Công ty cổ phần Sữa "
        "Việt Nam."
    )
    assert _docs(text) == [
        ("231/2019/NQ-HĐQT", "Hội đồng quản trị Công ty cổ phần Sữa Việt Nam", "2019-12-01")
    ]


# --- "Theo Nghị quyết số …, <board> thống nhất …": the board's own resolution ----------------


def test_a_board_that_agrees_by_the_resolution_opening_the_sentence_is_its_issuer():
    text = (
        "Theo Nghị quyết số 02/NQ-HĐQT ngày 1/12/2017, HĐQT công ty Cấp nước Cà Mau thống nhất "
        "miễn nhiệm ông A."
    )
    assert _docs(text) == [("02/NQ-HĐQT", "HĐQT công ty Cấp nước Cà Mau", "2017-12-01")]
    text = (
        "Theo Nghị quyết số 05/NQ-HĐQT ngày 1/12/2017, Hội đồng quản trị Ngân hàng ACB đã thống "
        "nhất bầu ông A."
    )
    assert _docs(text) == [("05/NQ-HĐQT", "Hội đồng quản trị Ngân hàng ACB", "2017-12-01")]


def test_agreeing_states_nothing_for_another_body_or_another_document():
    # a ministry agreeing under the Government's resolution did not issue it
    text = "Theo Nghị quyết số 12/NQ-CP ngày 1/12/2017, Bộ GTVT thống nhất với đề xuất."
    assert _docs(text) == [("12/NQ-CP", None, "2017-12-01")]
    text = "Theo Nghị quyết số 12/NQ-CP ngày 1/12/2017, Hội đồng thẩm định thống nhất với đề xuất."
    assert _docs(text) == [("12/NQ-CP", None, "2017-12-01")]
    # a board's decision: "thống nhất" is read for a resolution only
    text = (
        "Theo Quyết định số 12/QĐ-HĐQT ngày 1/12/2017, HĐQT công ty Cấp nước Cà Mau thống nhất "
        "miễn nhiệm ông A."
    )
    assert _docs(text) == [("12/QĐ-HĐQT", None, "2017-12-01")]


# --- an office holder of a company's board by its abbreviation ------------------------------


def test_the_chair_of_a_board_by_its_abbreviation_signs():
    text = "Nghị quyết số 231/2019/NQ-HĐQT ngày 15/5/2019 do Chủ tịch HĐQT Lê Minh Quốc ký."
    assert _docs(text) == [("231/2019/NQ-HĐQT", "Chủ tịch HĐQT Lê Minh Quốc", "2019-05-15")]
    text = (
        "Ngày 15/5/2019, Chủ tịch HĐQT Eximbank Lê Minh Quốc đã ký Nghị quyết số 231/2019/NQ-HĐQT."
    )
    assert _docs(text) == [
        ("231/2019/NQ-HĐQT", "Chủ tịch HĐQT Eximbank Lê Minh Quốc", "2019-05-15")
    ]


def test_a_board_abbreviation_without_a_title_reads_as_before():
    text = "Ngày 15/5/2019, HĐQT Eximbank đã ban hành Nghị quyết số 231/2019/NQ-HĐQT."
    assert _docs(text) == [("231/2019/NQ-HĐQT", "HĐQT Eximbank", "2019-05-15")]


# --- a court by "toà án" and its level, or an appellate court, with "toà" in lower case --------


def test_a_court_named_in_lower_case_after_of_or_its_chief_is_read():
    text = (
        "Quyết định buộc thi hành án số 02/QĐ-THAHC ngày 20/10/2016 của Chánh án toà án tỉnh "
        "BR - VT."
    )
    assert _docs(text) == [("02/QĐ-THAHC", "Chánh án toà án tỉnh BR - VT", "2016-10-20")]
    text = "Quyết định số 02/QĐ-THAHC ngày 20/10/2016 của toà án tỉnh Bình Dương."
    assert _docs(text) == [("02/QĐ-THAHC", "toà án tỉnh Bình Dương", "2016-10-20")]
    text = (
        "Bản án hành chính số 19/2016/HC-PT ngày 9/3/2016 của toà Phúc thẩm TAND Tối cao tại "
        "TP. HCM."
    )
    assert _docs(text) == [
        ("19/2016/HC-PT", "toà Phúc thẩm TAND Tối cao tại TP. HCM", "2016-03-09")
    ]


def test_a_court_in_lower_case_elsewhere_or_tai_before_no_city_is_left_as_before():
    # "toà án" in lower case as the place of a trial is no issuer
    text = "Vụ án số 19/2016/HC-PT ngày 9/3/2016 được đưa ra toà án tỉnh Bình Dương xét xử."
    assert _docs(text) == [("19/2016/HC-PT", None, "2016-03-09")]
    text = "Ngày 9/3/2016, toà án tỉnh Bình Dương đã ra Quyết định số 5/QĐ-TA."
    assert _docs(text) == [("5/QĐ-TA", None, None)]
    # "tại" before no city stays out of the court's name
    text = "Bản án số 19/2016/HC-PT ngày 9/3/2016 của toà Phúc thẩm TAND Tối cao tại phiên xử."
    assert _docs(text) == [("19/2016/HC-PT", "toà Phúc thẩm TAND Tối cao", "2016-03-09")]


# --- a ministry's abbreviation with a comma: "bộ VH, TT&DL" ---------------------------------


def test_the_culture_ministry_abbreviated_with_a_comma_is_read_whole():
    text = (
        "Thông tư số 01/2016/TT-BVHTTDL ngày 24/3/2016 của Bộ trưởng bộ VH, TT&DL quy định chi "
        "tiết việc thi hành Nghị định."
    )
    assert _docs(text) == [("01/2016/TT-BVHTTDL", "Bộ trưởng bộ VH, TT&DL", "2016-03-24")]
    text = "Thông tư số 01/2016/TT-BVHTTDL ngày 24/3/2016 của bộ VH, TT&DL quy định chi tiết."
    assert _docs(text) == [("01/2016/TT-BVHTTDL", "bộ VH, TT&DL", "2016-03-24")]


def test_two_ministries_joined_by_a_comma_stay_a_joint_issuer():
    text = "Thông tư số 01/2016/TT-BVHTTDL ngày 24/3/2016 của Bộ VH, Bộ TT&TT quy định."
    assert _docs(text) == [("01/2016/TT-BVHTTDL", "Bộ VH, Bộ TT&TT", "2016-03-24")]


# --- an army's or police enterprise named with its ministry ---------------------------------


def test_a_company_named_with_its_ministry_is_the_subject():
    text = (
        "Ngày 4/11/2014, công ty cổ phần phát triển đầu tư Thái Sơn bộ Quốc phòng đã có văn bản "
        "số 236/2014/CV-TS xin đầu tư trạm dừng chân."
    )
    assert _docs(text) == [
        (
            "236/2014/CV-TS",
            "công ty cổ phần phát triển đầu tư Thái Sơn bộ Quốc phòng",
            "2014-11-04",
        )
    ]
    text = (
        "Ngày 4/11/2014, Tổng công ty Thái Sơn bộ Quốc phòng đã có văn bản số 236/2014/CV-TS gửi "
        "UBND tỉnh."
    )
    assert _docs(text) == [("236/2014/CV-TS", "Tổng công ty Thái Sơn bộ Quốc phòng", "2014-11-04")]


def test_the_ministry_after_and_is_its_own_subject_as_before():
    text = (
        "Ngày 4/11/2014, công ty Thái Sơn và bộ Quốc phòng đã có văn bản số 236/2014/CV-TS gửi "
        "UBND tỉnh."
    )
    assert _docs(text) == [("236/2014/CV-TS", "bộ Quốc phòng", "2014-11-04")]


# --- "đơn vị (này)" after a comma, with a tense word: the unit the sentence named -----------


def test_the_unit_named_before_is_the_subject_as_printed():
    text = (
        "Theo thông tin từ nhà hát Kịch Việt Nam, ngày 10/4/2018, đơn vị này đã có Công văn số "
        "103/NHK-TĐKT xin rút hồ sơ."
    )
    assert _docs(text) == [("103/NHK-TĐKT", "đơn vị này", "2018-04-10")]
    text = (
        "Ông A, Chủ tịch UBND huyện Quỳ Hợp cho biết, đơn vị đã có báo cáo chính thức số "
        "33/BC-UBND gửi UBND tỉnh."
    )
    assert _docs(text) == [("33/BC-UBND", "đơn vị", None)]


def test_units_in_the_plural_a_described_unit_or_no_tense_word_are_no_subject():
    text = "Các đơn vị đã có văn bản số 33/BC-UBND gửi UBND tỉnh."
    assert _docs(text) == [("33/BC-UBND", None, None)]
    text = "Theo đó, đơn vị thi công đã có văn bản số 33/CV-TC gửi UBND tỉnh."
    assert _docs(text) == [("33/CV-TC", None, None)]
    # round 52 (merged with this round) reads "đơn vị này" opening a clause after a comma as
    # the issuer without a tense word too: "this unit has letter no. 33" names its sender
    text = "Theo đó, đơn vị này có văn bản số 33/CV-TC gửi UBND tỉnh."
    assert _docs(text) == [("33/CV-TC", "đơn vị này", None)]
