"""Rules for page shapes met after the importer was built: NukeViet, Joomla, WordPress, print
views, portals whose ``<title>`` names only the section. Each test fails without its rule."""

from __future__ import annotations

import pytest
from importer.furniture import (
    is_article_info,
    is_boilerplate,
    is_menu,
    is_spaced_menu,
    is_stop_marker,
)
from importer.html_meta import in_furniture, names_title, read_page_meta
from importer.html_reader import read_html_page, tidy_blocks
from importer.models import Block, BlockKind
from importer.recognise import parse_byline, parse_credit_line, parse_dated_line
from importer.text_reader import read_text_page
from lxml import html as lxml_html

BODY = (
    "<p>Sáng 2/4, Chi bộ Phòng Kế hoạch tổ chức sinh hoạt chuyên đề về nâng cao chất lượng "
    "tham mưu, với sự tham dự của toàn thể đảng viên trong chi bộ.</p>"
    "<p>Các đảng viên đã thảo luận, đóng góp nhiều ý kiến tâm huyết nhằm khắc phục những "
    "hạn chế trong công tác tham mưu thời gian qua.</p>"
    "<p>Chi bộ thống nhất giao chi ủy theo dõi, đôn đốc việc thực hiện trong quý II.</p>"
)


def read(tmp_path, markup: str):
    page = tmp_path / "trang.html"
    page.write_text(markup, encoding="utf-8")
    return read_html_page(markup, page)


@pytest.mark.parametrize(
    "line",
    [
        "Những tin mới hơn",  # "những" as "các"
        "Những bài viết khác",
        "Có liên quan",  # blog engines' headings
        "Thích điều này:",
        "Điều hướng bài viết",
        "Để lại một bình luận",
        "Địa chỉ bài viết: http://example.vn/tin/123.html",  # a print view's own address
        "URL của bài viết: http://example.vn/tin/123.html",
    ],
)
def test_new_stop_markers(line):
    assert is_stop_marker(line)


@pytest.mark.parametrize(
    "line", ["Số lần đọc: 1523", "Lượt truy cập: 12.345", "Lượt đọc: 856 | In bài | Gửi bạn bè"]
)
def test_labelled_counters_are_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["Trang chủ | 12/08/2019", "Quyết định số 12 | 2019", "Những kết quả nổi bật"]
)
def test_dates_and_numbers_are_no_menu_items(line):
    assert not is_menu(line) and not is_stop_marker(line)


def test_article_info_labels():
    assert is_article_info("Chuyên mục: Tin tức") and is_article_info("Chi tiết")
    assert not is_article_info("Chuyên mục này được bạn đọc đón nhận và đánh giá cao hằng tháng.")


def test_cms_byline_labels():
    assert parse_byline("Viết bởi Phạm Thu Trang").author == "Phạm Thu Trang"
    assert parse_byline("Đăng bởi: Lê Văn Tám").author == "Lê Văn Tám"
    assert parse_byline("Đăng bởi admin") is None
    assert parse_byline("Tác giả bài viết: Ngọc Lan").author == "Ngọc Lan"


def test_credit_lines():
    both = parse_credit_line("Tác giả bài viết: Ngọc Lan Nguồn tin: Văn phòng Đảng ủy Khối")
    assert both.author == "Ngọc Lan"
    assert parse_credit_line("Nguồn tin: Ban Tuyên giáo Tỉnh ủy").author == ""
    assert parse_credit_line("Bài và ảnh: HOÀNG AN Nguồn: Báo Nhân Dân").author == "Hoàng An"
    assert parse_credit_line("Theo báo cáo của Sở, năm nay số đảng viên mới tăng 5%.") is None
    assert parse_credit_line("Nguồn tin: Văn phòng. Các đồng chí đã thảo luận sôi nổi và") is None


@pytest.mark.parametrize("account", ["admin", "Super User", "Quản trị viên", "webmaster"])
def test_cms_accounts_are_no_author(account):
    tree = lxml_html.fromstring(
        f'<html><head><meta name="author" content="{account}"></head></html>'
    )
    assert read_page_meta(tree).author is None


