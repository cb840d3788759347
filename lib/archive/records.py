"""Document records: one Markdown file per document under content/van-ban/ (pure parsing).

```
Id: 98-QĐ/TW
Title: Về chức năng, nhiệm vụ của tổ chức cơ sở đảng …   (trích yếu)
Type: Quy định
Issuer: Ban Bí thư
Signer: …
Issued: 2004-10-07
Term: IX
In_force: hết hiệu lực
Replaces: …; Replaced_by: 97-QĐ/TW (khóa XII); Amends: …
Attachment: /files/van-ban/98-qd-tw.pdf
Record_source: kiến thức phổ thông, cần đối chiếu văn bản gốc
Cited_as: Quy định 98; Quy định số 98 của Ban Bí thư   (ways reports cite it without the code)

Mô tả (Markdown).
```
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from portal_files.header import parse_header
from vntext import slugify_vi

from archive.errors import ArchiveError
from archive.overrides import Canonical, DocumentRef, parse_refs

_ISSUED = re.compile(r"^(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?$")
_TERM = re.compile(r"^(?:kh(?:óa|oá|oa)\s+)?(?P<roman>[IVXLC]+)$", re.IGNORECASE)
IN_FORCE_VALUES = {
    "còn hiệu lực": True,
    "hết hiệu lực": False,
    "không rõ": None,
}
LINK_KEYS = ("replaces", "replaced_by", "amends", "amended_by")


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """What an archivist states about one document (every field optional but ``id``)."""

    path: str
    line: int  # line of the Id key
    id: str
    slug: str
    title: str | None = None  # trích yếu
    type: str | None = None
    issuer: str | None = None
    signer: str | None = None
    issued: str | None = None  # ISO YYYY[-MM[-DD]]
    term: str | None = None
    in_force: bool | None = None
    status: str | None = None  # "còn hiệu lực" / "hết hiệu lực" as written
    replaces: tuple[DocumentRef, ...] = ()
    replaced_by: tuple[DocumentRef, ...] = ()
    amends: tuple[DocumentRef, ...] = ()
    amended_by: tuple[DocumentRef, ...] = ()
    attachment: str | None = None
    record_source: str | None = None
    description: str = ""  # HTML
    cited_as: tuple[str, ...] = ()  # phrases as written, ";"-separated in the file
    cited_as_line: int | None = None  # line of the Cited_as key

    @property
    def year(self) -> str | None:
        return self.issued[:4] if self.issued else None


def parse_record(
    path: str,
    text: str,
    metadata: Mapping[str, object],
    description_html: str,
    canonical: Canonical,
    *,
    default_slug: str,
) -> DocumentRecord:
    """Validate a record's metadata; raise ArchiveError(path, line) with a hint on bad input."""

    header = parse_header(text)

    def line(key: str) -> int:
        return header.line(key) or 1

    def get(key: str) -> str | None:
        value = metadata.get(key)
        if value is None:
            return None
        value = " ".join(str(value).split())
        return value or None

    raw_id = get("id")
    if raw_id is None:
        raise ArchiveError(
            path, 1, "hồ sơ văn bản thiếu số hiệu", "thêm dòng 'Id: 98-QĐ/TW' ở đầu tệp"
        )
    doc_id = canonical(raw_id)
    if doc_id is None:
        raise ArchiveError(
            path,
            line("id"),
            f"số hiệu văn bản không hợp lệ: {raw_id!r}",
            "số hiệu Đảng dạng 98-QĐ/TW, Nhà nước dạng 30/2020/NĐ-CP hoặc 1234/QĐ-TTg",
        )
    issued = get("issued")
    if issued is not None and not _ISSUED.match(issued):
        raise ArchiveError(
            path, line("issued"), f"ngày ban hành không hợp lệ: {issued!r}", "viết YYYY-MM-DD"
        )
    term = get("term")
    if term is not None:
        match = _TERM.match(term)
        if not match:
            raise ArchiveError(
                path, line("term"), f"khóa không hợp lệ: {term!r}", "viết số La Mã, ví dụ XII"
            )
        term = match["roman"].upper()
    status = get("in_force")
    in_force = None
    if status is not None:
        if status.lower() not in IN_FORCE_VALUES:
            raise ArchiveError(
                path,
                line("in_force"),
                f"hiệu lực không hợp lệ: {status!r}",
                "viết 'còn hiệu lực', 'hết hiệu lực' hoặc 'không rõ'",
            )
        in_force = IN_FORCE_VALUES[status.lower()]
    slug = get("slug") or default_slug
    if slug != slugify_vi(slug):
        raise ArchiveError(
            path,
            line("slug") if get("slug") else 1,
            f"slug hồ sơ phải là chữ thường không dấu nối bằng '-': {slug!r}",
            f"ví dụ {slugify_vi(doc_id)}.md",
        )
    links: dict[str, tuple[DocumentRef, ...]] = {}
    for key in LINK_KEYS:
        value = get(key)
        links[key] = parse_refs(value, canonical, path=path, line=line(key)) if value else ()
    return DocumentRecord(
        path=path,
        line=line("id"),
        id=doc_id,
        slug=slug,
        title=get("title"),
        type=get("type"),
        issuer=get("issuer"),
        signer=get("signer"),
        issued=issued,
        term=term,
        in_force=in_force,
        status=status,
        attachment=get("attachment"),
        record_source=get("record_source"),
        description=description_html,
        cited_as=tuple(p.strip() for p in (get("cited_as") or "").split(";") if p.strip()),
        cited_as_line=header.line("cited_as") if get("cited_as") else None,
        **links,
    )
