"""Date lines in the ways Vietnamese pages print them, and furniture lines by what they are."""

from __future__ import annotations

import datetime as dt

import pytest
from importer.dates import day_and_time_apart, parse_date_line, parse_machine_date
from importer.furniture import (
    is_boilerplate,
    is_interface_line,
    is_menu,
    is_related_item,
    is_stop_marker,
)
from importer.recognise import parse_byline, parse_dated_line
from vntext import VN_TZ


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ ba, 29/10/2013, 12:08 (GMT+7)", (2013, 10, 29, 12, 8)),
        ("29-10-2013 12:08", (2013, 10, 29, 12, 8)),
        ("29.10.2013 | 12:08", (2013, 10, 29, 12, 8)),
        ("12:08 | 29/10/2013", (2013, 10, 29, 12, 8)),
        ("Đăng lúc: 12:08 - 29/10/2013", (2013, 10, 29, 12, 8)),
        ("Cập nhật lúc 09h30' ngày 14.11.2012", (2012, 11, 14, 9, 30)),
        ("12 giờ 08 phút ngày 29.10.2013", (2013, 10, 29, 12, 8)),
        ("8h05 chiều 29/10/2013", (2013, 10, 29, 20, 5)),
        ("29/10/2013 12:08:33 PM", (2013, 10, 29, 12, 8)),
        ("29/10/13 12:08", (2013, 10, 29, 12, 8)),
        ("Thứ Ba, 29 tháng Mười, 2013 12:08", (2013, 10, 29, 12, 8)),
        ("08:15 | 05 tháng 6, 2015", (2015, 6, 5, 8, 15)),
        ("2013-10-29T05:08:00Z", (2013, 10, 29, 12, 8)),
        ("2013-10-29 12:08:00+07:00", (2013, 10, 29, 12, 8)),
        ("Ngày đăng: 29/10/2013 - 05:08 GMT", (2013, 10, 29, 12, 8)),
        ("October 29, 2013 12:08 PM", (2013, 10, 29, 12, 8)),
        ("29/10/2013 12.08", (2013, 10, 29, 12, 8)),
        ("Thứ Ba, 29-10-2013 | 12.08", (2013, 10, 29, 12, 8)),
    ],
)
def test_date_line_with_time(line, expected):
    found = parse_date_line(line)
    assert found is not None, line
    assert (found.value, found.precision) == (dt.datetime(*expected, tzinfo=VN_TZ), "minute")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hà Nội, ngày 21 tháng 4 năm 2016", (2016, 4, 21)),
        ("Thứ Sáu, 09/02/2024", (2024, 2, 9)),
        ("Posted on 29 Oct 2013", (2013, 10, 29)),
    ],
)
def test_date_line_without_time_has_day_precision(line, expected):
    found = parse_date_line(line)
    assert found is not None and found.precision == "day"
    assert found.value.date() == dt.date(*expected)


@pytest.mark.parametrize(
    "line",
    [
        "Từ 20/10/2013 đến 25/10/2013",  # a range
        "Sáng 29/10/2013, Đảng ủy Khối tổ chức hội nghị.",
        "Quyết định số 12/2013/QĐ-UBND",
        "29/13/2013 12:08",
        "Hội nghị lúc 12:08",  # no date
        "29/10/2013 1.234",  # a count, not a time
        "29/10/2013 12.08.2013",
    ],
)
def test_not_a_date_line(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("29/10/2013", "12:08", "2013-10-29 12:08"),
        ("12h08", "Thứ Ba, 29/10/2013", "2013-10-29 12:08"),
        ("29/10/2013", "Lượt xem: 12", None),  # no time on the other line
        ("29/10/2013 12:08", "13:00", None),  # the date has its time already
        ("29/10/2013", "30/10/2013", None),  # two days
        ("12:08", "13:00", None),  # no day
    ],
)
def test_day_and_time_apart(first, second, expected):
    found = day_and_time_apart(first, second)
    assert (found.value.strftime("%Y-%m-%d %H:%M") if found else None) == expected


def test_update_and_today_labels_are_known():
    assert parse_date_line("Cập nhật: 30/10/2013 08:00").updated
    assert not parse_date_line("Ngày đăng: 30/10/2013 08:00").updated
    assert parse_date_line("Hôm nay: Thứ Hai, 05/02/2024").today


