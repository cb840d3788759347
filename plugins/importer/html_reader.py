"""Saved web pages -> blocks and metadata: nh3 sanitises, trafilatura finds the article.

Nothing of the page's markup reaches the Markdown: the body is rebuilt from trafilatura's
structural XML as plain text blocks (the writer escapes every character Markdown or HTML would
interpret). Scripts, styles, iframes, forms and event handlers are removed by nh3 first, so not
even their text can leak into the extraction. Images and attachments the page references by a
relative path inside the saved page's folder are returned for copying; remote ones are not
fetched (no network) and are reported.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nh3
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from vntext import VN_TZ, nfc

from importer.models import Block, BlockKind
from importer.recognise import DateLine, parse_byline, parse_date_line

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


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return nfc(found[0].strip())
    return None


def _published(tree, text_lines: list[str]) -> DateLine | None:
    iso = _meta(tree, "article:published_time", "datePublished", "pubdate", "date")
    if iso:
        try:
            value = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            value = None
        if value is not None:
            if value.tzinfo is None:
                value = value.replace(tzinfo=VN_TZ)
            precision = "minute" if "T" in iso or " " in iso.strip() else "day"
            return DateLine(value.astimezone(VN_TZ), precision)
    for line in text_lines[:40]:
        found = parse_date_line(line)
        if found:
            return found
    return None


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


def read_html_page(markup: str, path: Path) -> HtmlPage | None:
    """Extract the article of a saved page at ``path`` (used to find its local files)."""
    warnings: list[str] = []
    raw_tree = lxml_html.fromstring(markup) if markup.strip() else None
    if raw_tree is None:
        return None
    title = _meta(raw_tree, "og:title")
    if not title:
        found = raw_tree.xpath("//title/text()")
        title = nfc(found[0].strip()) if found else None
    description = _meta(raw_tree, "og:description", "description")
    author = _meta(raw_tree, "author", "article:author")
    canonical = raw_tree.xpath('//link[@rel="canonical"]/@href')
    url = canonical[0].strip() if canonical else _meta(raw_tree, "og:url")
    clean = sanitise(markup)
    tree = lxml_html.fromstring(f"<html><body>{clean}</body></html>")
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
    text_lines = [" ".join(t.split()) for t in tree.itertext() if t.strip()]
    date_line = _published(raw_tree, text_lines)
    if title and " - " in title and not _meta(raw_tree, "og:title"):
        title = title.rsplit(" - ", 1)[0].strip()  # "<headline> - <site name>"
    xml = trafilatura.extract(
        etree.tostring(tree, encoding="unicode"),
        output_format="xml",
        include_images=True,
        include_tables=True,
        include_links=True,
        include_comments=False,
        favor_recall=True,
    )
    if not xml:
        return None
    doc = etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    blocks: list[Block] = []
    used_refs: set[int] = set()
    for node in main if main is not None else []:
        blocks.extend(_node_blocks(node, captions, refs, used_refs))
    for index, ref in enumerate(refs):
        if index not in used_refs and ref.kind == "image":
            warnings.append(f"ảnh không nằm trong nội dung bài, bỏ qua: {ref.path.name}")
    # The headline and the sapo are metadata, not body.
    if blocks and blocks[0].kind is BlockKind.HEADING and title and _same(blocks[0].text, title):
        blocks.pop(0)
    summary = None
    first_paragraph = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    if first_paragraph is not None and (
        description is None or _starts_with(first_paragraph.text, description)
    ):
        summary = first_paragraph.text
        blocks.remove(first_paragraph)
    elif description:
        summary = description
    # A byline paragraph left at the end.
    if blocks and blocks[-1].kind is BlockKind.PARAGRAPH and parse_byline(blocks[-1].text):
        found = parse_byline(blocks.pop().text)
        author = author or (found.author if found else None)
    if not title or not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        return None
    return HtmlPage(
        title=nfc(title),
        blocks=tuple(blocks),
        refs=tuple(refs),
        date_line=date_line,
        author=author,
        summary=summary,
        url=url,
        warnings=tuple(warnings),
    )


def _starts_with(text: str, prefix: str) -> bool:
    """The sapo paragraph begins with the page's (often shortened) description."""
    head = " ".join(prefix.split()).rstrip(".…").casefold()
    return " ".join(text.split()).casefold().startswith(head)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _text(node) -> str:
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
