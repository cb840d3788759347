"""Pelican glue: sanitise every article's and page's HTML, make metadata plain text, and keep
internal content out of a publish build.

Runs on ``content_object_init``, i.e. on the content after Markdown and typogrify and before
any template sees it; ``sanitize_body`` is a pure function of (html, settings), so what this
stores in ``instance._content`` can be cached with the rendered article.
"""

from __future__ import annotations

import functools
import logging
import os
import pickle
from dataclasses import dataclass

from build_cache.bodies import ENCODED_BODY, CompressedBody
from build_cache.fingerprint import bytes_digest, digest
from build_cache.session import SESSION_KEY, plugin_store
from build_cache.store import decode, encode
from markupsafe import escape
from pelican import signals
from pelican.contents import Static
from pelican.settings import DEFAULT_CONFIG
from settings_spec import apply

from safe_html.headers import content_security_policy
from safe_html.internal import internal_mark
from safe_html.sanitize import metadata_text, sanitize_body
from safe_html.settings import DEFAULTS, SPEC

logger = logging.getLogger(__name__)

#: Pelican's default ``INTRASITE_LINK_REGEX`` ("{static}", "|filename|"…).
PELICAN_LINK_SYNTAX = DEFAULT_CONFIG["INTRASITE_LINK_REGEX"]


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
    """Receiver of ``content_object_init``: one article, page, draft or document record.

    In a portal build, what this makes of one source file (its internal mark, its body and
    summary sanitised) is one cached entry, found by the file's content key. The entries of
    every source of the build are read ahead, in one query per 500 (three lookups per
    article cost 0.6 s at 10,000 articles), and an entry is used only if the HTML it was
    made from is this HTML (its digest is kept with it): never a stale body."""
    settings = instance.settings
    refuse = bool(setting(settings, "SAFE_HTML_REFUSE_INTERNAL")) and _may_be_internal(instance)
    site_url = settings.get("SITEURL", "") or ""
    hosts = tuple(setting(settings, "SAFE_HTML_EMBED_HOSTS") or ())
    content = getattr(instance, "_content", None) or ""
    summary = getattr(instance, "_summary", None) or ""
    policy = (refuse, hosts, site_url)
    memo = _memo(instance)
    key = _entry_key(instance.metadata["portal_source_key"], policy) if memo is not None else ""
    visibility = instance.metadata.get("visibility")
    made = _remembered(instance, memo, key, policy, visibility, content, summary)
    clean = None
    if made is None:
        path = instance.source_path
        made, clean = _sanitised(policy, path, visibility, content, summary, memo is not None)
        if memo is not None:
            memo.put_encoded(key, made.encoded())
    if made.mark is not None:
        _refuse(instance.source_path, made.mark)
    if content and clean is None and _body_stays_encoded(made, settings):
        # Held as the cache stores it until a page shows it: most bodies of a build are
        # never shown again (their pages are linked from the previous output), and
        # nothing reads them before (10,000 articles: 0.25 s of decoding per build).
        instance._content = ""
        instance._get_content = CompressedBody(made.body)
    elif content:
        if clean is None:
            clean = decode(made.body) if made.body is not None else ""
        instance._content = clean
        if made.body is not None:  # build_cache keeps the body compressed: no re-encoding
            setattr(instance, ENCODED_BODY, (clean, made.body))
    if summary:
        instance._summary = made.summary
        if "summary" in instance.metadata:
            instance.metadata["summary"] = instance._summary
    title = getattr(instance, "title", None)
    if isinstance(title, str) and not isinstance(title, PlainText):
        instance.title = PlainText(metadata_text(title))
        if "title" in instance.metadata:
            instance.metadata["title"] = instance.title


@dataclass(frozen=True, slots=True)
class Sanitised:
    """What ``sanitise_content`` makes of one source, as the cache keeps it."""

    mark: tuple[int, str] | None  # (line, message) when the file is internal and refused
    html_digest: str  # of the body it was made from ("" without a body)
    body: bytes | None  # the sanitised body, encoded as build_cache stores it
    summary_digest: str
    summary: str  # the sanitised summary ("" without one)
    visibility: str  # repr of the ``Visibility`` value the mark was found with
    link_marks: bool  # the body has "{" or "|", which Pelican's intrasite links need
    body_digest: str  # of ``body`` as encoded: a damaged entry is a miss, decoded or not

    def encoded(self) -> bytes:
        """The entry as the cache keeps it (its body is compressed already)."""
        return pickle.dumps(tuple(getattr(self, name) for name in self.__slots__), protocol=5)


