"""Issue 14, fourth round: shapes the fresh3 labels showed (an issuer stated once before a list
under a plural noun, heads typed in title case or with a dash for a space, office holders'
titles, joint proposers after a colon, a second body that opens a new clause), one
representative sentence each.
"""

from __future__ import annotations

import pytest

from tests.support import cited_documents

# --- one issuer before a list ------------------------------------------------------------------


def test_a_plural_noun_and_its_issuer_open_a_list():
    found = cited_documents(
        "Căn cứ các Nghị định của Chính phủ: số 181/2004/NĐ-CP ngày 29/10/2004 về thi hành Luật "
        "Đất đai; số 198/2004/NĐ-CP ngày 03/12/2004 về thu tiền sử dụng đất; số 17/2006/NĐ-CP "
        "ngày 27/01/2006 về việc sửa đổi, bổ sung một số điều của các nghị định hướng dẫn và "
        "Nghị định số 187/2004/NĐ-CP về việc chuyển công ty nhà nước; số 44/2008/NĐ-CP ngày "
        "09/4/2008 về sửa đổi;"
    )
    assert found == [
        ("181/2004/NĐ-CP", "Chính phủ", "2004-10-29"),
        ("198/2004/NĐ-CP", "Chính phủ", "2004-12-03"),
        ("17/2006/NĐ-CP", "Chính phủ", "2006-01-27"),
        # inside the title of 17/2006, not an item of the list
        ("187/2004/NĐ-CP", None, None),
        ("44/2008/NĐ-CP", "Chính phủ", "2008-04-09"),
    ]


def test_the_list_noun_may_be_repeated_and_the_colon_left_out():
    found = cited_documents(
        "Căn cứ các Nghị định của Chính phủ số 181/2004/NĐ-CP ngày 29/10/2004 về thi hành Luật "
        "đất đai; Nghị định số 188/2004/NĐ-CP ngày 16/11/2004 về phương pháp xác định giá đất;"
    )
    assert [d[1] for d in found] == ["Chính phủ", "Chính phủ"]


def test_the_list_issuer_reaches_only_items_of_its_noun():
    found = cited_documents(
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 118/TTg ngày 27/02/1996 về việc hỗ "
        "trợ; Thông tư số 5/2009/TT-BXD ngày 1/3/2009 hướng dẫn;"
    )
    assert found == [("118/TTg", "Thủ tướng Chính phủ", "1996-02-27"),
                     ("5/2009/TT-BXD", None, "2009-03-01")]  # fmt: skip


def test_a_singular_noun_opens_no_list():
    found = cited_documents(
        "Căn cứ Nghị định của Chính phủ số 1/2004/NĐ-CP ngày 2/1/2004; số 2/2004/NĐ-CP"
    )
    assert found[1][1] is None


# --- heads as typed ----------------------------------------------------------------------------

HEADS = [
    ("title-case-government", "Nghị định số 21/2008/NĐ-CP ngày 28 tháng 02 năm 2008 của Chính Phủ "
     "về việc", "Chính Phủ"),
    ("title-case-ministry", "Thông tư số 116/2004/TT-BTC ngày 07 tháng 12 năm 2004 của Bộ Tài "
     "Chính về việc", "Bộ Tài Chính"),
    ("title-case-council", "Nghị quyết số 29/2009/NQ-HĐND, ngày 09 tháng 12 năm 2009 của Hội đồng "
     "Nhân dân tỉnh Tây Ninh khoá VII, kỳ họp thứ 18", "Hội đồng Nhân dân tỉnh Tây Ninh"),
    ("dash-for-space", "Quyết định số 3415/QĐ-BGTVT ngày 05/11/2007 của Bộ trưởng Bộ Giao thông - "
     "Vận tải về việc", "Bộ trưởng Bộ Giao thông - Vận tải"),
    ("space-for-dash", "Thông tư số 23/2003/TT-BLĐTBXH ngày 03 tháng 11 năm 2003 của Bộ Lao động "
     "Thương binh và Xã hội quy định", "Bộ Lao động Thương binh và Xã hội"),
    ("department-lower-case", "Căn cứ báo cáo thẩm định số 62/BC-STP của Sở tư pháp, ngày 23 tháng "
     "4 năm 2009;", "Sở tư pháp"),
    ("governor", "Quyết định số 01/2007/QĐ-NHNN ngày 05/01/2007 của Thống đốc Ngân hàng Nhà nước "
     "ban hành Quy chế", "Thống đốc Ngân hàng Nhà nước"),
    ("district-office-head", "Xét Báo cáo thẩm định số 03/BC-TP ngày 06 tháng 01 năm 2010 của "
     "Trưởng Phòng Tư pháp quận 5;", "Trưởng Phòng Tư pháp quận 5"),
    ("joint-proposer-after-colon", "Theo đề nghị của Liên tịch: Sở Tài chính - Cục Thuế Lâm Đồng "
     "tại Tờ trình số 1959/TTr-LT ngày 29 tháng 12 năm 2006,",
     "Liên tịch: Sở Tài chính - Cục Thuế Lâm Đồng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [pytest.param(*r[1:], id=r[0]) for r in HEADS])
def test_heads_as_typed(text, want):
    [(_, issuer, _)] = cited_documents(text)
    assert issuer == want


def test_the_date_after_an_issuer_in_sentence_case_is_read():
    [(_, _, date)] = cited_documents(
        "Căn cứ báo cáo thẩm định số 62/BC-STP của Sở tư pháp, ngày 23/4/2009;"
    )
    assert date == "2009-04-23"


def test_a_lower_case_ministry_name_is_still_not_a_head():
    # title case is read for the later words of a known head, never for its first word
    [(_, issuer, _)] = cited_documents("Thông tư số 5/2010/TT-BTC của bộ tài chính về việc")
    assert issuer is None


# --- a second body that opens a new clause -----------------------------------------------------


def test_a_body_after_a_comma_and_before_a_verb_is_a_new_subject():
    [(_, issuer, _)] = cited_documents(
        "căn cứ quy định tại Nghị định số 188/2004/NĐ-CP của Chính phủ, UBND tỉnh được quyết định "
        "điều chỉnh tăng hoặc giảm"
    )
    assert issuer == "Chính phủ"


def test_joint_issuers_before_a_title_stay_joint():
    [(_, issuer, _)] = cited_documents(
        "Thông tư liên tịch số 08/2005/TTLT-BNV-BTC ngày 05 tháng 01 năm 2005 của Bộ Nội vụ, Bộ "
        "Tài chính hướng dẫn thực hiện chế độ"
    )
    assert issuer == "Bộ Nội vụ, Bộ Tài chính"
