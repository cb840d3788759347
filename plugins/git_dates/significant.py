"""What a reader sees of an article file: title, summary and body (pure, no Git or Pelican).

Two versions of a file that differ only in other metadata (tags, category, slug, documents),
in key order or case, in line endings, trailing spaces or Unicode normalisation are the same
to a reader: a commit between them is not an update.
"""

from __future__ import annotations

import unicodedata

from portal_files.header import split_header

_SHOWN_KEYS = ("title", "summary")


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def reader_view(data: bytes) -> tuple[tuple[str, ...], str, bool]:
    """(title and summary, body, is a draft) of a Markdown article's bytes."""
    text = data.decode("utf-8", "replace").lstrip("\ufeff")
    header, body = split_header(text.replace("\r\n", "\n").replace("\r", "\n"))
    meta = header.values()
    body_lines = [unicodedata.normalize("NFC", line).rstrip() for line in body.split("\n")]
    body = "\n".join(body_lines).strip("\n")
    shown = tuple(_clean(meta.get(name, "")) for name in _SHOWN_KEYS)
    draft = _clean(meta.get("status", "")).lower() == "draft"
    return shown, body, draft
