"""Issue 14, forty-ninth round: the rules written against date misses (fresh87, the round's
training batch, and older batches), on made-up sentences of the same shapes, with the cases that
must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- "Thừa Thiên - Huế", a dashed place ending in one syllable ----------------------------------


def test_thua_thien_hue_with_a_spaced_dash_is_read_whole_with_the_date_before_it():
    text = (
        "Trước đó, ngày 3/4/2019, sở Tài chính tỉnh Thừa Thiên - Huế có Công văn số "
        "812/STC-NS về việc cấp kinh phí của bộ Tài chính."
    )
    assert _docs(text) == [("812/STC-NS", "sở Tài chính tỉnh Thừa Thiên - Huế", "2019-04-03")]
    text = "Ngày 5/6/2018, UBND tỉnh Thừa Thiên – Huế đã ban hành Quyết định số 1200/QĐ-UBND."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Thừa Thiên - Huế", "2018-06-05")]
    text = "Quyết định số 1200/QĐ-UBND ngày 5/6/2018 của UBND tỉnh Thừa Thiên - Huế về giao đất."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Thừa Thiên - Huế", "2018-06-05")]


def test_hue_after_a_dash_joins_only_thua_thien():
    text = "Quyết định số 1200/QĐ-UBND ngày 5/6/2018 của UBND tỉnh Quảng Bình - Huế về giao đất."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Quảng Bình", "2018-06-05")]
    # the name without spaces round the dash was read before, and still is
    text = "Quyết định số 1200/QĐ-UBND ngày 5/6/2018 của UBND tỉnh Thừa Thiên-Huế về giao đất."
    assert _docs(text) == [("1200/QĐ-UBND", "UBND tỉnh Thừa Thiên-Huế", "2018-06-05")]


# --- a second short aside after a sentence opener, before the day's date ----------------------


def test_a_second_aside_after_an_opener_keeps_the_date_of_the_clause():
    text = (
        "Trước đó, như báo Tuổi Trẻ đã phản ánh, ngày 12/3/2015, ông Lê Văn Ba, Chủ tịch UBND "
        "huyện Đông Anh đã ký Quyết định số 512/QĐ-UBND về việc thu hồi đất."
    )
    assert _docs(text) == [("512/QĐ-UBND", "Chủ tịch UBND huyện Đông Anh", "2015-03-12")]
    text = (
        "Được biết, theo phản ánh của người dân, ngày 2/8/2016, UBND xã Tân Lập đã ban hành "
        "Quyết định số 77/QĐ-UBND về việc cưỡng chế."
    )
    assert _docs(text) == [("77/QĐ-UBND", "UBND xã Tân Lập", "2016-08-02")]


def test_the_aside_needs_a_day_and_the_same_sentence():
    # "tháng trước" (last month) after the aside is no date
    text = (
        "Trước đó, như báo Tuổi Trẻ đã phản ánh, tháng trước, ông Lê Văn Ba, Chủ tịch UBND "
        "huyện Đông Anh đã ký Quyết định số 512/QĐ-UBND về việc thu hồi đất."
    )
    assert _docs(text)[0][2] is None
    # the date opens a sentence that ends before the signer's
    text = (
        "Trước đó, như báo Tuổi Trẻ đã phản ánh, ngày 12/3/2015, người dân đã khiếu nại. Ông Lê "
        "Văn Ba, Chủ tịch UBND huyện Đông Anh đã ký Quyết định số 512/QĐ-UBND về việc thu hồi đất."
    )
    assert _docs(text)[0][2] is None


# --- the day's date right before an association's committee -----------------------------------


def test_the_date_right_before_an_associations_committee_is_the_clauses():
    text = (
        "Trên cơ sở chỉ đạo của Ban Bí thư, để tiến tới Đại hội, ngày 28/6/2018, Ban Thường vụ "
        "Trung ương Hội Nông dân Việt Nam đã ban hành và triển khai kế hoạch số 20-KH/HNDTW về "
        "tổ chức Đại hội."
    )
    assert _docs(text) == [
        ("20-KH/HNDTW", "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "2018-06-28")
    ]


def test_a_day_without_its_year_before_the_committee_is_no_date():
    text = (
        "Trên cơ sở chỉ đạo của Ban Bí thư, để tiến tới Đại hội, ngày 28/6, Ban Thường vụ Trung "
        "ương Hội Nông dân Việt Nam đã ban hành kế hoạch số 20-KH/HNDTW về tổ chức Đại hội."
    )
    assert _docs(text) == [("20-KH/HNDTW", "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", None)]


# --- a short aside in brackets between the code and "ngày" ------------------------------------


def test_a_short_bracketed_aside_before_ngay_keeps_the_codes_date():
    text = "Cục Thuế đã ban hành kết luận kiểm tra số 12/KL-CT (Đ 2) ngày 3-5-2019 gửi công ty."
    assert _docs(text) == [("12/KL-CT", "Cục Thuế", "2019-05-03")]
    text = "Theo Quyết định số 45/QĐ-XPVPHC (TTr) ngày 7/9/2018 của Thanh tra Sở Xây dựng, …"
    assert _docs(text)[0][2] == "2018-09-07"


def test_a_longer_bracket_or_one_holding_a_code_still_ends_the_tail():
    text = (
        "Cục Thuế đã ban hành kết luận số 12/KL-CT (Đội kiểm tra thuế số 2 của Cục) ngày 3/5/2019 "
        "gửi công ty."
    )
    assert _docs(text)[0][2] is None
    text = "Cục Thuế đã ban hành kết luận số 12/KL-CT (QĐ 15/QĐ) ngày 3/5/2019 gửi công ty."
    assert _docs(text)[0][2] is None


# --- the start, middle or end of a year opening the clause -------------------------------------


def test_the_end_or_start_of_a_year_opening_the_clause_is_its_year():
    text = (
        "Hồi cuối năm 2016, Uỷ viên Bộ Chính trị, Thường trực Ban Bí thư Trần Văn A đã ký ban hành "
        "Chỉ thị số 05-CT/TW của Ban Bí thư yêu cầu các địa phương."
    )
    assert _docs(text) == [("05-CT/TW", "Ban Bí thư", "2016")]
    text = (
        "Đầu năm 2019, ông A, Chủ tịch UBND tỉnh Nghệ An đã ký Quyết định số 12/QĐ-UBND về việc "
        "thu hồi đất."
    )
    assert _docs(text) == [("12/QĐ-UBND", "Chủ tịch UBND tỉnh Nghệ An", "2019")]


def test_the_end_of_a_year_gives_no_date_to_a_code_its_clause_does_not_issue():
    text = "Cuối năm 2015, Quyết định số 12/QĐ-UBND của UBND tỉnh Nghệ An bị huỷ."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Nghệ An", None)]
    text = "Cuối năm 2015 người dân khiếu nại về Quyết định số 12/QĐ-UBND của UBND tỉnh."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh", None)]


# --- "được ký ngày", "ký vào ngày", "đề ngày" after a code ---------------------------------------


def test_a_passive_signing_verb_or_dated_before_the_day_gives_the_date():
    assert _docs("Quyết định số 12/QĐ-UBND được ký ngày 5/6/2018 về việc giao đất.") == [
        ("12/QĐ-UBND", None, "2018-06-05")
    ]
    assert _docs("Công văn số 345/UBND-NN được ban hành vào ngày 7/8/2019 nêu rõ.")[0][2] == (
        "2019-08-07"
    )
    assert _docs("Tại văn bản số 6021/UBND-KT đề ngày 19/10/2016, thành phố yêu cầu.")[0][2] == (
        "2016-10-19"
    )
    text = "Quyết định số 12/QĐ-UBND của UBND tỉnh Nghệ An được ký ngày 5/6/2018 về giao đất."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Nghệ An", "2018-06-05")]


def test_vao_ngay_without_a_signing_verb_or_an_effective_day_is_no_date():
    # the day of a lawsuit, of taking effect: not the code's
    text = "Ông A khởi kiện Quyết định số 12/QĐ-UBND vào ngày 5/6/2018 tại toà án."
    assert _docs(text)[0][2] is None
    text = "Quyết định số 12/QĐ-UBND được ban hành từ ngày 5/6/2018 có hiệu lực."
    assert _docs(text)[0][2] is None
    # a day without its year after a code without one, as before
    assert _docs("Quyết định số 12/QĐ-UBND được ký vào ngày 5/6 về việc giao đất.")[0][2] is None


# --- a letter whose unit is a year ------------------------------------------------------------


def test_a_letter_whose_unit_is_a_year_is_read_whole():
    text = "Công an huyện Đông Anh đã có công văn số 212/TB -2018 trả lời đơn của dân."
    assert _docs(text) == [("212/TB-2018", "Công an huyện Đông Anh", None)]
    text = "Theo văn bản số 45/CV-2017 ngày 3/4/2017 của công ty, việc bàn giao đã xong."
    assert _docs(text)[0][0] == "45/CV-2017"
    assert _docs(text)[0][2] == "2017-04-03"


def test_a_year_range_or_a_second_slash_after_the_unit_is_no_code():
    assert _docs("Theo kế hoạch số 12/KH-2019-2020 của trường, học sinh nghỉ hè.") == []
    assert _docs("Theo văn bản số 12/UBND-2019/ABC của xã, việc đã xong.") == []
    # a year of two digits is no unit either
    assert _docs("Công an huyện có công văn số 212/TB -18 trả lời đơn.")[0][0] == "212/TB"


# --- a month or a year after any short opener ---------------------------------------------------


def test_a_month_or_year_after_any_short_opener_is_the_signed_codes_date():
    text = (
        "Theo tìm hiểu của PV, tháng 6/2018, ông Lê Văn Ba, Chủ tịch UBND huyện Đông Anh đã ký "
        "Quyết định số 512/QĐ-UBND về việc thu hồi đất."
    )
    assert _docs(text) == [("512/QĐ-UBND", "Chủ tịch UBND huyện Đông Anh", "2018-06")]
    text = (
        "Trước đó, như báo Tuổi Trẻ đã phản ánh, cuối năm 2017, ông Lê Văn Ba, Chủ tịch UBND "
        "huyện Đông Anh đã ký Quyết định số 512/QĐ-UBND về việc thu hồi đất."
    )
    assert _docs(text)[0][2] == "2017"


def test_a_month_after_an_opener_in_a_sentence_before_is_no_date():
    text = (
        "Theo tìm hiểu của PV, tháng 6/2018, người dân khiếu nại. Ông Lê Văn Ba, Chủ tịch UBND "
        "huyện Đông Anh đã ký Quyết định số 512/QĐ-UBND về việc thu hồi đất."
    )
    assert _docs(text)[0][2] is None
    text = (
        "Theo tìm hiểu của PV, tháng này, ông Lê Văn Ba, Chủ tịch UBND huyện Đông Anh đã ký "
        "Quyết định số 512/QĐ-UBND về việc thu hồi đất."
    )
    assert _docs(text)[0][2] is None


# --- the month alone after a day verb following the code ---------------------------------------


def test_the_month_after_a_signing_verb_following_the_code_is_its_date():
    text = "Quyết định số 12/QĐ-UBND của UBND tỉnh Nghệ An ban hành tháng 7/2015 về việc giao đất."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Nghệ An", "2015-07")]
    assert _docs("Quyết định số 12/QĐ-UBND được ký vào tháng 7/2015 về giao đất.")[0][2] == (
        "2015-07"
    )


def test_a_month_without_its_year_after_the_verb_is_no_date():
    assert _docs("Quyết định số 12/QĐ-UBND ban hành tháng 7 về việc giao đất.")[0][2] is None
    assert _docs("Quyết định số 12/QĐ-UBND ký tháng trước về việc giao đất.")[0][2] is None


# --- the issuer and term a number-only mention states of a printed code -------------------------


def _terms(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [(d.id, d.issuer, d.term) for d in extract(text).documents]


def test_a_number_only_mention_gives_its_issuer_and_term_to_the_printed_code():
    text = (
        "Hội nghị tổng kết 15 năm thực hiện Nghị quyết số 45 của Bộ Chính trị khoá 9 về xây "
        "dựng thành phố Cần Thơ. Những thành tựu sau 15 năm thực hiện Nghị quyết 45-NQ/TW là "
        "rất rõ nét."
    )
    assert _terms(text) == [("45-NQ/TW", "Bộ Chính trị", "IX")]
    text = (
        "Các tỉnh thực hiện đúng Nghị quyết số 30/NQ-CP về phòng dịch. Theo Nghị quyết 30 của "
        "Chính phủ, người dân được hỗ trợ."
    )
    assert _docs(text) == [("30/NQ-CP", "Chính phủ", None)]


def test_a_body_that_cannot_issue_the_code_or_a_date_is_not_given():
    text = (
        "Theo Quyết định số 12/QĐ-UBND về giao đất, việc đã xong. Quyết định số 12 của Bộ Tài "
        "chính thì khác."
    )
    assert _docs(text) == [("12/QĐ-UBND", None, None)]
    text = (
        "Thực hiện Nghị quyết số 45 của Tỉnh uỷ khoá 9 về xây dựng. Nghị quyết 45-NQ/TW là rõ nét."
    )
    assert _terms(text) == [("45-NQ/TW", None, None)]
    # the year opening the next clause after a number-only mention is not the code's date
    text = (
        "Bộ Chính trị ban hành Kết luận số 24-KL/TW về cán bộ. Để đánh giá kết quả của Kết luận "
        "24, năm 2017, Bộ Chính trị đã thành lập 5 đoàn kiểm tra."
    )
    assert _docs(text) == [("24-KL/TW", "Bộ Chính trị", None)]
