"""A Markdown body's soft line breaks read as spaces, at the same offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from portal_files.soft_breaks import soft_breaks_as_spaces


def test_a_wrapped_paragraph_reads_as_one_line():
    body = "Thực hiện Quy định số 98-QĐ/TW của Ban Chấp\nhành Trung ương về công tác cán bộ.\n"
    assert soft_breaks_as_spaces(body) == body.replace("Chấp\nhành", "Chấp hành")


@pytest.mark.parametrize(
    "body",
    [
        "Đoạn một.\n\nĐoạn hai.",  # a blank line: two paragraphs
        "Các việc cần làm:\n- một\n- hai",  # a list
        "Các việc cần làm:\n1. một\n2) hai",
        "## Kết quả\nĐoạn văn.",  # a heading stands alone
        "Đoạn văn.\n## Kết quả",
        "Đoạn văn\n> trích dẫn",
        "| a | b |\n|---|---|",
        "Ảnh minh họa\n{: .caption }",
        "Dòng một  \nxuống dòng cứng",  # a hard break
        "Dòng một\\\nxuống dòng cứng",
        "```\nmã nguồn\nmã nguồn\n```",  # inside a fence
    ],
)
def test_a_break_before_or_after_a_block_stays(body):
    assert soft_breaks_as_spaces(body) == body


def test_a_crlf_break_becomes_two_spaces():
    assert soft_breaks_as_spaces("Ban Chấp\r\nhành Trung ương") == "Ban Chấp  hành Trung ương"


@given(st.text(alphabet=st.sampled_from("ab #-1.|>`\n\r ")))
def test_offsets_lines_and_columns_stay(body):
    soft = soft_breaks_as_spaces(body)
    assert len(soft) == len(body)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(body, soft, strict=True))
