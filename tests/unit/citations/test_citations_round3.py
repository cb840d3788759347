"""Issue 14, third round: shapes the fresh2 labels showed (code typing slips, letters of old-shape
issuers, bodies named in sentence case, subjects and proposers), one representative sentence each.
"""

from __future__ import annotations

import pytest

from tests.support import cited_documents

# --- codes ---------------------------------------------------------------------------------------

CODES = [
    ("pm-letter", "như Thủ tướng Chính phủ đã chỉ đạo tại văn bản số 95/TTg-KTN ngày 13 tháng 1 "
     "năm 2006;", [("95/TTg-KTN", "Thủ tướng Chính phủ", "2006-01-13")]),
    ("pm-letter-cong-van", "Căn cứ Công văn số 60/TTg-ĐMDN ngày 12 tháng 01 năm 2010 của Thủ tướng "
     "Chính phủ về việc", [("60/TTg-ĐMDN", "Thủ tướng Chính phủ", "2010-01-12")]),
    ("slash-typed-twice", "Bãi bỏ mục I của Nghị quyết số 11/2004 / / NQ-HĐND ngày 02 tháng 7 năm "
     "2004 của Hội đồng nhân dân tỉnh", [("11/2004/NQ-HĐND", "Hội đồng nhân dân tỉnh",
                                          "2004-07-02")]),
    ("dot-for-dash", "theo Quyết định số 1480/2003/QĐ.UB ngày 22/4/2003 của UBND tỉnh về việc",
     [("1480/2003/QĐ-UB", "UBND tỉnh", "2003-04-22")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [pytest.param(*r[1:], id=r[0]) for r in CODES])
def test_code_shapes(text, want):
    assert cited_documents(text) == want


def test_a_decree_printed_with_a_unit_stays_the_decree():
    found = cited_documents(
        "Nghị định số 06/CP ngày 20/01/1996 và Nghị định số 06/CP-NĐ ngày 20/01/1996"
    )
    assert [d[0] for d in found] == ["06/CP"]


def test_a_dot_then_a_space_is_a_sentence_end_not_a_code():
    assert cited_documents("theo Quyết định số 12/2003/QĐ. UB tỉnh đã") == []


# --- issuers named in sentence case, with titles and joint forms --------------------------------

ISSUERS = [
    ("committee-with-lower-case-name", "Báo cáo thẩm tra số 31/BC-KTNS ngày 29 tháng 11 năm 2008 "
     "của Ban kinh tế và ngân sách HĐND tỉnh và ý kiến của các đại biểu HĐND tỉnh,",
     "Ban kinh tế và ngân sách HĐND tỉnh"),
    ("national-committee", "Thông báo số 12/TB-UBATGT ngày 26/11/2009 của Uỷ ban An toàn giao "
     "thông Quốc gia và Kết luận của Bộ trưởng", "Uỷ ban An toàn giao thông Quốc gia"),
    ("department-head-title", "ban hành kèm theo Quyết định số 15/QĐ-VTLTNN ngày 25/5/2009 của Cục "
     "trưởng Cục Văn thư và Lưu trữ Nhà nước và Danh mục số 1 các cơ quan",
     "Cục trưởng Cục Văn thư và Lưu trữ Nhà nước"),
    ("department-then-title", "thay thế Công văn số 68/LTNN-TTNC ngày 19/11/1999 của Cục Lưu trữ "
     "Nhà nước về việc hướng dẫn", "Cục Lưu trữ Nhà nước"),
    ("two-titles-and-dashed-name", "Quyết định số 9/2002/QĐ-BTCCBCP ngày 15/4/2002 của Bộ trưởng, "
     "Trưởng ban Ban Tổ chức - Cán bộ Chính phủ (nay là Bộ Nội vụ) về việc",
     "Bộ trưởng, Trưởng ban Ban Tổ chức - Cán bộ Chính phủ"),
    ("long-lower-case-name", "(Ban hành kèm theo Quyết định số 84/QĐ-BTC ngày 16 tháng 6 năm 2006 "
     "của Trưởng Ban Tổ chức cuộc vận động người đi đò mặc áo phao) đến",
     "Trưởng Ban Tổ chức cuộc vận động người đi đò mặc áo phao"),
    ("joint-with-lien-tich-and-dash", "Bãi bỏ Thông tư liên tịch số 28/2003/TTLT-BTC-BGDĐT ngày "
     "04/4/2003 của Liên tịch Bộ Tài chính - Bộ Giáo dục và Đào tạo quy định",
     "Bộ Tài chính - Bộ Giáo dục và Đào tạo"),
    ("joint-with-colon", "Căn cứ Thông tư liên tịch số 02/2007/TTLT-BCA-BLĐTBXH-BTC ngày 01/3/2007 "
     "của liên Bộ: Công an, Lao động-Thương binh và Xã hội, Tài chính hướng dẫn",
     "liên Bộ: Công an, Lao động-Thương binh và Xã hội, Tài chính"),
    ("council-in-lower-case", "Sau khi xem xét Tờ trình số 1081/TTr-UBND ngày 21/11/2008 của uỷ "
     "ban nhân dân tỉnh đề nghị", "uỷ ban nhân dân tỉnh"),
    ("deputy-prime-minister-direction", "Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Thường trực "
     "Chính phủ tại công văn số 108/VPCP-KTTH ngày 22/02/2010, Bộ đã",
     "Phó Thủ tướng Thường trực Chính phủ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "issuer"), [pytest.param(*r[1:], id=r[0]) for r in ISSUERS])
def test_issuer_names(text, issuer):
    [(_, got, _)] = cited_documents(text)
    assert got == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Kết luận số 41-KL/TW của Ban Bí thư Trung ương Đảng tiếp tục thực hiện",
         "Ban Bí thư Trung ương Đảng"),
        ("Quyết định số 4/QĐ-VTLTNN của Cục Lưu trữ Nhà nước tiếp tục thực hiện",
         "Cục Lưu trữ Nhà nước"),
        ("Quyết định số 4/QĐ-CT của Cục Thuế tỉnh tiếp tục thực hiện", "Cục Thuế tỉnh"),
        ("Quyết định số 4/QĐ-CT của Cục Thuế tỉnh Bình Dương tiếp tục thực hiện",
         "Cục Thuế tỉnh Bình Dương"),
    ],
)  # fmt: skip
def test_a_sentence_case_name_ends_at_its_scope_not_at_the_verb(text, issuer):
    [(_, got, _)] = cited_documents(text)
    assert got == issuer


def test_the_same_body_capitalised_wins_over_a_lower_case_title_line():
    text = (
        "bãi bỏ quyết định số 12/2006/qđ-ubnd của ủy ban nhân dân tỉnh\n"
        "Bãi bỏ Quyết định số 12/2006/QĐ-UBND ngày 2/3/2006 của Uỷ ban nhân dân tỉnh về việc"
    )
    assert cited_documents(text) == [("12/2006/QĐ-UBND", "Uỷ ban nhân dân tỉnh", "2006-03-02")]


def test_fuller_statement_of_the_same_body_wins():
    text = (
        "bãi bỏ quyết định số 29/2007/qđ-ubnd của uỷ ban nhân dân thành phố\n"
        "Bãi bỏ Quyết định số 29/2007/QĐ-UBND ngày 05 tháng 6 năm 2007 của Uỷ ban nhân dân thành "
        "phố Đà Nẵng ban hành Quy định"
    )
    assert cited_documents(text) == [
        ("29/2007/QĐ-UBND", "Uỷ ban nhân dân thành phố Đà Nẵng", "2007-06-05")
    ]


# --- subjects and proposers before the code -----------------------------------------------------

SUBJECTS = [
    ("ministry-by-kind", "Ngày 13 tháng 01 năm 2010, Bộ ban hành Kế hoạch số 13/KH-LĐTBXH về tổ "
     "chức thăm", [("13/KH-LĐTBXH", "Bộ", "2010-01-13")]),
    ("ministry-by-kind-co", "Bộ đã có thông báo số 41/TB-BLĐTBXH ngày 05/02/2010 tới các cơ quan",
     [("41/TB-BLĐTBXH", "Bộ", "2010-02-05")]),
    ("city-as-subject-glued-noun", "Phát huy kết quả, Thành phố Hà Nội đã ban hànhKế hoạch số "
     "15/KH-UBND ngày 19-8-2014, về lộ trình", [("15/KH-UBND", "Thành phố Hà Nội", "2014-08-19")]),
    ("proposers-listed", "- Xét đề nghị của Giám đốc Sở Xây dựng thành phố tại công văn số "
     "718/CV-VP ngày 25 tháng 6 năm 1998; Chánh Thanh tra thành phố tại công văn số 62/CV-TT-TCCB "
     "ngày 30/6/1998 và Trưởng Ban Tổ chức chính quyền thành phố tại công văn số 18/TCCQ-TC ngày "
     "09/7/1998);",
     [("718/CV-VP", "Giám đốc Sở Xây dựng thành phố", "1998-06-25"),
      ("62/CV-TT-TCCB", "Chánh Thanh tra thành phố", "1998-06-30"),
      ("18/TCCQ-TC", "Trưởng Ban Tổ chức chính quyền thành phố", "1998-07-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [pytest.param(*r[1:], id=r[0]) for r in SUBJECTS])
def test_subjects_and_proposers(text, want):
    assert cited_documents(text) == want


def test_a_kind_alone_is_not_an_issuer_after_cua():
    [(_, issuer, _)] = cited_documents("Thông tư số 5/2010/TT-BTC của Bộ về việc")
    assert issuer is None


def test_a_second_proposer_needs_the_first_one_stated_with_tai():
    # "Liên ngành: A và B tại …" is one joint proposer (read whole since round 4); B alone is
    # never read from "và B tại"
    [(_, issuer, _)] = cited_documents(
        "Xét đề nghị của Liên ngành: Sở Giao thông Công chính và Sở Kế hoạch và Đầu tư tại Tờ "
        "trình số 611/TTrLN-GTCC-KH&ĐT ngày 04/8/2006 về việc"
    )
    assert issuer == "Liên ngành: Sở Giao thông Công chính và Sở Kế hoạch và Đầu tư"


def test_a_list_without_de_nghi_gives_no_proposer():
    found = cited_documents(
        "Thực hiện Nghị quyết số 3/NQ-CP; Sở Tư pháp tại công văn số 7/CV-STP ngày 2/3"
    )
    assert [d[1] for d in found] == [None, None]
