"""Read the values the checker needs from pelicanconf.py, without importing Pelican."""

from __future__ import annotations

import runpy
from pathlib import Path

from content_check.models import CheckSettings


def read_conf(conf: Path) -> dict:
    """Execute a settings file (it imports only vntext) and return its upper-case names."""
    values = runpy.run_path(str(conf))
    return {k: v for k, v in values.items() if k.isupper()}


def settings_from_conf(values: dict, base: Path, content_root: Path | None = None) -> CheckSettings:
    """Build CheckSettings from pelicanconf values; ``PATH`` is taken relative to ``base``."""
    default = CheckSettings()
    root = content_root or (base / values.get("PATH", "content"))
    static = tuple(values.get("STATIC_PATHS", default.static_paths))
    excludes = tuple(values.get("ARTICLE_EXCLUDES", ()))
    pages = tuple(values.get("PAGE_PATHS", default.page_dirs))
    records = tuple(values.get("DOCUMENT_RECORD_PATHS", default.record_dirs))
    return CheckSettings(
        content_root=Path(root),
        categories=tuple(values.get("PORTAL_CATEGORIES", ())),
        article_url=values.get("ARTICLE_URL", default.article_url),
        draft_url=values.get("DRAFT_URL", default.draft_url),
        page_url=values.get("PAGE_URL", default.page_url),
        page_dirs=pages,
        record_dirs=records,
        excluded_dirs=tuple(d for d in excludes if d not in pages and d not in records),
        static_paths=static,
        embed_hosts=tuple(values.get("SAFE_HTML_EMBED_HOSTS", ())),
        photo_dirs=tuple(values.get("PHOTO_DIRS", default.photo_dirs)),
        photo_max_bytes=int(values.get("PHOTO_MAX_BYTES", default.photo_max_bytes)),
        photo_max_pixels=int(values.get("PHOTO_MAX_PIXELS", default.photo_max_pixels)),
    )


def load_settings(conf: Path, content_root: Path | None = None) -> CheckSettings:
    """CheckSettings for the site whose settings file is ``conf`` (pelicanconf.py)."""
    conf = Path(conf).resolve()
    return settings_from_conf(read_conf(conf), conf.parent, content_root)
