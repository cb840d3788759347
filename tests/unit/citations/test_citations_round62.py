"""Issue 14, sixty-second round: the rules written against the misses of fresh113 (the round's
training batch) and of older batches, on made-up sentences of the same shapes, with the cases
that must stay as they were.
"""

from __future__ import annotations


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    from citations import extract

    return [
        (" / ".join(m.text for m in r.mentions), r.issuer, r.resolves_to)
        for r in extract(text).references
    ]


# --- a plenum resolution by number and term that its plenum row does not list -------------------


def test_a_plenum_resolution_by_number_and_term_fits_the_terms_series():
    text = (
        "Căn cứ Nghị quyết số 34 ngày 6/10/2018 của Hội nghị lần thứ 8 Ban Chấp hành Trung ương "
        "Đảng khoá XII, Uỷ ban đã giới thiệu nhân sự."
    )
    [(mention, _issuer, res)] = _refs(text)
    assert mention.startswith("Nghị quyết số 34") and res == "34-NQ/TW"
    text = "Thực hiện Nghị quyết 35 của Hội nghị Trung ương 8 (khoá XII), các cấp uỷ đã họp."
    assert [r[2] for r in _refs(text)] == ["35-NQ/TW"]


def test_a_plenum_resolution_outside_the_series_or_without_a_term_stays_open():
    # after the next tabled plenum's first number (plenum 7 of khoá XII opens at 26)
    text = "Thực hiện Nghị quyết 99 của Hội nghị Trung ương 6 (khoá XII), các cấp uỷ đã họp."
    assert [r[2] for r in _refs(text)] == [None]
    # after the last tabled plenum's own last number
    text = "Thực hiện Nghị quyết 37 của Hội nghị Trung ương 8 (khoá XII), các cấp uỷ đã họp."
    assert [r[2] for r in _refs(text)] == [None]
    # a plenum without a row, or no term printed
    text = "Thực hiện Nghị quyết 34 của Hội nghị Trung ương 9 (khoá XII), các cấp uỷ đã họp."
    assert [r[2] for r in _refs(text)] == [None]
    text = "Thực hiện Nghị quyết 34 của Hội nghị Trung ương 8, các cấp uỷ đã họp."
    assert [r[2] for r in _refs(text)] == [None]
    # before 1998 a plenum's resolutions were N-NQ/HNTW: an old term stays with the table
    text = "Thực hiện Nghị quyết 09 của Hội nghị Trung ương 8 (khoá VII), các cấp uỷ đã họp."
    assert [r[2] for r in _refs(text)] == [None]
    # a number the row lists resolves by the table as before
    text = "Thực hiện Nghị quyết 36 của Hội nghị Trung ương 8 (khoá XII) về kinh tế biển."
    assert [r[2] for r in _refs(text)] == ["36-NQ/TW"]


# --- "Bộ này" (this ministry) issuing a circular by number and year ----------------------------


def test_this_ministry_issuing_a_circular_names_the_ministry_printed_before_it():
    text = (
        "Thanh tra kết luận lãnh đạo Bộ Công thương, Vụ Thị trường có trách nhiệm trong việc Bộ "
        "này ban hành Thông tư 21/2015 về hoạt động xuất khẩu."
    )
    assert _refs(text) == [("Thông tư 21/2015", "Bộ Công thương", "21/2015/TT-BCT")]


def test_this_ministry_without_one_ministry_in_its_sentence_stays_open():
    # the ministry in an earlier sentence
    text = "Bộ Công thương đã họp. Sau đó Bộ này ban hành Thông tư 21/2015 về xuất khẩu."
    assert _refs(text) == [("Thông tư 21/2015", None, None)]
    # two ministries: which one is meant is not printed
    text = "Bộ Tài chính và Bộ Công thương cho biết Bộ này vừa ban hành Thông tư 21/2015 về thuế."
    assert _refs(text) == [("Thông tư 21/2015", None, None)]
    # another body named before it, or another noun: nothing as before
    text = "UBND tỉnh cho biết Bộ này vừa ban hành Thông tư 21/2015 về xuất khẩu."
    assert _refs(text) == [("Thông tư 21/2015", None, None)]
    text = "Bộ Công thương cho biết Bộ này vừa ban hành Quyết định 21/2015 về xuất khẩu."
    assert [r[2] for r in _refs(text)] == [None]


# --- a company's name joined to its board's code by a spaced dash, before the date ----------------


def _docs(text: str) -> list[tuple[str, str | None]]:
    from citations import extract

    return [(c.id, c.date) for c in extract(text).documents]


