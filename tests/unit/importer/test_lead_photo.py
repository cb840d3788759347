"""importer.lead_photo: the first photo of a saved page becomes Image with caption and credit."""

from __future__ import annotations

from importer.lead_photo import lead_photo
from importer.models import Block, BlockKind

P, C, IMG = BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.IMAGE


def test_first_photo_and_its_caption_leave_the_body():
    blocks = (
        Block(P, "Mở đầu."),
        Block(IMG, "", src="images/bai/anh-1.jpg"),
        Block(C, "Đồng chí Bí thư phát biểu. Ảnh: XUÂN ĐÀO"),
        Block(IMG, "Ảnh hai", src="images/bai/anh-2.jpg"),
        Block(C, "Ảnh thứ hai."),
    )
    fields, rest = lead_photo(blocks, "Tiêu đề")
    assert fields == [
        ("Image", "images/bai/anh-1.jpg"),
        ("Image_alt", "Đồng chí Bí thư phát biểu."),
        ("Image_caption", "Đồng chí Bí thư phát biểu."),
        ("Image_credit", "XUÂN ĐÀO"),
    ]
    assert rest == (blocks[0], blocks[3], blocks[4])


def test_no_photo_or_a_gif_leaves_everything_in_place():
    text = (Block(P, "Chỉ có chữ."),)
    assert lead_photo(text, "T") == ([], text)
    gif = (Block(IMG, "Động", src="images/bai/a.gif"),)
    assert lead_photo(gif, "T") == ([], gif)
    bare = (Block(IMG, "", src="images/bai/a.png"),)
    assert lead_photo(bare, "Tiêu đề") == (
        [("Image", "images/bai/a.png"), ("Image_alt", "Tiêu đề")],
        (),
    )


def test_the_og_image_leads_when_it_was_saved_with_the_page():
    blocks = (
        Block(IMG, "Ảnh một", src="images/bai/anh-1.jpg"),
        Block(P, "Đoạn."),
        Block(IMG, "", src="images/bai/anh-2.jpg"),
        Block(C, "Toàn cảnh. Ảnh: MAI"),
    )
    fields, rest = lead_photo(blocks, "T", "images/bai/anh-2.jpg")
    assert fields == [
        ("Image", "images/bai/anh-2.jpg"),
        ("Image_alt", "Toàn cảnh."),
        ("Image_caption", "Toàn cảnh."),
        ("Image_credit", "MAI"),
    ]
    assert rest == blocks[:2]
    # Saved, but only in the page's head: it leads with the title as alt; the body is kept.
    assert lead_photo(blocks, "Tiêu đề", "images/bai/chia-se.jpg") == (
        [("Image", "images/bai/chia-se.jpg"), ("Image_alt", "Tiêu đề")],
        blocks,
    )
    # Not saved (no path) or not a photo: the first figure, as without og:image.
    assert lead_photo(blocks, "T", "")[0][0] == ("Image", "images/bai/anh-1.jpg")
    assert lead_photo(blocks, "T", "images/bai/a.gif")[0][0] == ("Image", "images/bai/anh-1.jpg")


def test_a_saved_page_with_og_image_leads_with_that_photo(tmp_path):
    import datetime as dt

    from importer import ImportOptions, Outcome, import_sources
    from importer.fingerprint import split_article

    from tests.photo_files import camera_jpeg

    files = tmp_path / "trang_files"
    for name in ("mo-dau.jpg", "toan-canh.jpg"):
        camera_jpeg(files / name, 200, 150)
    page = tmp_path / "trang.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Hội nghị sơ kết công tác Đảng</title>'
        '<meta property="og:image" content="https://cu.example.vn/upload/toan-canh.jpg">'
        '<meta property="article:published_time" content="2023-05-04T08:00:00+07:00">'
        "</head><body><article><h1>Hội nghị sơ kết công tác Đảng</h1>"
        "<p>Sáng 4/5, Đảng ủy Khối tổ chức hội nghị sơ kết công tác Đảng sáu tháng đầu năm.</p>"
        '<figure><img src="trang_files/mo-dau.jpg" alt="Đại biểu đến dự"></figure>'
        "<p>Hội nghị đánh giá kết quả thực hiện nghị quyết và đề ra nhiệm vụ thời gian tới.</p>"
        '<figure><img src="trang_files/toan-canh.jpg" alt="">'
        "<figcaption>Toàn cảnh hội nghị. Ảnh: Xuân Đào</figcaption></figure>"
        "<p>Các chi bộ trực thuộc đã trao đổi kinh nghiệm trong công tác phát triển đảng viên.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    [result] = import_sources([page], ImportOptions(tmp_path / "content", now=now))
    assert result.outcome is Outcome.IMPORTED, result.reason
    meta, body = split_article(result.target.read_text(encoding="utf-8"))
    assert meta["image"].endswith("/toan-canh.jpg") and meta["image_credit"] == "Xuân Đào"
    assert meta["image_caption"] == "Toàn cảnh hội nghị."
    assert "mo-dau.jpg" in body and "toan-canh.jpg" not in body
