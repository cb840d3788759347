"""Raw text pages (text copied from a news portal) -> blocks and metadata (pure).

The page is read line by line (one paragraph a line, as copied from a browser):

1. boilerplate lines go (menus, hotline, share buttons, counters, ". ; ." trailers, rules), and
   everything from the first "furniture" heading (comments, polls, related news) is cut;
2. the **header** is read from the top: a kicker in capitals before the title, the title, a
   date line, a longer headline that repeats the title, a byline with a position line under it;
3. a **byline** on the last line of the article is taken off the end;
4. the **body**: a line printed twice in a row is a photo caption (kept once), so is a line
   that credits a photo ("Ảnh: …"); a short capitalised line without final punctuation is a
   heading; runs of "- " / "1. " lines are lists, runs of tab- or "|"-separated lines tables;
5. the **sapo** (summary) is the first body paragraph, unless the body opens with a photo
   caption (the lead photo comes after the sapo on every portal seen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vntext import fold_diacritics, nfc

from importer.models import Block, BlockKind
from importer.recognise import (
    Byline,
    ends_sentence,
    is_all_caps,
    is_boilerplate,
    is_stop_marker,
    looks_like_caption,
    looks_like_heading,
    parse_author_title,
    parse_byline,
    parse_date_line,
    recase_from,
)

_LIST_ITEM = re.compile(
    r"^\s*(?:[-+•–]|\*(?!\s*[A-ZĐ]{2,}\b)|(?P<num>\d{1,2})[.)])\s+(?P<text>\S.*)$"
)
_TABLE_SPLIT = re.compile(r"\t+|\s+\|\s+")


@dataclass(frozen=True)
class TextPage:
    """What the text reader found; the importer adds provenance and documents."""

    title: str
    blocks: tuple[Block, ...]
    date_line: object | None = None  # recognise.DateLine
    byline: Byline | None = None
    kicker: str | None = None
    headline: str | None = None
    summary: str | None = None


def clean_lines(text: str) -> list[str]:
    """NFC, no-break spaces to spaces, whitespace collapsed, boilerplate and furniture gone."""
    lines: list[str] = []
    for raw in nfc(text).replace("\xa0", " ").replace("\u200b", "").splitlines():
        line = " ".join(raw.split())
        if is_stop_marker(line) and lines:
            break
        if not line or is_boilerplate(line):
            continue
        lines.append(line)
    return lines


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold_diacritics(text).lower()) if len(w) > 1}


def _repeats_title(line: str, title: str) -> bool:
    title_words = _words(title)
    if not title_words or line.endswith((".", "!", "?", "…")) or len(line) < len(title):
        return False
    return len(title_words & _words(line)) / len(title_words) >= 0.6


def read_text_page(text: str) -> TextPage | None:
    """Split a raw text page; None when no title and body can be recognised."""
    lines = clean_lines(text)
    kicker = title = headline = None
    date_line = byline = None
    i = 0
    # --- header --------------------------------------------------------------------------
    while i < len(lines):
        line = lines[i]
        found_date = parse_date_line(line)
        if found_date and date_line is None:
            date_line = found_date
            i += 1
            continue
        if title is None:
            if is_all_caps(line) and kicker is None and parse_byline(line) is None:
                kicker = line
                i += 1
                continue
            if len(line) > 300 or (ends_sentence(line) and not line.endswith(")")):
                break  # a sentence first: the page has no recognisable title
            title = line
            i += 1
            continue
        if headline is None and _repeats_title(line, title):
            headline = line
            i += 1
            continue
        found_byline = parse_byline(line, allow_plain=False)
        if found_byline and byline is None:
            position = found_byline.author_title
            if position is None and i + 1 < len(lines):
                position = parse_author_title(lines[i + 1])
                if position:
                    i += 1
            byline = Byline(found_byline.printed, found_byline.author, position)
            i += 1
            continue
        break
    if title is None:
        return None
    body_lines = lines[i:]
    # --- byline at the end ---------------------------------------------------------------
    if byline is None and body_lines:
        found = parse_byline(body_lines[-1])
        if found:
            byline = found
            body_lines = body_lines[:-1]
    blocks = _blocks(body_lines)
    summary = None
    if blocks and blocks[0].kind is BlockKind.PARAGRAPH:
        summary = blocks[0].text
        blocks = blocks[1:]
    if not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        return None
    source_text = "\n".join(b.text for b in blocks if b.text)
    if kicker:
        kicker = recase_from(kicker, summary or "", source_text)
    return TextPage(
        title=title,
        blocks=tuple(blocks),
        date_line=date_line,
        byline=byline,
        kicker=kicker,
        headline=headline,
        summary=summary,
    )


def _table_cells(line: str) -> list[str]:
    return [c.strip() for c in _TABLE_SPLIT.split(line.strip().strip("|")) if c.strip()]


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # Repeated line: a photo caption the page printed twice (image alt + caption).
        if i + 1 < len(lines) and lines[i + 1] == line:
            blocks.append(Block(BlockKind.CAPTION, line))
            while i + 1 < len(lines) and lines[i + 1] == line:
                i += 1
            i += 1
            continue
        item = _LIST_ITEM.match(line)
        if item and i + 1 < len(lines) and _LIST_ITEM.match(lines[i + 1]):
            ordered = bool(item["num"])
            items: list[str] = []
            while i < len(lines):
                match = _LIST_ITEM.match(lines[i])
                if not match or bool(match["num"]) != ordered:
                    break
                items.append(match["text"])
                i += 1
            blocks.append(Block(BlockKind.LIST, items=tuple(items), ordered=ordered))
            continue
        cells = _table_cells(line)
        if len(cells) >= 2 and i + 1 < len(lines) and len(_table_cells(lines[i + 1])) == len(cells):
            rows: list[tuple[str, ...]] = []
            while i < len(lines) and len(_table_cells(lines[i])) == len(cells):
                rows.append(tuple(_table_cells(lines[i])))
                i += 1
            blocks.append(Block(BlockKind.TABLE, rows=tuple(rows)))
            continue
        if blocks and blocks[-1].kind is BlockKind.CAPTION and blocks[-1].text == line:
            i += 1  # the same caption again, further down
            continue
        if looks_like_caption(line):
            blocks.append(Block(BlockKind.CAPTION, line))
        elif not ends_sentence(line) and not line.endswith(",") and len(line.split()) > 16:
            # A long line with no final punctuation is a caption left without its photo.
            blocks.append(Block(BlockKind.CAPTION, line))
        elif looks_like_heading(line) and i + 1 < len(lines):
            blocks.append(Block(BlockKind.HEADING, line))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, line))
        i += 1
    return blocks
