"""The checker on lead photos: path:line messages in Vietnamese for every kind of bad photo."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from content_check import CheckSettings, check_paths
from content_check.cache import CheckCache
from PIL import Image

from tests.photo_files import camera_jpeg, png_bytes

CODES = {f"VN10{n}" for n in range(8)}


def write(root: Path, fields: str, name: str = "bai") -> Path:
    path = root / "2024" / "05" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "Title: Bài có ảnh\nDate: 2024-05-02 08:00\nAuthor: Hoàng My\nCategory: Tin hoạt động\n"
        f"Summary: Tóm tắt.\nSlug: {name}\n{fields}\nNội dung.\n",
        encoding="utf-8",
    )
    return path


def found(root: Path, cache: CheckCache | None = None, **limits) -> list[str]:
    settings = CheckSettings(content_root=root, categories=("Tin hoạt động",), **limits)
    return [
        p.format().replace(str(root) + "/", "")
        for p in check_paths([root], settings, cache)
        if p.code in CODES
    ]


PHOTO = "Image: images/2024/05/anh.jpg\n"


def test_a_good_photo_says_nothing(tmp_path):
    camera_jpeg(tmp_path / "images/2024/05/anh.jpg", 400, 300)
    write(tmp_path, PHOTO + "Image_alt: Quang cảnh\nImage_caption: Hội nghị.\nImage_credit: Mai\n")
    assert found(tmp_path) == []


def test_missing_file_and_missing_or_empty_alt(tmp_path):
    write(tmp_path, PHOTO, "khong-alt")
    write(tmp_path, "Image: images/x.jpg\nImage_alt:  \n", "alt-trong")
    write(tmp_path, "Image: ../../anh.jpg\nImage_alt: Ảnh\n", "ra-ngoai")
    assert sorted(found(tmp_path)) == [
        "2024/05/alt-trong.md:7:8: VN101 không có tệp ảnh content/images/x.jpg",
        "2024/05/alt-trong.md:8:13: VN102 Image_alt để trống: tả ngắn gọn nội dung ảnh cho "
        "người đọc không xem được ảnh (trình đọc màn hình)",
        "2024/05/khong-alt.md:7:8: VN101 không có tệp ảnh content/images/2024/05/anh.jpg",
        "2024/05/khong-alt.md:7:8: VN102 thiếu Image_alt: tả ngắn gọn nội dung ảnh cho "
        "người đọc không xem được ảnh (trình đọc màn hình)",
        "2024/05/ra-ngoai.md:7:8: VN100 đường dẫn ảnh `../../anh.jpg` ra ngoài thư mục content/",
    ]


BAD = {
    "truncated": lambda p: p.write_bytes(camera_jpeg(p, 300, 200).read_bytes()[:3000]),
    "png-named-jpg": lambda p: p.write_bytes(png_bytes()),
    "svg": lambda p: p.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
    "text": lambda p: p.write_text("không phải ảnh", encoding="utf-8"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_file_that_is_not_a_usable_photo_is_an_error(tmp_path, kind):
    photo = tmp_path / "images/2024/05/anh.jpg"
    photo.parent.mkdir(parents=True)
    BAD[kind](photo)
    write(tmp_path, PHOTO + "Image_alt: Ảnh\n")
    (problem,) = found(tmp_path)
    assert problem.startswith("2024/05/bai.md:7:8: VN103 content/images/2024/05/anh.jpg: ")


def test_huge_and_heavy_originals(tmp_path):
    photo = tmp_path / "images/2024/05/anh.jpg"
    camera_jpeg(photo, 600, 400)
    write(tmp_path, PHOTO + "Image_alt: Ảnh\n")
    (heavy,) = found(tmp_path, photo_max_bytes=1000)
    assert "VN104 cảnh báo: ảnh gốc content/images/2024/05/anh.jpg nặng" in heavy
    (huge,) = found(tmp_path, photo_max_pixels=100_000)
    assert "VN105 ảnh 600 × 400 điểm" in huge


def test_twelve_thousand_pixels_wide_is_refused_without_decoding(tmp_path):
    photo = tmp_path / "images/2024/05/anh.png"
    photo.parent.mkdir(parents=True)
    buffer = io.BytesIO()
    Image.new("1", (12_000, 9_000)).save(buffer, "PNG")
    photo.write_bytes(buffer.getvalue())
    write(tmp_path, "Image: images/2024/05/anh.png\nImage_alt: Ảnh\n")
    (huge,) = found(tmp_path)
    assert "VN105 ảnh 12000 × 9000 điểm (108 triệu điểm) quá lớn" in huge


def test_caption_credit_mixups_and_fields_without_image(tmp_path):
    camera_jpeg(tmp_path / "images/2024/05/anh.jpg", 300, 200)
    write(
        tmp_path,
        PHOTO + "Image_alt: Ảnh\nImage_caption: Hội nghị. Ảnh: Xuân Đào\nImage_credit: Hoàng My\n",
    )
    write(tmp_path, "Image_caption: Hội nghị\n", "khong-anh")
    assert found(tmp_path) == [
        "2024/05/bai.md:9:16: VN106 cảnh báo: chú thích ảnh ghi tác giả ảnh là “Xuân Đào” "
        "nhưng Image_credit là “Hoàng My”: ảnh của ai?",
        "2024/05/khong-anh.md:7:16: VN107 cảnh báo: có Image_caption nhưng không có Image",
    ]


def test_replacing_the_photo_is_judged_again_with_a_warm_cache(tmp_path):
    photo = camera_jpeg(tmp_path / "images/2024/05/anh.jpg", 300, 200)
    write(tmp_path, PHOTO + "Image_alt: Ảnh\n")
    settings = CheckSettings(content_root=tmp_path, categories=("Tin hoạt động",))
    cache = CheckCache(tmp_path / "check.json", settings)
    assert found(tmp_path, cache) == []
    photo.write_bytes(png_bytes())
    cache = CheckCache(tmp_path / "check.json", settings)
    assert [p.split(": ")[1].split()[0] for p in found(tmp_path, cache)] == ["VN103"]


def test_invoke_new_writes_the_photo_fields_and_needs_alt():
    from content_check.scaffold import ScaffoldError, new_article

    common = {"title": "Hội nghị", "category": "Tin hoạt động", "author": "Hoàng My"}
    common |= {"categories": ("Tin hoạt động",)}
    text = new_article(
        **common, image="images/2024/05/a.jpg", image_alt="Quang cảnh", image_credit="Mai"
    ).text
    assert "Image: images/2024/05/a.jpg\nImage_alt: Quang cảnh\nImage_credit: Mai\nSlug:" in text
    assert "Image" not in new_article(**common).text
    with pytest.raises(ScaffoldError, match="--image-alt"):
        new_article(**common, image="images/2024/05/a.jpg")


def test_svg_with_script_is_an_error_at_its_line_and_a_plain_svg_passes(tmp_path):
    images = tmp_path / "images"
    images.mkdir()
    (images / "so-do.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>',
        encoding="utf-8",
    )
    (images / "bay.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg">\n<a xlink:href=" jav&#x09;ascript:alert(1)"\n'
        ' xmlns:xlink="http://www.w3.org/1999/xlink"><text>x</text></a>\n</svg>',
        encoding="utf-8",
    )
    (images / "ma.svg").write_text("<svg>\n\n<svg:script>alert(1)</svg:script></svg>")
    settings = CheckSettings(content_root=tmp_path, categories=("Tin hoạt động",))
    for paths in ([tmp_path], [images / "bay.svg", images / "ma.svg", images / "so-do.svg"]):
        problems = [p for p in check_paths(paths, settings) if p.code == "VN108"]
        assert [(Path(p.path).name, p.line, p.severity.value) for p in problems] == [
            ("bay.svg", 2, "error"),
            ("ma.svg", 3, "error"),
        ]
        assert "javascript:" in problems[0].message and "svg:script" in problems[1].message
