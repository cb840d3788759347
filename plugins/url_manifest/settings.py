"""Settings of url_manifest: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # The committed list of every published URL, relative to PATH (content/). No file: no
        # check.
        "URL_MANIFEST": "urls.manifest",
        # Extra redirects (old: new; "old/*: new/*" for a whole folder), relative to PATH.
        "URL_REDIRECTS_FILE": "redirects.yaml",
        # Output files that are not URLs anyone links to (theme assets, search index chunks).
        "URL_MANIFEST_EXCLUDE": ["theme/*", "pagefind/*", "redirects/*", ".htaccess"],
        # Redirect maps for web servers, written into the output ("" = off).
        "URL_REDIRECTS_NGINX": "redirects/nginx.conf",
        # Its part for the nginx http block (maps of old URLs with a query string).
        "URL_REDIRECTS_NGINX_HTTP": "redirects/nginx-http.conf",
        "URL_REDIRECTS_APACHE": ".htaccess",
    }
)

SPEC = Spec(plugin="url_manifest", defaults=DEFAULTS, prefixes=("URL_MANIFEST", "URL_REDIRECTS"))
