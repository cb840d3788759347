"""Settings of safe_html: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # Hosts whose video players may be embedded with <iframe src="https://HOST/…">.
        "SAFE_HTML_EMBED_HOSTS": [],
        # Refuse (path:line, the article is not written) an article or page marked internal
        # that is not a draft. True in publishconf.py.
        "SAFE_HTML_REFUSE_INTERNAL": False,
    }
)

SPEC = Spec(
    plugin="safe_html",
    defaults=DEFAULTS,
    prefixes=("SAFE_HTML_",),
    runtime=frozenset({"SAFE_HTML_CSP"}),  # the Content-Security-Policy, set by the plugin
)
