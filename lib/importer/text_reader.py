"""Raw text pages (a report copied from a portal, a Word file, a dataset) -> blocks (pure).

The page is read line by line (one paragraph a line), by what each line is:

1. furniture goes wherever it is (menus, breadcrumbs, interface words, counters, rules);
2. the **header** is every line before the first line of prose (a sentence, or a line too long
   for anything else). In it: date lines, bylines, and the other lines, the candidates for the
   title. The title is the last well-formed candidate before the last date line that follows
   one (a title sits right above its date; a header bar's date comes before both), else the
   first well-formed one (at least four words, a capital first, not a menu); an all-capitals
   candidate right before it is the kicker, a longer one repeating it the headline.
   Candidates before the title are furniture (a category name, a breadcrumb, an advert),
   those after it go back to the body;
3. the **date** is the first date line after the title (a publication date before an update
   date), else the nearest one before it (flagged when furniture stands between: a header
   bar's "today"), else a date line at the top or the end of the body;
4. the **body** ends at the first furniture heading or footer line (related news, comments,
   copyright); related-news items and a date line left at its end go, a byline on its last
   line is taken off;
5. **blocks**: a line printed twice in a row is a photo caption (kept once), so is a line that
   credits a photo; a short capitalised line without final punctuation is a heading; runs of
   "- " / "1. " lines are lists, runs of tab- or "|"-separated lines tables;
6. the **sapo** (summary) is the first body paragraph when more than one is left; a body of
   one paragraph (a whole report in one line, as datasets store them) stays the body.

Every step looks at each line a bounded number of times: linear in the size of the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from vntext import fold_diacritics, nfc

from importer.dates import UPDATE_ONLY, DateLine, day_and_time_apart
from importer.furniture import (
    is_boilerplate,
    is_related_heading,
    is_related_item,
    is_spaced_menu,
    is_stop_marker,
)
from importer.models import Block, BlockKind
from importer.official import read_official_document
from importer.recognise import (
    Byline,
    ends_sentence,
    has_credit_label,
    is_all_caps,
    looks_like_caption,
    looks_like_heading,
    parse_author_title,
    parse_byline,
    parse_dated_line,
    recase_from,
)
from importer.unwrap import unwrap_hard_wrapped

T = TypeVar("T")

_LIST_ITEM = re.compile(
    r"^\s*(?:[-+•–]|\*(?!\s*[A-ZĐ]{2,}\b)|(?P<num>\d{1,2})[.)])\s+(?P<text>\S.*)$"
)
_TABLE_SPLIT = re.compile(r"\t+|\s+\|\s+")
_INNER_SENTENCE = re.compile(r"[.!?…][”\"»)]?\s+[\"“(]?[A-ZĐÀ-Ỹ]")
# "Tiêu đề: …", "Tên bài: …", "Tóm tắt: …", "Sapo: …" (a record exported field by field) and
# Markdown's "# " heading marks; a label with nothing after it stays (it is no field).
_FIELD_LABEL = re.compile(
    r"^\s*(?:#{1,6}\s+|(?:tiêu\s+đề|tên\s+bài(?:\s+viết)?|tít|title|tóm\s+tắt|sapo|sa\s+pô)"
    r"\s*:\s*(?=\S))",
    re.IGNORECASE,
)
_BARE_BODY_LABEL = re.compile(r"^\s*(?:nội\s+dung(?:\s+bài\s+viết)?|content)\s*:?\s*$", re.I)
_HEADER_MAX = 12  # lines of header at most before the body must have started
# Uncertainties reported for the archivist (the CSV report's last column).
DATE_FROM_FURNITURE = "ngày có thể lấy từ phần đầu trang (không sát tiêu đề)"
DATE_FROM_BODY = "ngày lấy từ một dòng trong thân bài"


@dataclass(frozen=True)
class TextPage:
    """What the text reader found; the importer adds provenance and documents."""

    title: str
    blocks: tuple[Block, ...]
    date_line: DateLine | None = None
    byline: Byline | None = None
    kicker: str | None = None
    headline: str | None = None
    summary: str | None = None
    uncertain: tuple[str, ...] = field(default=())


def _cells(line: str) -> int:
    return len(_table_cells(line))


def clean_lines(text: str) -> list[str]:
    """NFC, no-break spaces to spaces, field labels and Markdown heading marks off, whitespace
    collapsed, furniture lines gone (a line of "|"-separated items stays when a neighbour has
    as many: a table, not a menu)."""
    printed = [r.replace("\u200b", "") for r in nfc(text).replace("\xa0", " ").splitlines()]
    printed = [_without_field_label(r) for r in printed]
    printed = [r for r in printed if r.strip()]
    raw = [" ".join(r.split()) for r in printed]
    lines: list[str] = []
    for i, line in enumerate(raw):
        if not line or not (is_boilerplate(line) or is_spaced_menu(printed[i])):
            lines.append(line)
            continue
        width = _cells(line)
        if width >= 2 and any(
            0 <= j < len(raw)
            and _cells(raw[j]) == width
            and not is_boilerplate(raw[j])
            and not parse_dated_line(raw[j])  # "Ngày đăng … | 09:30 | Lượt xem 245"
            for j in (i - 1, i + 1)
        ):
            lines.append(line)
    return [line for line in lines if line]


def _without_field_label(line: str) -> str:
    """A line of a record exported field by field, without its label ("Tiêu đề: …", "Tóm
    tắt: …"; a bare "Nội dung:" goes), or a Markdown heading without its "#" marks."""
    if _BARE_BODY_LABEL.match(line):
        return ""
    return _FIELD_LABEL.sub("", line, count=1)


def is_prose(line: str) -> bool:
    """A line of running text: a sentence, or longer than any title, heading or caption."""
    words = len(line.split())
    if is_all_caps(line) and words < 60:
        return False  # a kicker or a title in capitals, even with a final ":"
    closed = line.rstrip("”\"»’') ").endswith((".", "…", ":", ";"))
    return (
        words >= 60
        or (words >= 6 and closed)
        or (words >= 20 and bool(_INNER_SENTENCE.search(line)))
    )


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold_diacritics(text).lower()) if len(w) > 1}


