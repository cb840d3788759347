"""Issue 14, sixth round: shapes the fresh5 labels showed (subjects of a coordinated verb or of
"xây dựng", an issuer between the noun and "số", a thematic resolution, mixed date separators,
the term printed with a subject, mass organisations, "Hướng dẫn 40" after its code, plenum
references resolved by the resolution's own title or by what the plenum is said to have
adopted), one representative sentence each, with the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract, plenums

from tests.support import cited_documents

# --- issuer and date stated before the code ----------------------------------------------------


def test_the_subject_of_a_coordinated_verb_goes_to_its_list():
    found = cited_documents(
        "Huyện uỷ đã ban hành và triển khai Chương trình số 09-CTr/HU ngày 30-12-2011 về phát "
        'triển kinh tế; Nghị quyết số 04-NQ/HU ngày 26-6-2012 về " dồn điền đổi thửa ".'
    )
    assert found == [
        ("09-CTr/HU", "Huyện uỷ", "2011-12-30"),
        ("04-NQ/HU", "Huyện uỷ", "2012-06-26"),
    ]


def test_a_plan_is_built_by_its_author_and_a_second_one_after_va_too():
    found = cited_documents(
        "Uỷ ban nhân dân huyện đã xây dựng Kế hoạch số 121/KH-UBND ngày 21-12-2011 về tổ chức "
        "phong trào thi đua và Kế hoạch số: 40/KH-UBND ngày 10-4-2012 về thực hiện Chương trình."
    )
    assert found == [
        ("121/KH-UBND", "Uỷ ban nhân dân huyện", "2011-12-21"),
        ("40/KH-UBND", "Uỷ ban nhân dân huyện", "2012-04-10"),
    ]


def test_only_a_plan_or_programme_is_built():
    # "xây dựng" names no issuer of a decision; nor a second item of another noun after "và"
    assert cited_documents("Sở đã xây dựng Quyết định số 12/QĐ-UBND về tổ chức.") == [
        ("12/QĐ-UBND", None, None)
    ]
    found = cited_documents(
        "Sở Xây dựng đã ban hành Kế hoạch số 1/KH-SXD về việc A và Quyết định số 5/QĐ-UBND về B."
    )
    assert found == [("1/KH-SXD", "Sở Xây dựng", None), ("5/QĐ-UBND", None, None)]


def test_an_issuer_between_the_noun_and_so():
    found = cited_documents(
        "Ra thông báo kết luận của Ban Thường vụ Huyện uỷ số 351-TB/HU ngày 02/7/2013 về công "
        "tác dồn điền đổi thửa."
    )
    assert found == [("351-TB/HU", "Ban Thường vụ Huyện uỷ", "2013-07-02")]
    (c,) = extract("Quyết định của UBND tỉnh số 12/2010/QĐ-UBND về giá đất").documents
    assert (c.type, c.issuer) == ("Quyết định", "UBND tỉnh")


def test_a_plural_list_opening_still_shares_its_issuer():
    found = cited_documents(
        "Căn cứ các Nghị định của Chính phủ số 181/2004/NĐ-CP ngày 29/10/2004 về thi hành Luật "
        "đất đai; Nghị định số 188/2004/NĐ-CP ngày 16/11/2004 về giá đất;"
    )
    assert [f[1] for f in found] == ["Chính phủ", "Chính phủ"]


def test_a_thematic_resolution_is_an_item_of_the_list():
    found = cited_documents(
        "Hội đồng nhân dân huyện Thường Tín đã ban hành Nghị quyết số 23/2011/NQ-HĐND ngày "
        "15-12-2011 về việc phê chuẩn đề án; Nghị quyết chuyên đề số 04/2012/NQ-HĐND ngày "
        "05-7-2012 về dồn điền đổi thửa."
    )
    assert [f[1] for f in found] == ["Hội đồng nhân dân huyện Thường Tín"] * 2
    assert (
        extract("Nghị quyết chuyên đề số 04/2012/NQ-HĐND")
        .documents[0]
        .mentions[0]
        .text.startswith("Nghị quyết chuyên đề")
    )


def test_a_date_with_two_different_separators():
    found = cited_documents(
        "Tiếp đó, ngày 02-12/2013 UBND huyện đã ban hành Quyết định số 4106/QĐ-UBND phê duyệt."
    )
    assert found == [("4106/QĐ-UBND", "UBND huyện", "2013-12-02")]
    # right after a code without "ngày" the separators must still be alike
    (c,) = extract("Thông tư số 64/2013/TT-BTC 15-05/2013 hướng dẫn").documents
    assert c.date is None


def test_the_term_printed_with_the_subject():
    (c,) = extract(
        "Ngày 27-3-1990, Ban Chấp hành Trung ương Đảng (khoá VI) đã ra Nghị quyết 8b-NQ / HNTW "
        "về đổi mới công tác quần chúng."
    ).documents
    assert (c.issuer, c.date, c.term) == ("Ban Chấp hành Trung ương Đảng", "1990-03-27", "VI")
    # another bracket after the subject is read through as before
    (c,) = extract(
        "Năm 2007, Bộ Công nghiệp (nay là Bộ Công thương) đã ban hành Quyết định số "
        "12/2007/QĐ-BCN về điện."
    ).documents
    assert (c.issuer, c.term) == ("Bộ Công nghiệp", None)


def test_a_mass_organisation_as_issuer():
    found = cited_documents(
        "sau khi có nghị quyết 03/NQ-TLĐ ngày 22/10/2004 của Đoàn Chủ tịch Tổng Liên đoàn Lao "
        "động Việt Nam về đẩy mạnh công tác đào tạo"
    )
    assert found == [("03/NQ-TLĐ", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "2004-10-22")]


# --- number-only mentions -----------------------------------------------------------------------


def test_a_guidance_by_number_after_its_code():
    result = extract(
        "Thực hiện Hướng dẫn số 40-HD/BTCTW ngày 8-4-2005 của Ban Tổ chức Trung ương, …\n"
        "chưa quán triệt sâu sắc Quy định 123 và Hướng dẫn 40 nên còn lúng túng."
    )
    (c,) = result.documents
    assert [m.text for m in c.mentions] == ["Hướng dẫn số 40-HD/BTCTW", "Hướng dẫn 40"]
    assert [r.label for r in result.references] == ["Quy định 123"]


def test_a_guidance_by_number_alone_is_still_no_reference():
    # without the code in the text, "Hướng dẫn 40" needs "số", like "chương trình 135"
    assert extract("chưa quán triệt Hướng dẫn 40 nên lúng túng").references == ()
    # nor does a lower-case "hướng dẫn 40 hộ" become a mention of the code
    result = extract("Hướng dẫn số 40-HD/BTCTW. Cán bộ hướng dẫn 40 hộ dân.")
    assert len(result.documents[0].mentions) == 1


# --- plenum references ---------------------------------------------------------------------------


def test_a_plenum_without_term_resolves_by_the_resolution_s_own_title():
    (r,) = extract(
        "thực hiện nghiêm túc Nghị quyết TW 4 “Một số vấn đề cấp bách về xây dựng Đảng hiện "
        "nay” và Chỉ thị 03/CT-TW của Bộ Chính trị"
    ).references
    assert (r.resolves_to, r.term, r.resolved_by) == ("12-NQ/TW", "XI", "plenum-table")
    (r,) = extract(
        "Nghị quyết Trung ương 5  Xây dựng và phát triển nền văn hoá Việt Nam tiên tiến, đậm đà "
        "bản sắc dân tộc  vừa đáp ứng đòi hỏi. Đọc Nghị quyết Trung ương 5, ta hiểu."
    ).references
    assert (r.resolves_to, r.term, len(r.mentions)) == ("03-NQ/TW", "VIII", 2)


def test_the_title_wins_over_the_article_date():
    (r,) = extract(
        "Nghị quyết Trung ương 4 “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”",
        date="2018-05-01",
    ).references
    assert r.resolves_to == "12-NQ/TW"


def test_a_topic_is_not_a_title():
    # keywords alone, without a term, leave the plenum open: XI and XII both met on Party building
    (r,) = extract("Nghị quyết Trung ương 4 về xây dựng Đảng").references
    assert r.resolves_to is None
    assert plenums.resolve_by_title(4, "về xây dựng Đảng") is None
    # the title must be whole: its first words are not enough
    assert plenums.resolve_by_title(4, "“Một số vấn đề cấp bách”") is None
    # and the tone mark may sit on either vowel
    assert plenums.resolve_by_title(
        5, ": Xây dựng và phát triển nền văn hóa Việt Nam tiên tiến, đậm đà bản sắc dân tộc"
    ) == ("VIII", "03-NQ/TW")


def test_a_plenum_resolves_through_what_the_text_says_it_adopted():
    text = (
        "Chất lượng cán bộ cơ sở sau 5 năm thực hiện Nghị quyết Trung ương 6 khoá X\n"
        'Hội nghị Trung ương 6 khoá X đã ban hành Nghị quyết chuyên đề " về nâng cao năng '
        'lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ ".\n'
        "Thực hiện Nghị quyết Trung ương 6, các cấp uỷ đã quan tâm."
    )
    (r,) = extract(text).references
    assert (r.resolves_to, r.resolved_by, r.term) == ("22-NQ/TW", "text", "X")
    assert len(r.mentions) == 2


def test_what_a_plenum_adopted_needs_its_term_and_one_resolution():
    # no term printed with the plenum that adopted it: the reference stays open
    (r,) = extract(
        "Hội nghị Trung ương 6 đã ban hành Nghị quyết về tổ chức cơ sở đảng.\n"
        "Nghị quyết Trung ương 6 khoá X đã chỉ rõ."
    ).references
    assert r.resolves_to is None
    # a description naming two resolutions of the plenum, or two descriptions: open
    (r,) = extract(
        "Hội nghị Trung ương 6 khoá X đã ban hành Nghị quyết về tổ chức cơ sở đảng và ra "
        "Nghị quyết về kinh tế thị trường.\nHội nghị Trung ương 6 khoá X đã ra Nghị quyết về "
        "giai cấp công nhân.\nNghị quyết Trung ương 6 khoá X đã chỉ rõ."
    ).references
    assert r.resolves_to is None
    (r,) = extract(
        "Hội nghị Trung ương 6 khoá X đã ban hành Nghị quyết về tổ chức cơ sở đảng.\n"
        "Hội nghị Trung ương 6 khoá X đã ra Nghị quyết về giai cấp công nhân.\n"
        "Nghị quyết Trung ương 6 khoá X đã chỉ rõ."
    ).references
    assert r.resolves_to is None


def test_a_trade_union_plenum_is_no_central_committee_plenum():
    result = extract(
        "Hội nghị lần thứ 4 Ban Chấp hành Tổng Liên đoàn Lao động Việt nam (Khoá X) họp ngày 20 "
        "và 21 tháng 01 năm 2010, đã thảo luận Đề án và thông qua Nghị quyết như sau:"
    )
    assert all(r.resolves_to is None for r in result.references)
