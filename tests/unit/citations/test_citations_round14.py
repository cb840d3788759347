"""Issue 14, fourteenth round: general shapes behind the fresh17 misses (and the fresh16 ones
left by round 13), made-up sentences of the same shape, with the cases that must stay as they
were.
"""

from __future__ import annotations

from tests.support import cited_documents

# --- the body that issued it, as the subject after the title ------------------------------------


def test_the_subject_that_ends_the_sentence_after_the_title_is_the_issuer():
    found = cited_documents(
        "Để thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh Bộ Chính trị đưa ra."
    )
    assert found == [("05-CT/TW", "Bộ Chính trị", None)]
    found = cited_documents(
        "Thông tư số 02/2021/TT-BNV quy định mã số, tiêu chuẩn chuyên môn do Bộ Nội vụ ban "
        "hành, có hiệu lực từ ngày 1/7."
    )
    assert found == [("02/2021/TT-BNV", "Bộ Nội vụ", None)]


def test_a_body_that_opens_a_new_clause_after_the_title_is_not_the_issuer():
    found = cited_documents(
        "Thực hiện Công văn số 123/BYT-KCB về phòng chống dịch, UBND tỉnh đã ban hành Kế hoạch "
        "triển khai."
    )
    assert found == [("123/BYT-KCB", None, None)]


# --- a day and month without a year between the code and its issuer ----------------------------


def test_a_day_and_month_between_the_code_and_of_body_gives_the_issuer_and_no_date():
    found = cited_documents(
        "Thực hiện Công điện số 600/CĐ-TTg, ngày 5/5 của Thủ tướng Chính phủ về phòng, chống dịch."
    )
    assert found == [("600/CĐ-TTg", "Thủ tướng Chính phủ", None)]
    # a full date there is read as before
    assert cited_documents("Công văn số 12/UBND-VX ngày 3/4/2021 của UBND tỉnh Nam Định.") == [
        ("12/UBND-VX", "UBND tỉnh Nam Định", "2021-04-03")
    ]


# --- a proposal opens a clause: the name ends before "đề nghị" ----------------------------------


def test_a_name_in_sentence_case_ends_before_de_nghi():
    found = cited_documents(
        "Trong công văn số 45/CV-HKH ngày 2/3/2021, Hội Khuyến học tỉnh Nam Định đề nghị UBND "
        "huyện Ý Yên xem xét."
    )
    assert found == [("45/CV-HKH", "Hội Khuyến học tỉnh Nam Định", "2021-03-02")]
    found = cited_documents(
        "Trong văn bản số 7/CV-HNDVN ngày 4/1/2021, Hội Người mù Việt Nam kiến nghị Bộ Tài chính "
        "xem xét."
    )
    assert found == [("7/CV-HNDVN", "Hội Người mù Việt Nam", "2021-01-04")]
