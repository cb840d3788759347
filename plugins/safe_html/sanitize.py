"""Sanitise article HTML for a news portal (pure: nh3 / ammonia, no Pelican).

``sanitize_body(html, *, embed_hosts, site_url)`` keeps what a news article needs: paragraphs,
headings, lists, tables, figures and captions, block quotes, links to http(s), mailto, tel and
the site, images from the site, emphasis, sub/sup, line breaks, and the markup that Markdown
(footnotes, abbreviations, table alignment) and typogrify (``<span class="amp">``…) produce.
Everything else is removed: scripts, styles, event handlers, forms, objects, SVG/MathML, and
every ``javascript:``/``vbscript:``/``data:`` URL however it is spelled (nh3 parses the HTML as
a browser does, so case, whitespace and character references are decoded before the check).
Video players (``<iframe>``) are kept only from the hosts in ``embed_hosts`` and only over
https, sandboxed. The result depends on nothing but the arguments, so it can be cached.

``metadata_text(html)`` turns a typogrified metadata value (a title) back into plain text:
typographic quotes and dashes kept as characters, everything else exactly as typed.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

import nh3

# Tags kept (their attributes below). Unknown tags are dropped and their text kept.
TAGS = frozenset(
    {
        *("p", "br", "hr", "div", "span", "blockquote", "q", "cite", "pre", "code", "kbd"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
        *("ul", "ol", "li", "dl", "dt", "dd"),
        *("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"),
        *("figure", "figcaption", "img", "a"),
        *("em", "strong", "b", "i", "u", "s", "small", "mark", "sub", "sup", "abbr", "del"),
        *("ins", "time"),
    }
)
# Tags removed with everything inside them (their text is code or fallback, never prose).
REMOVED_WITH_CONTENT = frozenset(
    {
        *("script", "style", "template", "noscript", "noembed", "noframes", "xmp"),
        *("object", "embed", "applet", "svg", "math", "iframe", "frame", "frameset"),
        *("textarea", "select", "audio", "video", "canvas", "title", "head", "plaintext"),
    }
)
EMBED_TAG = "iframe"
ATTRIBUTES: dict[str, set[str]] = {
    "*": {"title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"colspan", "rowspan", "scope", "abbr"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "reversed", "type"},
    "li": {"value", "id"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "del": {"datetime"},
    "ins": {"datetime"},
    **{h: {"id"} for h in ("h1", "h2", "h3", "h4", "h5", "h6")},
    "sup": {"id"},
    "dt": {"id"},
}
EMBED_ATTRIBUTES = {"src", "width", "height", "title", "allowfullscreen"}
# Embeds run in a sandbox: enough for a video player, never the portal's own origin.
EMBED_FORCED = {
    "sandbox": "allow-scripts allow-same-origin allow-presentation allow-popups",
    "referrerpolicy": "strict-origin-when-cross-origin",
    "loading": "lazy",
}
# Classes that Markdown, typogrify and docs/content-format.md produce; any other is dropped.
CLASSES: dict[str, set[str]] = {
    "span": {"amp", "dquo", "quo", "caps"},
    "p": {"caption"},
    "a": {"footnote-ref", "footnote-backref"},
    "div": {"footnote", "caption"},
    "figure": {"photo"},
    "figcaption": {"caption"},
    "th": {"text-left", "text-center", "text-right"},
    "td": {"text-left", "text-center", "text-right"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
_ID_RE = re.compile(r"^[A-Za-z][\w:.-]{0,99}$")
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# What the WHATWG URL parser ignores: leading/trailing C0 controls and spaces, tabs and
# newlines anywhere ("jav\tascript:" is javascript:).
_URL_STRIP = "".join(chr(c) for c in range(0x21))
_URL_INNER_RE = re.compile(r"[\t\n\r]")
# Pelican's intra-site link placeholders: resolved after sanitising.
_PELICAN_PLACEHOLDER_RE = re.compile(
    r"^(?:\{(?:filename|static|attach|index|tag|category|author)\}|\|(?:filename|static|attach)\|)"
)
# Markdown tables align cells with an inline style, which the CSP would refuse: a class instead.
_ALIGN_RE = re.compile(r'<(th|td)( [^>]*?)? style="text-align: ?(left|center|right);?"')
# nh3 writes canonical HTML: attribute values double-quoted, ">" inside them escaped.
_EMBED_RE = re.compile(r"<iframe\b([^>]*)>.*?</iframe>", re.DOTALL)
_IMG_RE = re.compile(r"<img\b([^>]*)>")
_NOT_IN_URL_RE = re.compile(r"[<>`]")


def normalise_url(value: str) -> str:
    """The URL a browser would see: outer controls/spaces and inner tabs/newlines removed."""
    return _URL_INNER_RE.sub("", value.strip(_URL_STRIP))


def url_scheme(value: str) -> str | None:
    """Lower-case scheme of a URL as a browser reads it (``None`` for a relative URL)."""
    match = _SCHEME_RE.match(normalise_url(value))
    return match[1].lower() if match else None


def _host(value: str) -> str | None:
    try:
        return (urlsplit(normalise_url(value)).hostname or "").lower() or None
    except ValueError:
        return None


def is_site_url(value: str, site_url: str) -> bool:
    """True for a relative URL, a Pelican placeholder, or an absolute URL on the site's host."""
    url = normalise_url(value)
    if _PELICAN_PLACEHOLDER_RE.match(url):
        return True
    scheme = url_scheme(url)
    if scheme is None:
        if url.startswith(("//", "\\\\", "/\\", "\\/")):  # protocol-relative: another host
            return _host("https:" + url.replace("\\", "/")) == _host(site_url) is not None
        return True
    site_host = _host(site_url)
    return scheme in ("http", "https") and site_host is not None and _host(url) == site_host


