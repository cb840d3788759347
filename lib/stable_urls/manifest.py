"""Stable URLs (pure): the manifest of published URLs, redirects, redirect pages and maps.

A URL is written site-relative without a leading slash, as Pelican writes them:
``bai-viet/<slug>/`` for ``bai-viet/<slug>/index.html``, ``feeds/all.atom.xml`` for a file,
``""`` (the empty string, written ``/`` in the manifest) for the home page.
"""

from __future__ import annotations

import bisect
import fnmatch
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

from stable_urls.old_url import parse_alias_list, parse_old_url

MANIFEST_HEADER = """\
# Every URL this site has ever published, one per line ("/" is the home page).
# The build fails if one of them is no longer served and no redirect covers it.
# Never delete a line: add a redirect instead (Aliases: in the article, or redirects.yaml).
# Regenerate after a build with new pages: invoke urls --update
"""


class UrlsWithdrawnError(Exception):
    """Published URLs that the build no longer serves and no redirect covers."""

    def __init__(self, urls: list[str], manifest: Path) -> None:
        listed = "\n  ".join("/" + u for u in urls)
        super().__init__(
            f"{manifest}: {len(urls)} địa chỉ đã công bố không còn được phục vụ:\n  {listed}\n"
            "Hãy thêm chuyển hướng (Aliases: trong bài, hoặc redirects.yaml) thay vì bỏ địa chỉ."
        )
        self.urls = urls
        self.manifest = manifest


class RedirectError(ValueError):
    """A redirect that cannot work (its old URL is still a real page, or it points nowhere)."""


@dataclass(frozen=True, order=True)
class Redirect:
    """``old`` answers with a permanent redirect to ``new`` (both site-relative).

    ``old`` is decoded (``tin tức/``, as servers match paths); with ``query`` only that
    query string redirects; ``written`` is the old path as given when it differs from
    ``old`` (``cu/x`` for ``cu/x/``): the server maps answer there too (stable_urls.old_url).
    """

    old: str
    new: str
    origin: str = ""  # where it was declared (article file or redirects.yaml)
    query: str = ""
    written: str = ""


def normalise_url(url: str) -> str:
    """``"/bai-viet/x"`` -> ``"bai-viet/x/"``; files keep their name; "/" -> ""."""
    url = url.strip().split("#", 1)[0].split("?", 1)[0].lstrip("/")
    if url.endswith("index.html"):
        url = url[: -len("index.html")]
    if url and not url.endswith("/") and "." not in url.rsplit("/", 1)[-1]:
        url += "/"
    return url


def url_for_file(relative: str) -> str:
    """``bai-viet/x/index.html`` -> ``bai-viet/x/``; ``feeds/all.atom.xml`` unchanged."""
    if relative == "index.html":
        return ""
    if relative.endswith("/index.html"):
        return relative[: -len("index.html")]
    return relative


def served_urls(output: Path, exclude: tuple[str, ...] = ()) -> set[str]:
    """Every URL the built ``output`` folder answers (minus ``exclude`` glob patterns)."""
    excluded = re.compile("|".join(fnmatch.translate(p) for p in exclude)) if exclude else None
    urls: set[str] = set()
    for folder, _, names in os.walk(output):
        base = os.path.relpath(folder, output).replace(os.sep, "/")
        prefix = "" if base == "." else base + "/"
        for name in names:
            relative = prefix + name
            if excluded and excluded.match(relative):
                continue
            if os.path.isfile(os.path.join(folder, name)):
                urls.add(url_for_file(relative))
    return urls


# A site URL as this portal writes them: path characters only. Quotes, ";", braces,
# backslashes, spaces and control characters would break out of the nginx/Apache configs
# and the redirect pages; ".." would write outside the output folder.
_SAFE_URL = re.compile(r"^[A-Za-z0-9._~!&()*+,=:@%/-]*\*?$")


def url_problem(url: str) -> str | None:
    """Why ``url`` (site-relative, normalised) cannot be a redirect or manifest entry."""
    if not _SAFE_URL.match(url):
        bad = next((c for c in url if not _SAFE_URL.match(c)), "")
        return f"địa chỉ /{url} có ký tự không dùng được trong địa chỉ ({bad!r})"
    if ".." in url.split("/") or url.startswith("/") or "://" in url:
        return f"địa chỉ /{url} phải là đường dẫn trong trang (không có '..', không có tên miền)"
    return None


