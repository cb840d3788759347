"""Issue 14, forty-seventh round: the rules written against the issuer misses of older batches
and of fresh83 (the round's training batch), on made-up sentences of the same shapes, with the
cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- an office ("Văn phòng") after its holder's title -------------------------------------------


def test_an_office_after_a_title_is_read_with_its_title_and_signer():
    text = (
        "Ngày 5-2-2019, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Nguyễn Văn An đã ký thông báo "
        "số 17/TB-VPCP về việc này."
    )
    assert _docs(text) == [
        ("17/TB-VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Nguyễn Văn An", "2019-02-05")
    ]
    text = "Chủ nhiệm Văn phòng Quốc hội Trần Văn Bình đã ký công văn số 88/VPQH-TH gửi các tỉnh."
    assert _docs(text) == [("88/VPQH-TH", "Chủ nhiệm Văn phòng Quốc hội Trần Văn Bình", None)]


def test_an_office_without_a_title_reads_as_before():
    text = "Theo Quyết định số 12/QĐ-UBND của Chánh Văn phòng UBND tỉnh Nam Định, việc này xong."
    assert _docs(text) == [("12/QĐ-UBND", "Chánh Văn phòng UBND tỉnh Nam Định", None)]
    text = "Văn phòng Chính phủ đã có thông báo số 17/TB-VPCP về việc này."
    assert _docs(text) == [("17/TB-VPCP", "Văn phòng Chính phủ", None)]
