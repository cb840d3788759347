"""Find markup in a built page that could run script (a static complement to the browser test).

Parses like a browser (lexbor, HTML5) and lists every script-bearing thing that is not the
theme's own: script elements other than the theme's files and JSON-LD, event-handler
attributes, javascript:/vbscript:/data: URLs, embeds, frames, forms other than the search
form, <base>, refresh to a non-http URL, and inline styles (the CSP forbids them).
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser

_URL_ATTRS = ("href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset")
_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript|mocha):", re.IGNORECASE)
_STRIP = re.compile(r"[\x00-\x20]")
_THEME_SCRIPTS = re.compile(r"/theme/js/[a-z-]+\.js$")
_BANNED_TAGS = ("iframe", "frame", "object", "embed", "applet", "base", "svg", "math", "style")


def live_script_markup(html: str, *, embed_hosts: tuple[str, ...] = ()) -> list[str]:
    """Descriptions of every script-bearing construct in ``html`` (empty: clean page)."""
    tree = LexborHTMLParser(html)
    found: list[str] = []
    for node in tree.css("*"):
        tag = node.tag
        attrs = {name.lower(): value or "" for name, value in node.attributes.items()}
        for name in attrs:
            if name.startswith("on"):
                found.append(f"<{tag} {name}=…>")
        if "style" in attrs:
            found.append(f"<{tag} style=…>")
        if "srcdoc" in attrs:
            found.append(f"<{tag} srcdoc=…>")
        for name in _URL_ATTRS:
            value = _STRIP.sub("", attrs.get(name, ""))
            if _BAD_SCHEME.match(value) and not (tag == "link" and value == "data:,"):
                found.append(f"<{tag} {name}={value[:40]}>")
        if tag == "script":
            src = attrs.get("src", "")
            if attrs.get("type") == "application/ld+json":
                try:
                    json.loads(node.text())
                except ValueError:
                    found.append("<script type=ld+json> that is not JSON")
            elif not (src and _THEME_SCRIPTS.search(src)):
                found.append(f"<script src={src[:40]!r}>{node.text()[:40]}")
        elif tag in _BANNED_TAGS:
            src = attrs.get("src", "")
            host = re.match(r"^https://([^/]+)/", src)
            if not (tag == "iframe" and host and host[1] in embed_hosts):
                found.append(f"<{tag}>")
        elif tag == "form" and attrs.get("role") != "search":
            found.append(f"<form action={attrs.get('action', '')[:40]}>")
        elif tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            target = attrs.get("content", "").partition("url=")[2].strip()
            if target and not re.match(r"^(?:https?://|/)", target):
                found.append(f"<meta refresh {target[:40]}>")
    return found
