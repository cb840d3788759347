"""Issue 14, twentieth round: general shapes behind the fresh29 misses and the fresh28
left-overs (vietnews articles), made-up sentences of the same shape, with the cases that must
stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


def _types(text: str) -> list[tuple[str, str]]:
    return [(c.id, c.type) for c in citations.extract(text).documents]


# --- an indictment cited by its code ------------------------------------------------------------


def test_an_indictment_is_a_document_noun_with_its_subject_and_date():
    text = (
        "Trước đó ngày 5-3-2016, Viện Kiểm sát nhân dân tỉnh Nam Định đã ra cáo trạng số "
        "112/CT-VKS (P 2) truy tố bị can."
    )
    assert cited_documents(text) == [
        ("112/CT-VKS", "Viện Kiểm sát nhân dân tỉnh Nam Định", "2016-03-05")
    ]
    assert _types(text) == [("112/CT-VKS", "Cáo trạng")]
    # an adjective between the noun and "số", as for letters
    found = cited_documents(
        "Sau khi điều tra bổ sung, VKSND TP. Đà Nẵng đã ra cáo trạng mới số 45/CT-VKS truy tố."
    )
    assert found == [("45/CT-VKS", "VKSND TP. Đà Nẵng", None)]


def test_an_indictment_without_so_before_a_count_is_no_reference():
    assert _refs("Cáo trạng 30 trang nêu rõ hành vi của bị can.") == []


# --- "ban" in lower case before a capitalised name ---------------------------------------------


def test_a_lower_case_ban_before_a_capitalised_name_is_a_head():
    found = cited_documents(
        "Ngày 4/3/2017, ban Chỉ đạo Phòng chống lụt bão tỉnh Nam Định có Tờ trình số "
        "05/TTr-PCLB gửi UBND tỉnh."
    )
    assert found == [("05/TTr-PCLB", "ban Chỉ đạo Phòng chống lụt bão tỉnh Nam Định", "2017-03-04")]
    found = cited_documents(
        "Theo Quyết định số 12/QĐ-BQL ngày 3/4/2016 của ban Quản lý dự án huyện."
    )
    assert found == [("12/QĐ-BQL", "ban Quản lý dự án huyện", "2016-04-03")]


def test_a_lower_case_ban_after_a_title_or_before_a_lower_case_word_is_no_head():
    found = cited_documents("Theo Quyết định số 12/QĐ-BQL ngày 3/4/2016 của phó ban Quản lý dự án.")
    assert found == [("12/QĐ-BQL", None, "2016-04-03")]
    found = cited_documents("Theo Quyết định số 12/QĐ-BQL ngày 3/4/2016 của ban ngành địa phương.")
    assert found == [("12/QĐ-BQL", None, "2016-04-03")]


def test_phong_chong_opening_a_name_is_no_department():
    # "Phòng chống" is prevention, not a department named "Phòng …"
    found = cited_documents(
        "Ngày 4/3/2017, Phòng chống lụt bão tỉnh Nam Định có Tờ trình số 05/TTr-PCLB gửi UBND tỉnh."
    )
    assert found == [("05/TTr-PCLB", None, None)]
    # a department is still read
    found = cited_documents(
        "Ngày 4/3/2017, Phòng Tư pháp quận 5 có Công văn số 05/PTP gửi UBND quận."
    )
    assert found == [("05/PTP", "Phòng Tư pháp quận 5", "2017-03-04")]


# --- "của Bộ" closing the clause -----------------------------------------------------------------


def test_cua_bo_alone_closing_the_clause_is_the_issuer_as_printed():
    found = cited_documents(
        "Bộ Tư pháp trả lời theo Công văn số 812/BTP-PLDS ngày 10/3/2015 của Bộ."
    )
    assert found == [("812/BTP-PLDS", "Bộ", "2015-03-10")]
    found = cited_documents("Sở đã làm theo Công văn số 45/SXD-QLN của Sở\nvà báo cáo.")
    assert found == [("45/SXD-QLN", "Sở", None)]


def test_cua_bo_before_a_comma_or_a_name_is_not_the_lone_kind():
    # "của Bộ, ngành": ministries and branches, no issuer
    found = cited_documents("Theo Công văn số 812/BTP-PLDS của Bộ, ngành liên quan.")
    assert found == [("812/BTP-PLDS", None, None)]
    found = cited_documents("Theo Công văn số 812/BTP-PLDS của Bộ Tư pháp.")
    assert found == [("812/BTP-PLDS", "Bộ Tư pháp", None)]


# --- a signer by his title and name, without his body -------------------------------------------


def test_a_title_and_a_name_after_do_then_ky_is_the_issuer():
    found = cited_documents("Quyết định 2021/QĐ-BYT do Bộ Trưởng Nguyễn Văn Nam ký quy định rõ.")
    assert found == [("2021/QĐ-BYT", "Bộ Trưởng Nguyễn Văn Nam", None)]
    found = cited_documents("Quyết định số 77/QĐ-UBND do Phó Chủ tịch Lê Văn An ký ngày 3/4/2017.")
    assert found == [("77/QĐ-UBND", "Phó Chủ tịch Lê Văn An", "2017-04-03")]


def test_a_title_and_one_word_or_no_ky_is_no_signer():
    found = cited_documents("Quyết định 2021/QĐ-BYT do Bộ Trưởng Nam trình lên.")
    assert found == [("2021/QĐ-BYT", None, None)]
    found = cited_documents("Quyết định 2021/QĐ-BYT do Bộ Trưởng Nguyễn Văn Nam trình lên.")
    assert found == [("2021/QĐ-BYT", None, None)]


# --- an association in lower case, a city after "TP." -------------------------------------------


def test_a_lower_case_association_before_a_capitalised_name_is_the_subject():
    found = cited_documents(
        "Ngày 7/8/2018, hiệp hội Doanh nghiệp TP. Cần Thơ (CBA) đã có công văn số 45/CV-HHDN "
        "gửi UBND thành phố."
    )
    assert found == [("45/CV-HHDN", "hiệp hội Doanh nghiệp TP. Cần Thơ", "2018-08-07")]


def test_a_city_after_tp_ends_a_sentence_case_name():
    found = cited_documents(
        "Ngày 7/8/2018, Cục Hải quan TP. Hải Phòng đã có công văn số 45/HQHP-GSQL gửi doanh nghiệp."
    )
    assert found == [("45/HQHP-GSQL", "Cục Hải quan TP. Hải Phòng", "2018-08-07")]
    # the city ends the name before a lower-case verb, as a place after "tỉnh" does
    found = cited_documents(
        "Ngày 30-6-2017 Cục Thuế TP. HCM tiếp tục ra công văn số 6107/CT-TTHT gửi công ty."
    )
    assert found == [("6107/CT-TTHT", "Cục Thuế TP. HCM", "2017-06-30")]
    # "TP." before a word that starts a clause is no city's name
    found = cited_documents("Theo Công văn số 45/HQHP-GSQL của Cục Hải quan TP. Sau đó, họ nộp.")
    assert found == [("45/HQHP-GSQL", "Cục Hải quan TP", None)]


# --- the Central Committee in lower case after a resolution's number ----------------------------


def test_a_resolution_of_trung_uong_in_lower_case_resolves_as_in_capitals():
    assert _refs("Ngành đã thực hiện nghị quyết 33 của trung ương về xây dựng văn hoá.") == [
        ("Nghị quyết 33", "33-NQ/TW", "trung ương")
    ]
    assert _refs("Ngành đã thực hiện nghị quyết 33 của trung ương.") == [
        ("Nghị quyết 33", "33-NQ/TW", "trung ương")
    ]


def test_trung_uong_in_lower_case_is_read_only_after_a_resolution_and_before_its_topic():
    # a directive "của trung ương" may be the Prime Minister's: open
    assert _refs("Người dân thực hiện chỉ thị 16 của trung ương về giãn cách.") == [
        ("Chỉ thị 16", None, None)
    ]
    # "của trung ương và địa phương": the central level, not a body
    assert _refs("Theo nghị quyết 33 của trung ương và địa phương về ngân sách.") == [
        ("Nghị quyết 33", None, None)
    ]


# --- a decree's year after "ban hành" ------------------------------------------------------------


def test_a_decrees_year_after_ban_hanh_fixes_its_code():
    assert _refs("Quyết định này dựa trên nghị định 116 ban hành năm 2017.") == [
        ("Nghị định 116/2017", "116/2017/NĐ-CP", None)
    ]
    assert _refs(
        "Việc thu phí theo Nghị định số 116 được ban hành vào năm 2017 của Chính phủ."
    ) == [("Nghị định 116/2017", "116/2017/NĐ-CP", "Chính phủ")]


def test_a_year_after_ban_hanh_does_not_fix_other_nouns_nor_old_decrees():
    assert _refs("Quyết định này dựa trên quyết định 116 ban hành năm 2017.") == [
        ("Quyết định 116", None, None)
    ]
    # before 1998 a decree's code held no year
    assert _refs("Việc này theo nghị định 116 ban hành năm 1995.") == [
        ("Nghị định 116/1995", None, None)
    ]
