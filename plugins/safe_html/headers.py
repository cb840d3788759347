"""The portal's security headers (pure): one Content-Security-Policy for the page <meta> and
the web-server configs, plus the headers only a server can send.

No inline script or style anywhere (the theme's scripts are files); Pagefind needs
``'wasm-unsafe-eval'`` (it compiles its WebAssembly) and ``connect-src 'self'`` (it fetches its
index); frames only from the embed hosts (SAFE_HTML_EMBED_HOSTS), none by default.
"""

from __future__ import annotations

from collections.abc import Iterable


def content_security_policy(embed_hosts: Iterable[str] = (), *, for_header: bool = False) -> str:
    """The policy; ``for_header`` adds what a <meta> policy may not carry (frame-ancestors)."""
    hosts = sorted({h.strip().lower() for h in embed_hosts if h and h.strip()})
    frames = " ".join(f"https://{host}" for host in hosts) or "'none'"
    directives = [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        f"frame-src {frames}",
    ]
    if for_header:
        directives.append("frame-ancestors 'self'")
    return "; ".join(directives)


def security_headers(embed_hosts: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Every header the web server should send with each page."""
    return [
        ("Content-Security-Policy", content_security_policy(embed_hosts, for_header=True)),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("X-Frame-Options", "SAMEORIGIN"),
    ]


def nginx_headers(embed_hosts: Iterable[str] = ()) -> list[str]:
    """``add_header`` lines for an nginx server block."""
    return [f'add_header {name} "{value}" always;' for name, value in security_headers(embed_hosts)]


def apache_headers(embed_hosts: Iterable[str] = ()) -> list[str]:
    """``Header always set`` lines for Apache (mod_headers), guarded by <IfModule>."""
    lines = ["<IfModule mod_headers.c>"]
    lines += [
        f'  Header always set {name} "{value}"' for name, value in security_headers(embed_hosts)
    ]
    return [*lines, "</IfModule>"]
