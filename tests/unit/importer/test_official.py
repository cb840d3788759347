"""Administrative documents typed as text, read by the layout their rules fix."""

from __future__ import annotations

from importer.official import read_official_document
from importer.text_reader import read_text_page

PARTY = """ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\t\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ VĂN PHÒNG
*
Số 15-BC/CB\t\tHuế, ngày 28 tháng 6 năm 2019

BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2019
-----
Thực hiện kế hoạch của Đảng ủy Khối, Chi bộ Văn phòng báo cáo kết quả như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
Chi bộ tổ chức cho toàn thể đảng viên học tập, quán triệt các nghị quyết của Đảng.
II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Tiếp tục nâng cao chất lượng sinh hoạt chi bộ và chuẩn bị đại hội chi bộ.
T/M CHI BỘ
BÍ THƯ
Nguyễn Thị Hoa
Nơi nhận:
- Đảng ủy Khối (b/c);
- Lưu CB.
"""

STATE = """UBND TỈNH THỪA THIÊN HUẾ
SỞ NỘI VỤ
Số: 112/KH-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 05 tháng 3 năm 2021
KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm 90 năm Ngày thành lập Đoàn
Căn cứ hướng dẫn của Tỉnh đoàn, Sở Nội vụ xây dựng kế hoạch tổ chức các hoạt động như sau.
Tổ chức ra quân tình nguyện và gặp mặt đoàn viên tiêu biểu trong tháng 3 năm 2021.
Nơi nhận:
- Tỉnh đoàn;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Minh
"""


def test_party_report_title_date_body_and_signer():
    found = read_official_document(PARTY.splitlines())
    assert found.title == "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2019"
    assert found.number == "15-BC/CB"
    assert found.date_line.value.strftime("%Y-%m-%d") == "2019-06-28"
    assert found.body[0].startswith("Thực hiện kế hoạch") and found.body[-1].endswith("chi bộ.")
    assert (found.signer.author, found.signer.author_title) == ("Nguyễn Thị Hoa", "Bí thư")


def test_state_plan_recipients_before_the_signature():
    found = read_official_document(STATE.splitlines())
    assert found.title.startswith("Kế hoạch tổ chức các hoạt động kỷ niệm 90 năm")
    assert found.number == "112/KH-SNV"
    assert found.date_line.value.strftime("%Y-%m-%d") == "2021-03-05"
    assert found.body[-1].startswith("Tổ chức ra quân")
    assert (found.signer.author, found.signer.author_title) == ("Lê Văn Minh", "Phó giám đốc")


def test_text_reader_uses_it():
    page = read_text_page(PARTY)
    assert page.title == "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2019"
    assert page.byline.author == "Nguyễn Thị Hoa"
    assert not any(
        "Nơi nhận" in (b.text or "") or "Lưu CB" in " ".join(b.items) for b in page.blocks
    )


def test_a_news_report_with_a_type_word_in_capitals_is_not_one():
    news = (
        "BÁO CÁO\n"  # a kicker, with no number and no "ngày … tháng … năm" line
        "Đảng ủy Khối sơ kết công tác 6 tháng đầu năm\n"
        "28/06/2019 10:05\n"
        "Sáng 27/6, Đảng ủy Khối tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2019.\n"
    )
    assert read_official_document(news.splitlines()) is None
