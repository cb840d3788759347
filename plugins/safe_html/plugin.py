"""Pelican glue: sanitise every article's and page's HTML, make metadata plain text, and keep
internal content out of a publish build.

Runs on ``content_object_init``, i.e. on the content after Markdown and typogrify and before
any template sees it; ``sanitize_body`` is a pure function of (html, settings), so what this
stores in ``instance._content`` can be cached with the rendered article.
"""

from __future__ import annotations

import contextlib
import logging
import os

from build_cache.bodies import ENCODED_BODY
from build_cache.fingerprint import bytes_digest, digest
from build_cache.session import plugin_store
from build_cache.store import decode, encode
from markupsafe import escape
from pelican import signals
from pelican.contents import Static
from settings_spec import apply

from safe_html.headers import content_security_policy
from safe_html.internal import internal_mark
from safe_html.sanitize import metadata_text, sanitize_body
from safe_html.settings import DEFAULTS, SPEC

logger = logging.getLogger(__name__)


def setting(settings, name: str):
    """The value of one SAFE_HTML_* setting (its default when the site does not set it)."""
    return settings.get(name, DEFAULTS[name])


class PlainText(str):
    """Metadata that is text, never markup: escaped wherever it is used as HTML.

    Jinja's autoescape and ``Markup(value)`` (Pelican's feed writer) call ``__html__``, so a
    title typed as ``Tom & Jerry <b>`` is shown, and put in feeds, exactly as typed.
    """

    __slots__ = ()

    def __html__(self) -> str:
        return str(escape(str(self)))


def sanitise_content(instance) -> None:
    """Receiver of ``content_object_init``: one article, page, draft or document record."""
    settings = instance.settings
    if setting(settings, "SAFE_HTML_REFUSE_INTERNAL"):
        refuse_internal(instance)
    site_url = settings.get("SITEURL", "") or ""
    hosts = tuple(setting(settings, "SAFE_HTML_EMBED_HOSTS") or ())
    memo = plugin_store(settings, "safe_html", ("safe_html",))
    content = getattr(instance, "_content", None)
    if content:
        clean, blob = _sanitized(memo, content, hosts, site_url)
        instance._content = clean
        if blob is not None:  # build_cache keeps the body compressed: no second encoding
            setattr(instance, ENCODED_BODY, (clean, blob))
    summary = getattr(instance, "_summary", None)
    if summary:
        instance._summary = _sanitized(memo, summary, (), site_url)[0]
        if "summary" in instance.metadata:
            instance.metadata["summary"] = instance._summary
    title = getattr(instance, "title", None)
    if isinstance(title, str) and not isinstance(title, PlainText):
        instance.title = PlainText(metadata_text(title))
        if "title" in instance.metadata:
            instance.metadata["title"] = instance.title


def refuse_internal(instance) -> None:
    """Raise (after logging ``path:line: message``) when ``instance`` is internal, not a draft.

    Static files (photos, PDFs) carry no text to mark them internal: they are not read.
    """
    if isinstance(instance, Static):
        return
    if str(getattr(instance, "status", "")).lower() == "draft":
        return
    path = getattr(instance, "source_path", None)
    if not path or _is_record(instance):
        return
    visibility = instance.metadata.get("visibility")
    source = instance.metadata.get("portal_source_key")
    memo = plugin_store(instance.settings, "safe_html_internal", ("safe_html",)) if source else None
    key = digest(source, path, repr(visibility)) if memo is not None else ""
    mark = memo.get(key, False) if memo is not None else False
    if mark is False:
        mark = internal_mark(path, visibility)
        if memo is not None:
            memo.put(key, mark)
    if mark is None:
        return
    from portal_content.errors import ContentError

    line, message = mark
    error = ContentError(path, line, message)
    logger.error("%s", error)
    raise error


def _sanitized(memo, html: str, hosts: tuple[str, ...], site_url: str) -> tuple[str, bytes | None]:
    """``sanitize_body(html, …)``, remembered by the digest of its inputs; with it, the
    result as the cache stores it (None without a cache)."""
    if memo is None:
        return sanitize_body(html, embed_hosts=hosts, site_url=site_url), None
    key = digest(bytes_digest(html.encode("utf-8", "surrogatepass")), hosts, site_url)
    blob = memo.get_encoded(key)
    if blob is not None:
        with contextlib.suppress(Exception):  # a damaged entry is a miss
            return decode(blob), blob
    clean = sanitize_body(html, embed_hosts=hosts, site_url=site_url)
    blob = encode(clean)
    memo.put_encoded(key, blob)
    return clean, blob


def _is_record(instance) -> bool:
    """Document records (content/van-ban/) describe documents; they are not articles.

    Pelican's source paths are absolute and normalised, like ``PATH``: a prefix test per
    record folder (``os.path.relpath`` of every article cost 0.15 s at 10,000 articles)."""
    root = os.path.normpath(os.path.abspath(instance.settings.get("PATH", "")))
    source = os.path.normpath(os.path.abspath(instance.source_path))
    return any(
        source.startswith(os.path.join(root, *folder.strip("/").split("/"), ""))
        for folder in instance.settings.get("DOCUMENT_RECORD_PATHS", ["van-ban"]) or ()
        if folder.strip("/")
    )


def publish_policy(pelican) -> None:
    """Validate the SAFE_HTML_* settings, add their defaults, and give the theme
    ``SAFE_HTML_CSP``: the Content-Security-Policy of its <meta> tag."""
    apply(SPEC, pelican.settings)
    hosts = setting(pelican.settings, "SAFE_HTML_EMBED_HOSTS") or ()
    pelican.settings["SAFE_HTML_CSP"] = content_security_policy(hosts)


def register() -> None:
    signals.initialized.connect(publish_policy)
    signals.content_object_init.connect(sanitise_content)
