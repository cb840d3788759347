"""Issue 14, fifty-second round: the rules written against resolution and uncoded misses
(fresh93, the round's training batch, and older batches), on made-up sentences of the same
shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from citations import extract

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- a decree by number and year joined by a dash ---------------------------------------------


def test_a_decree_by_number_dash_year_resolves():
    text = "Dự án vi phạm nghị định số 12-2009 của Chính phủ về quản lý dự án đầu tư."
    assert _refs(text) == [("nghị định số 12-2009", "Chính phủ", "12/2009/NĐ-CP")]
    text = "Thủ tục làm theo Nghị định 15-2013 về quản lý chất lượng công trình."
    assert _refs(text) == [("Nghị định 15-2013", None, "15/2013/NĐ-CP")]


def test_a_range_of_years_a_longer_chain_or_a_code_after_the_dash_reads_no_decree_year():
    assert _refs("Các nghị định 2008-2012 đã hết hiệu lực.") == []
    assert _refs("Theo nghị định 12-13-2009 của Chính phủ về phí.") == []
    # another noun with a dash and a year, and no ministry: nothing, as before
    assert _refs("Theo quyết định số 12-2009 của UBND tỉnh về phí.") == []


# --- a bare year one space after a code -------------------------------------------------------


def test_a_bare_year_after_a_code_then_its_title_issuer_or_the_end_dates_it():
    text = "Cần bám sát nghị quyết 11-NQ/TW 2017 về hoàn thiện thể chế kinh tế thị trường."
    assert _docs(text) == [("11-NQ/TW", None, "2017")]
    # the issuer after the year is read too (the year had hidden it)
    text = "Các cấp uỷ thực hiện Chỉ thị 05-CT/TW 2016 của Bộ Chính trị về học tập."
    assert _docs(text) == [("05-CT/TW", "Bộ Chính trị", "2016")]
    text = "Tỉnh chi hỗ trợ theo Quyết định 123/QĐ-UBND 2017."
    assert _docs(text) == [("123/QĐ-UBND", None, "2017")]


def test_a_count_a_range_a_comma_or_five_digits_after_a_code_give_no_date():
    assert _docs("Theo Quyết định 123/QĐ-UBND 2000 hộ dân được hỗ trợ.") == [
        ("123/QĐ-UBND", None, None)
    ]
    assert _docs("Theo Chỉ thị 05-CT/TW 2016 - 2021 của Bộ Chính trị.") == [
        ("05-CT/TW", None, None)
    ]
    assert _docs("Theo Quyết định 123/QĐ-UBND, 2017 là năm bản lề.") == [
        ("123/QĐ-UBND", None, None)
    ]
    assert _docs("Theo Chỉ thị 05-CT/TW 20170 về việc học tập.") == [("05-CT/TW", None, None)]


# --- a Party document by number "của Đảng" ----------------------------------------------------


def test_a_resolution_directive_or_conclusion_of_the_party_by_number_resolves():
    text = "Đổi mới giáo dục theo Nghị quyết 29 của Đảng, Chương trình hành động của Chính phủ."
    assert _refs(text) == [("Nghị quyết 29", "Đảng", "29-NQ/TW")]
    text = "Các chi bộ thực hiện Chỉ thị 05 của Đảng về học tập và làm theo Bác."
    assert _refs(text) == [("Chỉ thị 05", "Đảng", "05-CT/TW")]
    text = "Theo Nghị quyết 29 của Đảng Cộng sản Việt Nam về đổi mới giáo dục."
    assert _refs(text) == [("Nghị quyết 29", "Đảng Cộng sản Việt Nam", "29-NQ/TW")]
    assert _refs("Thực hiện Kết luận 24 của Đảng ta.") == [("Kết luận 24", "Đảng ta", "24-KL/TW")]


def test_a_local_or_foreign_party_another_noun_or_more_bodies_stay_open():
    for text in (
        "Theo Nghị quyết 29 của Đảng uỷ phường về đổi mới.",
        "Theo Nghị quyết 29 của Đảng bộ tỉnh về đổi mới.",
        "Theo Nghị quyết 29 của Đảng Cộng sản Trung Quốc về đổi mới.",
        "Theo Nghị quyết 29 của Đảng và Nhà nước về đổi mới.",
        "Theo Quy định 47 của Đảng về những điều đảng viên không được làm.",
        "Theo quyết định 29 của Đảng về đổi mới.",
        "Theo Nghị quyết 2013 của Đảng về đổi mới.",
    ):
        assert [r[2] for r in _refs(text)] in ([None], []), text


# --- a Central Committee regulation by number with a year before 2018 ------------------------


def test_a_central_committee_regulation_with_a_year_before_2018_resolves():
    text = "Ông A vi phạm quy định 47/2011 của Ban Chấp hành trung ương về những điều đảng viên."
    assert _refs(text) == [("quy định 47/2011", "Ban Chấp hành trung ương", "47-QĐ/TW")]
    text = "Theo quy định 262 năm 2014 của Ban Chấp hành Trung ương về việc lấy phiếu tín nhiệm."
    assert _refs(text) == [("quy định 262", "Ban Chấp hành Trung ương", "262-QĐ/TW")]
    text = "Theo Quy định số 30, ngày 26/7/2016 của Ban Chấp hành Trung ương Đảng, Bộ sẽ xét."
    assert _refs(text) == [("Quy định số 30", "Ban Chấp hành Trung ương Đảng", "30-QĐ/TW")]


def test_without_a_year_from_2018_on_or_of_a_local_committee_it_stays_open():
    for text in (
        "Vi phạm Quy định 47 của Ban Chấp hành Trung ương về những điều đảng viên không được làm.",
        "Vi phạm Quy định 08 ngày 25/10/2018 của Ban Chấp hành Trung ương về nêu gương.",
        "Vi phạm Quy định 37 năm 2021 của Ban Chấp hành Trung ương về những điều đảng viên.",
        "Theo quy định 47/2011 của Ban Chấp hành Đảng bộ tỉnh về công tác cán bộ.",
    ):
        assert [r[2] for r in _refs(text)] == [None], text
    # the Politburo's, with or without a year, as before
    text = "Theo Quy định số 102, ngày 15/11/2017 của Bộ Chính trị về xử lý đảng viên vi phạm."
    assert _refs(text) == [("Quy định số 102", "Bộ Chính trị", "102-QĐ/TW")]


# --- "vừa", "mới" or "đã" before the signing verb after a code --------------------------------


def test_an_adverb_before_the_signing_verb_after_the_code_keeps_its_date():
    text = "UBND TP vừa thu hồi quyết định số 5671/QĐ-UBND vừa ban hành ngày 10-12-2018."
    assert _docs(text) == [("5671/QĐ-UBND", None, "2018-12-10")]
    text = "Theo Quyết định số 12/QĐ-UBND mới được ký ngày 5/6/2018, dự án bị dừng."
    assert _docs(text) == [("12/QĐ-UBND", None, "2018-06-05")]
    text = "Công văn số 88/UBND-KT đã ký vào ngày 3/4/2019 nêu rõ yêu cầu."
    assert _docs(text) == [("88/UBND-KT", None, "2019-04-03")]


def test_an_adverb_before_another_verb_gives_no_date():
    text = "Theo Quyết định số 12/QĐ-UBND vừa qua ngày 5/6/2018 tỉnh đã họp."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]
    text = "Theo Quyết định số 12/QĐ-UBND vừa thực hiện ngày 5/6/2018, tỉnh đã họp."
    assert _docs(text) == [("12/QĐ-UBND", None, None)]


# --- "đơn vị này", "cơ quan này" as the subject opening a clause ------------------------------


def test_this_unit_or_agency_opening_a_clause_is_the_subject_with_its_date():
    text = (
        "Theo thông tin từ nhà hát Kịch Việt Nam, ngày 10/4/2018, đơn vị này đã có Công văn số "
        "103/NHK-TĐKT gửi Bộ."
    )
    assert _docs(text) == [("103/NHK-TĐKT", "đơn vị này", "2018-04-10")]
    text = "Sau đó, cơ quan này đã ban hành Quyết định số 12/QĐ-CCT về việc xử phạt."
    assert _docs(text) == [("12/QĐ-CCT", "cơ quan này", None)]


def test_another_unit_or_this_unit_not_opening_a_clause_is_no_subject():
    text = "Các tài liệu của đơn vị này gồm Công văn số 103/NHK-TĐKT ngày 10/4/2018."
    assert _docs(text) == [("103/NHK-TĐKT", None, "2018-04-10")]
    text = "Ngày 10/4/2018, đơn vị thi công đã có Công văn số 103/NHK-TĐKT gửi Bộ."
    assert _docs(text) == [("103/NHK-TĐKT", None, None)]


# --- a province's abbreviated dashed name, the dash spaced, after "tỉnh" -----------------------


def test_an_abbreviated_dashed_province_after_tinh_is_read_whole():
    text = "Toà huỷ quyết định số 522/QĐ-UBND ngày 2/2/2007 của Chủ tịch UBND tỉnh BR - VT; buộc."
    assert _docs(text) == [("522/QĐ-UBND", "Chủ tịch UBND tỉnh BR - VT", "2007-02-02")]
    text = "Theo Công văn số 12/SGDĐT-GDTH của Sở GD-ĐT tỉnh TT - Huế, các trường nghỉ học."
    assert _docs(text) == [("12/SGDĐT-GDTH", "Sở GD-ĐT tỉnh TT - Huế", None)]


def test_three_letters_or_no_tinh_before_the_dash_read_as_round_51_reads_them():
    # written as negatives; round 51 (merged with this round) reads any abbreviation printed
    # in two halves with a spaced dash as one name ("Bộ KH - ĐT"), so these now read whole
    text = "Theo Công văn số 12/UBND-KT của UBND tỉnh BR - VTX về việc."
    assert _docs(text) == [("12/UBND-KT", "UBND tỉnh BR - VTX", None)]
    text = "Theo Công văn số 12/UBND-KT của UBND TP - VT về việc."
    assert _docs(text) == [("12/UBND-KT", "UBND TP - VT", None)]
