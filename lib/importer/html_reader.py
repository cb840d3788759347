"""Saved web pages -> blocks and metadata: nh3 sanitises, trafilatura finds the article.

Nothing of the page's markup reaches the Markdown: the body is rebuilt from trafilatura's
structural XML as plain text blocks (the writer escapes every character Markdown or HTML would
interpret). Scripts, styles, iframes, forms and event handlers are removed by nh3 first, so not
even their text can leak into the extraction. Images and attachments the page references by a
relative path inside the saved page's folder are returned for copying; remote ones are not
fetched (no network) and are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

import nh3
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from vntext import nfc

from importer.dates import UPDATE_ONLY, DateLine, day_and_time_apart, parse_machine_date
from importer.furniture import (
    is_article_info,
    is_boilerplate,
    is_related_heading,
    is_related_item,
    is_stop_marker,
)
from importer.html_meta import FURNITURE_CLASS, FURNITURE_TAGS, names_title, read_page_meta
from importer.models import Block, BlockKind
from importer.recognise import Byline, parse_byline, parse_credit_line, parse_dated_line
from importer.text_reader import is_prose, read_text_page, without_related_boxes

ALLOWED_TAGS = {
    "html", "body", "main", "article", "section", "header", "footer", "nav", "aside", "div",
    "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
    "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure",
    "figcaption", "img", "a", "strong", "b", "em", "i", "u", "sup", "sub", "blockquote",
    "time",
}  # fmt: skip
DROPPED_WITH_CONTENT = {
    "script", "style", "iframe", "noscript", "template", "object", "embed", "form",
    "button", "textarea", "select", "svg", "math", "canvas", "video", "audio", "head",
    "title",
}  # fmt: skip
ATTRIBUTES = {"img": {"src", "alt", "title"}, "a": {"href", "title"}, "time": {"datetime"},
              "*": {"class"}}  # fmt: skip
_ATTACHMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)$", re.IGNORECASE)


@dataclass(frozen=True)
class LocalRef:
    """A file the page references, found inside the saved page's folder."""

    path: Path
    kind: str  # "image" or "file"
    label: str


@dataclass(frozen=True)
class HtmlPage:
    title: str | None
    blocks: tuple[Block, ...]
    refs: tuple[LocalRef, ...]
    date_line: DateLine | None
    author: str | None
    summary: str | None
    url: str | None
    warnings: tuple[str, ...]
    uncertain: tuple[str, ...] = ()
    lead_ref: int | None = None  # the ref that is the page's og:image, if saved with it
    byline: str | None = None  # the credits printed under the article, as printed


def sanitise(markup: str) -> str:
    """The page's HTML with only harmless structure left (nh3 / ammonia)."""
    return nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel=None,
        strip_comments=True,
    )


def _resolve_local(base: Path, root: Path, ref: str) -> Path | None:
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    candidate = (base / unquote(parts.path)).resolve()
    try:
        candidate.relative_to(root.resolve())
    except ValueError:
        return None  # "../../etc/passwd": outside the saved page's folder
    return candidate if candidate.is_file() else None


_BLOCK_TEXT = (
    "p div td th li h1 h2 h3 h4 h5 h6 dd dt figcaption caption blockquote section article "
    "header footer main nav aside table tr ul ol body"
)
_BLOCK_TAGS = frozenset(_BLOCK_TEXT.split())
_LAYOUT_CHILDREN = ("table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6")
DATE_FROM_TRAFILATURA = "ngày do trafilatura đoán (không thấy dòng ngày tháng nào)"


#: A cell of a one-column table holding this much text is a page's layout, not data.
LAYOUT_CELL_CHARS = 200


def unwrap_layout_tables(tree) -> None:
    """Tables used for page layout (a cell holding paragraphs, lists or another table; or one
    column of rows, one holding line breaks or a long text: a print view) become plain
    containers, so the article inside is read as text; data tables stay tables."""
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th")]
        if not any(
            c.find(f".//{tag}") is not None for c in cells for tag in _LAYOUT_CHILDREN
        ) and not _one_column_layout(table, cells):
            continue
        for node in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
            node.tag = "div"


#: A form holding this share of the page's text wraps the page (ASP.NET WebForms put every
#: page in one): it is unwrapped, not dropped with its content as a comment or search form is.
PAGE_FORM_SHARE = 0.5