def read_manifest(path: Path) -> list[str]:
    """The manifest's URLs; RedirectError(path:line) for a line that is not a site URL."""
    urls = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RedirectError(f"{path}: tệp không phải UTF-8 ({exc.reason})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            url = normalise_url(line)
            problem = url_problem(url.rstrip("*"))
            if problem:
                raise RedirectError(f"{path}:{number}: {problem}")
            urls.append(url)
    return urls


def render_manifest(urls: set[str] | list[str]) -> str:
    return MANIFEST_HEADER + "".join(f"/{url}\n" for url in sorted(set(urls)))


def updated_manifest(existing: list[str], served: set[str]) -> list[str]:
    """The manifest only grows: old URLs stay (they must keep answering), new ones join."""
    return sorted(set(existing) | served)


def expand_redirects(redirects: list[Redirect], manifest: list[str]) -> list[Redirect]:
    """Prefix rules (``old`` ending in ``/*``) become one redirect per manifest URL below.

    The manifest is sorted once and each prefix found by bisection: time grows with the
    manifest plus the redirects made, not with their product.
    """
    out: list[Redirect] = []
    ordered: list[str] | None = None
    for rule in redirects:
        if rule.old.endswith("*"):
            ordered = sorted(manifest) if ordered is None else ordered
            prefix = rule.old[:-1]
            target = rule.new.rstrip("*")
            index = bisect.bisect_left(ordered, prefix)
            while index < len(ordered) and ordered[index].startswith(prefix):
                url = ordered[index]
                out.append(Redirect(url, target + url[len(prefix) :], rule.origin))
                index += 1
        else:
            out.append(rule)
    return out


def withdrawn(manifest: list[str], served: set[str], redirects: list[Redirect]) -> list[str]:
    """Manifest URLs neither served nor redirected (new URLs never count against the build)."""
    covered = served | {r.old for r in redirects if not r.query}
    return sorted(url for url in manifest if url not in covered)


def check_redirects(redirects: list[Redirect], real: set[str]) -> None:
    """An old URL must not also be a real page, and a redirect must not point to itself."""
    seen: dict[tuple[str, str], Redirect] = {}
    for rule in redirects:
        problem = url_problem(rule.new.rstrip("*"))
        if problem:
            raise RedirectError(f"{rule.origin}: {problem}")
        where = f"/{rule.old}" + (f"?{rule.query}" if rule.query else "")
        if rule.old in real and not rule.query:
            raise RedirectError(
                f"{rule.origin}: {where} vẫn là một trang thật, không thể chuyển hướng nó"
            )
        if rule.old == rule.new and not rule.query:
            raise RedirectError(f"{rule.origin}: {where} chuyển hướng về chính nó")
        first = seen.setdefault((rule.old, rule.query), rule)
        if first.new != rule.new:
            raise RedirectError(
                f"{rule.origin}: {where} đã chuyển hướng tới /{first.new} ({first.origin})"
            )


def absolute(url: str, site_url: str) -> str:
    return f"{site_url.rstrip('/')}/{url}" if site_url else f"/{url}"


def redirect_page(target: str, site_url: str = "") -> str:
    """A valid HTML5 page that sends browsers and crawlers to ``target`` at once."""
    href = html.escape(absolute(target, site_url), quote=True)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Trang đã chuyển địa chỉ</title>\n"
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">\n'
        f'<link rel="canonical" href="{href}">\n'
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        "</head>\n"
        "<body>\n"
        f'<p>Trang này đã chuyển tới <a href="{href}">{href}</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    )


def parse_aliases(value: object) -> list[str]:
    """``Aliases: /cu/a/, /cu/b/`` -> site-relative decoded paths (ValueError: why not)."""
    return [url.path for url in parse_alias_list(value)]


def alias_redirects(value: object, new: str, origin: str) -> list[Redirect]:
    """The redirects of one document's ``Aliases:`` (RedirectError ``origin: why``)."""
    try:
        urls = parse_alias_list(value)
    except ValueError as exc:
        raise RedirectError(f"{origin}: {exc}") from None
    return [Redirect(u.path, new, origin, u.query, u.written) for u in urls]


def parse_redirects_file(data: object, origin: str) -> list[Redirect]:
    """The mapping of ``redirects.yaml`` (old: new) -> redirects."""
    if data is None:
        return []
    if not isinstance(data, dict):
        raise RedirectError(f"{origin}: cần một bảng 'địa chỉ cũ: địa chỉ mới'")
    out = []
    for old, new in data.items():
        old_url = str(old).strip().lstrip("/")
        new_url = str(new).strip().lstrip("/")
        new_url = new_url if new_url.endswith("*") else normalise_url(new_url)
        if old_url.endswith("*"):
            out.append(Redirect(old_url, new_url, origin))
            continue
        try:
            url = parse_old_url(str(old))
        except ValueError as exc:
            raise RedirectError(f"{_line_of(origin, str(old))}: {exc}") from None
        out.append(Redirect(url.path, new_url, origin, url.query, url.written))
    return out


def _line_of(path: str, key: str) -> str:
    """``path:line`` of the first line of ``path`` holding ``key`` (``path`` if none)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if key.strip() and key.strip() in line:
                    return f"{path}:{number}"
    except OSError:
        pass
    return path


def update_manifest_file(path: Path, output: Path, exclude: tuple[str, ...] = ()) -> list[str]:
    """Add what ``output`` serves to the manifest at ``path``; returns the URLs added."""
    existing = read_manifest(path) if path.exists() else []
    served = served_urls(output, exclude)
    merged = updated_manifest(existing, served)
    path.write_text(render_manifest(merged), encoding="utf-8")
    return sorted(set(merged) - set(existing))
