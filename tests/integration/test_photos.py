"""Lead photos in real builds: derivatives, markup, sharing tags, cache, bad input."""

from __future__ import annotations

import io
import logging
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from portal_core.build import run_build

from tests.photo_files import camera_jpeg, png_bytes
from tests.support import FIXTURES, ROOT, parse_html, search_fragments

ARTICLE = "2023/05/hoi-nghi.md"
PAGE = "bai-viet/hoi-nghi-ban-chap-hanh/index.html"


def set_photo(content: Path, relpath: str, **fields: str) -> None:
    """Add ``Image*`` lines to the header of ``relpath``."""
    path = content / relpath
    header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    lines = [f"{k.replace('image', 'Image', 1)}: {v}" for k, v in fields.items()]
    path.write_text(header + "\n" + "\n".join(lines) + "\n\n" + body, encoding="utf-8")


@pytest.fixture
def site(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "basic", content)
    camera_jpeg(content / "images" / "2023" / "05" / "hoi-nghi.jpg")
    set_photo(
        content,
        ARTICLE,
        image="images/2023/05/hoi-nghi.jpg",
        image_alt="Quang cảnh hội nghị",
        image_caption="Các đại biểu dự hội nghị.",
        image_credit="Xuân Đào",
    )
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def build(root: Path, messages: list[str] | None = None) -> Path:
    output = root / "output"
    status = run_build(
        ROOT / "pelicanconf.py", output, root / "content", report=(messages or []).append
    )
    assert status == 0, messages
    return output


