"""Single-file saved pages (MHTML: ``.mht``/``.mhtml``, "Web Archive" of Internet Explorer and
Word, "Webpage, Single File" of Chrome and Edge) unpacked into their page and resources (pure).

An MHTML file is a MIME ``multipart/related`` message: the page as its ``text/html`` part
(usually quoted-printable) and each image as a part named by ``Content-Location`` (the address
it had on the old site) or ``Content-ID`` (``cid:`` references). The standard library's
``email`` parser reads it; nothing here touches the network or the file system.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from urllib.parse import urljoin

MHTML_SUFFIXES = frozenset({".mht", ".mhtml"})
# src="…" / href='…' / background=… in the page: the references to rewrite.
_REFERENCE = re.compile(
    r"""\b(src|href|background)\s*=\s*(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class Resource:
    """A file the archive holds besides the page (an image, an attachment)."""

    location: str  # Content-Location, or "cid:<Content-ID>"
    content_type: str
    data: bytes


@dataclass(frozen=True)
class MhtmlArchive:
    """The page's bytes (in the charset it declares or, else, as written), its address on
    the old site if the archive says it, and its resources."""

    html: bytes
    location: str | None
    resources: tuple[Resource, ...]


def unpack_mhtml(data: bytes) -> MhtmlArchive | None:
    """The page and resources of an MHTML archive, or None when ``data`` holds no HTML part."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    page = None
    resources: list[Resource] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        content_type = part.get_content_type()
        if content_type == "text/html" and page is None:
            page = (payload, part.get("Content-Location"))
            continue
        for location in _names(part):
            resources.append(Resource(location, content_type, payload))
    if page is None:
        return None
    html, location = page
    location = (
        location or message.get("Snapshot-Content-Location") or message.get("Content-Location")
    )
    return MhtmlArchive(html, location.strip() if location else None, tuple(resources))


def _names(part) -> list[str]:
    names = []
    if location := part.get("Content-Location"):
        names.append(location.strip())
    if content_id := part.get("Content-ID"):
        names.append("cid:" + content_id.strip().strip("<>"))
    return names


def relink(html: str, base: str | None, files: dict[str, str]) -> str:
    """``html`` with each reference to a resource (by its address, resolved against the
    page's ``base``, or by ``cid:``) replaced by the local name ``files`` gives it."""

    def replace(match: re.Match) -> str:
        attribute, quote, value = match.groups()
        target = value.strip()
        local = files.get(target) or (files.get(urljoin(base, target)) if base else None)
        return f"{attribute}={quote}{local}{quote}" if local else match.group(0)

    return _REFERENCE.sub(replace, html)
