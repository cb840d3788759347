"""Issue 14, tenth round: general shapes behind the fresh10 misses and the known misses of the
earlier batches (a decision described between its noun and "số", a subject after "tại Quyết
định số …", the deciding body of "được X phê duyệt … theo Quyết định số …", …), made-up
sentences, with the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents

# --- a document described between its noun and "số" ---------------------------------------


def test_a_described_decision_keeps_the_subject_before_it():
    found = cited_documents(
        "Thanh tra Sở Xây dựng tỉnh Bình Dương đã ra quyết định xử phạt vi phạm hành chính số "
        "45/QĐ-XPVPHC ngày 3/5/2018 đối với công ty."
    )
    assert found == [("45/QĐ-XPVPHC", "Thanh tra Sở Xây dựng tỉnh Bình Dương", "2018-05-03")]
    found = cited_documents(
        "UBND xã Tân Phú đã ban hành Quyết định cưỡng chế thi công số 77/QĐ-UBND ngày 2/1/2019."
    )
    assert found == [("77/QĐ-UBND", "UBND xã Tân Phú", "2019-01-02")]
    (doc,) = extract("Sở đã có Báo cáo thẩm định số 12/BC-STP ngày 1/2/2019.").documents
    assert doc.type == "Báo cáo"


def test_a_description_never_crosses_a_clause_word():
    # "của", "tại", "theo" … end the description: the body after "của" is read as before
    found = cited_documents("Quyết định của UBND tỉnh số 12/2010/QĐ-UBND ngày 3/3/2010")
    assert found == [("12/2010/QĐ-UBND", "UBND tỉnh", "2010-03-03")]


# --- the subject after "tại Quyết định số …," ------------------------------------------------


def test_the_subject_after_a_document_opening_the_sentence_is_its_issuer():
    found = cited_documents(
        "Do vi phạm nghiêm trọng, tại Quyết định số 88-QĐ/ĐU ngày 3/4/2017, Đảng ủy Cơ quan "
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã thi hành kỷ luật ông A."
    )
    assert found == [
        ("88-QĐ/ĐU", "Đảng ủy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "2017-04-03")
    ]
    found = cited_documents(
        "Sau đó tại Quyết định số 724/QĐ-UBND ngày 29/3/2011, tỉnh Lào Cai đã điều chỉnh quy "
        "hoạch. Trong Văn bản số 526/UBND-TNMT gửi UBND tỉnh mới đây, UBND huyện Đại Từ đã tóm "
        "lược nhận định."
    )
    assert found == [
        ("724/QĐ-UBND", "tỉnh Lào Cai", "2011-03-29"),
        ("526/UBND-TNMT", "UBND huyện Đại Từ", None),
    ]


def test_an_object_or_a_later_clause_is_not_the_issuer():
    # passive: the body is what the decision acts on
    assert cited_documents("Tại Quyết định số 5/QĐ-UBND, UBND huyện được giao nhiệm vụ.") == [
        ("5/QĐ-UBND", None, None)
    ]
    # "Theo …": the body applies a document, it need not be its author
    assert cited_documents("Theo Quyết định số 5/QĐ-UBND, UBND huyện đã thu hồi đất.") == [
        ("5/QĐ-UBND", None, None)
    ]
    # the issuer printed with the code stays
    assert cited_documents(
        "Tại Quyết định số 930/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh đã phê duyệt dự án."
    ) == [("930/QĐ-TTg", "Thủ tướng Chính phủ", None)]


# --- the body that decided by a document ------------------------------------------------------


def test_the_deciding_body_before_tai_or_theo_is_the_issuer():
    found = cited_documents(
        "Dự án được UBND tỉnh Cao Bằng phê duyệt lần đầu theo Quyết định số 21/QĐ-UBND ngày "
        "2/10/2009. Nội dung đã được UBND thành phố thống nhất tại công văn số 32/UBND-SXD ngày "
        "5/5/2017. Khu đất được UBND tỉnh chấp thuận phê duyệt số 50/D-UB ngày 20/5/1999."
    )
    assert found == [
        ("21/QĐ-UBND", "UBND tỉnh Cao Bằng", "2009-10-02"),
        ("32/UBND-SXD", "UBND thành phố", "2017-05-05"),
        ("50/D-UB", "UBND tỉnh", "1999-05-20"),
    ]
    found = cited_documents(
        "UBND tỉnh Cao Bằng phê duyệt điều chỉnh tổng mức đầu tư theo Quyết định số 17/QĐ-UBND."
    )
    assert found == [("17/QĐ-UBND", "UBND tỉnh Cao Bằng", None)]


def test_a_body_carrying_out_a_document_is_not_its_issuer():
    assert cited_documents("UBND huyện thực hiện theo Quyết định số 7/QĐ-UBND.") == [
        ("7/QĐ-UBND", None, None)
    ]
    assert cited_documents("UBND huyện đã triển khai tại Kế hoạch số 7/KH-UBND.") == [
        ("7/KH-UBND", None, None)
    ]


# --- bodies the extractor did not know --------------------------------------------------------


def test_councils_stations_boards_and_typed_heads_are_read_whole():
    found = cited_documents(
        "Đến ngày 4/10/2016, Hội đồng kỷ luật Đài PT-TH Lâm Đồng đã ban hành quyết định số "
        "12/QĐ-PTTH về việc kỷ luật. Để Hội đồng thành viên ban hành Nghị quyết số 42/NQ-DKVN "
        "ngày 6-5-2011. Ngày 23/5, ban Thường vụ Huyện ủy Yên Thành đã có Quyết định 35/QĐ-HU."
    )
    assert found == [
        ("12/QĐ-PTTH", "Hội đồng kỷ luật Đài PT-TH Lâm Đồng", "2016-10-04"),
        ("42/NQ-DKVN", "Hội đồng thành viên", "2011-05-06"),
        ("35-QĐ/HU", "ban Thường vụ Huyện ủy Yên Thành", None),
    ]
    found = cited_documents(
        "tham mưu cho Đảng ủy Tập đoàn ban hành Nghị quyết số 23/NQ-ĐU, ngày 7-8-2009; theo "
        "Quyết định số 6/2014/QĐ-UBND, ngày 5/9/2014 của UBND tỉnh TT-Huế; Công văn số "
        "27/UBND-TKBT ngày 9/9/2016 của ƯBND Thành phố"
    )
    assert found == [
        ("23-NQ/ĐU", "Đảng ủy Tập đoàn", "2009-08-07"),
        ("6/2014/QĐ-UBND", "UBND tỉnh TT-Huế", "2014-09-05"),
        ("27/UBND-TKBT", "ƯBND Thành phố", "2016-09-09"),
    ]


def test_office_holders_of_courts_inspectorates_and_the_trade_unions():
    found = cited_documents(
        "Căn cứ Tờ trình số 33/TTr-TANDTC ngày 06 tháng 5 năm 2017 của Chánh án Tòa án Nhân dân "
        "Tối cao. Ngày 11.4.2017, Phó Chánh thanh tra Sở Xây dựng đã ký ban hành Quyết định số "
        "26/QĐ-XPVPHC xử phạt. Đó là chỉ đạo của Tổng LĐLĐVN tại văn bản số 8/HD-TLĐ hướng dẫn."
    )
    assert found == [
        ("33/TTr-TANDTC", "Chánh án Tòa án Nhân dân Tối cao", "2017-05-06"),
        ("26/QĐ-XPVPHC", "Phó Chánh thanh tra Sở Xây dựng", "2017-04-11"),
        ("8/HD-TLĐ", "Tổng LĐLĐVN", None),
    ]
