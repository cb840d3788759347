"""Issue 14, second round: the shapes the held-out labels showed, on real snippets (shortened).

Each row is general grammar (old id shapes, proposer and subject phrases, lists, council terms,
plenum resolutions named by number), checked on the sentence it came from.
"""

from __future__ import annotations

import pytest
from citations import ReferenceKind, canonical_id, extract


def docs(text: str, date=None) -> list[tuple]:
    return [(c.id, c.issuer, c.date, c.term) for c in extract(text, date=date).documents]


# --- old id shapes -------------------------------------------------------------------------------

OLD_SHAPES = [
    ("old-issuer-dash", "Nghị định 35-HĐBT ban hành năm 1992 đã ghi một mốc",
     [("35/HĐBT", None, "1992", None)]),
    ("old-issuer-dash-with-date", "Căn cứ Nghị định số 244-HĐBT ngày 30/6/1990 của Hội đồng Bộ "
     "trưởng về tổ chức", [("244/HĐBT", "Hội đồng Bộ trưởng", "1990-06-30", None)]),
    ("old-typed-state-order", "được công bố theo lệnh số 49-LTC/HĐNN ngày 02/0l/1991 của Chủ "
     "tịch Hội đồng Nhà nước;", [("49-LTC/HĐNN", "Chủ tịch Hội đồng Nhà nước", "1991-01-02",
                                 None)]),
    ("old-ministry-spaced", "theo quy định tại Thông tư số 43 TC/QLCS ngày 31/7/1996, Thông tư",
     [("43/TC-QLCS", None, "1996-07-31", None)]),
    ("dotted-unit", "phúc đáp Tờ trình số 6238/TTr-UBND.VX ngày 24/9/2009 của UBND tỉnh;",
     [("6238/TTr-UBND", "UBND tỉnh", "2009-09-24", None)]),
    ("dotted-unit-normative", "Quyết định số 55/2005/QĐ-UB.NN ngày 05 tháng 5 năm 2005 của UBND "
     "tỉnh V/v ban hành", [("55/2005/QĐ-UB", "UBND tỉnh", "2005-05-05", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [pytest.param(*r[1:], id=r[0]) for r in OLD_SHAPES])
def test_old_shapes_are_read_with_their_context(text, want):
    assert docs(text) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [("35-HĐBT", "35/HĐBT"), ("64-CP", "64/CP"), ("49-LTC/HĐNN", "49-LTC/HĐNN"),
     ("43 TC/QLCS", "43/TC-QLCS"), ("12 HD/BTCTW", None), ("5-CP/TW", None)],
)  # fmt: skip
def test_old_shapes_canonical_id(raw, want):
    assert canonical_id(raw) == want


def test_old_shapes_need_a_noun_or_so():
    assert docs("năm 35-HĐBT và 43 TC/QLCS") == []


def test_old_issuer_followed_by_a_unit_stays_a_letter():
    # "06/CP-NĐ" is the old decree 06/CP printed with a unit, not "06-…"
    assert [d[0] for d in docs("Nghị định số 06/CP ngày 20/01/1996 và Nghị định số 06/CP-NĐ")] == [
        "06/CP"
    ]


# --- issuer wherever the text states it ----------------------------------------------------------

ISSUERS = [
    ("passive", "Nghị định số 25/2009/NĐ-CP được Chính phủ ban hành ngày 6-3-2009 về quản lý",
     "Chính phủ", "2009-03-06"),
    ("joint-ministries-without-bo", "Căn cứ Thông tư liên tịch số 02/2005/TTLT-BCVT-VHTT-CA-KHĐT "
     "ngày 14 tháng 7 năm 2005 của liên bộ Bưu chính, Viễn thông, Văn hoá - Thông tin, Công an, "
     "Kế hoạch và Đầu tư về quản lý đại lý Internet;",
     "liên bộ Bưu chính, Viễn thông, Văn hoá - Thông tin, Công an, Kế hoạch và Đầu tư",
     "2005-07-14"),
    ("provisional-committee", "thay thế Quyết định số 04/2004/QĐ-UB ngày 01 tháng 01 năm 2004 của "
     "Uỷ ban nhân dân lâm thời tỉnh Hậu Giang về việc", "Uỷ ban nhân dân lâm thời tỉnh Hậu Giang",
     "2004-01-01"),
    ("committee-of-a-council", "Báo cáo thẩm tra số 57/BC-KTNS16 ngày 16 tháng 12 năm 2009 của Ban "
     "Kinh tế và Ngân sách Hội đồng nhân dân tỉnh và ý kiến đại biểu",
     "Ban Kinh tế và Ngân sách Hội đồng nhân dân tỉnh", "2009-12-16"),
    ("abbreviated-ministry", "Thông tư số 522/1999/TT-BGTVT ngày 20/10/1999 của Bộ trưởng Bộ GTVT "
     "hướng dẫn", "Bộ trưởng Bộ GTVT", "1999-10-20"),
    ("title-across-a-line-break", "Căn cứ Quyết định số 803/2007/QĐ-BKH ngày 30/7/2007 của Bộ "
     "trưởng\nBộ Kế hoạch và Đầu tư về việc", "Bộ trưởng Bộ Kế hoạch và Đầu tư", "2007-07-30"),
    ("proposer-any-name", "Xét đề nghị của Ban Tài chính Quản trị Thành uỷ tại Văn bản số "
     "488-CV/TCQT-NS ngày 18 tháng 8 năm 2004 về", "Ban Tài chính Quản trị Thành uỷ",
     "2004-08-18"),
    ("proposer-title-and-comma", "Theo đề nghị của Giám đốc Sở Bưu chính, Viễn thông, tại tờ trình "
     "số 28/TTr - BCVT ngày 04 tháng 10 năm 2005 về", "Giám đốc Sở Bưu chính, Viễn thông",
     "2005-10-04"),
    ("proposer-without-cua", "xét đề nghị ông Giám đốc Sở Nội vụ tại Tờ trình số: 213/TT-SNV ngày "
     "03/6/2005,", "Giám đốc Sở Nội vụ", "2005-06-03"),
    ("proposer-unknown-noun", "Theo đề nghị của Sở Tư pháp và Sở Tài chính tại Tờ trình liên ngành "
     "số 415/TTLN-TP-TC ngày 16 tháng 5 năm 2005 về", "Sở Tư pháp và Sở Tài chính", "2005-05-16"),
    ("subject-with-aside-and-year", "Năm 2007, Bộ Công nghiệp (nay là Bộ Công thương) đã ban hành "
     "Quyết định số 34/2007/QĐ-BCN phê duyệt", "Bộ Công nghiệp", "2007"),
    ("sentence-opening-month", "Tháng 2/1967 trong lúc chiến tranh phá hoại đang diễn ra ở miền "
     "Bắc, Ban bí thư TW Đảng ban hành Nghị quyết 157-NQ/TW \"Về tăng cường\"",
     "Ban bí thư TW Đảng", "1967-02"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "issuer", "date"), [pytest.param(*r[1:], id=r[0]) for r in ISSUERS]
)
def test_issuer_and_date_in_every_position(text, issuer, date):
    [(_, got_issuer, got_date, _)] = docs(text)
    assert (got_issuer, got_date) == (issuer, date)


def test_joint_bodies_with_bo_stay_two_bodies():
    [(_, issuer, _, _)] = docs(
        "Thông tư số 14/TTLT-BTC-BTNMT ngày 31/1/2008 của Bộ Tài chính và Bộ Tài nguyên và Môi "
        "trường về"
    )
    assert issuer == "Bộ Tài chính và Bộ Tài nguyên và Môi trường"
    [(_, issuer, _, _)] = docs("Quyết định số 1/QĐ-UBND của UBND tỉnh Khánh Hoà và Nghị quyết")
    assert issuer == "UBND tỉnh Khánh Hoà"


def test_sentence_date_only_for_the_first_code_after_the_verb():
    found = docs(
        "Tháng 3/2009, UBND tỉnh ban hành Kế hoạch số 5/KH-UBND thực hiện Chỉ thị số 05-CT/TW"
    )
    assert [(d[0], d[2]) for d in found] == [("5/KH-UBND", "2009-03"), ("05-CT/TW", None)]


def test_proposer_covers_the_list_after_tai_cac():
    text = (
        "Xét đề nghị của Ban quản lý dự án 2 tại các Văn bản số 3319/BQLDA2-TCKT ngày 4/11/2009, "
        "Văn bản số 3326/BQLDA2-TCKT và Văn bản số 3227/BQLDA2-TCKT ngày 29/10/2009; đề nghị của "
        "Cục Y tế Giao thông vận tải tại Văn bản số 668/CYT-KHTC ngày 25/12/2009; đề nghị của Bệnh "
        "viện GTVT thành phố Hồ Chí Minh tại Văn bản số 579/CV-BV ngày 16/12/2009;"
    )
    assert [d[1] for d in docs(text)] == ["Ban quản lý dự án 2"] * 3 + [
        "Cục Y tế Giao thông vận tải",
        "Bệnh viện GTVT thành phố Hồ Chí Minh",
    ]


def test_subject_of_ban_hanh_covers_the_objects_after_semicolons():
    text = (
        "Chính phủ ban hành Chỉ thị số 20/CT-TTg, ngày 21-4-1998 về đẩy mạnh sắp xếp doanh nghiệp "
        "nhà nước; Nghị định 64/2002/NĐ-CP về việc chuyển doanh nghiệp nhà nước thành công ty cổ "
        "phần, thay thế Nghị định 44/1998/NĐ-CP; ra Quyết định số 50/2002/QĐ-CP về tiêu chí"
    )
    assert [(d[0], d[1]) for d in docs(text)] == [
        ("20/CT-TTg", "Chính phủ"),
        ("64/2002/NĐ-CP", "Chính phủ"),
        ("44/1998/NĐ-CP", None),  # what is replaced, not what is issued
        ("50/2002/QĐ-CP", "Chính phủ"),
    ]


def test_subject_stops_at_a_code_with_its_own_issuer_and_at_the_line_end():
    text = (
        "Bộ Tài chính ban hành Thông tư số 1/2010/TT-BTC; Thông tư số 2/2010/TT-BYT của Bộ Y tế; "
        "Thông tư số 3/2010/TT-BNV\nThông tư số 4/2010/TT-BTC"
    )
    assert [d[1] for d in docs(text)] == ["Bộ Tài chính", "Bộ Y tế", None, None]


def test_subject_is_not_given_to_a_code_inside_a_title():
    text = (
        "UBND tỉnh đã ban hành Kế hoạch số 5/KH-UBND triển khai Chỉ thị số 05-CT/TW, Nghị quyết "
        "số 04-NQ/TW"
    )
    assert [d[1] for d in docs(text)] == ["UBND tỉnh", None, None]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Nghị quyết số 42/2006/NQ-HĐND ngày 05 tháng 10 năm 2006 của Hội đồng nhân dân tỉnh khoá "
         "VII, kỳ họp thứ 8 về định mức", None),
        ("Nghị quyết số 44/2003/NQ-HĐ ngày 03 tháng 12 năm 2003 của Hội đồng nhân dân thành phố, "
         "Khoá VI, thông qua về dự toán", "VI"),
        ("Chỉ thị số 16-CT/TW của Ban Bí thư Trung ương (khoá IX) về", "IX"),
    ],
)  # fmt: skip
def test_a_council_session_term_is_not_the_documents(text, term):
    [(_, _, _, got)] = docs(text)
    assert got == term