def test_lead_photo_is_published_as_stripped_derivatives_with_srcset(site):
    output = build(site)
    tree = parse_html(output / PAGE)
    figure = tree.css_first("figure.lead-photo")
    img = figure.css_first("img")
    assert img.attributes["alt"] == "Quang cảnh hội nghị"
    assert "loading" not in img.attributes  # above the fold
    # EXIF orientation 6: the 1600 x 1200 camera file is a portrait photo.
    assert (img.attributes["width"], img.attributes["height"]) == ("1200", "1600")
    webp = figure.css_first("source").attributes["srcset"]
    assert [part.split()[1] for part in webp.split(", ")] == ["240w", "360w", "720w", "1200w"]
    caption = " ".join(figure.css_first("figcaption").text().split())
    assert caption == "Các đại biểu dự hội nghị. Ảnh: Xuân Đào"
    for part in img.attributes["srcset"].split(", ") + webp.split(", "):
        url, width = part.split()
        derivative = output / url.lstrip("/")
        with Image.open(derivative) as photo:
            assert photo.width == int(width[:-1])
            assert photo.height > photo.width  # orientation applied
            assert not photo.getexif(), "EXIF (with GPS) must not be published"
            assert "exif" not in photo.info and "icc_profile" not in photo.info
            left, right = (
                photo.getpixel((photo.width // 2, 2)),
                photo.getpixel((photo.width // 2, photo.height - 3)),
            )
            # Rotated 90° clockwise: the red left half of the sensor is now at the top.
            assert left[0] > left[2] and right[2] > right[0]
        data = derivative.read_bytes()
        assert b"Exif\x00\x00" not in data and "Máy ảnh thử".encode() not in data
        assert oct(derivative.stat().st_mode & 0o777) == "0o644"
    # The original, with its GPS position, is not published.
    assert not (output / "images" / "2023" / "05" / "hoi-nghi.jpg").exists()
    head = {
        m.attributes.get("property") or m.attributes.get("name"): m.attributes["content"]
        for m in tree.css("meta[content]")
    }
    assert head["og:image"].endswith("-1200.jpg") and head["og:image:alt"] == "Quang cảnh hội nghị"
    assert head["twitter:card"] == "summary_large_image"
    ld = tree.css_first('script[type="application/ld+json"]').text()
    assert '"image": {"@type": "ImageObject"' in ld
    meta = tree.css_first('[data-pagefind-meta="image"]')
    assert meta is not None and meta.text().endswith("-240.jpg")


def test_lists_show_thumbnails_and_articles_without_photo_stay_text(site):
    output = build(site)
    home = parse_html(output / "index.html")
    cards = home.css("article.card")
    with_photo = [c for c in cards if c.css_first("img")]
    assert with_photo and all("has-photo" in c.attributes["class"] for c in with_photo)
    assert all("has-photo" not in c.attributes["class"] for c in cards if not c.css_first("img"))
    for page in ("chuyen-muc/tin-hoat-dong/index.html", "tac-gia/hoang-thien/index.html"):
        thumb = parse_html(output / page).css_first("article.card .card-photo img")
        assert thumb is not None, page
        assert thumb.attributes["alt"] == "" and thumb.attributes["sizes"] == "7.5rem"
    other = parse_html(output / "bai-viet/thuc-hien-ket-luan-12/index.html")
    assert other.css_first("figure.lead-photo") is None
    twitter = other.css_first('meta[name="twitter:card"]').attributes["content"]
    assert twitter == "summary" and other.css_first('meta[property="og:image"]') is None


def test_unchanged_photo_is_not_processed_again(site, caplog):
    caplog.set_level(logging.INFO, logger="photos.plugin")
    output = build(site)
    assert "Ảnh: 1 xử lý, 0 dùng lại" in caplog.text
    derivative = next((output / "anh").rglob("*-720.webp"))
    cached = {p: p.stat().st_mtime_ns for p in (site / "cache" / "photos").rglob("*.*")}
    caplog.clear()
    with (site / "content" / ARTICLE).open("a", encoding="utf-8") as article:
        article.write("\nThêm một câu.\n")  # new input (else the build keeps the output)
    build(site)
    assert "Ảnh: 0 xử lý, 1 dùng lại" in caplog.text
    assert {p: p.stat().st_mtime_ns for p in cached} == cached
    assert os.path.samefile(derivative, next((site / "cache" / "photos").rglob("720.webp")))


BAD_INPUTS = {
    "truncated": lambda p: p.write_bytes(camera_jpeg(p).read_bytes()[:5000]),
    "png-named-jpg": lambda p: p.write_bytes(png_bytes()),
    "svg-with-script": lambda p: p.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_photo_is_a_path_line_warning_and_the_site_still_builds(site, caplog, kind):
    path = site / "content" / "images" / "2023" / "05" / "hoi-nghi.jpg"
    BAD_INPUTS[kind](path)
    caplog.set_level(logging.WARNING)
    output = build(site)
    warning = next(r.getMessage() for r in caplog.records if "ảnh đầu bài" in r.getMessage())
    assert f"{ARTICLE}:8: ảnh đầu bài không dùng được" in warning
    assert (output / PAGE).is_file()
    assert parse_html(output / PAGE).css_first("figure.lead-photo") is None
    assert "<script>alert" not in "".join(
        p.read_text(errors="replace") for p in output.rglob("*") if p.is_file()
    )


def test_photo_outside_content_and_missing_alt_are_refused(site, caplog):
    content = site / "content"
    set_photo(content, "2024/01/ket-luan-12.md", image="../../etc/passwd")
    set_photo(content, "2024/01/so-ket.md", image="images/2023/05/hoi-nghi.jpg")
    caplog.set_level(logging.WARNING)
    build(site)
    text = caplog.text
    assert "ket-luan-12.md" in text and "ra ngoài thư mục content/" in text
    assert "so-ket.md" in text and "thiếu Image_alt" in text


def test_article_page_with_its_photo_loads_within_150_kb_on_a_phone(tmp_path, monkeypatch):
    from bench.page_weight import PHOTO_BUDGET_KB, page_weight
    from tests.photo_files import photo_like_jpeg

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "basic", content)
    original = photo_like_jpeg(content / "images" / "2023" / "05" / "hoi-nghi.jpg")
    set_photo(content, ARTICLE, image="images/2023/05/hoi-nghi.jpg", image_alt="Hội nghị")
    monkeypatch.setenv("PORTAL_CACHE_DIR", str(tmp_path / "cache"))
    output = build(tmp_path)
    weight = page_weight(output, output / PAGE)
    loaded = weight["html"] + weight["css"] + weight["js"] + weight["photo"]
    assert 0 < weight["photo"] < original.stat().st_size / 10
    assert loaded <= PHOTO_BUDGET_KB * 1024, weight


def add_body_photo(content: Path, name: str) -> Path:
    """A camera JPEG (EXIF with GPS) shown in the body of the article, as the importer writes."""
    path = camera_jpeg(content / "images" / "2023" / "05" / name, 800, 600, seed=3)
    article = content / ARTICLE
    text = article.read_text(encoding="utf-8")
    article.write_text(
        text + f"\n![Đại biểu phát biểu]({{static}}/images/2023/05/{name})\n", encoding="utf-8"
    )
    return path


def test_body_photos_and_other_images_are_published_without_metadata(site, caplog):
    content = site / "content"
    original = add_body_photo(content, "than-bai.jpg")
    loose = content / "images" / "khac.png"
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh thử"
    Image.new("RGB", (40, 30), (10, 200, 10)).save(loose, "PNG", exif=exif)
    caplog.set_level(logging.INFO, logger="photos.statics")
    output = build(site)
    page = parse_html(output / PAGE)
    src = next(i.attributes["src"] for i in page.css("img") if "than-bai" in i.attributes["src"])
    published = output / "images" / "2023" / "05" / "than-bai.jpg"
    assert src.endswith("/images/2023/05/than-bai.jpg") and published.is_file()
    with Image.open(original) as before:
        assert before.getexif().get_ifd(0x8825), "the test photo must carry GPS"
    for path in (published, output / "images" / "khac.png"):
        data = path.read_bytes()
        assert b"Exif\x00\x00" not in data and "Máy ảnh thử".encode() not in data, path
        with Image.open(path) as photo:
            assert not photo.getexif() and not photo.getexif().get_ifd(0x8825), path
    with Image.open(published) as photo:
        assert photo.size == (600, 800)  # EXIF orientation 6 applied before stripping
    assert "Ảnh tĩnh: 2 làm sạch, 0 dùng lại" in caplog.text
    caplog.clear()
    with (content / ARTICLE).open("a", encoding="utf-8") as article:
        article.write("\nThêm một câu.\n")  # a build with new input, the same images
    again = build(site)
    assert "Ảnh tĩnh: 0 làm sạch, 2 dùng lại" in caplog.text
    kept = again / "images" / "2023" / "05" / "than-bai.jpg"
    assert kept.read_bytes() == published.read_bytes()


def test_jpeg_without_rotation_keeps_its_image_data_and_loses_its_metadata(tmp_path):
    from portal_photos.clean import strip_metadata

    path = camera_jpeg(tmp_path / "a.jpg", 320, 240, orientation=1)
    data = path.read_bytes()
    cleaned = strip_metadata(data)
    assert b"Exif\x00\x00" not in cleaned and len(cleaned) < len(data)
    assert cleaned[cleaned.index(b"\xff\xda") :] == data[data.index(b"\xff\xda") :]
    with Image.open(path) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert after.tobytes() == before.tobytes()


SVG_PLAIN = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>'
SVG_SCRIPTED = (
    '<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="5" height="5"/>\n'
    '<circle r="4" onload="alert(1)"/>\n</svg>'
)


def test_svg_that_could_run_script_is_never_published(site, caplog):
    images = site / "content" / "images"
    (images / "so-do.svg").write_text(SVG_PLAIN, encoding="utf-8")
    (images / "bay.svg").write_text(SVG_SCRIPTED, encoding="utf-8")
    caplog.set_level(logging.WARNING)
    output = build(site)
    assert (output / "images" / "so-do.svg").read_text(encoding="utf-8") == SVG_PLAIN
    assert not (output / "images" / "bay.svg").exists()
    assert "images/bay.svg:3: tệp không được đăng" in caplog.text and "onload" in caplog.text
    assert (output / PAGE).is_file()


def test_a_publish_build_publishes_articles_with_photos(site):
    """The publish settings refuse internal texts; a photo is not a text to read."""
    messages: list[str] = []
    output = site / "published"
    status = run_build(ROOT / "publishconf.py", output, site / "content", report=messages.append)
    assert status == 0, messages
    page = (output / PAGE).read_text(encoding="utf-8")
    assert "Quang cảnh hội nghị" in page
    assert list((output / "anh").rglob("hoi-nghi-720.webp"))


def test_a_photo_header_that_is_not_image_is_a_path_line_warning(site, caplog):
    """``Photo:`` is not a field: a warning naming the file and line, and the build works."""
    path = site / "content" / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8").replace("Image:", "Photo:", 1), encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        output = build(site)
    line = next(
        n
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("Photo:")
    )
    assert f"{path}:{line}: không có trường `Photo:`" in caplog.text
    assert (output / PAGE).is_file()


def test_search_results_show_only_an_article_own_photo(tmp_path, monkeypatch):
    """Pagefind takes the first image of a page when the page names none: there, the
    thumbnail of a related article. Every article names its own photo (or an empty one)."""
    shutil.copytree(FIXTURES / "archive_documents", tmp_path / "content")
    source = next((tmp_path / "content").rglob("d1.md"))
    camera_jpeg(tmp_path / "content" / "images" / "anh.jpg", 480, 320)
    set_photo(tmp_path / "content", str(source.relative_to(tmp_path / "content")),
              image="images/anh.jpg", image_alt="Quang cảnh hội nghị")  # fmt: skip
    monkeypatch.setenv("PORTAL_CACHE_DIR", "off")
    output = build(tmp_path)
    images = {data["url"]: data["meta"].get("image") for _, data in search_fragments(output)}
    own = [url for url, image in images.items() if image]
    assert len(own) == 1 and images[own[0]].endswith("-240.jpg")
    thumbnail = images[own[0]].rsplit("/", 2)[-2]
    showing = [
        url
        for url in images
        if url != own[0]
        and thumbnail in (output / url.strip("/") / "index.html").read_text("utf-8")
    ]
    assert showing, "no other article shows the photo: the test proves nothing"
    assert all(images[url] == "" for url in images if url != own[0])
