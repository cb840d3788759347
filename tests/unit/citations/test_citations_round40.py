"""Issue 14, fortieth round: the rules written against fresh69's misses and the issuer misses of
fresh68 (fresh69/005, fresh69/011, fresh69/015, fresh68/005, …), on made-up sentences of the
same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- the agent of a passive verb acting "bằng" (by) the document -------------------------------


def test_the_agent_of_a_passive_verb_by_the_document_is_its_issuer():
    text = (
        "Việc này theo yêu cầu của Phó thủ tướng, được Văn phòng Chính phủ truyền đạt bằng văn "
        "bản số 1234/VPCP-KTTH ngày 5-6-2018."
    )
    assert _docs(text) == [("1234/VPCP-KTTH", "Văn phòng Chính phủ", "2018-06-05")]
    text = "Nội dung này đã được Bộ Tài chính hướng dẫn bằng Công văn 1234/BTC-CST ngày 5-6-2018."
    assert _docs(text) == [("1234/BTC-CST", "Bộ Tài chính", "2018-06-05")]


def test_by_a_document_without_an_agent_or_after_an_object_states_no_issuer():
    text = "Nội dung này được trả lời bằng văn bản số 1234/BTC-CST ngày 5-6-2018."
    assert _docs(text) == [("1234/BTC-CST", None, "2018-06-05")]
    # the body is the addressee, not the agent of a passive
    text = "Hồ sơ gửi Bộ Tài chính bằng văn bản số 1234/SXD-KT ngày 5-6-2018."
    assert _docs(text) == [("1234/SXD-KT", None, "2018-06-05")]


# --- "có" before "ban hành" -------------------------------------------------------------------


def test_the_subject_of_co_ban_hanh_is_the_issuer():
    text = "Trước đây UBND tỉnh có ban hành quyết định số 12/2005/QĐ-UB quy định giá đất."
    assert _docs(text) == [("12/2005/QĐ-UB", "UBND tỉnh", None)]
    text = "Năm 2010, Bộ Tài chính cũng có ký ban hành Thông tư số 12/2010/TT-BTC về phí."
    assert _docs(text) == [("12/2010/TT-BTC", "Bộ Tài chính", "2010")]


def test_co_ban_hanh_after_no_body_or_apart_from_the_document_states_none():
    assert _docs("Doanh nghiệp có ban hành quy chế số 12/QC-CT nội bộ.") == [
        ("12/QC-CT", None, None)
    ]
    text = "Tỉnh hỏi liệu UBND tỉnh có ban hành hay không quyết định số 12/2005/QĐ-UB."
    assert _docs(text) == [("12/2005/QĐ-UB", None, None)]


# --- the State Bank, the Supreme Court, the Government Inspectorate by abbreviation after "của" -


def test_a_circular_by_number_and_year_of_the_state_bank_by_its_abbreviation_resolves():
    text = "Ngân hàng trích dự phòng theo Thông tư 08/2016 của NHNN số tiền 200 tỷ."
    assert _refs(text) == [("Thông tư 08/2016", "NHNN", "08/2016/TT-NHNN")]
    text = "Theo Thông tư 14/2015 của TTCP, việc này được làm."
    assert _refs(text) == [("Thông tư 14/2015", "TTCP", "14/2015/TT-TTCP")]


def test_an_abbreviation_before_its_shape_is_certain_or_of_another_body_resolves_nothing():
    # the State Bank's shape is certain from 2011; "BTC" may be an organising committee
    assert _refs("Theo Thông tư 14/2009 của NHNN, việc này được làm.") == [
        ("Thông tư 14/2009", "NHNN", None)
    ]
    assert _refs("Theo Thông tư 14/2015 của BTC, việc này được làm.") == [
        ("Thông tư 14/2015", None, None)
    ]
    assert _refs("Theo Quyết định 14/2015 của NHNN, việc này được làm.") == [
        ("Quyết định 14/2015", None, None)
    ]


# --- a joint circular by number without "số", its issuers after it ----------------------------


def test_a_joint_circular_by_number_with_its_issuers_after_it_is_a_reference():
    text = "Giá dịch vụ tăng theo Thông tư liên tịch 37 của Bộ Y tế và Bộ Tài chính."
    assert _refs(text) == [("Thông tư liên tịch 37", "Bộ Y tế và Bộ Tài chính", None)]


def test_a_joint_circular_by_number_without_issuer_or_before_a_count_stays_as_it_was():
    assert _refs("Giá tăng theo Thông tư liên tịch 37.") == []
    assert _refs("Thông tư liên tịch 2 bộ của Bộ Y tế ban hành.") == []
    assert _refs("Theo Thông tư liên tịch 2015 của Bộ Y tế.") == []


# --- a publishing house as a body ---------------------------------------------------------------


def test_a_publishing_house_before_its_name_issues_its_letter():
    text = "Ngày 3/4/2015, NXB Kim Đồng đã có văn bản số 57/XBKĐ gửi Cục Xuất bản."
    assert _docs(text) == [("57/XBKĐ", "NXB Kim Đồng", "2015-04-03")]
    text = "Ngày 3/4/2015, Nhà xuất bản Trẻ đã có văn bản số 57/NXBT gửi Cục Xuất bản."
    assert _docs(text) == [("57/NXBT", "Nhà xuất bản Trẻ", "2015-04-03")]


def test_a_publishing_house_without_its_name_is_no_body():
    assert _docs("Sách do NXB in theo Quyết định số 12/QĐ-CXB.") == [("12/QĐ-CXB", None, None)]
    text = "Ngày 3/4/2015, nhà xuất bản đã có văn bản số 57/XBKĐ gửi Cục."
    assert _docs(text) == [("57/XBKĐ", None, None)]


# --- the Council of Judges in lower case before its court --------------------------------------


def test_the_council_of_judges_in_lower_case_before_its_court_is_the_issuer():
    text = "Theo nghị quyết 01/2015/NQ-HĐTP của hội đồng thẩm phán TAND tối cao, việc này rõ."
    assert _docs(text) == [("01/2015/NQ-HĐTP", "hội đồng thẩm phán TAND tối cao", None)]


def test_a_lower_case_council_without_its_court_or_of_another_kind_is_no_body():
    text = "Theo nghị quyết 01/2015/NQ-HĐTP của hội đồng thẩm phán, việc này được hướng dẫn."
    assert _docs(text) == [("01/2015/NQ-HĐTP", None, None)]
    text = "Theo quyết định 01/2015/QĐ-UBND của hội đồng xét xử TAND tỉnh, việc này được làm."
    assert _docs(text) == [("01/2015/QĐ-UBND", None, None)]


# --- "cấp bằng công nhận": a body that grants a recognition by its decision ---------------------


def test_the_agent_that_grants_a_recognition_by_a_decision_issued_it():
    text = (
        "Chùa được Bộ Văn hoá cấp bằng công nhận là Di tích cấp quốc gia theo Quyết định số "
        "575/QĐ-VH ngày 14/7/1990."
    )
    assert _docs(text) == [("575/QĐ-VH", "Bộ Văn hoá", "1990-07-14")]


def test_a_recognition_granted_without_an_agent_or_funds_granted_state_no_issuer():
    text = "Chùa được cấp bằng công nhận là Di tích cấp quốc gia theo Quyết định số 575/QĐ-VH."
    assert _docs(text) == [("575/QĐ-VH", None, None)]
    text = "Chùa được Bộ Văn hoá cấp kinh phí tu bổ Di tích theo Quyết định số 12/QĐ-UBND tỉnh."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]


# --- a central Party committee named in sentence case -------------------------------------------


def test_a_central_party_committee_in_sentence_case_is_read_whole():
    text = (
        "Xem xét Tờ trình của Đảng uỷ Khối Doanh nghiệp Trung ương (số 215-TTr/ĐUK, ngày "
        "01/3/2019) và ý kiến thẩm định, Bộ Chính trị đã ra Chỉ thị mới."
    )
    assert _docs(text) == [("215-TTr/ĐUK", "Đảng uỷ Khối Doanh nghiệp Trung ương", "2019-03-01")]
    text = "Theo Tờ trình số 215-TTr/ĐUCA của Đảng uỷ Công an Trung ương, việc này rõ."
    assert _docs(text) == [("215-TTr/ĐUCA", "Đảng uỷ Công an Trung ương", None)]


def test_a_party_committee_whose_name_goes_on_after_trung_uong_keeps_its_capitalised_name():
    text = (
        "Tại Quyết định số 31-QĐ/ĐU-MTTW ngày 21/2/2017, Đảng ủy Cơ quan Ủy ban Trung ương Mặt "
        "trận Tổ quốc Việt Nam thi hành kỷ luật ông A."
    )
    assert _docs(text) == [
        (
            "31-QĐ/ĐU-MTTW",
            "Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "2017-02-21",
        )
    ]
    text = "Đảng uỷ Công an tỉnh Nghệ An đã ban hành Kế hoạch số 12-KH/ĐU."
    assert _docs(text) == [("12-KH/ĐU", "Đảng uỷ Công an tỉnh Nghệ An", None)]
