"""Issue 14, fifteenth round: general shapes behind the fresh19 misses (vietnews articles),
made-up sentences of the same shape, with the cases that must stay as they were.
"""

from __future__ import annotations

import citations

from tests.support import cited_documents

# --- a ministry printed with "bộ" in lower case and its name capitalised -------------------------


def test_a_ministry_with_lower_case_bo_is_the_subject_that_issued_the_letter():
    found = cited_documents(
        "Ngày 3/6, bộ Nội vụ vừa có Văn bản số 1234/BNV-TCBC, đề nghị UBND tỉnh Nam Định rà soát."
    )
    assert found == [("1234/BNV-TCBC", "bộ Nội vụ", None)]
    found = cited_documents(
        "Theo công văn số 456/BYT-KCB ngày 2/3/2019 của bộ Y tế, các bệnh viện."
    )
    assert found == [("456/BYT-KCB", "bộ Y tế", "2019-03-02")]
    found = cited_documents("Ngày 5/4, bộ GD&ĐT đã ban hành Công văn số 78/BGDĐT-GDTH.")
    assert found == [("78/BGDĐT-GDTH", "bộ GD&ĐT", None)]


def test_an_all_lower_case_ministry_or_a_joint_list_stays_as_before():
    # all lower case is still no name
    assert cited_documents("Theo công văn số 456/BYT-KCB của bộ y tế, các bệnh viện.") == [
        ("456/BYT-KCB", None, None)
    ]
    # "liên bộ A, B" is a joint issuer read whole, never its first ministry alone
    found = cited_documents(
        "Thông tư liên tịch số 02/2005/TTLT-BCVT-CA ngày 14/7/2005 của liên bộ Bưu chính, "
        "Viễn thông, Công an về quản lý."
    )
    assert [f[1] for f in found] != ["bộ Bưu chính, Viễn thông"]
    # "bộ" ending another word is no ministry: "cán bộ Tư pháp xã" is an official
    found = cited_documents("Ngày 5/4, cán bộ Tư pháp xã đã lập Biên bản số 12/BB-UBND.")
    assert found == [("12/BB-UBND", None, None)]


# --- a lower-case noun and bare number naming a code the text prints -----------------------------


def _mentions(text: str, doc_id: str) -> list[str]:
    result = citations.extract(text)
    return [m.text for d in result.documents if d.id == doc_id for m in d.mentions]


def test_a_lower_case_noun_and_number_names_the_printed_code_again():
    text = (
        "Việc ban hành công văn là trái với nghị quyết 12/2015/NQ-QH13 của Quốc hội. Bộ đề nghị "
        "thực hiện nghiêm luật và nghị quyết 12, có văn bản hướng dẫn."
    )
    assert _mentions(text, "12/2015/NQ-QH13") == ["nghị quyết 12/2015/NQ-QH13", "nghị quyết 12"]
    text = "Theo nghị định 34/2016/NĐ-CP, từ nay theo nghị định 34 của Chính phủ thì phải đăng ký."
    assert len(_mentions(text, "34/2016/NĐ-CP")) == 2


def test_a_lower_case_noun_before_a_counted_noun_is_still_a_verb():
    text = "Theo Quyết định số 5/QĐ-UBND ngày 2/1/2020, hội đồng quy định 5 nhóm đối tượng."
    assert _mentions(text, "5/QĐ-UBND") == ["Quyết định số 5/QĐ-UBND"]
    # no code printed with that number: nothing is found
    assert citations.extract("Bộ sẽ sửa nghị quyết 65, có văn bản hướng dẫn.").documents == ()


# --- a Prime Minister's decision by number and year ----------------------------------------------


def _number_only(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.label, r.resolves_to, r.issuer) for r in citations.extract(text).references]


def test_a_prime_ministers_decision_by_number_and_year_stays_open_with_its_issuer():
    """Normative decisions are N/YYYY/QĐ-TTg, individual ones N/QĐ-TTg, both cited "Quyết
    định N/YYYY (của Thủ tướng)": the year does not fix the code (changed after round 17)."""
    found = _number_only("Quyết định 17/2015 của Thủ tướng Chính phủ quy định về hỗ trợ giống.")
    assert found == [("Quyết định 17/2015", None, "Thủ tướng Chính phủ")]
    found = _number_only("Theo Quyết định số 09/2012 của Thủ tướng, các tỉnh phải lập kế hoạch.")
    assert found == [("Quyết định 09/2012", None, "Thủ tướng")]


def test_other_decisions_by_number_and_year_stay_open_with_their_issuer():
    found = _number_only("Quyết định số 4100/2006 của UBND thành phố về giao đất.")
    assert found == [("Quyết định 4100/2006", None, "UBND thành phố")]
    # before 1998 the code had no year; a decision without its issuer stays open
    assert _number_only("Quyết định 135/1990 của Thủ tướng Chính phủ.")[0][1] is None
    assert _number_only("Quyết định số 17/2015 quy định về hỗ trợ giống.")[0][1] is None


# --- a State code's body stated after its title, ending the clause -------------------------------


