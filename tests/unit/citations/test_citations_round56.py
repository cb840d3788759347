"""Issue 14, fifty-sixth round: the rules written against resolution and uncoded misses
(fresh101, the round's training batch, and older batches), on made-up sentences of the same
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


# --- a signer "thay mặt" a central Party body or the Government ---------------------------------


def test_the_body_a_signer_signs_for_issues_the_document():
    text = "Ngày 5/3, thay mặt Bộ Chính trị, Tổng Bí thư Lê Khả Phiêu đã ký chỉ thị số 62 về bầu."
    assert _refs(text) == [("chỉ thị số 62", "Bộ Chính trị", "62-CT/TW")]
    text = "Thay mặt Ban Bí thư, đồng chí Trần Quốc Vượng ký ban hành Chỉ thị số 27 về bảo vệ."
    assert _refs(text) == [("Chỉ thị số 27", "Ban Bí thư", "27-CT/TW")]
    text = "Thay mặt Bộ Chính trị, Tổng Bí thư Nguyễn Phú Trọng đã ký Quy định số 205-QĐ/TW."
    assert _docs(text) == [("205-QĐ/TW", "Bộ Chính trị", None)]


def test_another_body_a_clause_between_or_no_name_before_the_verb_reads_no_issuer():
    # not a central Party body nor the Government
    assert _refs("Thay mặt Hội Nông dân, ông Nguyễn Văn A đã ký kế hoạch số 12 về vốn.") == [
        ("kế hoạch số 12", None, None)
    ]
    # the signer's clause ends and another subject signs
    text = "Thay mặt Bộ Chính trị, Tổng Bí thư Lê Khả Phiêu nói và Bộ trưởng ký chỉ thị số 62."
    assert _refs(text) == [("chỉ thị số 62", None, None)]
    text = "Thay mặt Bộ Chính trị, Tổng Bí thư phát biểu, sau đó ông ký chỉ thị số 62 về bầu cử."
    assert _refs(text) == [("chỉ thị số 62", None, None)]


# --- a circular's or a resolution's number and year, a month's shape, then its title ----------


def test_a_never_verb_noun_with_a_month_like_number_and_year_then_its_title_is_read():
    text = "Bộ vừa công bố dự thảo sửa đổi một số điều của thông tư 07/2016 quy định tuyển sinh."
    assert _refs(text) == [("thông tư 07/2016", None, None)]
    text = "Hội đồng xem xét tờ trình sửa đổi nghị quyết 09/2017 về chi thu nhập tăng thêm."
    assert _refs(text) == [("nghị quyết 09/2017", None, None)]


def test_another_noun_no_title_a_year_in_words_or_a_decree_stay_as_they_were():
    assert _refs("Kế hoạch 5/2017 về phòng chống dịch được triển khai.") == []
    assert _refs("Theo thông tư 05/2017, quy định này hết hiệu lực.") == []
    # a dash for the slash without an issuer: not read, as round 34 keeps it
    assert _refs("Cục trình thông tư thay thế thông tư 04-2019 về danh mục phân bón.") == []
    assert _refs("Áp dụng thông tư 05 năm 2017 về tuyển sinh.") == [("thông tư 05", None, None)]
    # a decree by number and year resolves as before (``_decree_year_refs``)
    assert _refs("Dự án vi phạm nghị định 12-2009 về quản lý dự án.") == [
        ("nghị định 12-2009", None, "12/2009/NĐ-CP")
    ]


# --- a lower-case decision after a preposition, then when it was issued ------------------------


def test_a_lower_case_decision_after_a_preposition_then_ban_hanh_is_a_reference():
    text = "Quy định này kế thừa từ quy định tại quyết định 512 ban hành vào năm 2006."
    assert _refs(text) == [("quyết định 512", None, None)]
    text = "Ngân hàng làm theo quyết định 77 ban hành quy chế cho vay."
    assert _refs(text) == [("quyết định 77", None, None)]


def test_the_verb_quyet_dinh_with_no_preposition_before_stays_unread():
    assert _refs("Hội đồng quyết định 512 ban hành vào năm 2006 là đúng.") == []
    assert _refs("Hội đồng đã quyết định 3 ban hành quy chế.") == []


# --- a plan by its bare number ------------------------------------------------------------------


def test_a_plan_by_number_after_a_preposition_at_the_clause_end_is_a_reference():
    text = "Năm 2015, khi kiểm kê lại theo Kế hoạch 57, ông Bình đã tự ý nhận thêm đất."
    assert _refs(text) == [("Kế hoạch 57", None, None)]


def test_a_plan_by_number_then_who_signed_it_is_a_reference():
    text = "Bị can biết rõ kế hoạch 63 do ông Tuấn ký ban hành có nội dung sai."
    assert _refs(text) == [("kế hoạch 63", None, None)]


def test_a_plan_number_without_a_preposition_a_year_a_count_or_a_cause_stays_unread():
    assert _refs("Năm 2015, ông Bình nói Kế hoạch 57, theo ông, là tốt.") == []
    assert _refs("Xã làm theo kế hoạch 2015, có sửa đổi.") == []
    assert _refs("Xã làm theo kế hoạch 5 năm.") == []
    assert _refs("Xã lập kế hoạch 3 do thiếu vốn nên chưa ban hành.") == []
    assert _refs("Xã lập kế hoạch 3 do Covid nên chưa ban hành.") == []
    # a programme's name, as before
    assert _refs("Theo chương trình 135, xã được hỗ trợ.") == []


# --- a ministry named in lower case after "Bộ", as the subject -----------------------------------


def test_a_lower_case_ministry_subject_whose_words_are_the_codes_ministry_is_the_issuer():
    text = "Bộ lao động thương binh xã hội vừa ban hành Thông tư số 17/2018/TT-BLĐTBXH về lương."
    assert _docs(text) == [("17/2018/TT-BLĐTBXH", "Bộ lao động thương binh xã hội", None)]
    text = "Hôm qua, Bộ văn hóa thể thao du lịch đã ra Quyết định số 88/QĐ-BVHTTDL về lễ hội."
    assert _docs(text) == [("88/QĐ-BVHTTDL", "Bộ văn hóa thể thao du lịch", None)]


def test_a_lower_case_ministry_of_another_code_or_not_opening_the_clause_is_no_issuer():
    text = "Bộ lao động thương binh xã hội vừa ban hành Thông tư số 17/2018/TT-BYT về lương."
    assert _docs(text) == [("17/2018/TT-BYT", None, None)]
    text = "Hôm qua ông A thuộc Bộ lao động thương binh xã hội ký Thông tư số 17/2018/TT-BLĐTBXH."
    assert _docs(text) == [("17/2018/TT-BLĐTBXH", None, None)]


# --- a date after a comma that opens the next clause ------------------------------------------


def test_a_date_opening_the_next_clause_is_not_the_code_before_it():
    text = (
        "Căn cứ Nghị định 40/NĐ-CP, ngày 2 tháng 5 năm 2018, Cục Quản lý cạnh tranh đã có "
        "thông báo số 211/TB-QLCT về hồ sơ."
    )
    assert _docs(text) == [
        ("40/NĐ-CP", None, None),
        ("211/TB-QLCT", "Cục Quản lý cạnh tranh", "2018-05-02"),
    ]
    text = "Thực hiện Quyết định 15/QĐ-UBND, ngày 7-3-2013, Ban Thường vụ Huyện uỷ đã họp."
    assert _docs(text) == [("15/QĐ-UBND", None, None)]


def test_a_date_with_its_issuer_in_brackets_or_without_a_subject_after_it_stays_the_codes():
    text = "Theo Quyết định 15/QĐ-UBND, ngày 7-3-2013 của UBND tỉnh, dự án được duyệt."
    assert _docs(text) == [("15/QĐ-UBND", "UBND tỉnh", "2013-03-07")]
    text = "Xem xét tờ trình của Ban Tổ chức (số 310-TTr/BTCTW, ngày 4-5-2019), Bộ Chính trị họp."
    assert _docs(text) == [("310-TTr/BTCTW", "Ban Tổ chức", "2019-05-04")]
    text = "Theo Quyết định 15/QĐ-UBND, ngày 7-3-2013, dự án được duyệt lại."
    assert _docs(text) == [("15/QĐ-UBND", None, "2013-03-07")]
