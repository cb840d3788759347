"""Word documents (``.docx``): their text, paragraph by paragraph, by mammoth (pure).

A report an office kept as a Word file reads like a plain-text one: the headline, the date
line, the paragraphs, the byline. mammoth (the well-kept ``.docx`` converter) gives each
paragraph, table cells' included, in reading order, followed by a blank line, which is the
shape the plain-text reader takes. Text typed in an old font-encoded font (.VnTime,
VNI-Times) comes out as the wrong letters; the caller hands it to ``legacy.detect`` as UTF-8,
which reads such text back (``utf-8+tcvn3``, ``utf-8+vni``).
"""

from __future__ import annotations

import io
import xml.parsers.expat
import zipfile
from dataclasses import dataclass

import mammoth

DOCX_SUFFIXES = frozenset({".docx", ".docm"})
_MAIN_PART = "word/document.xml"
_MEDIA_FOLDER = "word/media/"
#: The main part's XML is markup around the text: it may be this many times the text limit.
MARKUP_FACTOR = 20


class WordError(ValueError):
    """Bytes that are not a Word document the importer can read; the message is Vietnamese."""


@dataclass(frozen=True)
class WordText:
    """A Word document's text and how many pictures it holds (not imported)."""

    text: str
    pictures: int


def docx_text(data: bytes, max_text_bytes: int) -> WordText:
    """The text of the ``.docx`` document ``data``, one paragraph per line with a blank line
    after each. Raises WordError when ``data`` is not such a document, or when its text part
    is larger than ``MARKUP_FACTOR`` times ``max_text_bytes`` (read before unpacking it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {info.filename: info.file_size for info in archive.infolist()}
    except zipfile.BadZipFile as exc:
        raise WordError(
            "không phải tệp Word .docx (Word 97-2003 lưu .doc: hãy mở và lưu lại thành .docx)"
        ) from exc
    if _MAIN_PART not in names:
        raise WordError("tệp .docx không có phần nội dung (word/document.xml)")
    if names[_MAIN_PART] > MARKUP_FACTOR * max_text_bytes:
        raise WordError(
            f"phần nội dung của tệp Word quá lớn ({names[_MAIN_PART] / 1048576:.1f} MB): một "
            "bài báo không lớn như vậy, hãy kiểm tra lại tệp"
        )
    try:
        result = mammoth.extract_raw_text(io.BytesIO(data))
    except (OSError, KeyError, ValueError, xml.parsers.expat.ExpatError) as exc:
        raise WordError(f"tệp Word hỏng, không đọc được nội dung ({exc})") from exc
    pictures = sum(1 for name in names if name.startswith(_MEDIA_FOLDER))
    return WordText(result.value, pictures)
