"""safe_html: nothing an editor types or pastes runs script on the portal.

``safe_html.sanitize`` is pure (nh3, no Pelican); ``safe_html.plugin`` is the Pelican glue.
"""

from safe_html.sanitize import metadata_text, sanitize_body


def register() -> None:
    """Pelican entry point (the plugin is listed as "safe_html" in PLUGINS)."""
    from safe_html.plugin import register as register_plugin

    register_plugin()


__all__ = ["metadata_text", "register", "sanitize_body"]