def test_real_author_meta_is_kept():
    tree = lxml_html.fromstring(
        '<html><head><meta name="author" content="Minh Châu"></head></html>'
    )
    assert read_page_meta(tree).author == "Minh Châu"


def test_interface_page_title_is_no_title():
    tree = lxml_html.fromstring("<html><head><title>In bài viết</title></head><body></body></html>")
    meta = read_page_meta(tree)
    assert meta.title is None and meta.title_source == ""


def test_headline_above_the_date_when_the_title_names_the_section(tmp_path):
    page = read(
        tmp_path,
        "<html><head><title>Tin tức - Cổng thông tin điện tử</title></head><body>"
        "<div class='news'><h3>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II</h3>"
        "<div class='info'><span>02/04/2021 15:10</span> <span>Lượt xem: 77</span></div>"
        f"{BODY}</div></body></html>",
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"
    assert page.date_line.value.strftime("%Y-%m-%d %H:%M") == "2021-04-02 15:10"


def test_a_headline_with_a_dash_under_its_date_is_taken_whole_from_the_page_title(tmp_path):
    # the <title> is "<headline> - <site>" and the headline has a dash of its own
    page = read(
        tmp_path,
        "<html><head><title>Phát triển kinh tế - xã hội năm 2021 - Cổng TTĐT Đảng bộ Khối"
        "</title></head><body><div class='chi-tiet'><div class='ngay'>02/04/2021 15:10</div>"
        f"<h2>Phát triển kinh tế - xã hội năm 2021</h2>{BODY}</div></body></html>",
    )
    assert page.title == "Phát triển kinh tế - xã hội năm 2021"


def test_a_headline_in_capitals_takes_the_case_of_the_page_title(tmp_path):
    page = read(
        tmp_path,
        "<html><head><title>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II | Cổng TTĐT"
        "</title></head><body><article><h1>CHI BỘ PHÒNG KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ QUÝ II"
        f"</h1><p>02/04/2021 15:10</p>{BODY}</article></body></html>",
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"


def test_a_headline_in_capitals_stays_so_when_the_page_title_says_nothing_else(tmp_path):
    page = read(
        tmp_path,
        "<html><head><title>CỔNG TTĐT</title></head><body><article><h1>HỘI NGHỊ SƠ KẾT QUÝ II"
        f"</h1><p>02/04/2021 15:10</p>{BODY}</article></body></html>",
    )
    assert page.title == "HỘI NGHỊ SƠ KẾT QUÝ II"


@pytest.mark.parametrize(
    ("head", "logo"),
    [
        ("<title>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II - Đảng bộ Khối</title>",
         "Đảng bộ Khối"),
        ("<title>Tin tức</title><meta property='og:site_name' content='Cổng TTĐT Đảng bộ Khối'>",
         "Cổng TTĐT Đảng bộ Khối"),
    ],
)  # fmt: skip
def test_the_sites_logo_in_h1_is_not_the_headline(tmp_path, head, logo):
    page = read(
        tmp_path,
        f"<html><head>{head}</head><body><h1 class='logo'>{logo}</h1><div class='detail'>"
        "<h2>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II</h2>"
        f"<div class='date'>02/04/2021 15:10</div>{BODY}</div></body></html>",
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"


def test_a_short_h1_named_in_the_page_title_stays_the_headline(tmp_path):
    # "Tin vắn | <a long site name>": the h1 is the shorter part, yet nothing else on the
    # page prints the longer one, so the h1 is the headline
    page = read(
        tmp_path,
        "<html><head><title>Tin vắn | Cổng thông tin điện tử Đảng bộ Khối doanh nghiệp"
        f"</title></head><body><article><h1>Tin vắn</h1><p>02/04/2021 15:10</p>{BODY}"
        "</article></body></html>",
    )
    assert page.title == "Tin vắn"


@pytest.mark.parametrize("time_first", [False, True])
def test_day_and_time_in_elements_of_their_own_are_one_date(tmp_path, time_first):
    day, time = "<div class='date'>Thứ Sáu, 02/04/2021</div>", "<div class='time'>15:10</div>"
    page = read(
        tmp_path,
        "<html><head><title>Cổng TTĐT</title></head><body><article>"
        "<h1>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II</h1>"
        f"{time + day if time_first else day + time}{BODY}</article></body></html>",
    )
    assert page.date_line.value.strftime("%Y-%m-%d %H:%M") == "2021-04-02 15:10"
    assert page.date_line.precision == "minute"


def test_print_view_in_one_column_table(tmp_path):
    paragraphs = BODY.replace("<p>", "").replace("</p>", "<br><br>")
    page = read(
        tmp_path,
        "<html><head><title>In bài viết</title></head><body><table>"
        "<tr><td><b>CỔNG THÔNG TIN ĐẢNG BỘ KHỐI</b></td></tr>"
        "<tr><td><b>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II</b></td></tr>"
        "<tr><td><i>02/04/2021 - 15:10</i></td></tr>"
        f"<tr><td>{paragraphs}</td></tr><tr><td align='right'><b>Hà An</b></td></tr>"
        "<tr><td>Địa chỉ bài viết: http://example.vn/tin/1.html</td></tr></table></body></html>",
    )
    assert page is not None and page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"
    assert page.author == "Hà An"
    texts = [b.text for b in page.blocks]
    assert len(texts) >= 2 and texts[-1].startswith("Chi bộ thống nhất")
    assert not any("Địa chỉ bài viết" in t for t in texts)


def test_info_box_list_before_the_article_goes_and_gives_the_byline(tmp_path):
    page = read(
        tmp_path,
        "<html><body><div class='item-page'><h2>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề</h2>"
        "<dl class='article-info'><dt>Chi tiết</dt><dd>Chuyên mục: Tin tức</dd>"
        "<dd>Ngày đăng Thứ sáu, 02 Tháng 4 2021 15:10</dd><dd>Viết bởi Hà An</dd>"
        f"<dd>Số lần đọc: 77</dd></dl>{BODY}</div></body></html>",
    )
    assert page.author == "Hà An"
    assert not any(b.items for b in page.blocks)  # the info list is not in the article


def test_related_list_and_credits_at_the_end_go(tmp_path):
    page = read(
        tmp_path,
        "<html><body><article><h1>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II</h1>"
        f"<p>02/04/2021 15:10</p>{BODY}<p><strong>Hà An</strong></p>"
        "<p>Tác giả bài viết: Hà An<br>Nguồn tin: Văn phòng Đảng ủy Khối</p>"
        "<ul><li><a href='/a'>Hội nghị sơ kết công tác quý I</a> (28/03/2021)</li>"
        "<li><a href='/b'>Kết nạp đảng viên mới tại Chi bộ Sở Tài chính</a> (15/03/2021)</li>"
        "</ul></article></body></html>",
    )
    assert page.author == "Hà An" and page.byline in ("Hà An", "Tác giả bài viết: Hà An")
    assert page.blocks[-1].text.startswith("Chi bộ thống nhất")


@pytest.mark.parametrize(
    "line",
    [
        "Theo dõi chúng tôi trên Google News",
        "Kết nối với chúng tôi qua Zalo",
        "00:00 / 03:12",  # an audio player's clock
        "Lượt thích 12",
        "Đang online: 12",
    ],
)
def test_more_furniture_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Theo dõi sát diễn biến, UBND tỉnh chỉ đạo các sở tuyên truyền trên Facebook",
        "Lúc 10:05 / 12:30 hai đoàn đã làm việc.",
        "Thu Trang",  # a name, though both words are interface words
    ],
)
def test_lines_like_furniture_that_are_not(line):
    assert not is_boilerplate(line)


def test_menu_kept_apart_by_spaces():
    assert is_spaced_menu("TRANG CHỦ  THỜI SỰ  XÂY DỰNG ĐẢNG  KINH TẾ")
    assert not is_spaced_menu("Sáng 11/6,  Đảng bộ  Công ty Điện lực  tổ chức Đại hội.")
    assert not is_spaced_menu("Ngày 12/6  Sáng 11/6  Đại hội")


@pytest.mark.parametrize("line", ["Đọc nhiều", "Mới nhất", "Nổi bật", "Xem nhiều nhất"])
def test_bare_listing_headings_end_the_article(line):
    assert is_stop_marker(line)


def test_header_bar_date_under_an_unknown_line_is_not_the_title_date():
    page = read_text_page(
        "Chương trình phát thanh mỗi sáng thứ Hai\n"  # an unknown line above the bar's date
        "Thứ Sáu, 09/02/2024\n"
        "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II\n"
        "02/04/2021 15:10\n" + BODY.replace("<p>", "").replace("</p>", "\n")
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"
    assert page.date_line.value.strftime("%Y-%m-%d %H:%M") == "2021-04-02 15:10"


@pytest.mark.parametrize(
    ("first", "second"), [("02/04/2021", "15:10"), ("15h10", "Thứ Sáu, 02/04/2021")]
)
def test_day_and_time_on_lines_of_their_own_are_one_date(first, second):
    page = read_text_page(
        "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II\n"
        f"{first}\n{second}\n" + BODY.replace("<p>", "").replace("</p>", "\n")
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"
    assert page.date_line.value.strftime("%Y-%m-%d %H:%M") == "2021-04-02 15:10"
    assert page.date_line.precision == "minute"
    assert not any("15" in (b.text or "")[:8] for b in page.blocks)


TEXT_BODY = BODY.replace("<p>", "").replace("</p>", "\n")
TITLE = "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"


@pytest.mark.parametrize(
    ("line", "author"),
    [("Bài và ảnh: Minh Anh Thư", "Minh Anh Thư"), ("Minh Anh", "Minh Anh"),
     ("Nguyễn Thị Minh Anh", "Nguyễn Thị Minh Anh"), ("THANH HÀ", "Thanh Hà")],
)  # fmt: skip
def test_a_byline_between_the_date_and_the_body_is_the_byline(line, author):
    page = read_text_page(f"{TITLE}\n02/04/2021 15:10\n{line}\n{TEXT_BODY}")
    assert page.title == TITLE
    assert page.byline is not None and page.byline.author == author
    assert page.summary.startswith("Sáng 2/4")


def test_a_name_over_the_date_with_no_title_before_it_is_still_the_title():
    # the date printed above the title: the line under the date is the title, never a byline
    page = read_text_page(f"Tin hoạt động\n02/04/2021 15:10\n{TITLE}\n{TEXT_BODY}")
    assert page.title == TITLE and page.byline is None


def test_a_line_in_brackets_under_the_title_is_not_the_title():
    page = read_text_page(f"{TITLE}\n(Kỳ 1: Những việc làm ngay)\n02/04/2021 15:10\n{TEXT_BODY}")
    assert page.title == TITLE
    assert page.summary == "(Kỳ 1: Những việc làm ngay)"  # kept, not lost


def test_a_record_exported_field_by_field_is_read_without_its_labels():
    page = read_text_page(
        f"Tiêu đề: {TITLE}\nNgày đăng: 02/04/2021 15:10\nTác giả: Minh Anh\n"
        "Tóm tắt: Chi bộ sinh hoạt chuyên đề về công tác tham mưu.\nNội dung:\n" + TEXT_BODY
    )
    assert page.title == TITLE
    assert page.byline.author == "Minh Anh"
    assert page.summary == "Chi bộ sinh hoạt chuyên đề về công tác tham mưu."
    assert page.blocks[0].text.startswith("Sáng 2/4")


def test_markdown_heading_marks_are_not_part_of_the_title():
    page = read_text_page(f"# {TITLE}\n\n02/04/2021 15:10\n\n## Kết quả\n{TEXT_BODY}")
    assert page.title == TITLE
    assert not any("#" in (b.text or "") for b in page.blocks)


def test_a_body_line_that_merely_starts_with_content_words_is_kept():
    text = f"{TITLE}\n02/04/2021 15:10\n{TEXT_BODY}Nội dung: ba việc cần làm ngay.\n"
    page = read_text_page(text)
    assert page.blocks[-1].text == "Nội dung: ba việc cần làm ngay."


def test_two_days_on_lines_of_their_own_stay_two_dates():
    page = read_text_page(
        "Thứ Sáu, 09/02/2024\n"
        "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II\n"
        "02/04/2021\n" + BODY.replace("<p>", "").replace("</p>", "\n")
    )
    assert page.date_line.value.strftime("%Y-%m-%d") == "2021-04-02"
    assert page.date_line.precision == "day"


def test_a_dated_line_of_cells_does_not_make_a_menu_a_table():
    page = read_text_page(
        "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II\n"
        "Ngày đăng 02/04/2021 | 15:10 | Lượt xem 77\n"
        "Gửi bài viết | Bản in | Lưu bài\n" + BODY.replace("<p>", "").replace("</p>", "\n")
    )
    assert not any("Lưu bài" in (b.text or "") or b.rows for b in page.blocks)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("news-title", True), ("newsTitle", True), ("ctl00_Content_lblTitle", True),
        ("tieu-de-tin", True), ("tieude", True), ("entry-title", True),
        ("subtitle", False), ("titlebar", False), ("chi-tiet", False),
    ],
)  # fmt: skip
def test_class_names_that_name_a_headline(label, expected):
    assert names_title(label) is expected


@pytest.mark.parametrize(
    ("label", "furniture"),
    [
        ("tin-lien-quan", True), ("tinlienquan", True), ("box-tin-khac", True),
        ("binh-luan", True), ("chan-trang", True), ("dau-trang", True), ("duong-dan", True),
        ("chia-se", True), ("quang-cao", True), ("noi-dung-tin", False), ("tieu-de-tin", False),
        ("tin-tuc", False), ("lien-he-toa-soan", False),
    ],
)  # fmt: skip
def test_vietnamese_class_names_mark_furniture(label, furniture):
    tree = lxml_html.fromstring(f"<html><body><div class='{label}'><p>x</p></div></body></html>")
    assert in_furniture(tree.find(".//p")) is furniture


def test_a_form_wrapping_the_page_is_unwrapped_a_small_one_dropped(tmp_path):
    page = read(
        tmp_path,
        "<html><head><title>Tin tức</title></head><body><form id='aspnetForm'>"
        "<span class='lblTitle'>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II</span><br>"
        "<span class='lblDate'>02/04/2021 3:10:00 CH</span><br><br><span class='lblContent'>"
        + BODY.replace("<p>", "").replace("</p>", "<br><br>")
        + "</span></form><form><span>Họ tên</span><input name='ten'>"
        + "<span>Mã xác nhận</span></form></body></html>",
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"
    assert page.date_line.value.strftime("%H:%M") == "15:10"
    texts = [b.text for b in page.blocks]
    assert any(t.startswith("Các đảng viên đã thảo luận") for t in texts)  # split at <br>
    assert not any("Mã xác nhận" in t for t in texts)


@pytest.mark.parametrize(
    "line",
    [
        "Bạn đang xem: Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II",
        "Chuyên mục: Công tác Đảng",
        "Trang chủ » Tin tức - Sự kiện",  # the dash is no word of a menu item
        "Xem: 532",
    ],
)
def test_where_the_reader_is_and_short_counters(line):
    assert is_boilerplate(line)


def test_chu_de_line_of_a_body_stays():
    assert not is_boilerplate("Chủ đề: Tuổi trẻ tiên phong trong chuyển đổi số")


def test_posted_by_line_gives_date_and_byline():
    dated, byline = parse_dated_line("Người đăng: Lê Hà | Ngày: 14/03/2019 | Xem: 532")
    assert dated.value.strftime("%Y-%m-%d") == "2019-03-14" and byline.author == "Lê Hà"
    assert is_stop_marker("Các bài đã đăng:")


def test_date_above_the_title_under_a_section_name():
    page = read_text_page(
        "Bản tin điện tử\n"
        "Thứ ba, 03/01/2023 | 07:45\n"
        "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II\n"
        + BODY.replace("<p>", "").replace("</p>", "\n")
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"


def test_a_caption_after_the_date_is_not_the_title():
    page = read_text_page(
        "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II\n"
        "02/04/2021 15:10\n"
        "Quang cảnh buổi sinh hoạt (Ảnh: Hà An)\n" + BODY.replace("<p>", "").replace("</p>", "\n")
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"


PROSE = [
    "Sáng 11/3, Đảng ủy Khối các cơ quan tỉnh phát động đợt thi đua đặc biệt chào mừng Đại hội.",
    "Đợt thi đua được triển khai từ nay đến khi kết thúc Đại hội, với các nội dung trọng tâm.",
    "Kết thúc đợt thi đua, Đảng ủy Khối sẽ tổ chức sơ kết, khen thưởng các tập thể, cá nhân.",
]


def test_related_box_inside_a_text_copy_does_not_end_it():
    lines = [
        "Đảng ủy Khối phát động thi đua đặc biệt chào mừng Đại hội",
        "12/03/2020 08:30",
        *PROSE[:2],
        "Tin liên quan",
        "Hướng dẫn tổ chức đại hội chi bộ",
        "Tập huấn nghiệp vụ (05/03/2020)",
        *PROSE[2:],
        "Tin cùng chuyên mục",
        "Kết nạp đảng viên mới (10/03/2020)",
    ]
    text = "\n".join(lines)
    page = read_text_page(text)
    texts = [b.text for b in page.blocks]
    assert texts[-1] == PROSE[2]
    assert not any("Hướng dẫn tổ chức" in t for t in texts)


def test_related_box_inside_saved_page_blocks_does_not_end_them():
    blocks = [
        Block(BlockKind.PARAGRAPH, PROSE[0]),
        Block(BlockKind.PARAGRAPH, "Xem thêm:"),
        Block(BlockKind.LIST, items=("Hướng dẫn tổ chức đại hội", "Tập huấn nghiệp vụ")),
        Block(BlockKind.PARAGRAPH, PROSE[1]),
        Block(BlockKind.PARAGRAPH, "Bình luận"),
        Block(BlockKind.PARAGRAPH, "Bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin này."),
    ]
    kept, _ = tidy_blocks(blocks, None)
    assert [b.text for b in kept] == PROSE[:2]  # comments still end the article


def test_bold_title_above_a_date_on_a_page_of_line_breaks(tmp_path):
    page = read(
        tmp_path,
        "<html><head><title>Tin tức - Đảng bộ Khối</title></head><body>"
        "<div>CHUYÊN MỤC<br><a href='#'>Tin tức</a></div><div>"
        "<b>Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II</b><br>"
        "<i>(Cập nhật: 02/04/2021 - 15:10)</i><br><br>"
        + BODY.replace("<p>", "").replace("</p>", "<br><br>")
        + "<div align='right'><b>Hà An</b></div><a href='#'>In bài này</a></div></body></html>",
    )
    assert page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"
    assert page.author == "Hà An"
    assert [b.text for b in page.blocks][-1].startswith("Chi bộ thống nhất")
    assert is_boilerplate("In bài này") and is_boilerplate("CHUYÊN MỤC")


def test_a_section_name_that_is_also_a_listing_heading_over_the_title():
    page = read_text_page(
        "Thứ hai, 02/12/2024 - 9:56 AM\n"
        "Tin hoạt động\n"
        "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II\n"
        "02/04/2021 | 15:10\n" + BODY.replace("<p>", "").replace("</p>", "\n") + "Tin hoạt động\n"
    )
    assert page is not None and page.title == "Chi bộ Phòng Kế hoạch sinh hoạt chuyên đề quý II"
    assert page.blocks[-1].text.startswith("Chi bộ thống nhất")  # at the end it still ends it
    assert is_stop_marker("Bài viết được xem nhiều")
