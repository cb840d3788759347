"""Issue 14, fifty-seventh round: the rules written against issuer and date misses (fresh103,
the round's training batch, and older batches), on made-up sentences of the same shapes, with
the cases that must stay as they were.
"""

from __future__ import annotations

from tests.support import cited_documents as _docs

# --- "sổ" typed for "số" between a document's noun and its code --------------------------------


def test_so_typed_with_the_wrong_tone_between_the_noun_and_the_code_is_read_as_so():
    text = "Ngày 3/4/2015, UBND tỉnh Bình Định có quyết định sổ 812/QĐ-UBND về việc giao đất."
    assert _docs(text) == [("812/QĐ-UBND", "UBND tỉnh Bình Định", "2015-04-03")]
    text = "Sở Tài chính đã ban hành công văn sổ 45/STC-QLG về giá."
    assert _docs(text) == [("45/STC-QLG", "Sở Tài chính", None)]


def test_so_alone_or_after_another_word_gives_the_code_nothing_new():
    # a register ("sổ") is no document's noun: the code stays bare, as before
    assert _docs("Ngày 3/4/2015, UBND tỉnh có sổ 812/QĐ-UBND về việc giao đất.") == [
        ("812/QĐ-UBND", None, None)
    ]
    assert _docs("Ngày 3/4/2015, UBND tỉnh ghi vào sổ 812/QĐ-UBND về việc giao đất.") == [
        ("812/QĐ-UBND", None, None)
    ]