def test_a_company_name_after_a_boards_code_lets_its_date_be_read():
    text = (
        "Hội đồng quản trị Sabeco đã thông qua tại các Nghị quyết số 11/NQ-HĐQT - Sabeco ngày "
        "5/4/2018, số 14/NQ-HĐQT - Sabeco ngày 20/4/2018."
    )
    assert _docs(text) == [("11/NQ-HĐQT", "2018-04-05"), ("14/NQ-HĐQT", "2018-04-20")]


def test_a_dash_before_a_clause_a_word_with_tone_marks_or_no_date_reads_no_date():
    for text in (
        "Theo Quyết định số 12/QĐ-UBND - Sau ngày 5/3/2018 dự án dừng.",
        "Theo Quyết định số 12/QĐ-UBND - Sáng ngày 5/3/2018 dự án dừng.",
        "Theo Quyết định số 12/QĐ-HĐQT - Sabeco cho biết ngày 5/3/2018 dự án dừng.",
    ):
        assert _docs(text) == [(_docs(text)[0][0], None)], text


# --- a lower-case noun and a bare number after "của" ----------------------------------------------


def test_a_lower_case_noun_and_number_after_cua_is_a_document():
    text = "Đây là nội dung của quyết định 412 vừa được Bộ Tư pháp đề nghị tuyên truyền."
    assert _refs(text) == [("quyết định 412", None, None)]
    text = "Mục tiêu của quyết định 23 là để người dân có điều kiện tách đất."
    assert _refs(text) == [("quyết định 23", None, None)]


def test_after_cua_a_count_a_year_or_words_after_the_number_read_nothing():
    for text in (
        "Đây là nội dung của quy định 5 năm một lần.",
        "Đây là nội dung của quyết định 2019 vừa được bàn.",
        "Đây là nội dung của quyết định 412 hộ dân.",
        # without "của" nor another preposition: a verb, as before
        "Bộ quyết định 412 vừa được bàn.",
    ):
        assert _refs(text) == [], text


# --- a council's term number split from its code ------------------------------------------------


def _cited(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    from citations import extract

    return [(c.id, c.issuer, c.date, c.term) for c in extract(text).documents]


def test_a_councils_term_split_from_its_code_is_the_codes_when_the_sentence_prints_it():
    text = (
        "Đề án đã được xác định tại Nghị quyết số 27/NQ-HĐND 16 ngày 5 tháng 7 năm 2018 của Hội "
        "đồng nhân dân tỉnh khoá XVI phê duyệt."
    )
    assert _cited(text) == [("27/NQ-HĐND16", "Hội đồng nhân dân tỉnh", "2018-07-05", None)]


def test_a_number_after_a_councils_code_without_that_term_printed_stays_apart():
    for text in (
        # another term printed
        "Đề án tại Nghị quyết số 27/NQ-HĐND 16 ngày 5 tháng 7 năm 2018 của Hội đồng nhân dân "
        "tỉnh khoá XV phê duyệt.",
        # no term printed
        "Đề án tại Nghị quyết số 27/NQ-HĐND 16 ngày 5 tháng 7 năm 2018 của Hội đồng nhân dân "
        "tỉnh phê duyệt.",
    ):
        assert [c[0] for c in _cited(text)] == ["27/NQ-HĐND"], text
    # a committee's code: as before
    text = "Quyết định số 27/QĐ-UBND 16 ngày 5/7/2018 của UBND tỉnh khoá XVI."
    assert [c[0] for c in _cited(text)] == ["27/QĐ-UBND"]


# --- "của Bộ" alone after a ministry's code -----------------------------------------------------


def test_cua_bo_alone_after_a_ministrys_code_is_its_issuer_as_printed():
    text = (
        "Ông A, vụ trưởng Vụ Pháp chế, Bộ Tài chính, cho biết công văn số 1203/BTC-PC ngày "
        "5-3-2019 của Bộ đã hướng dẫn rõ việc này."
    )
    assert [(c[0], c[1]) for c in _cited(text)] == [("1203/BTC-PC", "Bộ")]


def test_cua_bo_after_another_bodys_code_or_before_a_title_is_no_issuer():
    text = "Ông A cho biết công văn số 1203/UBND-PC ngày 5-3-2019 của Bộ đã hướng dẫn rõ."
    assert [(c[0], c[1]) for c in _cited(text)] == [("1203/UBND-PC", None)]
    text = "Ông A cho biết công văn số 1203/BTC-PC ngày 5-3-2019 của Bộ trưởng đã hướng dẫn rõ."
    assert [(c[0], c[1]) for c in _cited(text)] == [("1203/BTC-PC", None)]