def _sanitised(
    policy: tuple, path: str, visibility, content: str, summary: str, keep_body: bool
) -> tuple[Sanitised, str]:
    """What ``sanitise_content`` makes of one source under ``policy`` (refuse, hosts, site
    URL), and the sanitised body; ``keep_body``: the entry holds the body, encoded."""
    refuse, hosts, site_url = policy
    mark = internal_mark(path, visibility) if refuse else None
    clean = sanitize_body(content, embed_hosts=hosts, site_url=site_url) if content else ""
    body = encode(clean) if content and keep_body else None
    made = Sanitised(
        mark,
        _digest_text(content),
        body,
        _digest_text(summary),
        sanitize_body(summary, site_url=site_url) if summary else "",
        repr(visibility),
        "{" in clean or "|" in clean,
        bytes_digest(body) if body is not None else "",
    )
    return made, clean


def sanitised_ahead(policy: tuple, key: str, path: str, rendered) -> list[tuple[str, bytes]]:
    """The cache entry of a source rendered ahead of reading, made in the worker that
    rendered it (``BuildSession.follow_rendering``): in a cold build the sanitising runs on
    every core, not one article after the other while Pelican reads. The reader gives the
    article this HTML, summary and ``Visibility``; ``_remembered`` checks all three."""
    values = rendered.meta.get("visibility") or [None]
    visibility = values[0] if len(values) == 1 else list(values)  # as the reader reads it
    content = rendered.content or ""
    summary = rendered.formatted.get("summary") or ""
    made, _ = _sanitised(policy, path, visibility, content, summary, True)
    return [(_entry_key(key, policy), made.encoded())]


def _may_be_internal(instance) -> bool:
    """Whether the internal-content refusal looks at ``instance``: not a static file (no
    text), a draft (never published) or a document record (not an article)."""
    if isinstance(instance, Static):
        return False
    if str(getattr(instance, "status", "")).lower() == "draft":
        return False
    return bool(getattr(instance, "source_path", None)) and not _is_record(instance)


def _entry_key(source: str, policy: tuple) -> str:
    return digest("sanitised", source, *policy)


def _memo(instance):
    """This build's store of sanitised sources, when the source has a content key."""
    if not instance.metadata.get("portal_source_key"):
        return None
    return plugin_store(instance.settings, "safe_html", ("safe_html",))


def _body_stays_encoded(made: Sanitised, settings) -> bool:
    """Whether a cached sanitised body may stay encoded (``bodies.CompressedBody``) from
    now on: Pelican reads ``_content`` itself only to find the static files the body links
    to (``get_static_links``), which with its own link syntax needs a "{" or a "|"."""
    if made.body is None or made.link_marks:
        return False
    syntax = settings.get("INTRASITE_LINK_REGEX", PELICAN_LINK_SYNTAX)
    return syntax == PELICAN_LINK_SYNTAX


def _remembered(
    instance, memo, key: str, policy: tuple, visibility, content: str, summary: str
) -> Sanitised | None:
    """The cached entry ``key`` of ``instance``'s source, if it was made from this body,
    summary and ``Visibility``; else None."""
    if memo is None:
        return None
    if not memo.prefetched:  # under the policy of a published article (most sources)
        refuse = bool(setting(instance.settings, "SAFE_HTML_REFUSE_INTERNAL"))
        session = instance.settings.get(SESSION_KEY)
        keys = session.source_keys if session is not None else ()
        memo.prefetch(_entry_key(key, (refuse, *policy[1:])) for key in keys)
    blob = memo.get_encoded(key)
    if blob is None:
        return None
    try:
        made = Sanitised(*pickle.loads(blob))
        if made.html_digest != _digest_text(content):
            return None  # made from other HTML (other Markdown settings): made again
        if made.summary_digest != _digest_text(summary) or made.visibility != repr(visibility):
            return None
        if made.body is not None and bytes_digest(made.body) != made.body_digest:
            return None  # damaged: made again (the body may never be decoded this build)
        return made
    except Exception:  # a damaged or older entry is a miss, never a wrong value
        return None


def _digest_text(text: str) -> str:
    return bytes_digest(text.encode("utf-8", "surrogatepass")) if text else ""


def _refuse(path: str, mark: tuple[int, str]) -> None:
    """Log ``path:line: message`` and raise it: an internal file is never published."""
    from portal_content.errors import ContentError

    line, message = mark
    error = ContentError(path, line, message)
    logger.error("%s", error)
    raise error


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
    session = pelican.settings.get(SESSION_KEY)
    if session is not None:  # sanitise what the build renders ahead, in its workers
        refuse = bool(setting(pelican.settings, "SAFE_HTML_REFUSE_INTERNAL"))
        policy = (refuse, tuple(hosts), pelican.settings.get("SITEURL", "") or "")
        ahead = functools.partial(sanitised_ahead, policy)
        session.follow_rendering("safe_html", ("safe_html",), ahead)


def register() -> None:
    signals.initialized.connect(publish_policy)
    signals.content_object_init.connect(sanitise_content)
