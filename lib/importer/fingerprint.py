"""Normalised-text fingerprints, to find a report that is already in content/ (pure + reading).

The fingerprint is taken from the article body only (not its metadata), reduced to lowercase
letters and digits: the same report re-imported, or read from another encoding (where quotes
and dashes may differ), gives the same fingerprint.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from portal_files.header import split_header
from vntext import nfc

_MARKUP = re.compile(r"^\{:[^}]*\}\s*$|^#{1,6}\s|!\[[^\]]*\]\([^)]*\)|\\(?=\S)", re.MULTILINE)


def normalise(text: str) -> str:
    """Lowercase NFC letters and digits separated by single spaces."""
    return " ".join(re.findall(r"\w+", nfc(text).lower()))


def fingerprint_of_body(markdown_body: str) -> str:
    """Fingerprint of a Markdown body (caption markers, heading marks and escapes ignored)."""
    text = _MARKUP.sub(" ", markdown_body)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:20]


def split_article(text: str) -> tuple[dict[str, str], str]:
    """Metadata (lowercase keys, first value of each) and body of a Markdown article file."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    header, body = split_header(text)
    return header.values(), body


def existing_fingerprints(content: Path) -> dict[str, Path]:
    """Fingerprint -> article for every Markdown file in ``content`` (stored or computed)."""
    found: dict[str, Path] = {}
    for path in sorted(content.rglob("*.md")):
        try:
            meta, body = split_article(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        stored = meta.get("import_fingerprint")
        found.setdefault(fingerprint_of_body(body), path)
        if stored:
            found.setdefault(stored, path)
    return found
