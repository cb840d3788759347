"""Issue 14, fifty-eighth round: the rules written against date and coded recall misses of
older batches and the misses of fresh105 (the round's training batch), on made-up sentences of
the same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- a title opened by "quy định"/"hướng dẫn", then "ban hành vào ngày" -------------------------


def test_the_day_a_document_was_issued_on_after_its_quy_dinh_title_is_its_date():
    text = "Thông tư số 21/2018/TT-BYT quy định về cấp phép vừa được ban hành vào ngày 3/8/2018."
    assert _docs(text) == [("21/2018/TT-BYT", None, "2018-08-03")]
    text = "Bộ nhắc lại Thông tư 12/2017/TT-BTC hướng dẫn thu lệ phí được ký vào ngày 5/3/2017."
    assert _docs(text) == [("12/2017/TT-BTC", None, "2017-03-05")]


def test_a_date_of_the_content_another_sentence_or_another_code_is_not_the_titles():
    # a day the title's content speaks of, without "ban hành/ký vào"
    assert _docs("Thông tư 12/2017/TT-BTC quy định mức phí, áp dụng từ ngày 5/3/2017.") == [
        ("12/2017/TT-BTC", None, None)
    ]
    text = "Thông tư 12/2017/TT-BTC quy định các văn bản được ban hành ngày 5/3/2017 hết hiệu lực."
    assert _docs(text) == [("12/2017/TT-BTC", None, None)]
    # the sentence ends before the date
    text = "Thông tư 12/2017/TT-BTC quy định về phí. Văn bản được ban hành vào ngày 5/3/2017."
    assert _docs(text) == [("12/2017/TT-BTC", None, None)]
    # another code comes between: the date is that code's
    text = (
        "Thông tư 12/2017/TT-BTC quy định về phí, Nghị định 20/2016/NĐ-CP ban hành vào ngày"
        " 5/3/2016."
    )
    assert _docs(text) == [("12/2017/TT-BTC", None, None), ("20/2016/NĐ-CP", None, "2016-03-05")]


# --- a date opening the sentence of a subject not read as a body, its verb right before --------


def test_the_date_opening_the_clause_of_an_unread_subject_and_its_verb_is_the_documents():
    text = "Ngày 12/4/2018, Chi nhánh Xây dựng số 3 tỉnh Lai Châu đã có Văn bản số 45/CV-XD gửi Sở."
    assert _docs(text) == [("45/CV-XD", None, "2018-04-12")]
    # a contract: its parties after "ký với"
    text = "Ngày 3/5/2018, công ty Bình An đã ký với HTG hợp đồng số 15/HĐKT/2018 để mua đất."
    assert _docs(text) == [("15/HĐKT/2018", None, "2018-05-03")]
    # the sentence opens within the line, after another's end
    text = (
        "Sở đã kiểm tra công trình. Ngày 12/4/2018, Chi nhánh Xây dựng số 3 tỉnh Lai Châu cũng đã"
        " có Văn bản số 45/CV-XD gửi Sở."
    )
    assert _docs(text) == [("45/CV-XD", None, "2018-04-12")]


def test_a_verb_of_saying_another_clause_or_a_code_between_gives_no_date():
    text = "Ngày 12/4/2018, ông Nguyễn Văn Hải cho biết đã có Văn bản số 45/CV-XD gửi Sở."
    assert _docs(text) == [("45/CV-XD", None, None)]
    # a kind without a name
    text = "Ngày 12/4/2018, chi nhánh ngân hàng đã có Văn bản số 45/CV-XD gửi Sở."
    assert _docs(text) == [("45/CV-XD", None, None)]
    text = "Ngày 12/4/2018, đoàn kiểm tra đến công trình, sau đó Chi nhánh có Văn bản số 45/CV-XD."
    assert _docs(text) == [("45/CV-XD", None, None)]
    text = "Ngày 12/4/2018, Chi nhánh Sơn La có Văn bản số 44/CV-XD, sau đó có Văn bản số 45/CV-XD."
    assert _docs(text) == [("44/CV-XD", None, "2018-04-12"), ("45/CV-XD", None, None)]


# --- a Prime Minister's directive by number and year ------------------------------------------


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


def test_a_prime_ministers_directive_by_number_and_year_is_its_yearless_code():
    text = "Thanh tra việc quản lý đất theo Chỉ thị 13/2015 của Thủ tướng Chính phủ tại Tập đoàn."
    assert _refs(text) == [("Chỉ thị 13/2015", "Thủ tướng Chính phủ", "13/CT-TTg")]
    text = "Các tỉnh thực hiện Chỉ thị 25/2017 của Thủ tướng về phòng chống thiên tai."
    assert _refs(text) == [("Chỉ thị 25/2017", "Thủ tướng", "25/CT-TTg")]


def test_an_older_year_no_year_or_another_noun_of_the_prime_minister_stays_open():
    # before 2010 a directive's code held its year (24/2007/CT-TTg)
    text = "Theo Chỉ thị 24/2007 của Thủ tướng Chính phủ về chấn chỉnh."
    assert _refs(text) == [("Chỉ thị 24/2007", "Thủ tướng Chính phủ", None)]
    # which year's is not said
    text = "Theo Chỉ thị số 13 của Thủ tướng Chính phủ về phòng chống dịch."
    assert _refs(text) == [("Chỉ thị số 13", "Thủ tướng Chính phủ", None)]
    # a decision's year does not fix its code
    text = "Theo Quyết định 13/2016 của Thủ tướng Chính phủ về hỗ trợ."
    assert _refs(text) == [("Quyết định 13/2016", "Thủ tướng Chính phủ", None)]
    # another issuer
    text = "Theo Chỉ thị 13/2016 của UBND tỉnh về phòng chống dịch."
    assert _refs(text)[0][2] is None


# --- a lower-case noun and bare number after "ban hành" ------------------------------------------


def test_a_lower_case_decision_by_number_issued_then_its_title_is_a_reference():
    text = "Văn phòng trình lãnh đạo thành phố xem xét ban hành quyết định 512 về việc thu hồi đất."
    assert _refs(text) == [("quyết định 512", None, None)]
    text = "Văn phòng trình lãnh đạo xem xét, ban hành quyết định 512, sau đó giao đất."
    assert _refs(text) == [("quyết định 512", None, None)]


def test_a_count_a_year_or_words_between_after_ban_hanh_stay_unread():
    assert _refs("Văn phòng đề nghị ban hành quy định 5 năm một lần.") == []
    assert _refs("Văn phòng đề nghị ban hành kế hoạch 2019 về việc thu hồi.") == []
    assert _refs("Văn phòng đề nghị ban hành các quyết định 5 ngày sau.") == []


# --- a law's code, its year split by a space ------------------------------------------------------


def test_a_laws_code_with_its_year_split_by_a_space_is_read_whole():
    text = "Theo khoản 2 Điều 7 Luật Lâm nghiệp số 16/2 017/QH14 thì hành vi này bị cấm."
    assert _docs(text) == [("16/2017/QH14", None, None)]
    text = "Thực hiện Nghị quyết số 55/2 016/UBTVQH14 về việc này."
    assert _docs(text) == [("55/2016/UBTVQH14", None, None)]


def test_a_day_no_noun_or_so_or_a_letters_short_code_stay_as_they_were():
    assert _docs("Hôm 16/2 017/QH14 thì hành vi này bị cấm.") == []
    assert _docs("Luật Lâm nghiệp 16/2 017/QH14 thì hành vi này bị cấm.") == []
    assert _docs("Công văn số 017/QH14 của Văn phòng.") == [("017/QH14", "Văn phòng", None)]


# --- a judgment's short code after "Bản án … số" -------------------------------------------------


def test_a_judgments_short_code_after_its_noun_and_so_is_read():
    text = "Bản án hình sự sơ thẩm số 215/HSST ngày 3/7/2004 tuyên phạt bị cáo."
    assert _docs(text) == [("215/HSST", None, "2004-07-03")]
    assert _docs("Theo Bản án số 88/DSPT, toà buộc bị đơn trả tiền.") == [("88/DSPT", None, None)]


def test_a_judgments_short_code_without_so_or_a_party_code_stays_unread():
    assert _docs("Theo bản án 88/DSPT, toà buộc bị đơn trả tiền.") == []
    assert _docs("Theo Bản án số 12/TW, toà buộc bị đơn trả tiền.") == []


# --- "số" opening a bracket after a described noun ----------------------------------------------


def test_so_opening_a_bracket_after_a_described_noun_introduces_the_code():
    text = "Cơ quan điều tra huỷ quyết định khởi tố bị can (số 15/PC45 ngày 2-3-2018) với ông A."
    assert _docs(text) == [("15/PC45", None, "2018-03-02")]


def test_a_bracket_without_so_or_a_bare_number_stays_as_it_was():
    text = "Cơ quan điều tra huỷ quyết định khởi tố bị can (15/PC45 ngày 2-3-2018) đối với ông A."
    assert _docs(text) == []
    assert _refs("Ông A có quyết định bổ nhiệm (số 12) từ tháng 3.") == []