def test_the_body_after_a_state_title_that_ends_the_clause_is_the_issuer():
    found = cited_documents(
        "Theo quyết định số 45/QĐ-XPVPHC về việc xử phạt vi phạm hành chính trong lĩnh vực thuế "
        "của Cục Thuế tỉnh Nam Định, công ty bị phạt 20 triệu đồng."
    )
    assert found == [("45/QĐ-XPVPHC", "Cục Thuế tỉnh Nam Định", None)]
    found = cited_documents(
        "Quyết định số 12/2010/QĐ-UBND ngày 3/2/2010 về việc phân cấp quản lý của Ủy ban nhân dân "
        "tỉnh Hà Nam."
    )
    assert found == [("12/2010/QĐ-UBND", "Ủy ban nhân dân tỉnh Hà Nam", "2010-02-03")]


def test_a_body_after_a_title_that_does_not_fit_the_code_is_not_the_issuer():
    # the Government's decree on a ministry's functions: the ministry is in the title
    found = cited_documents("Nghị định số 12/2017/NĐ-CP về chức năng, nhiệm vụ của Bộ Tài chính.")
    assert found == [("12/2017/NĐ-CP", None, None)]
    # a committee's decision approving a department's plan
    found = cited_documents("Quyết định số 45/QĐ-UBND về việc phê duyệt kế hoạch của Sở Y tế.")
    assert found == [("45/QĐ-UBND", None, None)]
    # the clause goes on after the body: no issuer read
    found = cited_documents("Thông tư số 12/2017/TT-BTC về phí của Bộ Tài chính thì phải sửa.")
    assert found == [("12/2017/TT-BTC", None, None)]


# --- a lower-case noun described before "số" and a bare number that ends the clause --------------


def test_a_lower_case_described_noun_before_so_and_a_number_ending_the_clause():
    found = _number_only("Đoàn đã công bố kết luận theo quyết định kiểm tra số 215.")
    assert found == [("Quyết định 215", None, None)]


def test_a_lower_case_described_noun_whose_number_goes_on_is_a_verb():
    assert _number_only("UBND huyện quyết định thu hồi số 12 của hộ ông A.") == []
    assert _number_only("Tỉnh quyết định hỗ trợ số 30 hộ nghèo.") == []


# --- a province's or district's police with its level ---------------------------------------


def test_a_police_with_its_level_is_a_body():
    found = cited_documents(
        "Ngoài ra, Công an tỉnh Nghệ An đã có công văn số 690/CAT-PC09 trả lời."
    )
    assert found == [("690/CAT-PC09", "Công an tỉnh Nghệ An", None)]
    found = cited_documents(
        "Phòng Kỹ thuật hình sự Công an TP. HCM đã có công văn số 71/PC09-Đ3 trả lời báo chí."
    )
    assert found == [("71/PC09-Đ3", "Phòng Kỹ thuật hình sự Công an TP. HCM", None)]
    found = cited_documents("Theo công văn số 5/CAQ-ĐTTH ngày 2/3/2019 của Công an quận 1, ông A.")
    assert found == [("5/CAQ-ĐTTH", "Công an quận 1", "2019-03-02")]


def test_police_without_a_level_is_no_body():
    assert cited_documents("Ngoài ra, Công an đã có công văn số 690/CAT-PC09 trả lời.") == [
        ("690/CAT-PC09", None, None)
    ]


# --- central Party bodies and departments with their head word in lower case ---------------------


def test_central_bodies_and_departments_with_a_lower_case_head_word():
    found = cited_documents(
        "Ông vi phạm Quy định số 47-QĐ/TW ngày 1/11/2011 của ban Chấp hành Trung ương Đảng về "
        "những điều đảng viên không được làm, Quy định số 101-QĐ/TW ngày 7/6/2012 của ban Bí thư."
    )
    assert found == [
        ("47-QĐ/TW", "ban Chấp hành Trung ương Đảng", "2011-11-01"),
        ("101-QĐ/TW", "ban Bí thư", "2012-06-07"),
    ]
    found = cited_documents("Căn cứ Quy định số 30-QĐ/TW của bộ Chính trị, UBKTTW quyết định.")
    assert found == [("30-QĐ/TW", "bộ Chính trị", None)]
    found = cited_documents("Theo văn bản số 1621/SGDĐT-VP của sở GD&ĐT Nghệ An, học sinh nghỉ.")
    assert found == [("1621/SGDĐT-VP", "sở GD&ĐT Nghệ An", None)]


def test_so_ending_another_word_is_no_department():
    found = cited_documents("Sau đó, cơ sở Ngân Anh đã có công văn số 12/CV-NA gửi Sở Y tế.")
    assert found == [("12/CV-NA", None, None)]


def test_an_office_holder_of_a_lower_case_ministry_or_department_keeps_the_office():
    found = cited_documents(
        "Ngày 14/8, Bộ trưởng bộ Tài chính cũng đã ký ban hành Thông tư số 03/2018/TT-BTC sửa đổi."
    )
    assert found == [("03/2018/TT-BTC", "Bộ trưởng bộ Tài chính", None)]
    found = cited_documents("Theo Quyết định số 12/QĐ-SYT của Giám đốc sở Y tế tỉnh Nam Định.")
    assert found == [("12/QĐ-SYT", "Giám đốc sở Y tế tỉnh Nam Định", None)]