def _unwrap_page_forms(tree) -> bool:
    """Unwrap the forms of ``tree`` that hold the page; whether there was one."""
    whole = len(tree.text_content())
    wrappers = [
        f for f in tree.iter("form") if whole and len(f.text_content()) >= PAGE_FORM_SHARE * whole
    ]
    for form in wrappers:
        form.drop_tag()
    return bool(wrappers)


def _one_column_layout(table, cells) -> bool:
    rows = list(table.iter("tr"))
    if not rows or any(len([c for c in row if c.tag in ("td", "th")]) != 1 for row in rows):
        return False
    return any(
        c.find(".//br") is not None or len(c.text_content()) > LAYOUT_CELL_CHARS for c in cells
    )


class PageLine(NamedTuple):
    """One line of a page in reading order (``page_lines``)."""

    text: str
    furniture: bool  # inside navigation, a sidebar, a footer, a header bar…
    tag: str  # the tag of its block
    #: The same text with " | " between its inline elements, when it is made of two or more
    #: of them and nothing else ("<span>05/03/2020 14:20</span> <span>Lượt xem: 12</span>"):
    #: a line of separate items, as a date line with its counters is printed.
    segments: str | None = None
    titled: bool = False  # its block's class or id names a headline ("tieu-de-tin")


def page_lines(tree) -> list[PageLine]:
    """The page as lines in reading order. One line per innermost block (and per line break
    inside it); furniture is known top-down (one walk of the tree)."""
    lines: list[PageLine] = []

    def walk(node, furniture: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        label = f"{node.get('class') or ''} {node.get('id') or ''}".strip()
        furniture = (
            furniture or tag in FURNITURE_TAGS or bool(label and FURNITURE_CLASS.search(label))
        )
        if tag == "header" and not furniture:
            furniture = not any(a.tag in ("article", "main") for a in node.iterancestors())
        if not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in node):
            if node.find(".//br") is not None:
                for piece in _broken_lines(node):
                    lines.append(PageLine(piece, furniture, tag))
                return
            text = nfc(" ".join(" ".join(node.itertext()).split()))
            if text:
                titled = bool(label) and names_title(label)
                lines.append(PageLine(text, furniture, tag, _segments(node), titled))
            return
        own = nfc(" ".join((node.text or "").split()))
        if own:
            lines.append(PageLine(own, furniture, tag))
        for child in node:
            if isinstance(child.tag, str):
                walk(child, furniture)
            tail = nfc(" ".join((child.tail or "").split()))
            if tail:
                lines.append(PageLine(tail, furniture, tag))

    body = tree.find(".//body")
    walk(body if body is not None else tree, False)
    return lines


def _broken_lines(node) -> list[str]:
    """The text of a block with line breaks, one string per line (a print view's cell)."""
    pieces: list[str] = [""]
    for item in node.iter():
        if item is not node and item.tag == "br":
            pieces.append("")
        elif item is node or isinstance(item.tag, str):
            pieces[-1] += " " + (item.text or "")
        if item is not node:
            pieces[-1] += " " + (item.tail or "")
    return [text for text in (nfc(" ".join(p.split())) for p in pieces) if text]


def _segments(node) -> str | None:
    children = [c for c in node if isinstance(c.tag, str)]
    loose = (node.text or "").strip() or any((c.tail or "").strip() for c in children)
    if len(children) < 2 or loose:
        return None
    parts = [nfc(" ".join(c.text_content().split())) for c in children]
    return " | ".join(p for p in parts if p) or None


def _printed_date(lines: list[PageLine], title: str | None) -> tuple[DateLine | None, str | None]:
    """The date line printed with the article: the first after the title (outside furniture),
    else the nearest before it; with the byline printed on the same line, if any."""
    article = [line for line in lines if not line.furniture]
    at = next((i for i, line in enumerate(article) if title and line.text == title), None)
    order = (
        list(range(at + 1, min(len(article), at + 12))) + list(range(at - 1, max(-1, at - 4), -1))
        if at is not None
        else list(range(min(len(article), 40)))
    )
    for i in order:
        found = parse_dated_line(article[i].text)
        if found is None and article[i].segments:
            found = parse_dated_line(article[i].segments)
        if found and not found[0].today:
            return _with_time_beside(article, i, found[0]), found[1].author if found[1] else None
    return None, None


def _with_time_beside(article: list[PageLine], i: int, date: DateLine) -> DateLine:
    """A date to the day with the time printed in an element of its own right after or
    before it ("<div class=date>29/10/2013</div><div class=time>12:08</div>")."""
    if date.precision != "day":
        return date
    for first, second in ((i, i + 1), (i - 1, i)):
        if first >= 0 and second < len(article):
            joined = day_and_time_apart(article[first].text, article[second].text)
            if joined and joined.value.date() == date.value.date():
                return joined
    return date


