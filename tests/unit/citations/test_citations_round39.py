"""Issue 14, thirty-ninth round: the rules written against fresh67's misses and the left-overs of
the thirty-eighth round (fresh62/005, fresh60/003, fresh52/002, fresh58/010, fresh67/014,
fresh67/015), on made-up sentences of the same shapes, with the cases that must stay as they
were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- a never-verb noun and its number, then "có", "trước đây" or "hiện hành" ------------------


def test_a_decree_by_number_then_co_truoc_day_or_hien_hanh():
    text = "Chính sách đáng chú ý nhất là nghị định 81 có tác động lớn tới doanh nghiệp."
    assert _refs(text) == [("nghị định 81", None, None)]
    text = "Quy định mới chặt chẽ hơn so với nghị định 52 trước đây về xử phạt hành chính."
    assert _refs(text) == [("nghị định 52", None, None)]
    text = "Theo thông tư 26 hiện hành, các trường phải công khai học phí."
    assert _refs(text) == [("thông tư 26", None, None)]


def test_a_decree_by_number_then_a_verb_only_a_document_does_or_moi_day():
    text = "Chế tài đã có, đơn cử như nghị định 98 xử phạt các hành vi kinh doanh hàng giả."
    assert _refs(text) == [("nghị định 98", None, None)]
    text = "Chuyện thông tư 17 thay cho thông tư 58 mới đây là một ví dụ."
    assert _refs(text) == [("thông tư 17", None, None), ("thông tư 58", None, None)]


def test_a_noun_that_may_be_a_verb_or_a_count_stays_as_it_was():
    # "quy định" may be a verb: the rule is for the never-verb nouns only; a count stays a count
    assert _refs("Luật mới quy định 5 có thể được miễn giảm.") == []
    assert _refs("Tỉnh thực hiện nghị quyết 2 năm liền.") == []


# --- a lower-case noun and bare number after a verb that takes a document ---------------------


def test_a_decision_by_number_after_thuc_hien_can_cu_ap_dung():
    text = "Bộ đã báo cáo kết quả kiểm tra thực hiện quyết định 512 về giá than, kiến nghị xử lý."
    assert _refs(text) == [("quyết định 512", None, None)]
    text = "Căn cứ vào quyết định 37, UBND huyện tiếp tục ban hành văn bản khác."
    assert _refs(text) == [("quyết định 37", None, None)]
    text = "Các địa phương áp dụng quyết định 91 của UBND tỉnh để bồi thường."
    assert _refs(text) == [("quyết định 91", "UBND tỉnh", None)]


def test_a_decision_by_number_after_trong_or_before_its_date_without_year():
    text = "Các doanh nghiệp ký hợp đồng với mức trợ giá theo quyết định 4418 ngày 20-6."
    assert _refs(text) == [("quyết định 4418", None, None)]
    text = "Thanh tra Chính phủ trong kết luận 2206 ngày 14/9 chỉ ra nhiều sai phạm của huyện."
    assert _refs(text) == [("kết luận 2206", None, None)]
    text = "Bộ đã kết luận một số nội dung trong quyết định 27 của tỉnh chưa phù hợp."
    assert _refs(text) == [("quyết định 27", None, None)]


def test_a_verb_then_a_count_or_a_verb_noun_stays_as_it_was():
    # the number must end the clause or go on with a function word: a count is no document
    assert _refs("Điều quan trọng là quyết định 3 việc cần làm ngay.") == []
    assert _refs("Tỉnh tiếp tục thực hiện quy định 5 năm một lần.") == []
    assert _refs("Các xã áp dụng thông báo 2 lần mỗi tháng.") == []
    assert _refs("Trong quyết định 3 ngày qua, tỉnh đã dừng dự án.") == []
    assert _refs("Trong kết luận 2 năm trước, đoàn đã chỉ ra sai phạm.") == []


# --- numbers listed under one noun, the issuer after the last --------------------------------


def test_numbers_listed_under_one_noun_share_the_issuer_after_the_last():
    text = "Tỉnh cần có chương trình thực hiện Nghị quyết 03, 04 của Chính phủ trong năm nay."
    assert _refs(text) == [
        ("Nghị quyết 03", "Chính phủ", "03/NQ-CP"),
        ("04", "Chính phủ", "04/NQ-CP"),
    ]
    text = "Ngân hàng triển khai Nghị quyết số 21, 36 và 41 của Chính phủ về hỗ trợ doanh nghiệp."
    assert _refs(text) == [
        ("Nghị quyết số 21", "Chính phủ", "21/NQ-CP"),
        ("36", "Chính phủ", "36/NQ-CP"),
        ("41", "Chính phủ", "41/NQ-CP"),
    ]
    # a decree's code needs its year: found with the issuer, left open
    text = "Các Nghị định 12, 13 của Chính phủ đã có hiệu lực."
    assert _refs(text) == [("Nghị định 12", "Chính phủ", None), ("13", "Chính phủ", None)]


def test_lists_without_an_issuer_programmes_articles_and_decimals_stay_as_they_were():
    assert _refs("Việc ban hành các Quyết định 71, 72 có ý nghĩa quan trọng.") == []
    assert _refs("Các xã thuộc chương trình 134, 135 của Chính phủ được hỗ trợ.") == []
    assert _refs("Theo Điều 3, 4 của Luật Đất đai, người dân được bồi thường.") == []
    assert _refs("Mức thu theo Thông tư 1,5 của Bộ Tài chính là hợp lý.") == []


# --- the slash printed as a spaced dash after "số" -------------------------------------------


def test_a_spaced_dash_for_the_slash_after_so_is_read_as_the_reader_reads_it():
    text = "Dự án đã được phê duyệt tại Công văn số 1188 - QĐ - UBND của tỉnh."
    assert [d[0] for d in _docs(text)] == ["1188/QĐ-UBND"]
    text = "Ngày 3/5/2018, UBND tỉnh ban hành Quyết định số 512 - QĐ - UBND về việc này."
    assert _docs(text) == [("512/QĐ-UBND", "UBND tỉnh", "2018-05-03")]


def test_dashes_elsewhere_stay_as_they_were():
    # without "số" right before the number, or a Party code (its slash after the type), or no type
    assert _docs("Theo Quyết định 512 - QĐ - UBND của tỉnh, việc này được làm.") == []
    assert [d[0] for d in _docs("Ban hành Quyết định số 102 - QĐ/TW ngày 15/11/2017.")] == [
        "102-QĐ/TW"
    ]
    assert _docs("Trận đấu kết thúc với tỷ số 3 - 2 - 1 sau hiệp phụ.") == []


# --- a circular of the Government Inspectorate by number and year ----------------------------


def test_a_government_inspectorate_circular_by_number_and_year_resolves():
    text = "Căn nhà không thuộc diện phải kê khai theo Thông tư 06/2015 của Thanh tra Chính phủ."
    assert _refs(text) == [("Thông tư 06/2015", "Thanh tra Chính phủ", "06/2015/TT-TTCP")]


def test_an_inspectorate_circular_before_2009_or_another_noun_stays_open():
    text = "Việc này làm theo Thông tư 05/2005 của Thanh tra Chính phủ."
    assert _refs(text) == [("Thông tư 05/2005", "Thanh tra Chính phủ", None)]
    text = "Sai phạm được nêu trong Kết luận 12/2014 của Thanh tra Chính phủ."
    assert _refs(text) == [("Kết luận 12/2014", "Thanh tra Chính phủ", None)]
