"""Report -> Markdown in the format of docs/content-format.md, written atomically (pure + I/O).

``render_markdown`` is pure. ``write_article`` writes to a temporary file in the target folder
and renames it into place, so an interrupted import never leaves half an article in content/.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from importer.lead_photo import lead_photo
from importer.models import Block, BlockKind, Report

_BLOCK_START = re.compile(r"^(\s*)(#{1,6}\s|>|[-+*]\s|\d+[.)]\s|={3,}|-{3,})")
_INLINE = re.compile(r"([\\`*\[\]])")


def escape_markdown(text: str) -> str:
    """Text that Markdown renders as itself: no raw HTML, emphasis, links or block markers."""
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"(?<!\w)_|_(?!\w)", r"\\_", text)
    match = _BLOCK_START.match(text)
    if match:
        number = re.match(r"\s*\d+(?=[.)]\s)", text)
        at = number.end() if number else match.end(1)  # "1\. …", "\# …", "\- …"
        text = text[:at] + "\\" + text[at:]
    return text


def _meta_value(value: str) -> str:
    return " ".join(str(value).split())


def format_date(report: Report) -> str:
    if report.date is None:
        return "unknown"
    return report.date.strftime("%Y-%m-%d %H:%M")


def render_block(block: Block) -> str:
    if block.kind is BlockKind.PARAGRAPH:
        return escape_markdown(block.text)
    if block.kind is BlockKind.HEADING:
        return "## " + escape_markdown(block.text)
    if block.kind is BlockKind.CAPTION:
        return escape_markdown(block.text) + "\n{: .caption }"
    if block.kind is BlockKind.IMAGE:
        alt = escape_markdown(block.text).replace("]", "")
        return f"![{alt}]({{static}}/{block.src})"
    if block.kind is BlockKind.FILE:
        label = escape_markdown(block.text).replace("]", "") or block.src.rsplit("/", 1)[-1]
        return f"[{label}]({{static}}/{block.src})"
    if block.kind is BlockKind.LIST:
        lines = []
        for number, item in enumerate(block.items, start=1):
            marker = f"{number}." if block.ordered else "-"
            lines.append(f"{marker} {escape_markdown(item)}")
        return "\n".join(lines)
    if block.kind is BlockKind.TABLE:
        width = max(len(row) for row in block.rows)
        rows = [tuple(row) + ("",) * (width - len(row)) for row in block.rows]

        def line(row):
            return "| " + " | ".join(escape_markdown(c).replace("|", "\\|") for c in row) + " |"

        out = [line(rows[0]), "|" + "---|" * width]
        out += [line(row) for row in rows[1:]]
        return "\n".join(out)
    raise ValueError(f"unknown block kind {block.kind}")


def render_body(blocks: tuple[Block, ...]) -> str:
    return "\n\n".join(render_block(b) for b in blocks) + "\n"


def render_markdown(
    report: Report,
    *,
    slug: str,
    category: str,
    source: str,
    fingerprint: str,
    imported_on: dt.date,
    tags: str = "",
) -> str:
    """The whole article file: metadata in the documented order, a blank line, the body."""
    photo, blocks = lead_photo(report.blocks, report.title, report.lead_image)
    fields: list[tuple[str, str | None]] = [
        ("Title", report.title),
        ("Date", format_date(report)),
        ("Date_precision", "day" if report.date and report.date_precision == "day" else None),
        ("Author", report.author or "unknown"),
        ("Author_title", report.author_title),
        ("Byline", _byline_field(report)),
        ("Category", category),
        ("Tags", tags or None),
        ("Kicker", report.kicker),
        ("Headline", report.headline),
        ("Summary", report.summary),
        ("Summary_source", report.summary_source),
        ("Documents", "; ".join(report.documents) or None),
        *photo,
        ("Slug", slug),
        ("Aliases", report.alias),
        ("Source", source),
        ("Source_note", report.source_note),
        ("Import_source", report.provenance.source),
        ("Import_sha256", report.provenance.sha256),
        ("Import_encoding", f"{report.provenance.encoding} ({report.provenance.confidence:.2f})"),
        ("Import_date", imported_on.isoformat()),
        ("Import_fingerprint", fingerprint),
    ]
    head = "\n".join(f"{key}: {_meta_value(value)}" for key, value in fields if value)
    return head + "\n\n" + render_body(blocks)


def _byline_field(report: Report) -> str | None:
    """The printed byline, unless it says nothing more than Author (and Author_title)."""
    if not report.byline:
        return None
    plain = {report.author}
    if report.author_title:
        plain.add(f"{report.author} - {report.author_title}")
    return None if report.byline in plain else report.byline


def article_path(content: Path, report: Report, slug: str) -> Path:
    """content/YYYY/MM/<slug>.md, or content/undated/<slug>.md without a date."""
    if report.date is None:
        return content / "undated" / f"{slug}.md"
    return content / f"{report.date:%Y}" / f"{report.date:%m}" / f"{slug}.md"