# --- plenum resolutions named by number, and through the same text -------------------------------


def test_resolution_named_by_a_plenum_before_it():
    text = (
        "Thực hiện Nghị quyết Đại hội VI, Hội nghị Trung ương 8 đã ra Nghị quyết 8B về đổi mới "
        "công tác quần chúng. Ngay từ Nghị quyết Trung ương 8 khoá VI Đảng đã nêu quan điểm."
    )
    refs = {r.label: r for r in extract(text).references}
    numbered = refs["Nghị quyết 8B Hội nghị Trung ương 8 khóa VI"]
    assert numbered.kind is ReferenceKind.NUMBER_AND_PLENUM
    assert (numbered.resolves_to, numbered.resolved_by) == ("8B-NQ/HNTW", "plenum-table")
    assert numbered.issuer == "Hội nghị Trung ương 8"
    plenum = refs["Nghị quyết Trung ương 8 khóa VI"]
    assert (plenum.resolves_to, plenum.resolved_by) == ("8B-NQ/HNTW", "text")


def test_plenum_resolves_through_the_number_the_text_names():
    text = (
        "Hội nghị Trung ương 8 khoá XI (6-2014) đã ra Nghị quyết số 29 về đổi mới căn bản, toàn "
        "diện giáo dục và đào tạo.\nNghị quyết Trung ương 8 khoá XI đã chỉ rõ chất lượng giáo dục."
    )
    got = {r.label: (r.resolves_to, r.resolved_by) for r in extract(text).references}
    assert got == {
        "Nghị quyết 29 Hội nghị Trung ương 8 khóa XI": ("29-NQ/TW", "plenum-table"),
        "Nghị quyết Trung ương 8 khóa XI": ("29-NQ/TW", "text"),
    }