def _repeats_title(line: str, title: str) -> bool:
    title_words = _words(title)
    if not title_words or line.endswith((".", "!", "?", "…")) or len(line) < len(title):
        return False
    return len(title_words & _words(line)) / len(title_words) >= 0.6


def _well_formed_title(line: str) -> bool:
    first = line.lstrip("“\"'‘(«[ ")[:1]
    return (
        len(line.split()) >= 4
        and not (line.startswith("(") and line.endswith(")"))  # "(Kỳ 1: …)" under a title
        and (first.isupper() or first.isdigit())
        and not is_all_caps(line)
        and len(line) <= 300
    )


@dataclass
class _Header:
    """The header of a text page, as indexes into its lines."""

    title: int | None = None
    kicker: int | None = None
    headline: int | None = None
    byline: Byline | None = None
    dates: list[tuple[int, DateLine]] = field(default_factory=list)
    candidates: list[int] = field(default_factory=list)
    skipped: set[int] = field(default_factory=set)  # byline and position lines
    end: int = 0


def _scan_header(lines: list[str]) -> _Header:
    header = _Header()
    i = 0
    while i < len(lines) and i < _HEADER_MAX + len(header.dates) + len(header.skipped):
        line = lines[i]
        dated = parse_dated_line(line)
        joined = (
            day_and_time_apart(line, lines[i + 1])
            if i + 1 < len(lines) and (dated is None or dated[0].precision == "day")
            else None
        )
        if joined:
            dated = (joined, dated[1] if dated else None)
            header.skipped.add(i + 1)
            i += 1
        if dated:
            if not dated[0].today:
                header.dates.append((i, dated[0]))
            if dated[1] and header.byline is None:
                header.byline = dated[1]
            i += 1
            continue
        credit = parse_byline(line, allow_plain=False) if header.candidates else None
        # a bare name between the date line and the body ("Minh Anh") is the byline too
        under_date = credit is None and _under_the_date(lines, i, header)
        if under_date:
            credit = parse_byline(line)
        sure = under_date or (credit is not None and has_credit_label(line))
        if credit and header.byline is None and (sure or not _well_formed_title(line)):
            position = credit.author_title
            header.skipped.add(i)
            if position is None and i + 1 < len(lines):
                position = parse_author_title(lines[i + 1])
                if position:
                    i += 1
                    header.skipped.add(i)
            header.byline = Byline(credit.printed, credit.author, position)
            i += 1
            continue
        # a listing's heading ends the header, but not before anything else was read: there it
        # is a section's name over the title ("Tin hoạt động", "Tin mới")
        if is_prose(line) or (is_stop_marker(line) and header.candidates):
            break
        header.candidates.append(i)
        i += 1
    header.end = i
    return header


