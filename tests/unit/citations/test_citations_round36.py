"""Issue 14, thirty-sixth round: the rules written against fresh61, on made-up sentences of the
same shapes, with the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- a State body's code split by the segmenter's spaces ("195 KL / TTCP") ---------------------


def test_a_spaced_code_of_a_state_body_reads_in_the_state_shape():
    text = "Thanh tra Chính phủ vừa ban hành Kết luận thanh tra số 41 KL / TTCP đối với dự án."
    assert _docs(text) == [("41/KL-TTCP", "Thanh tra Chính phủ", None)]
    text = "Đình được công nhận là di tích theo Quyết định số 120 QĐ / VH ngày 3/4/1991."
    assert _docs(text) == [("120/QĐ-VH", None, "1991-04-03")]


def test_a_spaced_party_code_and_a_printed_dash_stay_as_they_were():
    text = "theo kết luận số 21 KL / TW của Ban Bí thư."
    assert _docs(text) == [("21-KL/TW", "Ban Bí thư", None)]
    text = "thực hiện chỉ thị số 32 CT / TW của Bộ Chính trị."
    assert _docs(text) == [("32-CT/TW", "Bộ Chính trị", None)]
    # an old local style printed with its dash keeps the Party shape it was printed in
    text = "theo Nghị quyết số 24-NQ/UBND ngày 3/4/1990."
    assert _docs(text) == [("24-NQ/UBND", None, "1990-04-03")]
