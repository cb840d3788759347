"""What a reader sees of an article file: title, summary and body (pure, no Git or Pelican).

Two versions of a file that differ only in other metadata (tags, category, slug, documents),
in key order or case, in line endings, trailing spaces or Unicode normalisation are the same
to a reader: a commit between them is not an update.
"""

from __future__ import annotations

import re
import unicodedata

_KEY = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$")
_SHOWN_KEYS = ("title", "summary")


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def reader_view(data: bytes) -> tuple[tuple[str, ...], str, bool]:
    """(title and summary, body, is a draft) of a Markdown article's bytes."""
    text = data.decode("utf-8", "replace").lstrip("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict[str, str] = {}
    key = None
    index = 0
    for index, line in enumerate(lines):
        if not line.strip():
            break
        match = _KEY.match(line)
        if match and not line[:1].isspace():
            key = match.group(1).lower()
            meta[key] = match.group(2)
        elif key is not None:  # an indented continuation line
            meta[key] += " " + line
        else:
            index = 0  # no metadata block: everything is body
            break
    else:
        index = len(lines)
    body_lines = [unicodedata.normalize("NFC", line).rstrip() for line in lines[index:]]
    body = "\n".join(body_lines).strip("\n")
    shown = tuple(_clean(meta.get(name, "")) for name in _SHOWN_KEYS)
    draft = _clean(meta.get("status", "")).lower() == "draft"
    return shown, body, draft