def _under_the_date(lines: list[str], i: int, header: _Header) -> bool:
    """Line ``i`` stands right under a date line that is under a well-formed title candidate,
    and prose follows it: where a portal prints the author's bare name."""
    return (
        bool(header.dates)
        and header.dates[-1][0] == i - 1
        and any(c < i - 1 and _well_formed_title(lines[c]) for c in header.candidates)
        and i + 1 < len(lines)
        and is_prose(lines[i + 1])
    )


def _choose_title(lines: list[str], header: _Header) -> None:
    strong = [c for c in header.candidates if _well_formed_title(lines[c])]
    if not strong:
        # A title printed in capitals, or a short one: the first candidate with a capital.
        strong = [c for c in header.candidates if lines[c][:1].isupper()][:1]
        if len(strong) == 1 and is_all_caps(lines[strong[0]]):
            later = [c for c in header.candidates if c > strong[0]]
            strong = later[:1] or strong
    if not strong:
        return
    # The article's date line is the header's last one with a title candidate above it: a
    # header bar's date ("Thứ Sáu, 09/02/2024") comes before, under a line of furniture the
    # grammars do not know ("Theo dõi chúng tôi trên …"), never between title and body.
    anchor = next((d for d, _ in reversed(header.dates) if d > strong[0]), None)
    before = [c for c in strong if anchor is not None and c < anchor]
    title = before[-1] if before else strong[0]
    # A date printed above the title ("Thứ ba, 03/01/2023 | 07:45" then the title, then the
    # body, as some portals lay it out): the one well-formed line right before the body, with
    # only the date above it, is the title; the line over the date a section's name.
    after = [c for c in strong if anchor is not None and c > anchor]
    if (
        len(after) == 1
        and after[0] == header.candidates[-1]
        and not looks_like_caption(lines[after[0]])
        and not _repeats_title(lines[after[0]], lines[title])
    ):
        title = after[0]
    header.title = title
    earlier = [c for c in header.candidates if c < title]
    if (
        earlier
        and earlier[-1] == title - 1 - _dates_between(header, earlier[-1], title)
        and is_all_caps(lines[earlier[-1]])
        and parse_byline(lines[earlier[-1]]) is None
    ):
        header.kicker = earlier[-1]
    later = [c for c in header.candidates if c > title]
    if later and _repeats_title(lines[later[0]], lines[title]):
        header.headline = later[0]


def _dates_between(header: _Header, start: int, end: int) -> int:
    return sum(1 for d, _ in header.dates if start < d < end)


def _choose_date(header: _Header) -> tuple[DateLine | None, tuple[str, ...]]:
    title = header.title if header.title is not None else -1
    after = [d for i, d in header.dates if i > title]
    if after:
        published = [d for d in after if not d.updated]
        chosen = (published or after)[0]
        return chosen, (UPDATE_ONLY,) if chosen.updated else ()
    before = [(i, d) for i, d in header.dates if i < title]
    if not before:
        return None, ()
    index, date = before[-1]
    between = [c for c in header.candidates if index < c < title and c != header.kicker]
    doubts = ((DATE_FROM_FURNITURE,) if between else ()) + ((UPDATE_ONLY,) if date.updated else ())
    return date, doubts


def _trim_body(lines: list[str]) -> tuple[list[str], DateLine | None]:
    """The body's lines up to its furniture, without a date line or related news at either
    end; the first such date line is returned (a date printed under or after the report)."""
    body = without_related_boxes(lines, is_related_heading, _headline_like, is_prose)
    end = next((i for i, line in enumerate(body) if is_stop_marker(line)), len(body))
    body = body[:end]
    found: DateLine | None = None
    start = 0
    while start < len(body) and not is_prose(body[start]):
        dated = parse_dated_line(body[start])
        if dated is None:
            break
        found = found or (None if dated[0].today else dated[0])
        start += 1
    stop = len(body)
    while stop > start and not is_prose(body[stop - 1]):
        dated = parse_dated_line(body[stop - 1])
        if dated is not None:
            found = found or (None if dated[0].today else dated[0])
        elif not is_related_item(body[stop - 1]):
            break
        stop -= 1
    return body[start:stop], found


