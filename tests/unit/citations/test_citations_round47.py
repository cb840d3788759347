"""Issue 14, forty-seventh round: the rules written against the issuer misses of older batches
and of fresh83 (the round's training batch), on made-up sentences of the same shapes, with the
cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- an office ("Văn phòng") after its holder's title -------------------------------------------


def test_an_office_after_a_title_is_read_with_its_title_and_signer():
    text = (
        "Ngày 5-2-2019, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Nguyễn Văn An đã ký thông báo "
        "số 17/TB-VPCP về việc này."
    )
    assert _docs(text) == [
        ("17/TB-VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Nguyễn Văn An", "2019-02-05")
    ]
    text = "Chủ nhiệm Văn phòng Quốc hội Trần Văn Bình đã ký công văn số 88/VPQH-TH gửi các tỉnh."
    assert _docs(text) == [("88/VPQH-TH", "Chủ nhiệm Văn phòng Quốc hội Trần Văn Bình", None)]


def test_an_office_without_a_title_reads_as_before():
    text = "Theo Quyết định số 12/QĐ-UBND của Chánh Văn phòng UBND tỉnh Nam Định, việc này xong."
    assert _docs(text) == [("12/QĐ-UBND", "Chánh Văn phòng UBND tỉnh Nam Định", None)]
    text = "Văn phòng Chính phủ đã có thông báo số 17/TB-VPCP về việc này."
    assert _docs(text) == [("17/TB-VPCP", "Văn phòng Chính phủ", None)]


# --- "Bộ"/"Sở" alone as the body that decided by a document ------------------------------------


def test_a_lone_ministry_that_approves_at_a_letter_is_its_issuer_as_printed():
    text = "Chủ trương cũng đã được Bộ chấp thuận tại Văn bản 1234/BXD-KTXD ngày 10/10/2017."
    assert _docs(text) == [("1234/BXD-KTXD", "Bộ", "2017-10-10")]
    text = "Dự án được Sở phê duyệt tại Quyết định số 12/QĐ-SXD ngày 1/2/2017."
    assert _docs(text) == [("12/QĐ-SXD", "Sở", "2017-02-01")]
    text = "Ngày 3/5/2017, Bộ đã phê duyệt tại Quyết định số 12/QĐ-BXD phương án này."
    assert _docs(text) == [("12/QĐ-BXD", "Bộ", "2017-05-03")]


def test_a_lone_ministry_inside_a_clause_or_before_a_title_decides_nothing():
    assert _docs("Ý kiến của các Bộ đã thống nhất tại Văn bản 12/BXD-KT.") == [
        ("12/BXD-KT", None, None)
    ]
    assert _docs("Việc này được Bộ, ngành thống nhất tại Văn bản 12/BXD-KT.") == [
        ("12/BXD-KT", None, None)
    ]
    assert _docs("Bộ trưởng đã phê duyệt tại Quyết định số 12/QĐ-BXD.") == [
        ("12/QĐ-BXD", None, None)
    ]


# --- "sau đó" between the body and its deciding verb --------------------------------------------


def test_sau_do_between_a_body_and_its_deciding_verb_is_read_as_a_tense_word():
    text = "Bộ Xây dựng sau đó đã chấp thuận tại Văn bản 6738/BXD-KTXD ngày 22/6/2017."
    assert _docs(text) == [("6738/BXD-KTXD", "Bộ Xây dựng", "2017-06-22")]
    text = "VEC xin ý kiến. Bộ sau đó đã chấp thuận tại Văn bản 6738/BGTVT-CQLXD ngày 22/6/2017."
    assert _docs(text) == [("6738/BGTVT-CQLXD", "Bộ", "2017-06-22")]


def test_sau_do_before_another_verb_states_nothing():
    text = "Bộ Xây dựng sau đó đã kiểm tra công trình tại Văn bản 6738/BXD-KTXD ngày 22/6/2017."
    assert _docs(text) == [("6738/BXD-KTXD", None, "2017-06-22")]


# --- a letter code as the second item of one noun's list ----------------------------------------


def test_a_letter_code_right_after_a_read_code_and_va_or_a_comma_is_read():
    text = "Sau công văn số 3988-CV/TU và 3546/UBND-VP ủng hộ về nguyên tắc, dự án được lập."
    assert [d[0] for d in _docs(text)] == ["3988-CV/TU", "3546/UBND-VP"]
    text = "Các công văn 3988/UBND-KT, 3546/UBND-VP của tỉnh đã trả lời."
    assert [d[0] for d in _docs(text)] == ["3988/UBND-KT", "3546/UBND-VP"]


def test_a_letter_code_alone_or_after_a_date_is_still_not_read():
    assert _docs("Theo 3546/UBND-VP, dự án được ủng hộ.") == []
    text = "Công văn số 12/UBND-KT ngày 3/4/2017 và 3546/UBND-VP cùng ủng hộ."
    assert [d[0] for d in _docs(text)] == ["12/UBND-KT"]


# --- a plan's map scale among the words of what a body decided ----------------------------------


def test_a_map_scale_in_what_was_approved_keeps_the_body_that_approved_it():
    text = (
        "Theo TTCP, UBND TP. HCM phê duyệt quy hoạch chi tiết 1/2.000 tại quyết định số 13/QĐ-UB."
    )
    assert _docs(text) == [("13/QĐ-UB", "UBND TP. HCM", None)]
    text = "UBND tỉnh đã phê duyệt quy hoạch tỷ lệ 1/500 khu dân cư tại Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", "UBND tỉnh", None)]


def test_other_numbers_in_what_was_approved_still_stop_the_body():
    text = "UBND tỉnh đã phê duyệt 3 dự án tại Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]
    text = "UBND tỉnh đã phê duyệt quy hoạch 1/2 khu đất tại Quyết định số 12/QĐ-UBND."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]


# --- the fire police of a province or district ---------------------------------------------------


def test_the_fire_police_with_its_level_is_a_body():
    text = (
        "Ngày 20/7/2015, Cảnh sát PC&CC thành phố Hà Nội đã cấp giấy chứng nhận thẩm duyệt về "
        "phòng cháy và chữa cháy tại văn bản số 438/TD-PCCC."
    )
    assert _docs(text) == [("438/TD-PCCC", "Cảnh sát PC&CC thành phố Hà Nội", "2015-07-20")]
    text = "Cảnh sát PCCC quận 2 đã ra quyết định số 12/QĐ-PCCC xử phạt chủ xe."
    assert _docs(text) == [("12/QĐ-PCCC", "Cảnh sát PCCC quận 2", None)]


def test_the_fire_police_without_its_level_is_no_body():
    text = "Cảnh sát PCCC đã ra quyết định số 12/QĐ-PCCC xử phạt chủ xe."
    assert _docs(text) == [("12/QĐ-PCCC", None, None)]


# --- "cùng ngày" (the same day) before a code ---------------------------------------------------


def test_cung_ngay_before_a_code_gives_the_full_date_printed_just_before():
    text = (
        "Ông A ký Công văn số 1574/C41-C50 ngày 23/5/2016 gửi cấp trên.\n"
        "Tuy nhiên, cùng ngày, ông A ký tiếp Công văn số 1575/C41-C50 gửi bộ."
    )
    assert _docs(text) == [
        ("1574/C41-C50", None, "2016-05-23"),
        ("1575/C41-C50", None, "2016-05-23"),
    ]
    text = (
        "Ngày 28/7/2017, ông B được bổ nhiệm. Cùng ngày, UBND tỉnh ban hành Quyết định số "
        "1120/QĐ-UBND."
    )
    assert _docs(text) == [("1120/QĐ-UBND", "UBND tỉnh", "2017-07-28")]


def test_cung_ngay_after_a_day_without_its_year_or_after_the_code_gives_none():
    text = (
        "Quyết định 5/2017/QĐ-UBND ngày 3/4/2017 có hiệu lực.\n"
        "Ngày 14/8, ông A báo cáo. Cùng ngày, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND."
    )
    assert _docs(text)[1] == ("12/QĐ-UBND", "UBND tỉnh", None)
    text = "Ngày 28/7/2017, ông B được bổ nhiệm. Quyết định số 12/QĐ-UBND được ký cùng ngày."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]
    # a code cited further on, in a clause about that day's other act
    text = (
        "Ngày 27/3/2017, Thanh tra Sở kiểm tra công trình. Cùng ngày, Cty A có Công văn giải "
        "trình gửi Thanh tra Sở và gửi kèm theo Quyết định số 1193/QĐ-UBND của UBND tỉnh B."
    )
    assert _docs(text) == [("1193/QĐ-UBND", "UBND tỉnh B", None)]


# --- a person by "ông"/"bà" and name who signs, named with an office elsewhere in the text -----


def test_a_person_who_signs_and_is_named_with_an_office_is_the_issuer_as_printed():
    text = (
        "Ngày 1-8-2014, bà Trần Thị Lan, khi đó là Phó Chủ tịch UBND tỉnh Nam Định, đã ký văn bản "
        "số 7005/UBND-ĐT.\nNgoài ra, bà Trần Thị Lan còn ký văn bản số 8118/UBND-ĐT ngày 29-8-2014."
    )
    assert _docs(text) == [
        ("7005/UBND-ĐT", "Phó Chủ tịch UBND tỉnh Nam Định", "2014-08-01"),
        ("8118/UBND-ĐT", "bà Trần Thị Lan", "2014-08-29"),
    ]
    text = (
        "Toà xét hỏi ông Lê Văn Bình, nguyên Cục trưởng cục Cảnh sát giao thông.\n"
        "Ông Bình có ký vào Công văn số 1574/C41-C50 ngày 23/5/2016 để gửi cấp trên."
    )
    assert _docs(text) == [("1574/C41-C50", "Ông Bình", "2016-05-23")]


def test_a_person_who_signs_without_an_office_anywhere_states_nothing():
    # round 23's shape: a name without a title signing is no issuer
    text = "Sau đó, ông Trần Văn Hùng tiếp tục ký Công văn số 321/BXD-KTXD gửi các tỉnh."
    assert _docs(text) == [("321/BXD-KTXD", None, None)]
    # named with an office, but the document is not what he signs
    text = (
        "Ông Lê Văn Bình, Cục trưởng cục Cảnh sát giao thông, cho biết.\n"
        "Ông Bình đã nhận Công văn số 1574/C41-C50 ngày 23/5/2016."
    )
    assert _docs(text) == [("1574/C41-C50", None, "2016-05-23")]
    # another person named with an office
    text = (
        "Ông Lê Văn Bình, Cục trưởng cục Cảnh sát giao thông, cho biết.\n"
        "Ông Trần Văn Hùng ký Công văn số 1574/C41-C50 ngày 23/5/2016."
    )
    assert _docs(text) == [("1574/C41-C50", None, "2016-05-23")]


# --- a code cited in another's content breaks the ';' list of the subject's documents -----------


def test_codes_cited_in_a_letters_content_after_semicolons_get_no_subject():
    text = (
        "Thống đốc Ngân hàng Nhà nước vừa có văn bản số 3522/NHNN-TD yêu cầu các tổ chức tín "
        "dụng tiếp tục thực hiện các nội dung tại công văn số 1098/NHNN-TD ngày 26/2/2015; công "
        "văn số 9641/NHNN-TD ngày 16/12/2015 nhằm đẩy mạnh chương trình."
    )
    assert _docs(text) == [
        ("3522/NHNN-TD", "Thống đốc Ngân hàng Nhà nước", None),
        ("1098/NHNN-TD", None, "2015-02-26"),
        ("9641/NHNN-TD", None, "2015-12-16"),
    ]


def test_a_subjects_list_after_semicolons_still_shares_it():
    text = (
        "Chính phủ ban hành Chỉ thị số 20/CT-TTg về việc A; Nghị định 64/2002/NĐ-CP về việc B; "
        "ra Quyết định số 50/2002/QĐ-CP."
    )
    assert [d[1] for d in _docs(text)] == ["Chính phủ"] * 3


# --- "và" and three lower-case words inside a name in sentence case ------------------------------


def test_va_and_three_lower_case_words_before_a_capital_stay_inside_a_name():
    text = (
        "Ngày 2-1, Hiệp hội Doanh nghiệp sản xuất và kinh doanh thuốc BVTV Việt Nam (VIPA) có "
        "văn bản số 46/VIPA-VP gửi Bộ NN&PTNT."
    )
    assert _docs(text) == [
        ("46/VIPA-VP", "Hiệp hội Doanh nghiệp sản xuất và kinh doanh thuốc BVTV Việt Nam", None)
    ]


def test_va_and_four_lower_case_words_or_a_title_word_end_the_name_as_before():
    text = (
        "Ngày 2-1, Hiệp hội Doanh nghiệp sản xuất và kinh doanh thuốc trừ sâu Việt Nam có văn "
        "bản số 46/VIPA-VP gửi Bộ NN&PTNT."
    )
    assert _docs(text) == [("46/VIPA-VP", None, None)]


# --- a circular by number and year of a minister names his ministry -----------------------------


def _refs(text: str) -> list[tuple[str, str | None]]:
    from citations import extract

    return [(r.kind.value, r.resolves_to) for r in extract(text).references]


def test_a_circular_by_number_and_year_of_a_minister_resolves_to_his_ministrys_code():
    text = "Giám sát kỳ sát hạch quy định tại Điều 26 Thông tư số 12/2017 của Bộ trưởng bộ GTVT."
    assert _refs(text) == [("number_only", "12/2017/TT-BGTVT")]
    text = "Theo Thông tư số 40/2016 của Bộ trưởng Bộ Tài chính, các đơn vị phải báo cáo."
    assert _refs(text) == [("number_only", "40/2016/TT-BTC")]


def test_a_deputy_minister_or_a_decision_of_a_minister_stays_open():
    text = "Theo Thông tư số 40/2016 của Thứ trưởng Bộ Tài chính, các đơn vị phải báo cáo."
    assert _refs(text) == [("number_only", None)]
    text = "Theo Quyết định số 40/2016 của Bộ trưởng Bộ Tài chính, các đơn vị phải báo cáo."
    assert _refs(text) == [("number_only", None)]


# --- a lower-case decision by number that is signed -------------------------------------------


def test_a_lower_case_decision_by_number_after_ky_is_a_number_only_reference():
    assert _refs("Ông Bình khi ký quyết định 12 để thành lập tổ giám sát đã nêu rõ.") == [
        ("number_only", None)
    ]
    assert _refs("Hôm qua, ông Bình đã kí quyết định 45.") == [("number_only", None)]


def test_a_count_after_ky_quyet_dinh_is_no_reference():
    assert _refs("Ông Bình đã ký quyết định 3 lần trong năm.") == []
    assert _refs("Ông Bình đã ký quyết định 3 năm trước.") == []


# --- a military command and its commander or political commissar --------------------------------


def test_a_military_command_and_its_officers_are_bodies():
    text = (
        "Cụ thể, Thiếu tướng Nguyễn Văn An, Phó Chính uỷ bộ Tư lệnh Cảnh sát biển Việt Nam đã ký "
        "văn bản số 402/BTL-CT thông báo xử lý vụ việc."
    )
    assert _docs(text) == [("402/BTL-CT", "Phó Chính uỷ bộ Tư lệnh Cảnh sát biển Việt Nam", None)]
    text = "Theo Quyết định số 12/QĐ-BTL của Tư lệnh Bộ Tư lệnh Quân khu 7, đơn vị phải báo cáo."
    assert _docs(text) == [("12/QĐ-BTL", "Tư lệnh Bộ Tư lệnh Quân khu 7", None)]


def test_toan_bo_is_no_military_command():
    assert _docs("Toàn bộ Tư lệnh đã có mặt theo Văn bản số 12/KH-BTL.") == [
        ("12/KH-BTL", None, None)
    ]


# --- a lower-case decision by number signed, then what it does ----------------------------------


def test_a_signed_decision_by_number_then_what_it_does_is_a_reference():
    text = (
        "Tháng 12/2005, Phó chủ tịch UBND TP Nguyễn Văn An ký quyết định 6565 phê duyệt điều "
        "chỉnh quy hoạch chung."
    )
    assert _refs(text) == [("number_only", None)]
    assert _refs("Ông A đã ký quyết định 12 thành lập tổ công tác.") == [("number_only", None)]


def test_a_decision_by_number_then_what_it_does_without_ky_or_a_count_is_none():
    # Round 48 (merged beside this one) reads a decision's verb after its number after any
    # document-taking verb, "ký" or not: "thực hiện quyết định 12 phê duyệt …" is a reference.
    assert _refs("Ông A thực hiện quyết định 12 phê duyệt quy hoạch.") == [("number_only", None)]
    assert _refs("Chủ tịch UBND tỉnh ký quyết định 3 thành viên.") == []


# --- "cho" (for) after a lower-case noun and number -----------------------------------------------


def test_cho_after_a_lower_case_resolution_and_number_goes_on_about_the_document():
    text = "Các đơn vị chưa chi thu nhập tăng thêm theo nghị quyết 03 cho người lao động."
    assert _refs(text) == [("number_only", None)]


def test_cho_phep_after_a_number_is_still_no_end():
    assert _refs("Theo quy định 5 cho phép các đơn vị tự chủ.") == []
