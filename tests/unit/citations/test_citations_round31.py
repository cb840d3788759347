"""Issue 14, thirty-first round: general shapes behind the misses of earlier vietnews batches
(fresh47/015) and fresh51, made-up sentences of the same shape, with the cases that must stay
as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- a code's unit after a space ---------------------------------------------------------------


def test_a_unit_after_a_space_leaves_the_date_and_issuer_after_it_to_the_code():
    text = (
        "Bản vẽ đã được Thanh tra tỉnh nhắc đến tại kết luận thanh tra số 12/KL-TTT KTY "
        "ngày 6-8-2008 của Thanh tra tỉnh X về việc tái định cư."
    )
    assert _docs(text) == [("12/KL-TTT", "Thanh tra tỉnh X", "2008-08-06")]
    text = "Theo công văn số 34/UBND-VP VX của UBND tỉnh Y về việc hỗ trợ."
    assert _docs(text) == [("34/UBND-VP", "UBND tỉnh Y", None)]


def test_capitals_after_a_code_without_a_date_or_issuer_after_them_stay_outside():
    # the capitals are the start of a body's name, not a unit
    text = "Theo công văn số 34/UBND-VP UBND tỉnh Y đã đề nghị hỗ trợ."
    assert _docs(text) == [("34/UBND-VP", None, None)]
    # a code ending in digits takes no unit after a space
    text = "Theo Nghị định số 12/2019/NĐ-CP ngày 1/2/2019 của Chính phủ."
    assert _docs(text) == [("12/2019/NĐ-CP", "Chính phủ", "2019-02-01")]
    text = "Theo công văn số 34/UBND-VP ngày 2/3/2019 của UBND tỉnh Y về việc."
    assert _docs(text) == [("34/UBND-VP", "UBND tỉnh Y", "2019-03-02")]


# --- a one-part code after "Kết luận số" and "Thông báo số" -----------------------------------


def test_a_conclusion_or_notice_with_so_reads_a_one_part_code():
    text = "Thanh tra Chính phủ (Kết luận số 512/TTCP ngày 3/5/2007) đã kiến nghị xử lý."
    assert _docs(text) == [("512/TTCP", "Thanh tra Chính phủ", "2007-05-03")]
    text = "Hội nghị đã nghe thông báo số 77/HĐTS ngày 2-4-2019 cũng như các ý kiến."
    assert _docs(text) == [("77/HĐTS", None, "2019-04-02")]


def test_a_one_part_code_after_a_conclusion_or_notice_without_so_stays_unread():
    text = "Theo kết luận 512/TTCP của Thanh tra Chính phủ về việc này."
    assert _docs(text) == []
    text = "Theo Thông báo 77/HĐTS về việc tổ chức đại hội."
    assert _docs(text) == []
    # other nouns with "số" as before: a decision's one-part code is not read
    text = "Theo Quyết định số 512/TTCP của Thanh tra Chính phủ về việc này."
    assert _docs(text) == []