def _headline(lines: list[PageLine], page_title: str | None) -> str | None:
    """The article's headline on a page without ``<h1>`` or structured title: the first heading
    (h2-h4, or a block whose class names a title, outside furniture) printed right above a
    date line, else the longest one the ``<title>`` repeats (a portal's ``<title>`` may name
    only the site or section)."""
    article = [line for line in lines if not line.furniture]
    headings = [
        (i, line.text)
        for i, line in enumerate(article)
        if line.tag in _HEADINGS or (line.titled and len(line.text.split()) >= 4)
    ]
    # a bold line on its own, as pages without heading tags print the title (only right
    # above a date line: "<b>Title</b><br><i>(Cập nhật: 14/11/2011 - 10:20)</i>")
    bold = [
        (i, line.text)
        for i, line in enumerate(article)
        if line.tag in ("b", "strong")
        and len(line.text.split()) >= 4
        and not line.text.rstrip().endswith((".", ":", ";", "!", "?"))
    ]
    for i, text in sorted(headings + bold):
        for line in article[i + 1 : i + 4]:
            if parse_dated_line(line.text) or (line.segments and parse_dated_line(line.segments)):
                return text
    folded = " ".join(page_title.split()).casefold() if page_title else ""
    repeated = [text for _, text in headings if len(text) >= 12 and text.casefold() in folded]
    return max(repeated, key=len) if repeated else None


_HEADINGS = ("h2", "h3", "h4")


def read_html_page(markup: str, path: Path) -> HtmlPage | None:
    """Extract the article of a saved page at ``path`` (used to find its local files)."""
    warnings: list[str] = []
    uncertain: list[str] = []
    raw_tree = lxml_html.fromstring(markup) if markup.strip() else None
    if raw_tree is None:
        return None
    meta = read_page_meta(raw_tree)
    title = meta.title
    if _unwrap_page_forms(raw_tree):
        markup = lxml_html.tostring(raw_tree, encoding="unicode")
    clean = sanitise(markup)
    tree = lxml_html.fromstring(f"<html><body>{clean}</body></html>")
    unwrap_layout_tables(tree)
    # Captions: trafilatura drops <figcaption>; make them paragraphs and remember them.
    captions: set[str] = set()
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if text:
            captions.add(nfc(text))
        node.tag = "p"
    refs: list[LocalRef] = []
    root = path.parent
    for node in tree.iter("img", "a"):
        ref = node.get("src") if node.tag == "img" else node.get("href")
        if not ref:
            continue
        local = _resolve_local(path.parent, root, ref)
        if node.tag == "img":
            if local is None:
                warnings.append(f"ảnh không có trong thư mục trang lưu, bỏ qua: {ref}")
                node.drop_tree()
                continue
            node.set("src", f"https://local.invalid/{len(refs)}.png")
            refs.append(LocalRef(local, "image", nfc(node.get("alt") or "")))
        elif local is not None and _ATTACHMENT.search(local.name):
            node.set("href", f"https://local.invalid/{len(refs)}")
            refs.append(LocalRef(local, "file", nfc(" ".join(node.text_content().split()))))
    lines = page_lines(tree)
    if meta.title_source in ("page", ""):
        title = _headline(lines, meta.page_title) or title
    if not title:
        title = next((x.text for x in lines if x.tag in ("h1", "h2") and not x.furniture), None)
    date_line, author = meta.date, meta.author
    printed, printed_author = _printed_date(lines, title)
    if date_line is None or meta.date_source == "modified":
        if printed is not None:
            date_line = printed
        elif meta.date_source == "modified":
            uncertain.append(UPDATE_ONLY)
    elif (
        date_line.precision == "day" and printed and printed.value.date() == date_line.value.date()
    ):
        date_line = printed  # the meta tag gives the day, the page prints the time too
    author = author or printed_author
    xml = trafilatura.extract(
        etree.tostring(tree, encoding="unicode"),
        output_format="xml",
        include_images=True,
        include_tables=True,
        include_links=True,
        include_comments=False,
        favor_recall=True,
    )
    blocks: list[Block] = []
    used_refs: set[int] = set()
    if xml:
        doc = etree.fromstring(xml.encode("utf-8"))
        main = doc.find("main")
        for node in main if main is not None else []:
            blocks.extend(_node_blocks(node, captions, refs, used_refs))
    blocks, credits = tidy_blocks(blocks, title)
    author = author or (credits.author if credits else None) or None
    if title is None or _no_article(blocks, title):
        # trafilatura found no article or one blob of it, or the page marks no title (a
        # print view, a text export): read the page's own lines as a text report.
        text = "\n".join(line.text for line in lines if not line.furniture)
        page = read_text_page(text)
        if page is None:
            return None
        title = title or page.title
        blocks = list(page.blocks)
        if page.summary:
            blocks.insert(0, Block(BlockKind.PARAGRAPH, page.summary))
        date_line = date_line or page.date_line
        author = author or (page.byline.author if page.byline else None)
        credits = credits or page.byline
    if date_line is None and xml:
        guess = trafilatura.extract_metadata(markup)
        if guess is not None and guess.date:
            date_line = parse_machine_date(guess.date)
            uncertain.append(DATE_FROM_TRAFILATURA)
    if date_line is not None and date_line.updated and UPDATE_ONLY not in uncertain:
        uncertain.append(UPDATE_ONLY)
    lead_ref = _og_image_ref(meta.image, refs, path.parent)
    for index, ref in enumerate(refs):
        if index not in used_refs and ref.kind == "image" and index != lead_ref:
            warnings.append(f"ảnh không nằm trong nội dung bài, bỏ qua: {ref.path.name}")
    description = meta.description
    summary = None
    first_paragraph = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    paragraphs = sum(1 for b in blocks if b.kind is BlockKind.PARAGRAPH)
    if (
        first_paragraph is not None
        and paragraphs > 1
        and (description is None or _starts_with(first_paragraph.text, description))
    ):
        summary = first_paragraph.text
        blocks.remove(first_paragraph)
    elif description and paragraphs > 1:
        summary = description
    if not title or not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        return None
    return HtmlPage(
        title=nfc(title),
        blocks=tuple(blocks),
        refs=tuple(refs),
        date_line=date_line,
        author=author,
        summary=summary,
        url=meta.url,
        warnings=tuple(warnings),
        uncertain=tuple(uncertain),
        lead_ref=lead_ref,
        byline=credits.printed if credits else None,
    )


