"""Settings of portal_seo: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # Where the sitemap is written, relative to the output; "" turns it off.
        "SITEMAP_SAVE_AS": "sitemap.xml",
        # Atom requires an author on every entry; this name is used when the article's is
        # unknown.
        "FEED_UNKNOWN_AUTHOR_NAME": "Không rõ tác giả",
    }
)

SPEC = Spec(plugin="portal_seo", defaults=DEFAULTS, prefixes=("SITEMAP_",))
