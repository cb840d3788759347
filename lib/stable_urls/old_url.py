"""Old URLs as web servers match them (pure).

An old portal's address may hold spaces, Vietnamese letters, percent-escapes and a query
string. nginx and Apache match the *decoded* path (``%20`` and a raw space are the same
request; ``//`` and ``/./`` are merged) but the *raw* query string. ``parse_old_url`` turns
what an editor or the importer wrote into exactly that: the decoded, normalised path and the
query string as a browser sends it. What no server could match exactly is a ``ValueError``
with a Vietnamese reason (the caller adds ``path:line``), never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote_to_bytes, urlsplit

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Characters a browser percent-encodes in a query string (WHATWG URL, special schemes).
_QUERY_ESCAPED = set("\"#<>' ")


@dataclass(frozen=True)
class OldUrl:
    """``path``: site-relative, decoded, normalised like this site's URLs (``tin tức/`` for
    ``/tin%20t%E1%BB%A9c``); ``written``: the decoded path as given when it differs from
    ``path`` (a server must answer both); ``query``: as a browser sends it, ``""`` for none."""

    path: str
    written: str = ""
    query: str = ""


def _control(text: str) -> str | None:
    return next((c for c in text if ord(c) < 0x20 or ord(c) == 0x7F), None)


def browser_query(query: str) -> str:
    """The query string a browser sends for ``query`` as printed (UTF-8 percent-escapes)."""
    return "".join(quote(c, safe="") if c in _QUERY_ESCAPED or ord(c) > 0x7E else c for c in query)


def server_path(raw: str) -> str:
    """``/tin%20t%E1%BB%A9c//./a`` -> ``/tin tức/a``: decoded, slashes merged, dots resolved."""
    try:
        decoded = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(
            f"địa chỉ cũ {raw} có mã %XX không phải UTF-8 (trang cũ dùng bảng mã khác?): "
            "máy chủ web không so khớp chính xác được"
        ) from None
    bad = _control(decoded)
    if bad is not None:
        raise ValueError(f"địa chỉ cũ {raw} chứa ký tự điều khiển {bad!r} sau khi giải mã")
    segments: list[str] = []
    parts = decoded.split("/")
    for part in parts[1:-1]:
        if part in ("", "."):
            continue
        if part == "..":
            if not segments:
                raise ValueError(f"địa chỉ cũ {raw} đi ra ngoài thư mục gốc ('..')")
            segments.pop()
            continue
        segments.append(part)
    last = parts[-1] if len(parts) > 1 else ""
    if last == "..":
        if not segments:
            raise ValueError(f"địa chỉ cũ {raw} đi ra ngoài thư mục gốc ('..')")
        segments.pop()
        last = ""
    elif last == ".":
        last = ""
    return "/" + "".join(s + "/" for s in segments) + last


def _site_form(path: str) -> str:
    """``/x`` -> ``x/``, ``/x/index.html`` -> ``x/``, ``/a.html`` -> ``a.html`` (as Pelican)."""
    url = path.lstrip("/")
    if url == "index.html" or url.endswith("/index.html"):
        url = url[: -len("index.html")]
    if url and not url.endswith("/") and "." not in url.rsplit("/", 1)[-1]:
        url += "/"
    return url


def parse_old_url(text: str) -> OldUrl:
    """An old address (``http://cu.vn/a b.html?id=1``, ``/index.php?nv=news``, ``cu/x/``)."""
    text = text.strip()
    bad = _control(text)
    if bad is not None:
        raise ValueError(f"địa chỉ cũ {text!r} chứa ký tự điều khiển {bad!r}")
    text = text.split("#", 1)[0]
    if _SCHEME.match(text):
        parts = urlsplit(text)
        if parts.scheme.lower() not in ("http", "https"):
            raise ValueError(f"địa chỉ cũ {text} không phải http(s)")
        path, query = parts.path or "/", parts.query
    else:
        path, _, query = text.partition("?")
    if not path.startswith("/"):
        path = "/" + path
    decoded = server_path(path)
    query = browser_query(query)
    if query and "$" in query + decoded:
        raise ValueError(
            f"địa chỉ cũ {text} có ký tự '$' cùng chuỗi truy vấn: nginx không so khớp chính xác"
            " được; hãy viết nó là %24 nếu trang cũ cũng dùng %24"
        )
    site = _site_form(decoded)
    written = decoded.lstrip("/")
    return OldUrl(site, written if written != site else "", query)


def parse_alias_list(value: object) -> list[OldUrl]:
    """``Aliases:`` metadata -> old URLs. Addresses are separated by spaces (or ``, ``); a
    space inside an address is written ``%20``. A piece that can only be the tail of an
    address split at a space is an error, not a redirect of its own."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        items = [str(v).strip() for v in value]
    else:
        items = re.split(r",?\s+|,$", str(value).strip())
    items = [item for item in items if item]
    rooted = [item.startswith("/") or bool(_SCHEME.match(item)) for item in items]
    for item, is_rooted in zip(items, rooted, strict=True):
        alone = len(items) == 1 or "/" in item.rstrip("/")
        if not is_rooted and (any(rooted) or not alone):
            raise ValueError(
                f"'{item}' không phải một địa chỉ đầy đủ: nếu địa chỉ cũ có khoảng trắng, hãy viết"
                " nó là %20 (các địa chỉ cách nhau bằng dấu cách hoặc ', ')"
            )
    return [parse_old_url(item) for item in items]
