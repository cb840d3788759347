"""The photo metadata of an article (pure): where the file is, alt text, caption, credit.

``Image: images/2024/05/hoi-nghi.jpg`` names a file under ``content/images/``;
``Image_alt`` is required with it; ``Image_caption`` and ``Image_credit`` are optional.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

# Metadata keys, lower-case as Pelican stores them.
IMAGE_KEYS = ("image", "image_alt", "image_caption", "image_credit")
# Suffixes of the photo formats the build can resize.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
# "Ảnh: XUÂN ĐÀO", "(Ảnh: TTXVN)", "Ảnh – Nguyễn Văn A", "Bài và ảnh: …" at the end of a caption.
_CREDIT_RE = re.compile(
    r"[\s(\[–-]*(?:(?:bài\s+và\s+)?ảnh|photo|nguồn\s+ảnh)\s*[:–-]\s*(?P<credit>[^()\[\]]+?)"
    r"[\s.)\]]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PhotoFields:
    """What an article says about its lead photo (text as written, stripped)."""

    path: str  # as written in Image:
    alt: str | None  # None: Image_alt absent
    caption: str
    credit: str


def photo_fields(metadata: dict) -> PhotoFields | None:
    """The photo fields of read metadata (lower-case keys), None without ``Image``."""
    path = str(metadata.get("image") or "").strip()
    if not path:
        return None
    alt = metadata.get("image_alt")
    return PhotoFields(
        path=path,
        alt=None if alt is None else " ".join(str(alt).split()),
        caption=" ".join(str(metadata.get("image_caption") or "").split()),
        credit=" ".join(str(metadata.get("image_credit") or "").split()),
    )


def content_relpath(value: str, image_dirs: tuple[str, ...] = ("images",)) -> tuple[str, str]:
    """``(relpath, "")`` of the file an ``Image`` value names, relative to content/, or
    ``("", reason)`` in Vietnamese when it cannot be a photo of the site."""
    text = value.strip()
    for marker in ("{static}", "|static|", "{attach}", "|attach|"):
        if text.startswith(marker):
            text = text[len(marker) :]
    parts = urlsplit(text)
    if parts.scheme or parts.netloc:
        return "", "ảnh phải là tệp trong content/images/, không phải địa chỉ trang khác"
    raw = unquote(parts.path).replace("\\", "/").lstrip("/")
    if not raw or ".." in raw.split("/"):
        return "", f"đường dẫn ảnh `{value}` ra ngoài thư mục content/"
    relpath = posixpath.normpath(raw)
    if not any(relpath.startswith(folder.strip("/") + "/") for folder in image_dirs):
        folders = ", ".join(f"content/{d.strip('/')}/" for d in image_dirs)
        return "", f"ảnh `{value}` phải nằm trong {folders}"
    if not relpath.lower().endswith(PHOTO_SUFFIXES):
        return "", f"`{value}` không phải ảnh JPEG, PNG hoặc WebP (đuôi tệp {_suffix(relpath)})"
    return relpath, ""


def _suffix(path: str) -> str:
    suffix = posixpath.splitext(path)[1]
    return f"`{suffix}`" if suffix else "trống"


def split_credit(caption: str) -> tuple[str, str]:
    """``(caption, credit)``: "Hội nghị. Ảnh: XUÂN ĐÀO" -> ("Hội nghị.", "XUÂN ĐÀO")."""
    text = " ".join(caption.split())
    match = _CREDIT_RE.search(text)
    if match is None:
        return text, ""
    credit = match.group("credit").strip(" .")
    rest = text[: match.start()].rstrip(" (–-")
    return rest, credit


def credit_mixup(caption: str, credit: str) -> str | None:
    """Why caption and credit look mixed up (Vietnamese), or None.

    A caption that ends with its own credit ("Ảnh: …") belongs in ``Image_credit``; a credit
    that is a sentence is probably the caption.
    """
    named = split_credit(caption)[1]
    if named:
        if credit and _fold(named) != _fold(credit):
            return (
                f"chú thích ảnh ghi tác giả ảnh là “{named}” nhưng Image_credit là "
                f"“{credit}”: ảnh của ai?"
            )
        return f"chú thích ảnh có dòng tác giả “{named}”: hãy chuyển sang Image_credit"
    if len(credit.split()) > 8:
        return "Image_credit trông như một câu chú thích: tác giả ảnh chỉ là tên người/cơ quan"
    return None


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ảnh:", "").split())