def test_plenum_stays_open_when_the_text_names_two_of_its_resolutions():
    text = (
        "Nghị quyết số 28-NQ/TW ngày 25/10/2013 và Nghị quyết số 29-NQ/TW ngày 4/11/2013 được "
        "thông qua. Nghị quyết Trung ương 8 khoá XI đã chỉ rõ."
    )
    plenum = next(r for r in extract(text).references if r.kind is ReferenceKind.PLENUM)
    assert plenum.resolves_to is None


def test_plenum_does_not_resolve_through_a_code_of_another_term():
    # 29-NQ/TW of 2022 is khóa XIII's, not the one of Trung ương 8 khóa XI
    text = "Nghị quyết số 29-NQ/TW ngày 17/11/2022 được ban hành. Nghị quyết Trung ương 8 khoá XI."
    plenum = next(r for r in extract(text).references if r.kind is ReferenceKind.PLENUM)
    assert plenum.resolves_to is None


def test_plenum_before_a_number_needs_a_single_term_for_that_plenum():
    text = (
        "Hội nghị Trung ương 8 khoá X và Hội nghị Trung ương 8 khoá XI đã họp. Hội nghị Trung ương "
        "8 đã ra Nghị quyết 29 về giáo dục."
    )
    numbered = next(r for r in extract(text).references if r.number == "29")
    assert numbered.resolves_to is None