def _no_article(blocks: list[Block], title: str) -> bool:
    """No paragraph, or a single one, or one that begins with the title: trafilatura's blob
    of inline spans and line breaks (a print view's cell, ASP.NET's labels, an old page's
    ``<br>``-separated text), which the page's own lines split better."""
    paragraphs = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    head = " ".join(title.split()).casefold()
    return len(paragraphs) <= 1 or any(
        len(p) > len(title) and " ".join(p.split()).casefold().startswith(head) for p in paragraphs
    )


def _og_image_ref(image: str | None, refs: list[LocalRef], base: Path) -> int | None:
    """The index of the saved photo the page's ``og:image`` names (an absolute address on
    the old site names it by its file name), else None."""
    if not image:
        return None
    local = _resolve_local(base, base, image)
    name = unquote(urlsplit(image).path.rsplit("/", 1)[-1])
    for index, ref in enumerate(refs):
        if ref.kind == "image" and (ref.path == local or (name and ref.path.name == name)):
            return index
    return None


#: Credit lines taken off the end of an article at most ("Ngọc Lan", then "Tác giả: …").
MAX_CREDIT_LINES = 3


def tidy_blocks(blocks: list[Block], title: str | None) -> tuple[list[Block], Byline | None]:
    """The extracted blocks without what the page printed around the article: everything up
    to the title when it is among them, furniture lines, date lines and an article-info list
    before the first paragraph, all from a furniture heading or footer on, related news
    (lines or a list) and the byline and credit lines at the end (returned: the one naming
    the author, else the first; its author is "" when none names one)."""
    if title:
        at = next((i for i, b in enumerate(blocks[:15]) if b.text and _same(b.text, title)), None)
        if at is not None:
            blocks = blocks[at + 1 :]
    # a related-news box inside the article: the text reader's rule for the same boxes
    blocks = without_related_boxes(blocks, _related_heading_block, _headline_block, _prose_block)
    out: list[Block] = []
    seen_paragraph = False
    info_bylines: list[Byline] = []
    for block in blocks:
        text = block.text
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and text:
            if seen_paragraph and is_stop_marker(text):
                break
            if is_boilerplate(text):
                continue
            if not seen_paragraph and parse_dated_line(text):
                continue
        if block.kind is BlockKind.LIST and not seen_paragraph and _article_info(block.items):
            info_bylines = [b for b in map(_labelled_byline, block.items) if b]
            continue
        if block.kind is BlockKind.PARAGRAPH:
            seen_paragraph = True
        out.append(block)
    while out and (
        (out[-1].text and (is_related_item(out[-1].text) or parse_dated_line(out[-1].text)))
        or (out[-1].kind is BlockKind.LIST and all(map(is_related_item, out[-1].items)))
    ):
        out.pop()
    credits: list[Byline] = []
    while out and out[-1].kind is BlockKind.PARAGRAPH and len(credits) < MAX_CREDIT_LINES:
        found = parse_byline(out[-1].text) or parse_credit_line(out[-1].text)
        if found is None:
            break
        credits.insert(0, found)
        out.pop()
    credits = credits or info_bylines
    if not credits:
        return out, None
    # The credit that names the author is the byline; a source's credit line is not kept.
    return out, next((c for c in credits if c.author), credits[0])


