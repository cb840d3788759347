"""Settings of photos: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # Widths of the published copies (px), each in WebP and JPEG.
        "PHOTO_WIDTHS": [240, 360, 720, 1200],
        "PHOTO_JPEG_QUALITY": 78,
        "PHOTO_WEBP_QUALITY": 72,
        # Larger originals are refused (path:line); heavier ones make `invoke check` warn.
        "PHOTO_MAX_PIXELS": 50_000_000,
        "PHOTO_MAX_BYTES": 8 * 1024 * 1024,
        # Folders of content/ an `Image` may be in.
        "PHOTO_DIRS": ["images"],
        # Output folder of the copies.
        "PHOTO_URL": "anh/",
    }
)

SPEC = Spec(
    plugin="photos",
    defaults=DEFAULTS,
    prefixes=("PHOTO_",),
    minimum={
        "PHOTO_JPEG_QUALITY": 1,
        "PHOTO_WEBP_QUALITY": 1,
        "PHOTO_MAX_PIXELS": 1,
        "PHOTO_MAX_BYTES": 1,
    },
)
