"""Issue 14, fifth round: shapes the fresh4 labels showed (letter codes without a unit, a dot
for the dash, codes of an earlier regime, issuers named partly by abbreviation or by an office,
proposers before a parenthesised letter, a second letter of one proposal after its title, a
date printed right after a code), one representative sentence each.
"""

from __future__ import annotations

from citations import canonical_id, extract, is_valid_id

from tests.support import cited_documents

# --- coded ids ---------------------------------------------------------------------------------


def test_a_letter_code_without_unit_after_a_letter_noun():
    found = cited_documents(
        "Xét đề nghị của Phòng Tài nguyên và Môi trường quận 3 tại công văn số 828/TNMT ngày 15 "
        "tháng 10 năm 2009 về việc đề nghị thông qua quy chế;"
    )
    assert found == [("828/TNMT", "Phòng Tài nguyên và Môi trường quận 3", "2009-10-15")]


def test_a_short_code_needs_a_letter_noun():
    # a decision or a bare "số" does not make "N/ABC" a letter code
    assert cited_documents("Quyết định số 12/ABC ngày 1/2/2009") == []
    assert cited_documents("theo số 828/TNMT") == []


def test_a_dot_for_the_dash_before_an_all_capital_issuer():
    found = cited_documents(
        "Theo Tờ trình số 30/TTr. SXD ngày 19/01/2006 của Giám đốc Sở Xây dựng,\n"
        "Căn cứ Thông tư số 124/TT.TTr ngày 18/7/1990 của Thanh tra Nhà nước hướng dẫn;"
    )
    assert [f[:1] + f[2:] for f in found] == [
        ("30/TTr-SXD", "2006-01-19"),
        ("124/TT-TTr", "1990-07-18"),
    ]


def test_a_dot_never_joins_the_next_sentence():
    assert cited_documents("Đã có Tờ trình số 12/TTr. Sau đó, tỉnh họp.") == []
    assert cited_documents("Đã có Tờ trình số 12/TTr. Ta họp.") == []


def test_codes_of_an_earlier_regime_are_kept_as_printed():
    found = cited_documents(
        "Ngày 22-10-1956, Tổng thống VNCH Ngô Đình Diệm đã ký Sắc lệnh số 143-NV về việc đổi "
        "tên các tỉnh.\nNgày 21-10-1969, Thủ tướng VNCH Trần Thiện Khiêm đã ký Nghị định số "
        "709-BNV/HCĐP sáp nhập xã.\nNgày 6-9-1973, VNCH ban hành Nghị định số 420-BNV/HCĐP/26."
    )
    assert [f[0] for f in found] == ["143-NV", "709-BNV/HCĐP", "420-BNV/HCĐP/26"]
    assert extract("Sắc lệnh số 143-NV").documents[0].type == "Sắc lệnh"


def test_a_dashed_code_needs_a_noun_and_so_and_is_never_a_party_code():
    assert cited_documents("Nghị định 709-BNV/HCĐP") == []
    assert cited_documents("vùng 143-NV") == []
    assert cited_documents("Quyết định số 15-QĐ/TWĐTN") == []  # the Youth Union, not read
    assert canonical_id("12-XY/TW") is None
    assert is_valid_id("709-BNV/HCĐP")


# --- issuers -----------------------------------------------------------------------------------


def test_a_signer_of_another_regime_stated_before_the_code():
    found = cited_documents(
        "Ngày 13-7-1961, Tổng thống VNCH Ngô Đình Diệm ban hành Sắc lệnh số 174-NV sáp nhập "
        "quần đảo Hoàng Sa vào xã Định Hải."
    )
    assert found == [("174-NV", "Tổng thống VNCH Ngô Đình Diệm", "1961-07-13")]


def test_a_ministry_named_partly_by_abbreviation():
    found = cited_documents(
        "Căn cứ văn bản số: 3595/BNN-KL ngày 28/12/2007 của Bộ Nông nghiệp và PTNT về việc tăng "
        "cường;\nthực hiện theo Thông tư liên tịch số 117/2007/TTLT/BTC-BLĐTBXH ngày 01/10/2007 "
        "của Bộ Tài chính và Bộ Lao động - TB và Xã hội để điều chỉnh;\n- Tiền học thực hiện "
        "theo Thông tư liên tịch số 01/2006/TTLT-BLĐTBXH-BGDĐT-BYT ngày 18/01/2006 của Bộ Lao "
        "động TB &XH-Bộ Giáo dục và Đào tạo - Bộ Y tế."
    )
    assert [f[1] for f in found] == [
        "Bộ Nông nghiệp và PTNT",
        "Bộ Tài chính và Bộ Lao động - TB và Xã hội",
        "Bộ Lao động TB &XH-Bộ Giáo dục và Đào tạo - Bộ Y tế",
    ]


