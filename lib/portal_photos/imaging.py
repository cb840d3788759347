"""Reading and resizing photos with Pillow (pure: no Pelican).

``inspect_photo`` judges a file cheaply (header, size, a complete ending) for the checker and
the build alike; ``derive`` makes the published files: EXIF orientation applied, colours in
RGB, every metadata block (EXIF with GPS, XMP, comments, ICC) left out, a few widths, each in
WebP and JPEG. Output bytes depend only on the input bytes, the ``Spec`` and Pillow's version.
"""

from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps

# Formats a lead photo may be in (Pillow's names).
FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
_FORMAT_VI = "ảnh JPEG, PNG hoặc WebP"


@dataclass(frozen=True, slots=True)
class Spec:
    """How derivatives are made (PHOTO_* settings)."""

    widths: tuple[int, ...] = (240, 360, 720, 1200)
    jpeg_quality: int = 78
    webp_quality: int = 72
    max_pixels: int = 50_000_000

    def fingerprint(self) -> str:
        return f"{self.widths}|{self.jpeg_quality}|{self.webp_quality}|{Image.__version__}"


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    """What the header of a readable photo says."""

    format: str
    width: int  # as displayed (EXIF orientation applied)
    height: int
    mode: str
    bytes: int


class PhotoError(ValueError):
    """A file that cannot be published as a photo; the message is Vietnamese."""


class PhotoTooLarge(PhotoError):
    """A readable photo with more pixels than ``Spec.max_pixels``."""


def inspect_photo(path: str | os.PathLike, max_pixels: int) -> PhotoInfo:
    """Judge the file at ``path`` without decoding it; raise ``PhotoError`` saying why not."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            head = handle.read(512)
            handle.seek(max(0, size - 16))
            tail = handle.read()
    except OSError as exc:
        raise PhotoError(f"không đọc được tệp ảnh ({exc.strerror or exc})") from exc
    if head.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        raise PhotoError(f"tệp là SVG/HTML, không phải {_FORMAT_VI}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                fmt, (width, height), mode = image.format, image.size, image.mode
                orientation = image.getexif().get(0x0112, 1) if fmt in ("JPEG", "WEBP") else 1
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise PhotoError(f"tệp không phải {_FORMAT_VI} đọc được ({exc})") from exc
    if fmt not in FORMATS:
        raise PhotoError(f"tệp là ảnh {fmt}, không phải {_FORMAT_VI}")
    suffix = os.path.splitext(str(path))[1].lower()
    expected = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}.get(suffix)
    if expected and expected != fmt:
        raise PhotoError(f"tệp đuôi `{suffix}` nhưng thực ra là ảnh {FORMATS[fmt]}: hãy đổi tên")
    if not _complete(fmt, tail, head, size):
        raise PhotoError("tệp ảnh bị cắt cụt (chép hoặc tải về chưa hết): hãy chép lại ảnh gốc")
    if width * height > max_pixels:
        raise PhotoTooLarge(
            f"ảnh {width} × {height} điểm ({width * height / 1e6:.0f} triệu điểm) quá lớn, "
            f"giới hạn {max_pixels / 1e6:.0f} triệu (PHOTO_MAX_PIXELS): hãy thu nhỏ ảnh gốc"
        )
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return PhotoInfo(fmt, width, height, mode, size)


def _complete(fmt: str, tail: bytes, head: bytes, size: int) -> bool:
    """The file ends as its format says it must (a cheap test for truncation)."""
    if fmt == "JPEG":
        return tail.rstrip(b"\x00\r\n ").endswith(b"\xff\xd9")
    if fmt == "PNG":
        return tail.endswith(b"IEND\xaeB`\x82")
    if fmt == "WEBP":
        return int.from_bytes(head[4:8], "little") + 8 <= size
    return True


@dataclass(frozen=True, slots=True)
class Encoded:
    """One derivative: its width, height, format ("webp"/"jpg") and bytes."""

    width: int
    height: int
    suffix: str
    data: bytes


def derive(data: bytes, spec: Spec) -> list[Encoded]:
    """The derivatives of one photo's bytes: each width of ``spec`` not wider than the photo
    (the photo's own width when it is narrower than all of them), in WebP and JPEG."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(io.BytesIO(data)) as source:
            if source.width * source.height > spec.max_pixels:
                raise PhotoError("ảnh quá lớn (PHOTO_MAX_PIXELS)")
            largest = max(spec.widths)
            if source.format == "JPEG" and source.width > 2 * largest:
                source.draft("RGB", (largest, largest * source.height // source.width))
            image = _rgb(ImageOps.exif_transpose(source))
    widths = sorted({w for w in spec.widths if w <= image.width} or {image.width})
    out: list[Encoded] = []
    for width in widths:
        height = max(1, round(image.height * width / image.width))
        resized = image if width == image.width else image.resize((width, height), Image.LANCZOS)
        webp = io.BytesIO()
        resized.save(webp, "WEBP", quality=spec.webp_quality, method=4)
        jpeg = io.BytesIO()
        resized.save(jpeg, "JPEG", quality=spec.jpeg_quality, optimize=True, progressive=True)
        out.append(Encoded(width, height, "webp", webp.getvalue()))
        out.append(Encoded(width, height, "jpg", jpeg.getvalue()))
    return out


def _rgb(image: Image.Image) -> Image.Image:
    """The photo in 8-bit RGB: CMYK and 16-bit converted, transparency on white."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        image = image.point(lambda v: v / 256 if v > 255 else v).convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB") if image.mode != "RGB" else image.copy()