def is_embed_url(value: str, embed_hosts: Iterable[str]) -> bool:
    """True for an https URL whose host is one of ``embed_hosts`` (exact, case-insensitive)."""
    url = normalise_url(value)
    return url_scheme(url) == "https" and _host(url) in {h.lower() for h in embed_hosts}


def _attribute_filter(site_url: str, embed_hosts: tuple[str, ...]):
    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute in URL_ATTRIBUTES:
            url = normalise_url(value)
            if _NOT_IN_URL_RE.search(url):  # markup pieces, never an address
                return None
            scheme = url_scheme(url)
            if scheme is not None and scheme not in URL_SCHEMES:
                return None
            if tag == "img" and not is_site_url(url, site_url):
                return None
            if tag == EMBED_TAG and not is_embed_url(url, embed_hosts):
                return None
            return value
        if attribute == "id" and not _ID_RE.match(value):
            return None
        return value

    return keep


@lru_cache(maxsize=16)
def _cleaner(embed_hosts: tuple[str, ...], site_url: str) -> nh3.Cleaner:
    tags = set(TAGS)
    attributes = {tag: set(names) for tag, names in ATTRIBUTES.items()}
    removed = set(REMOVED_WITH_CONTENT)
    forced = {}
    if embed_hosts:
        tags.add(EMBED_TAG)
        removed.discard(EMBED_TAG)
        attributes[EMBED_TAG] = set(EMBED_ATTRIBUTES)
        forced[EMBED_TAG] = dict(EMBED_FORCED)
    return nh3.Cleaner(
        tags=tags,
        clean_content_tags=removed,
        attributes=attributes,
        attribute_filter=_attribute_filter(site_url, embed_hosts),
        strip_comments=True,
        link_rel=None,
        url_schemes=set(URL_SCHEMES),
        allowed_classes={tag: set(names) for tag, names in CLASSES.items()},
        set_tag_attribute_values=forced,
    )


def _finish_embed(match: re.Match) -> str:
    """An iframe keeps no content (browsers never show it) and goes if its src was refused."""
    attributes = match[1]
    return f"<iframe{attributes}></iframe>" if ' src="' in attributes else ""


def sanitize_body(html: str, *, embed_hosts: Iterable[str] = (), site_url: str = "") -> str:
    """Return ``html`` (Markdown + typogrify output) with only news-article markup left."""
    if not html:
        return html
    hosts = tuple(sorted({h.strip().lower() for h in embed_hosts if h and h.strip()}))
    prepared = _ALIGN_RE.sub(lambda m: f'<{m[1]}{m[2] or ""} class="text-{m[3]}"', html)
    clean = _cleaner(hosts, site_url or "").clean(prepared)
    if hosts:
        clean = _EMBED_RE.sub(_finish_embed, clean)
    # An image whose address was refused is dropped, not shown broken; one without alt gets
    # an empty alt (decorative), so the page stays valid HTML.
    return _IMG_RE.sub(_finish_image, clean)


def _finish_image(match: re.Match) -> str:
    attributes = match[1]
    if ' src="' not in attributes:
        return ""
    return match[0] if ' alt="' in attributes else f'<img{attributes} alt="">'


# typogrify's own wrappers around a character: dropped when a value becomes text.
_TYPOGRIFY_SPAN_RE = re.compile(r'<span class="(?:amp|dquo|quo|caps)">(.*?)</span>', re.DOTALL)


def metadata_text(value: str) -> str:
    """Plain text of a typogrified metadata value: ``&#8220;`` → “, tags typed stay as typed."""
    return html_lib.unescape(_TYPOGRIFY_SPAN_RE.sub(r"\1", str(value)))