def test_joint_ministries_after_a_capitalised_lien_bo_and_a_colon():
    found = cited_documents(
        "Căn cứ Thông tư liên tịch số 01/2009/TTLT-BTP-BNV, ngày 28/4/2009 của Liên bộ: Bộ Tư "
        "pháp - Bộ Nội vụ hướng dẫn chức năng;"
    )
    assert found == [("01/2009/TTLT-BTP-BNV", "Liên bộ: Bộ Tư pháp - Bộ Nội vụ", "2009-04-28")]


def test_office_holders_and_bodies_named_by_their_office():
    found = cited_documents(
        "Căn cứ Quyết định số 596/QĐ-KTNN ngày 02/8/2006 của Tổng Kiểm toán Nhà nước quy định;\n"
        "thay thế Quyết định số 1575/QĐ-KTNN ngày 30/12/2008 của Tổng KTNN về việc quy định;\n"
        "Xét đề nghị tại Tờ trình số 08/TT-TTr ngày 05/04/2004 của Chánh Thanh tra tỉnh, kèm "
        "theo đề án;\ntheo Quyết định số 1308/QĐ/BTC ngày 01 tháng 9 năm 1999 của Bộ Trưởng Bộ "
        "Tài chính về xác định;\n(Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của Tập "
        "đoàn Điện lực Việt Nam);"
    )
    assert [f[1] for f in found] == [
        "Tổng Kiểm toán Nhà nước",
        "Tổng KTNN",
        "Chánh Thanh tra tỉnh",
        "Bộ Trưởng Bộ Tài chính",
        "Tập đoàn Điện lực Việt Nam",
    ]


def test_a_proposer_before_a_parenthesised_letter():
    found = cited_documents(
        "Theo đề nghị của Giám đốc Sở Nông nghiệp & PTNT Khánh Hoà (Tờ trình số 407/TT/SNN-TL "
        "ngày 16/6/2006),"
    )
    assert found == [("407/TT-SNN-TL", "Giám đốc Sở Nông nghiệp & PTNT Khánh Hoà", "2006-06-16")]


def test_the_second_letter_of_one_proposal_after_the_title_of_the_first():
    found = cited_documents(
        "Sau khi xem xét đề nghị của Uỷ ban nhân dân tỉnh tại Tờ trình số 55/TTr - UBND ngày 27 "
        "tháng 11 năm 2009 về việc đề nghị quy định mức thu phí trên địa bàn tỉnh và Tờ trình "
        "số 60/TTr - UBND ngày 03 tháng 12 năm 2009 về việc phê duyệt phương án thu phí chợ,"
    )
    assert [f[1] for f in found] == ["Uỷ ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh"]


def test_only_the_same_noun_continues_a_proposal_across_a_title():
    found = cited_documents(
        "Xét đề nghị của Sở Xây dựng tại Tờ trình số 633/TTr-SXD ngày 19/8/2009 về việc ban "
        "hành quy định và Báo cáo thẩm định số 367/BCTĐ-STP ngày 23/7/2009,"
    )
    assert [f[1] for f in found] == ["Sở Xây dựng", None]


# --- term and date -----------------------------------------------------------------------------


def test_a_council_term_before_tai_ky_hop_is_the_session():
    cites = extract(
        "Căn cứ Nghị quyết số 85/2009/NQ-HĐND ngày 02 tháng 12 năm 2009 của Hội đồng nhân dân "
        "tỉnh khoá VII, tại kỳ họp thứ hai mươi lăm về việc quy định tỷ lệ;"
    ).documents
    assert cites[0].term is None


def test_a_numeric_date_printed_right_after_the_code():
    found = cited_documents(
        "được quy định tại Thông tư số 64/2013/TT- BTC 15/05/2013, hướng dẫn thi hành nghị định "
        "số 51/2010/NĐ-CP 2013 qui định"
    )
    assert found == [("64/2013/TT-BTC", None, "2013-05-15"), ("51/2010/NĐ-CP", None, None)]


# --- number-only references --------------------------------------------------------------------


def test_a_number_that_reads_as_a_year_does_not_resolve_through_its_issuer():
    refs = extract("Thực hiện Quy định 2010 của Bộ Chính trị và Kết luận số 1999 của Ban Bí thư")
    assert [(r.label, r.resolves_to) for r in refs.references] == [
        ("Quy định 2010", None),
        ("Kết luận 1999", None),
    ]
    # a number that cannot be a year still resolves
    assert extract("Chỉ thị 35 của Bộ Chính trị").references[0].resolves_to == "35-CT/TW"


def test_a_party_code_typed_without_its_dash_is_still_malformed():
    # an editor's "98/QĐTW" is the Party shape mistyped, not a letter code
    assert canonical_id("98/QĐTW") is None
    assert canonical_id("98-QĐTW") is None
    assert cited_documents("Công văn số 98/QĐTW ngày 1/2/2009") == []
    assert canonical_id("256/PCLB") == "256/PCLB"
    assert canonical_id("76-QĐ") is None  # a Party id without its issuer
    assert cited_documents("Chỉ thị số 297-CT ngày 26/11/1986") == []
