"""photos: every report can lead with a photo, resized at build, captioned and credited.

``photos.fields`` and ``photos.imaging`` are pure (no Pelican; ``imaging`` uses Pillow);
``photos.derivatives`` caches encoded files by content; ``photos.plugin`` is the Pelican glue.
"""


def register() -> None:
    """Pelican entry point (the plugin is listed as "photos" in PLUGINS)."""
    from photos.plugin import register as register_plugin

    register_plugin()


__all__ = ["register"]
