"""Issue 14, thirtieth round: general shapes behind the fresh49 misses (vietnews articles of
the validation split), made-up sentences of the same shape, with the cases that must stay as
they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- "Thường trực" after an office holder's title ----------------------------------------------


def test_the_standing_deputy_prime_minister_is_read_with_his_title():
    text = "Phó Thủ tướng Thường trực Chính phủ Lê Văn A vừa ký Công điện số 15/CĐ-TTg về bão."
    assert _docs(text) == [("15/CĐ-TTg", "Phó Thủ tướng Thường trực Chính phủ Lê Văn A", None)]
    text = "Phó Thủ tướng Thường trực Lê Văn A đã ký Quyết định số 15/QĐ-TTg về việc."
    assert _docs(text) == [("15/QĐ-TTg", "Phó Thủ tướng Thường trực Lê Văn A", None)]


def test_a_standing_vice_chairman_is_read_with_his_title():
    text = "Quyết định số 7/QĐ-UBND ngày 2/3/2019 của Phó Chủ tịch Thường trực UBND tỉnh X về việc."
    assert _docs(text) == [("7/QĐ-UBND", "Phó Chủ tịch Thường trực UBND tỉnh X", "2019-03-02")]


def test_a_standing_committee_without_a_title_stays_as_it_was():
    text = "Thường trực Tỉnh uỷ vừa có Thông báo số 12-TB/TU về việc tổ chức hội nghị."
    assert _docs(text) == [("12-TB/TU", "Thường trực Tỉnh uỷ", None)]
    text = "Quyết định số 7/QĐ-HĐND ngày 2/3/2019 của Thường trực HĐND tỉnh X về việc."
    assert _docs(text) == [("7/QĐ-HĐND", "Thường trực HĐND tỉnh X", "2019-03-02")]
    # a deputy prime minister without "Thường trực" as before
    text = "Phó Thủ tướng Lê Văn A đã ký Quyết định số 15/QĐ-TTg về việc."
    assert _docs(text) == [("15/QĐ-TTg", "Phó Thủ tướng Lê Văn A", None)]


# --- "đề nghị" as a verb: the body after it is the addressee -----------------------------------


def test_the_subject_of_a_proposal_verb_issues_the_letter_in_brackets_or_after_tai():
    text = "Đồng thời, NHNN cũng đề nghị Bộ Tư pháp (văn bản số 123/NHNN-PC) sửa đổi nghị định."
    assert _docs(text) == [("123/NHNN-PC", "NHNN", None)]
    text = "Đồng thời, UBND tỉnh X đã đề nghị Bộ Y tế tại văn bản số 45/UBND-VX hỗ trợ thuốc."
    assert _docs(text) == [("45/UBND-VX", "UBND tỉnh X", None)]


def test_the_addressee_of_a_proposal_verb_without_its_subject_is_no_issuer():
    text = "Đồng thời, cũng đề nghị Bộ Tư pháp (văn bản số 123/NHNN-PC) sửa đổi nghị định."
    assert _docs(text) == [("123/NHNN-PC", None, None)]


def test_a_proposal_as_a_noun_still_names_its_proposer():
    text = "Xét đề nghị ông Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 2/3/2019."
    assert _docs(text) == [("12/TTr-SNV", "Giám đốc Sở Nội vụ", "2019-03-02")]
    text = "Theo đề nghị của Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 2/3/2019."
    assert _docs(text) == [("12/TTr-STP", "Sở Tư pháp", "2019-03-02")]
    text = "UBND tỉnh X đã đồng ý theo đề nghị của Sở Tư pháp tại Tờ trình số 12/TTr-STP."
    assert _docs(text) == [("12/TTr-STP", "Sở Tư pháp", None)]
