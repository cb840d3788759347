"""Minimal Word (.docx) files for the importer's tests, written with the standard library.

A ``.docx`` is a zip of XML parts; the three parts written here are the ones Word itself
needs to open a document (content types, the package relationship, the main part)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def write_docx(
    path: Path,
    paragraphs: Sequence[str],
    table: Sequence[Sequence[Sequence[str]]] = (),
    pictures: int = 0,
) -> Path:
    """Write a Word document: ``table`` first (rows of cells, each cell its paragraphs, as
    an official document's heading is laid out), then ``paragraphs``; ``pictures`` image
    files in ``word/media/``."""
    rows = "".join(
        "<w:tr>"
        + "".join("<w:tc>" + "".join(map(_paragraph, cell)) + "</w:tc>" for cell in row)
        + "</w:tr>"
        for row in table
    )
    body = (f"<w:tbl>{rows}</w:tbl>" if rows else "") + "".join(map(_paragraph, paragraphs))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELATIONSHIPS)
        archive.writestr("word/document.xml", document)
        for number in range(1, pictures + 1):
            archive.writestr(f"word/media/image{number}.jpeg", b"\xff\xd8\xff\xe0")
    return path