#: Lines a related-news box inside an article holds at most (its heading's items).
INLINE_RELATED_MAX = 8


def without_related_boxes(
    items: list[T],
    heading: Callable[[T], bool],
    headline: Callable[[T], bool],
    prose: Callable[[T], bool],
) -> list[T]:
    """``items`` (lines, or a saved page's blocks) without the related-news boxes printed
    inside the article ("Tin liên quan", two or three headlines, then the article goes on): a
    related-news ``heading`` whose items (``headline``, at most ``INLINE_RELATED_MAX``) are
    followed by ``prose`` again is furniture; only the last such heading, with nothing but
    furniture after it, ends the article."""
    out: list[T] = []
    i = 0
    while i < len(items):
        if heading(items[i]):
            j = i + 1
            while j < len(items) and j - i <= INLINE_RELATED_MAX and headline(items[j]):
                j += 1
            if j > i + 1 and j < len(items) and prose(items[j]):
                i = j  # the box is skipped, the article goes on
                continue
        out.append(items[i])
        i += 1
    return out


def _headline_like(line: str) -> bool:
    return is_related_item(line) or (
        not is_prose(line) and not is_stop_marker(line) and not ends_sentence(line)
    )


def read_text_page(text: str) -> TextPage | None:
    """Split a raw text page; None when no title and body can be recognised. An
    administrative document ("BÁO CÁO" with its number and date) is read by its own layout
    (``official``)."""
    text = unwrap_hard_wrapped(text)
    official = read_official_document(nfc(text).replace("\xa0", " ").splitlines())
    if official is not None:
        blocks = _blocks([" ".join(line.split()) for line in official.body])
        if any(b.kind is BlockKind.PARAGRAPH for b in blocks):
            return TextPage(official.title, tuple(blocks), official.date_line, official.signer)
    lines = clean_lines(text)
    header = _scan_header(lines)
    _choose_title(lines, header)
    if header.title is None:
        return None
    title = lines[header.title]
    date_line, uncertain = _choose_date(header)
    used = {header.title, header.kicker, header.headline} | header.skipped
    returned = [lines[c] for c in header.candidates if c > header.title and c not in used]
    body_lines, body_date = _trim_body(returned + lines[header.end :])
    if date_line is None and body_date is not None:
        date_line, uncertain = body_date, (DATE_FROM_BODY,)
    byline = header.byline
    # --- byline at the end ---------------------------------------------------------------
    # (also when the header named the same author: "Người đăng: Lê Hà | …" then "Lê Hà")
    found = parse_byline(body_lines[-1]) if body_lines else None
    if found and (byline is None or found.author.casefold() == byline.author.casefold()):
        byline = byline or found
        body_lines = body_lines[:-1]
    blocks = _blocks(body_lines)
    summary = None
    paragraphs = sum(1 for b in blocks if b.kind is BlockKind.PARAGRAPH)
    if blocks and blocks[0].kind is BlockKind.PARAGRAPH and paragraphs > 1:
        summary = blocks[0].text
        blocks = blocks[1:]
    if not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        return None
    kicker = lines[header.kicker] if header.kicker is not None else None
    if kicker:
        source_text = "\n".join(b.text for b in blocks if b.text)
        kicker = recase_from(kicker, summary or "", source_text)
    return TextPage(
        title=title,
        blocks=tuple(blocks),
        date_line=date_line,
        byline=byline,
        kicker=kicker,
        headline=lines[header.headline] if header.headline is not None else None,
        summary=summary,
        uncertain=uncertain,
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
        elif (
            not ends_sentence(line)
            and not line.endswith(",")
            and 16 < len(line.split()) <= 60
            and len(_INNER_SENTENCE.findall(line)) <= 1
        ):
            # A long line with no final punctuation (one sentence, two at most: "… Ảnh: X")
            # is a caption left without its photo; a longer one is a paragraph left unclosed.
            blocks.append(Block(BlockKind.CAPTION, line))
        elif looks_like_heading(line) and i + 1 < len(lines):
            blocks.append(Block(BlockKind.HEADING, line))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, line))
        i += 1
    return blocks
