"""Issue 14, forty-fifth round: the rules written against fresh79's misses and older issuer
misses, on made-up sentences of the same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- "Thực phẩm" in a body's name, "cấp ngày" after it ----------------------------------------


def test_a_food_safety_body_is_read_whole_before_cap_ngay():
    text = (
        "Cơ sở có Giấy chứng nhận số 52/2018/ATTP-CNĐK do chi cục An toàn Vệ sinh Thực phẩm "
        "cấp ngày 3/5/2018, còn hiệu lực."
    )
    assert _docs(text) == [("52/2018/ATTP-CNĐK", "chi cục An toàn Vệ sinh Thực phẩm", "2018-05-03")]
    text = "Theo Công văn số 77/ATTP-NĐ của Cục An toàn Thực phẩm tỉnh Nam Định ngày 2/4/2019."
    assert _docs(text) == [("77/ATTP-NĐ", "Cục An toàn Thực phẩm tỉnh Nam Định", "2019-04-02")]


def test_thuc_still_opens_a_clause_and_cap_still_a_name_word():
    text = "Quyết định số 5/QĐ-UBND của Sở Y tế Thực hiện chương trình năm 2018."
    assert _docs(text) == [("5/QĐ-UBND", "Sở Y tế", None)]
    text = "Theo Quyết định số 5/QĐ-BQL của Ban quản lý Thực hiện dự án ngày 3/4/2018."
    assert _docs(text)[0][1] == "Ban quản lý"


# --- a hospital as a body -----------------------------------------------------------------------


def test_a_hospital_is_a_body_and_its_director_an_issuer():
    text = (
        "Bà A được điều động theo Quyết định số 41/QĐ-BVĐK ngày 2/6/2015 của Giám đốc bệnh viện "
        "Đa khoa tỉnh Phú Thọ."
    )
    assert _docs(text) == [("41/QĐ-BVĐK", "Giám đốc bệnh viện Đa khoa tỉnh Phú Thọ", "2015-06-02")]
    text = "Theo Quyết định số 12/QĐ-BV ngày 3/4/2016 của Bệnh viện Chợ Rẫy."
    assert _docs(text) == [("12/QĐ-BV", "Bệnh viện Chợ Rẫy", "2016-04-03")]


def test_a_lower_case_hospital_without_its_directors_title_stays_unread():
    text = "Theo Thông tư 26/2013/TT-BYT của Bộ Y tế, bệnh viện Chợ Rẫy phải báo cáo."
    assert _docs(text) == [("26/2013/TT-BYT", "Bộ Y tế", None)]
    assert _docs("Quyết định số 12/QĐ-BV của bệnh viện Chợ Rẫy được ban hành.")[0][1] is None
    assert (
        _docs("Theo Thông tư 26/2013/TT-BYT, các bệnh viện Trung ương phải báo cáo.")[0][1] is None
    )


# --- a port authority as a body, as a hospital ---------------------------------------------------


def test_a_port_authority_is_a_body_and_its_director_an_issuer():
    text = "(theo Quyết định số 15/QĐ-CVHHHP của Giám đốc cảng vụ Hàng hải Hải Phòng) số tiền"
    assert _docs(text) == [("15/QĐ-CVHHHP", "Giám đốc cảng vụ Hàng hải Hải Phòng", None)]
    text = "Cảng vụ Hàng hải Quảng Ninh đã có công văn số 12/CVHHQN gửi Cục Hàng hải."
    assert _docs(text) == [("12/CVHHQN", "Cảng vụ Hàng hải Quảng Ninh", None)]


def test_a_lower_case_port_authority_without_its_directors_title_stays_unread():
    assert _docs("theo Quyết định số 82/QĐ-CV của cảng vụ Hàng hải Quảng Ninh.")[0][1] is None


# --- a centre as a body -------------------------------------------------------------------------


def test_a_centre_is_a_body_with_its_name_in_sentence_case():
    text = (
        "Ngày 5/4, Trung tâm pháp y tỉnh Bắc Kạn ra Kết luận số 21/TD, kết luận: "
        "không có thương tích."
    )
    assert _docs(text) == [("21/TD", "Trung tâm pháp y tỉnh Bắc Kạn", None)]
    text = "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An đã có công văn số 45/KSBT-VP gửi Sở Y tế."
    assert _docs(text) == [("45/KSBT-VP", "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", None)]


def test_a_centre_after_a_comma_starts_a_clause_not_a_second_issuer():
    text = (
        "Thực hiện Quyết định số 77/2009/QĐ-UBND của UBND thành phố Hà Nội, Trung tâm Quỹ đất "
        "thành phố đã phối hợp với huyện."
    )
    assert _docs(text) == [("77/2009/QĐ-UBND", "UBND thành phố Hà Nội", None)]
    assert _docs("Ông A nói trung tâm y tế có công văn số 45/KSBT-VP gửi Sở.")[0][1] is None


# --- "phát triển" inside a name -----------------------------------------------------------------


def test_phat_trien_is_read_inside_a_name():
    text = (
        "Theo Công văn số 12/TTPTQĐ của Trung tâm phát triển quỹ đất thành phố Hà Nội "
        "ngày 2/3/2017."
    )
    assert _docs(text) == [
        ("12/TTPTQĐ", "Trung tâm phát triển quỹ đất thành phố Hà Nội", "2017-03-02")
    ]
    text = "Theo Công văn số 12/PTQĐ của Cục Phát triển quỹ đất ngày 2/3/2017."
    assert _docs(text) == [("12/PTQĐ", "Cục Phát triển quỹ đất", "2017-03-02")]


def test_trien_khai_still_opens_a_clause():
    assert _docs("Theo Công văn số 12/CT-KK của Cục Thuế triển khai kế hoạch.")[0][1] == "Cục Thuế"


# --- a decision not to prosecute, described before its code --------------------------------------


def test_a_decision_not_to_prosecute_is_read_with_its_issuer():
    text = (
        "Vì vậy, cơ quan Công an quận 3 đã ra quyết định không khởi tố vụ án hình sự số "
        "45/QĐ-CSĐT ngày 2/7/2019 theo khoản 1 Điều 157."
    )
    assert _docs(text) == [("45/QĐ-CSĐT", "cơ quan Công an quận 3", "2019-07-02")]


def test_khong_before_another_word_still_ends_a_description():
    text = "Vì vậy, Công an quận 3 đã ra quyết định không đúng số 45/QĐ-CSĐT ngày 2/7/2019."
    assert _docs(text) == [("45/QĐ-CSĐT", None, "2019-07-02")]


# --- a signer named with two offices ------------------------------------------------------------


def test_a_signer_with_a_second_office_after_a_comma_is_the_issuer():
    text = (
        "Ngày 3/8, Bộ trưởng Bộ Công Thương Trần Tuấn Anh, Phó trưởng Ban chỉ đạo điều hành giá "
        "đã ký công văn 512/TB-BCĐĐHG về việc bình ổn giá."
    )
    assert _docs(text) == [("512/TB-BCĐĐHG", "Bộ trưởng Bộ Công Thương Trần Tuấn Anh", None)]


def test_a_second_office_after_a_body_without_a_name_gives_no_issuer():
    text = (
        "Ngày 3/8, Bộ Công Thương, Phó trưởng Ban chỉ đạo điều hành giá đã ký công văn "
        "512/TB-BCĐĐHG."
    )
    assert _docs(text) == [("512/TB-BCĐĐHG", None, None)]
    text = (
        "Ngày 2/9, thay mặt Uỷ ban Thường vụ Quốc hội, Chủ tịch Quốc hội Nguyễn Văn A ký "
        "Thông báo số 318/TB-UBTVQH14 về việc này."
    )
    # the holder after the comma is still read, not the committee before it
    assert "Nguyễn Văn A" in (_docs(text)[0][1] or "")


# --- the month of issue at the end of a long title ------------------------------------------------


def test_the_month_of_issue_at_the_end_of_a_title_is_the_date():
    text = (
        "Hội nghị sẽ tổng kết chỉ thị số 45-CT/TW của Bộ Chính trị (khoá X) về đại hội đảng bộ "
        "các cấp, tiến tới Đại hội lần thứ XI của Đảng (ban hành tháng 9/2009) và dự thảo mới."
    )
    assert _docs(text) == [("45-CT/TW", "Bộ Chính trị", "2009-09")]


def test_a_month_without_ban_hanh_after_a_title_is_no_date():
    assert _docs("Chỉ thị số 05-CT/TW về đẩy mạnh học tập (tháng 5/2016) được quán triệt.") == [
        ("05-CT/TW", None, None)
    ]


# --- a later mention by noun, "số" and number, with its issuer and date ---------------------------


def test_a_later_bare_number_mention_with_a_subject_gives_the_code_its_issuer_and_date():
    text = (
        "Chủ tịch UBND tỉnh phải bãi bỏ Quyết định số 3721/QĐ-UBND.\n"
        "Ngày 5/11/2019, Chủ tịch UBND tỉnh Nghệ An đã ký Quyết định số 3721 chấp thuận dự án."
    )
    assert _docs(text) == [("3721/QĐ-UBND", "Chủ tịch UBND tỉnh Nghệ An", "2019-11-05")]


def test_a_later_bare_number_mention_by_a_body_the_code_does_not_fit_gives_nothing():
    text = (
        "Bộ Tài chính đề nghị bãi bỏ Quyết định số 3721/QĐ-UBND.\n"
        "Ngày 5/11/2019, Bộ Xây dựng đã ký Quyết định số 3721 chấp thuận dự án."
    )
    assert _docs(text) == [("3721/QĐ-UBND", None, None)]
    text = (
        "UBND tỉnh phải bãi bỏ Quyết định số 3721/QĐ-UBND.\n"
        "Ngày 5/11/2019, UBND tỉnh Nghệ An đã ký Công văn số 3721 gửi Bộ."
    )
    assert _docs(text)[0] == ("3721/QĐ-UBND", None, None)


# --- "kí" for "ký" as the issuing verb ------------------------------------------------------------


def test_ki_is_read_as_the_issuing_verb_ky():
    text = (
        "Phó Chủ tịch Uỷ ban ATGT Quốc gia - ông Trần Văn Bình đã kí văn bản số 77/UBATGTQG "
        "gửi tỉnh."
    )
    assert _docs(text) == [("77/UBATGTQG", "Phó Chủ tịch Uỷ ban ATGT Quốc gia", None)]
    text = "UBND tỉnh Nam Định đã kí Quyết định số 12/QĐ-UBND ngày 3/4/2018."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh Nam Định", "2018-04-03")]


def test_ki_before_another_object_gives_no_issuer():
    text = "Ông A cho biết đã kí hợp đồng, Quyết định số 12/QĐ-UBND ngày 3/4/2018 vẫn còn."
    assert _docs(text) == [("12/QĐ-UBND", None, "2018-04-03")]
