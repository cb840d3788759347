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
