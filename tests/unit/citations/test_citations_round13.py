"""Issue 14, thirteenth round: general shapes behind the fresh15 misses (dantri news of
2020-2021), made-up sentences, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents

# --- a code glued to the next word (a crawl that dropped the space) ----------------------------


def test_a_code_glued_to_the_next_word_ends_at_its_last_capital():
    found = cited_documents("Theo Thông tư 05/2021/TT-BYTquy định về khám bệnh, từ tháng 6.")
    assert found == [("05/2021/TT-BYT", None, None)]
    found = cited_documents("kèm theoQuyết định 88/QĐ-UBNDngày 2/3/2020 của UBND huyện Cát Hải.")
    assert found == [("88/QĐ-UBND", "UBND huyện Cát Hải", "2020-03-02")]


def test_units_with_lower_case_letters_of_their_own_are_kept():
    assert cited_documents("Quyết định số 15/QĐ-TTg ngày 2/1/2019") == [
        ("15/QĐ-TTg", None, "2019-01-02")
    ]
    assert cited_documents("Công văn số 420/SGDĐT-GDTrH nêu rõ") == [
        ("420/SGDĐT-GDTrH", None, None)
    ]


# --- a steering committee's code printed in the State shape stays State ------------------------


def test_a_steering_committees_state_shaped_letter_keeps_its_shape():
    found = cited_documents(
        "Thực hiện Công văn số 215/CV-BCĐ ngày 5/3/2021 của Ban Chỉ đạo Quốc gia, tỉnh đã …"
    )
    assert found == [("215/CV-BCĐ", "Ban Chỉ đạo Quốc gia", "2021-03-05")]
    assert citations.canonical_id("215/CV-BCĐ") == "215/CV-BCĐ"


def test_party_shaped_steering_committee_codes_stay_party():
    assert [d[0] for d in cited_documents("Công văn số 31-CV/BCĐ của Ban Chỉ đạo huyện")] == [
        "31-CV/BCĐ"
    ]
    # a central Party code printed in the State shape is still the Party shape mistyped
    assert citations.canonical_id("07/CT-TW") == "07-CT/TW"


# --- codes with a year whose letters name no document type ------------------------------------


def test_a_permit_or_registration_code_after_so_is_read_as_printed():
    found = cited_documents(
        "Giấy xác nhận nội dung quảng cáo số: 1180/2021/XNQC-ATTP cấp cho công ty."
    )
    assert [d[0] for d in found] == ["1180/2021/XNQC-ATTP"]
    found = cited_documents("Sản phẩm đã đăng ký theo số: 2291/2019/ĐKSP.")
    assert [d[0] for d in found] == ["2291/2019/ĐKSP"]


def test_a_type_with_a_letter_dropped_is_read_as_printed():
    found = cited_documents("căn cứ Nghị định số 45/2016/Đ-CP về xử phạt")
    assert [d[0] for d in found] == ["45/2016/Đ-CP"]


def test_a_yeared_code_needs_a_noun_or_so_and_a_type_needs_its_issuer():
    assert cited_documents("tỷ lệ 12/2020/ABC trong bảng") == []
    assert cited_documents("theo Quyết định số 31/2004/QĐ. Sau đó tỉnh đã …") == []


# --- names of steering committees: "phòng chống" without a comma, "Covid-19" ------------------


def test_a_prevention_committee_named_without_a_comma_is_one_body():
    found = cited_documents(
        "Ngày 8/2, Ban Chỉ đạo phòng chống dịch Covid-19 tỉnh Bắc Giang có Công văn số "
        "77/BCĐ-YT về cách ly."
    )
    assert found == [("77/BCĐ-YT", "Ban Chỉ đạo phòng chống dịch Covid-19 tỉnh Bắc Giang", None)]
    found = cited_documents(
        "theo Công văn số 90/BCĐ-VP của Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19."
    )
    assert found == [("90/BCĐ-VP", "Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19", None)]


def test_a_range_of_years_is_not_a_name_word():
    found = cited_documents("theo Kế hoạch số 12/KH-UBND của UBND tỉnh 2021-2025 về đầu tư")
    assert found[0][1] != "UBND tỉnh 2021-2025"


# --- the body that granted a permit or certified a product --------------------------------------


def test_the_body_that_granted_a_permit_is_its_issuer():
    found = cited_documents(
        "Thực phẩm này được Bộ Y tế chứng nhận và cấp phép lưu hành theo số: 3120/2020/ĐKSP "
        "ngày 15/9/2020."
    )
    assert found == [("3120/2020/ĐKSP", "Bộ Y tế", "2020-09-15")]


# --- the body that reported in a document wrote it ---------------------------------------------


def test_the_body_that_reported_in_a_document_is_its_issuer():
    found = cited_documents(
        "Kết quả đã được Sở Nội vụ báo cáo tại Tờ trình số 55/TTr-SNV ngày 2/3/2021 và Sở Tài "
        "chính báo cáo UBND tỉnh tại Công văn số 812/STC-NS ngày 9/3/2021."
    )
    assert found == [
        ("55/TTr-SNV", "Sở Nội vụ", "2021-03-02"),
        ("812/STC-NS", "Sở Tài chính", "2021-03-09"),
    ]


def test_a_report_made_according_to_a_document_or_at_a_meeting_states_no_issuer():
    assert cited_documents("UBND huyện báo cáo kết quả theo Quyết định số 45/QĐ-UBND.") == [
        ("45/QĐ-UBND", None, None)
    ]
    assert cited_documents("Sở Y tế đã báo cáo tại cuộc họp về Quyết định số 45/QĐ-UBND.") == [
        ("45/QĐ-UBND", None, None)
    ]


# --- the office holder's name set off after the subject ----------------------------------------


def test_an_office_holders_name_after_the_subject_is_skipped():
    found = cited_documents(
        "Sáng 3/5, Chủ tịch UBND tỉnh Thái Bình - Nguyễn Khắc Thận, đã ký Công điện số "
        "05/CĐ-UBND về phòng dịch."
    )
    assert found == [("05/CĐ-UBND", "Chủ tịch UBND tỉnh Thái Bình", None)]
    found = cited_documents(
        "Giám đốc Sở Y tế, bà Trần Thị Lan, đã ban hành Quyết định số 310/QĐ-SYT ngày 4/5/2021."
    )
    assert found == [("310/QĐ-SYT", "Giám đốc Sở Y tế", "2021-05-04")]


def test_a_second_body_after_a_comma_is_no_persons_name():
    found = cited_documents("Ngày 30/4, UBND huyện, Sở Xây dựng đã ban hành Kế hoạch số 12/KH-SXD.")
    assert found == [("12/KH-SXD", "Sở Xây dựng", None)]


# --- a body after "(trực) thuộc" belongs to the subject ----------------------------------------


def test_the_owner_before_truc_thuoc_is_the_issuer():
    found = cited_documents(
        "Năm 2020, TTPTQĐ trực thuộc Sở Tài nguyên và Môi trường tỉnh Nam Định xây dựng Kế "
        "hoạch số 07/KH-TTPTQĐ ngày 2/3/2020."
    )
    assert found == [
        (
            "07/KH-TTPTQĐ",
            "TTPTQĐ trực thuộc Sở Tài nguyên và Môi trường tỉnh Nam Định",
            "2020-03-02",
        )
    ]
    found = cited_documents(
        "Phòng Nội vụ thuộc UBND huyện Kim Bảng đã ban hành Kế hoạch số 3/KH-PNV."
    )
    assert found == [("3/KH-PNV", "Phòng Nội vụ thuộc UBND huyện Kim Bảng", None)]


def test_without_an_owner_the_body_after_thuoc_is_not_the_issuer():
    found = cited_documents("Các trường thuộc Sở Giáo dục đã ban hành Kế hoạch số 9/KH-SGD.")
    assert found == [("9/KH-SGD", None, None)]


# --- a type noun with a number and a year -------------------------------------------------------


def _number_refs(text):
    return [
        (r.kind.value, r.mentions[0].text, r.resolves_to)
        for r in citations.extract(text).references
    ]


def test_a_decision_or_resolution_by_number_and_year_is_an_open_reference():
    assert _number_refs("thực hiện Quyết định số 2150/2008 của UBND tỉnh, huyện đã …") == [
        ("number_only", "Quyết định số 2150/2008", None)
    ]
    assert _number_refs("theo Nghị quyết 43/2022 của Quốc hội, Chính phủ sẽ …") == [
        ("number_only", "Nghị quyết 43/2022", None)
    ]


def test_a_decree_by_number_and_year_still_resolves():
    assert _number_refs("theo Nghị định 15/2020 về xử phạt") == [
        ("number_only", "Nghị định 15/2020", "15/2020/NĐ-CP")
    ]


def test_a_small_number_without_so_and_a_letters_number_are_not_read():
    assert _number_refs("Chỉ thị 10/2020 được nhắc lại") == []
    assert _number_refs("theo văn bản số 120/2021 gửi các huyện") == []
