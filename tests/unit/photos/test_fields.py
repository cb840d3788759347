"""Photo metadata: where the file is, caption and credit (pure)."""

from __future__ import annotations

import pytest
from portal_photos.fields import content_relpath, credit_mixup, photo_fields, split_credit


@pytest.mark.parametrize(
    "value",
    ["images/2024/05/a.jpg", "{static}/images/2024/05/a.jpg", "/images/2024/05/a.jpg"],
)
def test_image_values_name_a_file_under_content_images(value):
    assert content_relpath(value) == ("images/2024/05/a.jpg", "")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("../../etc/passwd.jpg", "ra ngoài thư mục content/"),
        ("images/../../x.jpg", "ra ngoài thư mục content/"),
        ("https://example.com/a.jpg", "không phải địa chỉ trang khác"),
        ("files/a.jpg", "phải nằm trong content/images/"),
        ("images/a.svg", "không phải ảnh JPEG, PNG hoặc WebP"),
    ],
)
def test_other_values_are_refused_with_a_reason(value, reason):
    relpath, why = content_relpath(value)
    assert relpath == "" and reason in why


def test_fields_need_image_and_keep_alt_absent_apart_from_empty():
    assert photo_fields({"title": "x"}) is None
    assert photo_fields({"image": "images/a.jpg"}).alt is None
    assert photo_fields({"image": "images/a.jpg", "image_alt": "  "}).alt == ""


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Hội nghị. Ảnh: XUÂN ĐÀO", ("Hội nghị.", "XUÂN ĐÀO")),
        ("Đại biểu dự lễ (Ảnh: TTXVN)", ("Đại biểu dự lễ", "TTXVN")),
        ("Bài và ảnh: Hoàng My", ("", "Hoàng My")),
        ("Đại biểu dự hội nghị.", ("Đại biểu dự hội nghị.", "")),
    ],
)
def test_split_credit(caption, expected):
    assert split_credit(caption) == expected


def test_credit_mixups():
    assert "Image_credit" in credit_mixup("Hội nghị. Ảnh: Xuân Đào", "")
    assert "ảnh của ai" in credit_mixup("Hội nghị. Ảnh: Xuân Đào", "Hoàng My")
    assert credit_mixup("Hội nghị. Ảnh: Xuân Đào", "XUÂN ĐÀO") is not None  # still duplicated
    long = "Đồng chí Bí thư phát biểu chỉ đạo tại hội nghị sáng nay ở hội trường"
    assert "câu chú thích" in credit_mixup("", long)
    assert credit_mixup("Hội nghị.", "Xuân Đào") is None
