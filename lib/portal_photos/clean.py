"""Published images without their metadata (pure: Pillow only, no Pelican).

An image the site publishes as a file (a photo in an article's body, anything under
``content/images/``) keeps its pixels and format but loses what a camera or editor wrote
into it: EXIF (GPS position, camera serial, time), XMP, IPTC, comments, text chunks. EXIF
orientation is applied to the pixels first, so the photo still stands the right way up.

A JPEG that needs no rotation is cleaned without re-encoding (its metadata segments are cut
out, the compressed image is kept byte for byte); a rotated JPEG, PNG, WebP and TIFF are
decoded and saved again (PNG and TIFF losslessly). ICC colour profiles are kept: they carry
colours, not private data. Output bytes depend only on the input bytes and Pillow's version.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps

from portal_photos.imaging import PhotoError

CLEAN_VERSION = "clean-1"  # part of the cache key: bump when the output bytes change
JPEG_QUALITY = 92  # a re-encoded (rotated) JPEG or lossy WebP
_ORIENTATION = 0x0112
# JPEG markers kept before the first scan: JFIF (APP0), ICC profile (APP2, checked below),
# Adobe colour transform (APP14), and everything that is not APPn or COM (tables, frame).
_APP0, _APP2, _APP14, _COM = 0xE0, 0xE2, 0xEE, 0xFE


def sniff(head: bytes) -> str | None:
    """The image format of a file from its first bytes: JPEG, PNG, WEBP, TIFF, SVG or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<") and b"<svg" in head.lower():
        return "SVG"
    return None


def strip_metadata(data: bytes) -> bytes:
    """``data`` (a JPEG, PNG, WebP or TIFF) without metadata, EXIF orientation applied;
    ``PhotoError`` (Vietnamese) when it cannot be read."""
    fmt = sniff(data[:64])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                orientation = image.getexif().get(_ORIENTATION, 1)
                if fmt == "JPEG" and orientation in (1, None):
                    return _jpeg_segments(data)
                icc = image.info.get("icc_profile")
                upright = ImageOps.exif_transpose(image)
                return _save(upright, fmt or image.format, icc, image.info)
    except PhotoError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise PhotoError(f"không đọc được ảnh để xóa thông tin kèm theo ({exc})") from exc


def _save(image: Image.Image, fmt: str, icc, info: dict) -> bytes:
    out = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    if fmt == "JPEG":
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, **extra)
    elif fmt == "PNG":
        if "transparency" in info and image.mode in ("P", "L", "RGB"):
            extra["transparency"] = info["transparency"]
        image.save(out, "PNG", optimize=False, **extra)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=JPEG_QUALITY, method=4, **extra)
    elif fmt == "TIFF":
        image.save(out, "TIFF", compression="tiff_lzw", **extra)
    else:
        raise PhotoError(f"định dạng ảnh {fmt} không được hỗ trợ")
    return out.getvalue()


def _jpeg_segments(data: bytes) -> bytes:
    """A JPEG without its APPn (but JFIF, ICC, Adobe) and COM segments before the first
    scan; the scans and everything after them are copied as they are."""
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise PhotoError("tệp JPEG hỏng (đoạn dữ liệu không hợp lệ)")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the image data follows
            out += data[pos:]
            return bytes(out)
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment = data[pos : pos + 2 + length]
        if len(segment) < 2 + length or length < 2:
            raise PhotoError("tệp JPEG bị cắt cụt")
        keep = not (0xE0 <= marker <= 0xEF or marker == _COM)
        keep = keep or (marker == _APP0 and segment[4:9] == b"JFIF\x00")
        keep = keep or (marker == _APP2 and segment[4:16] == b"ICC_PROFILE\x00")
        keep = keep or (marker == _APP14 and segment[4:9] == b"Adobe")
        if keep:
            out += segment
        pos += 2 + length
    raise PhotoError("tệp JPEG không có dữ liệu ảnh")
