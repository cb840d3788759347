"""Hard-wrapped text: paragraphs joined again, everything else as it was."""

from __future__ import annotations

import textwrap

from importer.text_reader import read_text_page
from importer.unwrap import unwrap_hard_wrapped

PARAGRAPHS = [
    "Sáng 2/4, Chi bộ Phòng Kế hoạch tổ chức sinh hoạt chuyên đề về nâng cao chất lượng tham "
    "mưu, với sự tham dự của toàn thể đảng viên trong chi bộ và đại diện cấp ủy cấp trên.",
    "Các đảng viên đã thảo luận, đóng góp nhiều ý kiến tâm huyết nhằm khắc phục những hạn chế "
    "trong công tác tham mưu thời gian qua, nhất là việc chuẩn bị văn bản trình Thường trực.",
    "Chi bộ thống nhất giao chi ủy theo dõi, đôn đốc việc thực hiện trong quý II và báo cáo "
    "kết quả tại kỳ sinh hoạt tháng Bảy, kèm theo kiến nghị của các đảng viên.",
]
HEADER = ["Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II", "02/04/2021 15:10"]


def _wrapped(paragraphs: list[str], width: int = 72, blank: bool = True) -> str:
    lines: list[str] = list(HEADER)
    for paragraph in paragraphs:
        lines += ([""] if blank else []) + textwrap.wrap(paragraph, width, break_on_hyphens=False)
    return "\n".join(lines)


def test_wrapped_paragraphs_are_joined_and_header_lines_kept():
    for blank in (True, False):
        lines = [x for x in unwrap_hard_wrapped(_wrapped(PARAGRAPHS, blank=blank)).split("\n") if x]
        assert lines == HEADER + PARAGRAPHS


def test_text_that_is_not_wrapped_is_unchanged():
    text = "\n".join([*HEADER, "", *PARAGRAPHS])  # one line per paragraph
    assert unwrap_hard_wrapped(text) == text
    short = "Hội nghị\nĐại biểu dự\nKết quả\nTổng kết\nBế mạc\nNơi nhận"
    assert unwrap_hard_wrapped(short) == short


def test_a_list_item_or_indented_line_after_a_full_line_starts_a_new_block():
    first = textwrap.wrap(PARAGRAPHS[0], 72)
    text = "\n".join([*first, *textwrap.wrap(PARAGRAPHS[1], 72), "- một là " + "x" * 60,
                      "    Đoạn thụt đầu dòng " + "y" * 40])  # fmt: skip
    lines = unwrap_hard_wrapped(text).split("\n")
    assert lines[-2].startswith("- một là") and lines[-1].startswith("    Đoạn thụt")


def test_a_line_ending_in_a_dash_is_joined_with_a_space():
    lines = textwrap.wrap(" ".join(PARAGRAPHS), 72, break_on_hyphens=False)
    lines[1] = lines[1].rsplit(" ", 1)[0] + " -"  # wrappers break at spaces: "A -" + "B"
    assert lines[1].endswith(" -") and len(lines[1]) + len(lines[2].split()[0]) >= 72
    assert f"{lines[1]} {lines[2]}" in unwrap_hard_wrapped("\n".join(lines))


def test_a_wrapped_report_keeps_its_first_lines():
    page = read_text_page(_wrapped(PARAGRAPHS))
    assert page.title == HEADER[0]
    assert page.date_line.value.strftime("%Y-%m-%d %H:%M") == "2021-04-02 15:10"
    texts = [page.summary] + [b.text for b in page.blocks]
    assert texts == PARAGRAPHS


def test_short_paragraphs_of_one_line_each_are_not_taken_for_a_wrap():
    # lines of 80-90 characters, each a whole sentence: one paragraph a line, not a wrap
    lines = [
        "Sáng 11/3, Đảng ủy Khối các cơ quan tỉnh phát động đợt thi đua đặc biệt chào mừng.",
        "Đợt thi đua được triển khai từ nay đến khi kết thúc Đại hội, với các nội dung chính.",
        "Kết thúc đợt thi đua, Đảng ủy Khối sẽ tổ chức sơ kết, khen thưởng các tập thể.",
        "Tin cùng chuyên mục",
    ]
    assert unwrap_hard_wrapped("\n".join(lines)) == "\n".join(lines)
