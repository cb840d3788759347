"""A saved page's address on the old portal, written as an ``Aliases:`` value (pure).

The page's own canonical URL (``<link rel="canonical">`` or ``og:url``) is its address; with
``--base-url`` the archivist says where a folder was published: a canonical URL on that host
is still preferred, else the file's path inside the folder (``tin tức/bài 1.html``, or a name
saved with its query string, ``index.php?nv=news&op=x``) is appended to the base. The alias
is written as a browser sends it (percent-escapes, no spaces: one ``Aliases:`` token) and
checked with the rules the build applies (``stable_urls.old_url``).
"""

from __future__ import annotations

from urllib.parse import quote, urljoin, urlsplit

from stable_urls.old_url import browser_query, parse_old_url

_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def old_address(canonical: str | None, relative: str | None, base_url: str | None) -> str | None:
    """The old portal's URL of a page (absolute), or None when nothing says it."""
    if canonical and base_url:
        canonical = urljoin(base_url, canonical)
        if _host(canonical) == _host(base_url):
            return canonical
    if base_url and relative is not None:
        path, _, query = relative.replace("\\", "/").partition("?")
        base = base_url if base_url.endswith("/") else base_url + "/"
        return urljoin(base, quote(path, safe=_PATH_SAFE)) + (f"?{query}" if query else "")
    if canonical and urlsplit(canonical).scheme.lower() in ("http", "https"):
        return canonical
    return None


def alias_of(url: str) -> str:
    """``http://cu.vn/tin tức/a.html?q=ả#x`` -> ``/tin%20t%E1%BB%A9c/a.html?q=%E1%BA%A3``.

    ValueError (Vietnamese) when no web server could redirect it exactly, or it is the old
    home page itself (no path, no query: nothing to tell it from the new home page)."""
    parts = urlsplit(url.strip())
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    alias = path + (f"?{browser_query(parts.query)}" if parts.query else "")
    parse_old_url(alias)
    if alias == "/":
        raise ValueError(f"địa chỉ cũ {url} là trang chủ, không phải địa chỉ của bài")
    return alias