def test_machine_dates():
    assert parse_machine_date("2016-07-05T03:20:00Z").value == dt.datetime(
        2016, 7, 5, 10, 20, tzinfo=VN_TZ
    )
    day = parse_machine_date("2016-07-05")
    assert day.precision == "day" and day.value.date() == dt.date(2016, 7, 5)
    assert parse_machine_date("not a date") is None


def test_dated_line_with_byline_and_counter():
    found, byline = parse_dated_line("Tác giả: Lê Thu Hà | 14/11/2012 09:30 | Lượt xem: 1.245")
    assert found.value == dt.datetime(2012, 11, 14, 9, 30, tzinfo=VN_TZ)
    assert byline.author == "Lê Thu Hà"
    found, _ = parse_dated_line("Thứ Ba, 22/10/2013 | 08:36 | Lượt xem: 5")
    assert found.value == dt.datetime(2013, 10, 22, 8, 36, tzinfo=VN_TZ)
    found, _ = parse_dated_line("Cập nhật: 30/10/2013 08:00 - Đăng: 29/10/2013 07:30")
    assert found.value == dt.datetime(2013, 10, 29, 7, 30, tzinfo=VN_TZ)  # published, not updated
    # A sentence segment makes it not a meta line.
    assert parse_dated_line("14/11/2012 | Hội nghị đã thành công tốt đẹp.") is None


@pytest.mark.parametrize(
    "line",
    [
        "TRANG CHỦ | TIN TỨC | VĂN BẢN | LIÊN HỆ",
        "Trang chủ » Thời sự » Trong tỉnh",
        "Đăng nhập | Đăng ký | RSS",
        "Bản in | Gửi email | Chia sẻ Facebook",
        "Cỡ chữ: A A A",
        "Lượt xem: 1.245",
        "(356 lượt xem)",
        "Bình luận (0)",
        "-----",
        "Đánh giá bài viết: ★★★★☆ (12 lượt)",
        "Xếp hạng: 3.5 - 2 phiếu bầu",
        "Đánh giá: 4/5 sao",
        "Tổng số điểm của bài viết là: 0 trong 0 đánh giá",
        "Click để đánh giá bài viết",
        "Bài viết có hữu ích với bạn không? Có Không",
        "Bài viết này có hữu ích không? Có (3) Không (0)",
        "Bạn thấy bài viết này thế nào?",
    ],
)
def test_furniture_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Tư, 23/10/2013 - 11:08",
        "VAMC - kho giữ nợ xấu?",
        "Hoài Nam/ VOV- Miền Trung",
        "Tổ chức đảng | 40 | 45",
        "Xin cảm ơn bà!",
        "Chia sẻ kinh nghiệm xây dựng chi bộ trong sạch, vững mạnh",
        "HL Email Print Góp ý",
        "Đánh giá kết quả thực hiện Nghị quyết 15 năm qua",
        "Xếp hạng 99 về môi trường kinh doanh",
        "Đánh giá: đây là bước tiến quan trọng của tỉnh.",
        "Bài viết có hữu ích không thì bạn đọc sẽ trả lời.",
    ],
)
def test_not_furniture_lines(line):
    assert not is_boilerplate(line), line


def test_menu_and_interface_need_every_part_to_be_furniture():
    assert is_menu("Tin tức / Thời sự / Trong nước")
    assert not is_menu("Nghị định 30/2020/NĐ-CP")
    assert is_interface_line("Chia sẻ bài viết")
    assert not is_interface_line("Chia sẻ với phóng viên bên lề Quốc hội")


@pytest.mark.parametrize(
    "line",
    ["Tin cùng chuyên mục:", "Các tin khác", "Bài viết liên quan", "Có thể bạn quan tâm",
     "Ý kiến bạn đọc", "© 2012 Cổng thông tin điện tử tỉnh.", "Bản quyền thuộc Đảng ủy phường"],
)  # fmt: skip
def test_stop_markers(line):
    assert is_stop_marker(line)


def test_related_items_and_bylines():
    assert is_related_item("Khối Dân vận tổng kết công tác năm (12/11/2012)")
    assert is_related_item("Hội thao công nhân lao động năm 2017 - 28/06/2017")
    assert not is_related_item("Sáng 12/11/2012, Khối Dân vận tổng kết công tác năm.")
    assert parse_byline("Tác giả: Lê Thu Hà").author == "Lê Thu Hà"
    assert parse_byline("Phóng viên: NGUYỄN AN").author == "Nguyễn An"
