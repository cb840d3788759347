"""What a saved page says about itself in structure: meta tags, JSON-LD, ``<time>``, ``<h1>``
(pure).

Structured signals come before any guess from the text. Title: ``og:title``/``twitter:title``/
JSON-LD ``headline`` (without a site name the ``<title>`` also carries), else the article's
``<h1>``, else the ``<title>`` without its site-name part. Publication date: ``article:
published_time`` and its relatives, JSON-LD ``datePublished``, a ``<time datetime>`` inside the
article (never in a header bar, navigation, sidebar or footer); an update date only when
nothing else is printed. Author: ``author`` meta or JSON-LD ``author`` (names: not URLs, not a
content system's own account such as "admin" or "Super User").
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass

from vntext import fold_diacritics, nfc

from importer.dates import DateLine, parse_machine_date
from importer.furniture import is_boilerplate

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "date",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "last-modified")
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenews", "report")
# Containers that never hold the article's own date or title (by tag, or by a class/id word).
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "form"})
FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|related|relate|breadcrumbs?|banner|top"
    r"|topbar|widget|comments?|share|social|tags|other|ads?|advert"
    # the same in Vietnamese class names, with or without their hyphens ("tin-lien-quan")
    r"|(?:tin[-_]?)?lien[-_]?quan|tin[-_]?khac|binh[-_]?luan|y[-_]?kien|chia[-_]?se"
    r"|quang[-_]?cao|chan[-_]?trang|dau[-_]?trang|duong[-_]?dan|lien[-_]?ket|hom[-_]?nay"
    r"|thanh[-_]?cong[-_]?cu)(?:$|[\s_-])",
    re.IGNORECASE,
)
_LABEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_TITLE_SPLIT = re.compile(r"\s+(?:[-|–—:]{1,2}|::|»)\s+")
# A content system's own accounts, which its author meta names when nobody signed the page
# ("Super User" is Joomla's first account): no one's byline. Diacritics folded, lower case.
_ACCOUNT_NAMES = frozenset(
    {"admin", "administrator", "super user", "superuser", "webmaster", "root", "editor",
     "quan tri", "quan tri vien", "quan tri website", "user", "guest", "author"}
)  # fmt: skip


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    h1: str | None
    date: DateLine | None
    date_source: str  # "meta", "json-ld", "time", "modified" or ""
    author: str | None
    description: str | None
    url: str | None
    image: str | None = None  # og:image / twitter:image, as the page says
    #: Where ``title`` came from: "structured" (og:, twitter:, JSON-LD), "h1", "page" (the
    #: ``<title>`` alone, which may name only the site or section) or "" (none).
    title_source: str = ""
    #: The ``<title>`` as printed, site name and all (``title`` keeps only its longest part).
    page_title: str | None = None


def names_title(label: str) -> bool:
    """A class or id naming a headline, in any of the ways pages write them: "title",
    "news-title", "newsTitle", "ctl00_lblTitle", "tieu-de-tin", "tieude" (not "subtitle")."""
    words = [w.lower() for w in _LABEL_WORD.findall(label)]
    pairs = {f"{a}{b}" for a, b in itertools.pairwise(words)}
    return bool({"title", "headline", "tieude"} & (set(words) | pairs))


def _meta(tree, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        content = (node.get("content") or "").strip()
        if key in wanted and content:
            return nfc(content)
    return None


def in_furniture(node) -> bool:
    """The node sits in navigation, a sidebar, a footer, a page header outside the article,
    or a container whose class or id names one of those."""
    for ancestor in node.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in FURNITURE_TAGS:
            return True
        if tag == "header" and not any(
            a.tag in ("article", "main") for a in ancestor.iterancestors()
        ):
            return True
        label = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if label.strip() and FURNITURE_CLASS.search(label):
            return True
    return False


def _json_ld_articles(tree) -> list[dict]:
    found: list[dict] = []
    for node in tree.iter("script"):
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            data = json.loads(node.text)
        except ValueError:
            continue
        stack = [data]
        while stack and len(found) < 20:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item[:50])
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
                    found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


def _ld_author(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and "://" not in value:
        return nfc(" ".join(value.split()))
    return None


def _first_h1(tree) -> str | None:
    inside = [h for h in tree.iter("h1") if not in_furniture(h)]
    for node in inside:
        text = nfc(" ".join(node.text_content().split()))
        if text:
            return text
    return None


def _without_site(title: str, *others: str | None) -> str:
    """ "<headline> - <site>" -> "<headline>", when another signal shows which part is which;
    else the longest part."""
    for other in others:
        if other and title != other and title.startswith(other):
            return other
    parts = _TITLE_SPLIT.split(title)
    if len(parts) < 2:
        return title
    return max(parts, key=len)


def _names_the_site(tree, h1: str, page_title: str | None, site_name: str | None) -> bool:
    """An ``<h1>`` that is the site's logo: the page's ``og:site_name``, or the shorter part
    of a ``<title>`` such as "<headline> - <site>" when the page prints the rest of it (the
    headline, four words at least) on its own, in an element without the logo."""
    if site_name and h1.casefold() == " ".join(site_name.split()).casefold():
        return True
    parts = _TITLE_SPLIT.split(page_title) if page_title else []
    if len(parts) < 2:
        return False
    folded, logo = page_title.casefold(), h1.casefold()
    if logo == max(parts, key=len).casefold() or logo not in (p.casefold() for p in parts):
        return False
    for node in tree.iter("h2", "h3", "h4", "h5", "div", "p", "span", "td", "strong", "b"):
        text = nfc(" ".join(node.text_content().split())).casefold()
        headline = len(text) > len(logo) and len(text.split()) >= 4 and logo not in text
        if headline and text in folded:
            return True
    return False


def _in_normal_case(title: str, page_title: str) -> str:
    """A headline printed in capitals, in the case the ``<title>`` writes the same words."""
    if not title.isupper():
        return title
    at = page_title.casefold().find(title.casefold())
    if at < 0 or len(page_title.casefold()) != len(page_title):
        return title
    printed = page_title[at : at + len(title)]
    return printed if not printed.isupper() else title


def read_page_meta(tree) -> PageMeta:
    """The structured signals of a parsed (unsanitised, never rendered) page."""
    articles = _json_ld_articles(tree)
    h1 = _first_h1(tree)
    structured = _meta(tree, "og:title", "twitter:title", "dc.title")
    if not structured:
        structured = next(
            (nfc(a["headline"].strip()) for a in articles if isinstance(a.get("headline"), str)),
            None,
        )
    page_title = next((nfc(" ".join(t.split())) for t in tree.xpath("//title/text()")), None)
    if h1 and _names_the_site(tree, h1, page_title, _meta(tree, "og:site_name")):
        h1 = None
    title_source = "structured" if structured else "h1" if h1 else "page" if page_title else ""
    if structured:
        title = _without_site(structured, h1) if h1 and structured != h1 else structured
    elif h1:
        title = h1
    elif page_title and not is_boilerplate(page_title):  # a print view's "In bài viết"
        title = _without_site(page_title)
    else:
        title, title_source = None, ""
    if title and page_title:
        title = _in_normal_case(title, page_title)
    date, source = None, ""
    published = _meta(tree, *_PUBLISHED_META)
    if published:
        date, source = parse_machine_date(published), "meta"
    if date is None:
        for article in articles:
            value = article.get("datePublished") or article.get("dateCreated")
            if isinstance(value, str) and (date := parse_machine_date(value)):
                source = "json-ld"
                break
    if date is None:
        for node in tree.iter("time"):
            value = node.get("datetime")
            if value and not in_furniture(node) and (date := parse_machine_date(value)):
                source = "time"
                break
    if date is None:
        modified = _meta(tree, *_MODIFIED_META)
        if modified and (date := parse_machine_date(modified)):
            source = "modified"
    author = _person(_meta(tree, "author", "article:author", "dc.creator"))
    if not author:
        author = next(
            (a for a in map(_ld_author, (x.get("author") for x in articles)) if _person(a)), None
        )
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    return PageMeta(
        title=title,
        h1=h1,
        date=date,
        date_source=source,
        author=author,
        description=_meta(tree, "og:description", "description", "twitter:description"),
        url=canonical[0].strip() if canonical else _meta(tree, "og:url"),
        image=_meta(tree, "og:image", "og:image:url", "twitter:image"),
        title_source=title_source,
        page_title=page_title,
    )


def _person(name: str | None) -> str | None:
    """``name`` unless it is an address or one of a content system's own accounts."""
    if not name or "://" in name:
        return None
    return None if fold_diacritics(" ".join(name.split())).lower() in _ACCOUNT_NAMES else name
