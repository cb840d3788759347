"""photos: every report can lead with a photo, resized at build, captioned and credited.

Fields, imaging, derivatives, cleaning and SVG checks are the pure library ``portal_photos``
(lib/portal_photos); ``photos.plugin`` is the Pelican glue.
"""


def register() -> None:
    """Pelican entry point (the plugin is listed as "photos" in PLUGINS)."""
    from photos.plugin import register as register_plugin

    register_plugin()


__all__ = ["register"]
