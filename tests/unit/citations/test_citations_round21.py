"""Issue 14, twenty-first round: general shapes behind the fresh31 misses and the fresh30
left-overs (vietnews articles), made-up sentences of the same shape, with the cases that must
stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


# --- a resolution of the Council of Judges by number and year ----------------------------------


def test_a_judges_council_resolution_by_number_and_year_resolves():
    text = (
        "Chánh án trao đổi về nghị quyết 02/2018 của Hội đồng thẩm phán TAND Tối cao, vừa ban hành."
    )
    assert _refs(text) == [
        ("Nghị quyết 02/2018", "02/2018/NQ-HĐTP", "Hội đồng thẩm phán TAND Tối cao")
    ]
    text = "Theo Nghị quyết số 41/2017 của Hội đồng Thẩm phán Tòa án nhân dân tối cao, bị cáo …"
    assert _refs(text) == [
        ("Nghị quyết 41/2017", "41/2017/NQ-HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao")
    ]


def test_a_small_number_and_year_with_another_issuer_stays_open_and_alone_is_no_reference():
    # the issuer printed after it: a number, not a month, but only the judges' council fixes it
    assert _refs("Theo nghị quyết 05/2019 của Quốc hội, các địa phương …") == [
        ("Nghị quyết 05/2019", None, "Quốc hội")
    ]
    # nothing after it: "03/2019" may be a month, as before
    assert _refs("Theo nghị quyết 03/2019, các địa phương …") == []
    # before 2000 the council's codes had another form: open
    assert _refs("Theo Nghị quyết 15/1999 của Hội đồng thẩm phán TAND Tối cao, …") == [
        ("Nghị quyết 15/1999", None, "Hội đồng thẩm phán TAND Tối cao")
    ]


# --- "Tổng Giám đốc" as an office holder's title -----------------------------------------------


def test_a_general_director_is_a_title_of_his_body():
    found = cited_documents(
        "Ông Lê Văn A, Tổng Giám đốc VEC đã ký văn bản số 1201/CV-VEC gửi các nhà thầu."
    )
    assert found == [("1201/CV-VEC", "Tổng Giám đốc VEC", None)]
    found = cited_documents(
        "Theo Quyết định số 45/QĐ-EVN của Tổng giám đốc Tập đoàn Điện lực Việt Nam, các đơn vị …"
    )
    assert found == [("45/QĐ-EVN", "Tổng giám đốc Tập đoàn Điện lực Việt Nam", None)]
    # "Giám đốc" alone stays as it was
    found = cited_documents("Ông Lê Văn A, Giám đốc VEC đã ký văn bản số 1201/CV-VEC gửi nhà thầu.")
    assert found == [("1201/CV-VEC", "Giám đốc VEC", None)]


# --- a body that proposed in a document wrote it ------------------------------------------------


def test_a_body_that_proposed_in_a_document_is_its_issuer():
    found = cited_documents(
        "Dự án đã được đoàn giám sát của HĐND tỉnh kiến nghị tại Báo cáo số 41/BC-HĐND ngày "
        "2/10/2013, nhưng chưa được xử lý."
    )
    assert found == [("41/BC-HĐND", "HĐND tỉnh", "2013-10-02")]
    found = cited_documents(
        "Việc điều chỉnh đã được Sở Kế hoạch và Đầu tư đề xuất tại Tờ trình số 88/TTr-SKHĐT."
    )
    assert found == [("88/TTr-SKHĐT", "Sở Kế hoạch và Đầu tư", None)]


def test_a_proposal_made_under_a_document_or_by_a_person_states_no_issuer():
    # "theo" a document: the proposal follows it, as for "báo cáo"
    found = cited_documents("Sở Tài chính đề xuất theo Quyết định số 15/QĐ-UBND của tỉnh.")
    assert found == [("15/QĐ-UBND", None, None)]
    found = cited_documents("Ông Lê Văn A đã kiến nghị tại Công văn số 12/CV-HTX về việc này.")
    assert found == [("12/CV-HTX", None, None)]


# --- a subject glued to the word before it ------------------------------------------------------


def test_a_body_glued_to_a_heading_before_it_is_the_subject():
    found = cited_documents(
        "Quy định mới về đo đạc bản đồChính phủ đã ban hành Nghị định số 31/2019/NĐ-CP quy định "
        "chi tiết một số điều."
    )
    assert found == [("31/2019/NĐ-CP", "Chính phủ", None)]
    found = cited_documents(
        "Tăng cường quản lý đấtUBND tỉnh vừa ban hành Quyết định số 77/QĐ-UBND."
    )
    assert found == [("77/QĐ-UBND", "UBND tỉnh", None)]


def test_a_subject_by_its_kind_alone_is_never_read_glued():
    # "Bộ" alone is a subject only as a word of its own ("hệ thống điện tửBộ" is no subject)
    found = cited_documents("Triển khai hệ thống điện tửBộ ban hành Quyết định số 77/QĐ-BTC.")
    assert found == [("77/QĐ-BTC", None, None)]


# --- a ministry that announces a decision bearing its own letters ------------------------------


def test_a_ministry_announcing_a_decision_with_its_letters_issued_it():
    found = cited_documents(
        "Ngày 12/6/2018, Bộ Công Thương đã công bố quyết định số 610/QĐ-BCT về việc sắp xếp."
    )
    assert found == [("610/QĐ-BCT", "Bộ Công Thương", "2018-06-12")]
    found = cited_documents(
        "Ngày 30-5, Bộ Khoa học và Công nghệ (KH&CN) đã công bố quyết định số 77/QĐ-BKHCN về …"
    )
    assert found == [("77/QĐ-BKHCN", "Bộ Khoa học và Công nghệ", None)]


def test_a_body_announcing_another_bodys_decision_is_not_its_issuer():
    # a department announces the province's decision: not its own
    found = cited_documents("Ngày 3/5/2019, Sở Nội vụ công bố Quyết định số 1788/QĐ-UBND về việc …")
    assert found == [("1788/QĐ-UBND", None, None)]
    # a ministry announcing the Prime Minister's decision
    found = cited_documents("Ngày 3/5/2019, Bộ Tài chính công bố Quyết định số 98/QĐ-TTg về việc …")
    assert found == [("98/QĐ-TTg", None, None)]


# --- "phòng" in lower case before a capitalised name -------------------------------------------


def test_a_lower_case_phong_before_a_capitalised_name_is_a_head():
    found = cited_documents(
        "Ngày 2/10/2017, phòng Kỹ thuật hình sự Công an tỉnh Lào Cai đã ra kết luận giám định số "
        "31/KL-PC09 về vụ việc."
    )
    assert found == [("31/KL-PC09", "phòng Kỹ thuật hình sự Công an tỉnh Lào Cai", "2017-10-02")]
    found = cited_documents(
        "Theo Quyết định số 15/QĐ-UBND của phòng Tài nguyên và Môi trường huyện Gia Lâm, hộ dân …"
    )
    assert found == [("15/QĐ-UBND", "phòng Tài nguyên và Môi trường huyện Gia Lâm", None)]


def test_a_lower_case_phong_ending_a_word_or_a_title_is_no_head():
    # never "phòng Chính phủ" (since the twenty-sixth round "văn phòng" in lower case is read as
    # a head of its own, the whole office)
    found = cited_documents("Theo Công văn số 15/VPCP-KTN của văn phòng Chính phủ, các bộ …")
    assert found == [("15/VPCP-KTN", "văn phòng Chính phủ", None)]
    found = cited_documents("Theo Công văn số 15/CV-PC của trưởng phòng Cảnh sát giao thông, …")
    assert found == [("15/CV-PC", None, None)]
    found = cited_documents("Ngày 3/4/2018, phòng Chống tham nhũng đã có văn bản số 15/CV-PC.")
    assert found == [("15/CV-PC", None, None)]


# --- a company by its name and form ------------------------------------------------------------


def test_a_company_with_its_form_is_a_body():
    found = cited_documents(
        "Khi gần hết hạn hợp đồng, công ty TNHH Minh Phát đã gửi văn bản số 45/CV-MP lên UBND tỉnh."
    )
    assert found == [("45/CV-MP", "công ty TNHH Minh Phát", None)]
    found = cited_documents(
        "Bộ nhận được văn bản số 16/2018/CV-HL của Công ty TNHH Đầu tư và Kinh doanh bất động sản "
        "Hồng Lam đề xuất mua lại cổ phần."
    )
    assert found == [
        ("16/2018/CV-HL", "Công ty TNHH Đầu tư và Kinh doanh bất động sản Hồng Lam", None)
    ]
    found = cited_documents(
        "Ngày 3/4/2018, Công ty cổ phần Xi măng Hoà Bình có công văn số 12/CV-XMHB gửi tỉnh."
    )
    assert found == [("12/CV-XMHB", "Công ty cổ phần Xi măng Hoà Bình", "2018-04-03")]


def test_a_company_never_runs_on_into_the_clause_after_it():
    # a company after a comma that does something else is no joint issuer
    found = cited_documents(
        "Theo Quyết định số 12/QĐ-UBND của UBND tỉnh, Công ty TNHH Minh Long phải nộp phạt."
    )
    assert found == [("12/QĐ-UBND", "UBND tỉnh", None)]
    # a company the document is given to, or companies in the plural, are no issuer
    found = cited_documents(
        "UBND tỉnh ban hành Quyết định số 13/QĐ-UBND giao đất cho Công ty TNHH An."
    )
    assert found == [("13/QĐ-UBND", "UBND tỉnh", None)]
    found = cited_documents("Sau đó các công ty Nhật Bản có văn bản số 14/CV-NB gửi bộ.")
    assert found == [("14/CV-NB", None, None)]


# --- "Chánh văn phòng" as an office holder's title ---------------------------------------------


def test_the_chief_of_office_is_a_title_of_his_body():
    found = cited_documents("Theo văn bản số 123/VP-KT của Chánh văn phòng UBND tỉnh, các sở …")
    assert found == [("123/VP-KT", "Chánh văn phòng UBND tỉnh", None)]
    found = cited_documents(
        "Ngày 5/12/2017, Phó Chánh Văn phòng Bộ Tài chính đã ký văn bản số 88/VP-TH gửi các đơn vị."
    )
    assert found == [("88/VP-TH", "Phó Chánh Văn phòng Bộ Tài chính", "2017-12-05")]


# --- the date opening the sentence after a short opener ----------------------------------------


def test_a_date_after_a_short_opener_and_vao_opens_the_subjects_sentence():
    found = cited_documents(
        "Được biết, vào tháng 12/2017, ông Lê Văn B, Phó Chủ tịch UBND tỉnh ký văn bản số "
        "245/UBND-KT về việc thông báo."
    )
    assert found == [("245/UBND-KT", "Phó Chủ tịch UBND tỉnh", "2017-12")]
    found = cited_documents(
        "Vào ngày 3/5/2016, ông Lê Văn B, Chủ tịch UBND huyện ký Quyết định số 99/QĐ-UBND."
    )
    assert found == [("99/QĐ-UBND", "Chủ tịch UBND huyện", "2016-05-03")]


def test_a_date_inside_a_clause_of_its_own_is_not_the_documents():
    # the date does not open the subject's clause: nothing is read
    found = cited_documents(
        "Được biết, vào tháng 12/2017 trời mưa lớn, UBND tỉnh đề nghị theo văn bản số 7/UBND-KT."
    )
    assert found == [("7/UBND-KT", None, None)]


# --- more short names of ministries fix a circular's code --------------------------------------


def test_a_ministrys_short_name_fixes_its_circulars_code():
    assert _refs("Theo Thông tư 25/2014 của Bộ Tài nguyên, các địa phương …") == [
        ("Thông tư 25/2014", "25/2014/TT-BTNMT", "Bộ Tài nguyên")
    ]
    assert _refs("Bộ Lao động vừa ban hành Thông tư 11/2017 quy định về việc làm công.") == [
        ("Thông tư 11/2017", "11/2017/TT-BLĐTBXH", "Bộ Lao động")
    ]
    assert _refs("Theo Thông tư 30/2016 của Bộ Văn hoá, các tỉnh …") == [
        ("Thông tư 30/2016", "30/2016/TT-BVHTTDL", "Bộ Văn hoá")
    ]


def test_a_short_name_of_a_ministry_merged_in_2025_does_not_fix_that_years_circular():
    assert _refs("Theo Thông tư 25/2025 của Bộ Giao thông, các địa phương …") == [
        ("Thông tư 25/2025", None, "Bộ Giao thông")
    ]
    # before the ministry had that name
    assert _refs("Theo Thông tư 12/2005 của Bộ Thông tin, các địa phương …") == [
        ("Thông tư 12/2005", None, "Bộ Thông tin")
    ]