def _related_heading_block(block: Block) -> bool:
    return bool(block.text) and is_related_heading(block.text)


def _prose_block(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and is_prose(block.text)


def _headline_block(block: Block) -> bool:
    if block.kind is BlockKind.LIST:
        return True
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and not is_prose(block.text)


def _labelled_byline(line: str) -> Byline | None:
    return parse_byline(line, allow_plain=False)


def _article_info(items: tuple[str, ...]) -> bool:
    """A list before the article that is its info box: every item a date, a labelled byline,
    a counter, an interface word or a label ("Chuyên mục: …"), one at least a date or byline."""
    dated = [bool(parse_dated_line(i) or _labelled_byline(i)) for i in items]
    return any(dated) and all(
        d or is_boilerplate(i) or is_article_info(i) for d, i in zip(dated, items, strict=True)
    )


def _starts_with(text: str, prefix: str) -> bool:
    """The sapo paragraph begins with the page's (often shortened) description."""
    head = " ".join(prefix.split()).rstrip(".…").casefold()
    return " ".join(text.split()).casefold().startswith(head)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _text(node) -> str:
    """The text of an element of trafilatura's XML, a line break (``<lb/>``) read as a space."""
    for lb in node.iter("lb"):
        if not (lb.tail or "").startswith(" "):
            lb.tail = " " + (lb.tail or "")
    return nfc(" ".join("".join(node.itertext()).split()))


def _node_blocks(node, captions, refs, used_refs) -> list[Block]:
    tag = node.tag
    if tag == "head":
        text = _text(node)
        return [Block(BlockKind.HEADING, text)] if text else []
    if tag == "p":
        out: list[Block] = []
        text = _text(node)
        if text:
            kind = BlockKind.CAPTION if text in captions else BlockKind.PARAGRAPH
            out.append(Block(kind, text))
        for child in node.iter("graphic", "ref"):
            out.extend(_ref_blocks(child, refs, used_refs))
        return out
    if tag == "graphic":
        return _ref_blocks(node, refs, used_refs)
    if tag == "list":
        items = tuple(_text(item) for item in node.iter("item") if _text(item))
        ordered = node.get("rend") == "ol"
        return [Block(BlockKind.LIST, items=items, ordered=ordered)] if items else []
    if tag == "table":
        rows = tuple(
            tuple(_text(cell) for cell in row.iter("cell"))
            for row in node.iter("row")
            if any(_text(cell) for cell in row.iter("cell"))
        )
        return [Block(BlockKind.TABLE, rows=rows)] if rows else []
    if tag in ("quote", "div"):
        out = []
        for child in node:
            out.extend(_node_blocks(child, captions, refs, used_refs))
        return out
    text = _text(node)
    return [Block(BlockKind.PARAGRAPH, text)] if text else []


def _ref_blocks(node, refs, used_refs) -> list[Block]:
    target = node.get("src") if node.tag == "graphic" else node.get("target")
    if not target:
        return []
    if target.startswith("https://local.invalid/"):
        index = int(target.rsplit("/", 1)[1].split(".")[0])
    else:
        return []
    if index >= len(refs) or index in used_refs:
        return []
    used_refs.add(index)
    ref = refs[index]
    kind = BlockKind.IMAGE if ref.kind == "image" else BlockKind.FILE
    # src is filled in by the importer once the article's slug is known.
    return [Block(kind, ref.label, src=f"ref:{index}")]
