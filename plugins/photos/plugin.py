"""Pelican glue: resize every article's lead photo (in parallel, cached) into the output and
give templates ``article.photo``; a bad photo is a ``path:line`` warning, never a crash."""

from __future__ import annotations

import logging
import os
import posixpath
from pathlib import Path

from build_cache.fingerprint import digest
from build_cache.pool import fork_map
from pelican import signals
from portal_photos.derivatives import make_derivatives, publish_file
from portal_photos.fields import content_relpath, photo_fields
from portal_photos.imaging import Spec
from portal_photos.photo import Photo, Source
from settings_spec import apply
from vntext import slugify_vi

from photos.settings import DEFAULTS, SPEC
from photos.statics import publish_static_images
from photos.workspace import open_workspace

logger = logging.getLogger(__name__)

_TYPES = {"webp": "image/webp", "jpg": "image/jpeg"}


def check_settings(pelican) -> None:
    """Validate the PHOTO_* settings at start-up and add the defaults the site does not set."""
    apply(SPEC, pelican.settings)


def setting(settings, name: str):
    """The value of one PHOTO_* setting (its default when the site does not set it)."""
    return settings.get(name, DEFAULTS[name])


def spec_of(settings) -> Spec:
    """The derivative ``Spec`` of these settings."""
    return Spec(
        widths=tuple(sorted(int(w) for w in setting(settings, "PHOTO_WIDTHS"))),
        jpeg_quality=int(setting(settings, "PHOTO_JPEG_QUALITY")),
        webp_quality=int(setting(settings, "PHOTO_WEBP_QUALITY")),
        max_pixels=int(setting(settings, "PHOTO_MAX_PIXELS")),
    )


def attach_photos(generators) -> None:
    """Give each article with an ``Image`` its ``photo`` and put the derivatives in the
    output; keep lead-photo originals (with their EXIF) out of it."""
    articles_gen = next((g for g in generators if hasattr(g, "articles")), None)
    if articles_gen is None:
        return
    settings = articles_gen.settings
    content = Path(articles_gen.path)
    output = Path(articles_gen.output_path)
    wanted: dict[str, list] = {}  # content relpath -> articles
    for article in _all_articles(articles_gen):
        if "photo" in article.metadata:  # a header the portal does not know: not the photo
            logger.warning(
                "%s:%d: không có trường `Photo:`; ảnh đầu bài ghi bằng `Image:` và "
                "`Image_alt:` (docs/content-format.md)",
                *_where(article, "photo:"),
            )
            article.photo = None
        fields = photo_fields(article.metadata)
        if fields is None:
            continue
        relpath, reason = content_relpath(fields.path, tuple(setting(settings, "PHOTO_DIRS")))
        if not reason and not (content / relpath).is_file():
            reason = f"không có tệp ảnh content/{relpath}"
        if not reason and not fields.alt:
            reason = "thiếu Image_alt (mô tả ảnh cho người không xem được ảnh)"
        if reason:
            _warn(article, reason)
            continue
        wanted.setdefault(relpath, []).append((article, fields))
    if not wanted:
        return
    spec = spec_of(settings)
    results = _derive_all(settings, content, output, sorted(wanted), spec)
    base = setting(settings, "PHOTO_URL").strip("/")
    for relpath, (key, variants, error) in results.items():
        for article, fields in wanted[relpath]:
            if error:
                _warn(article, error)
                continue
            stem = slugify_vi(posixpath.splitext(posixpath.basename(relpath))[0]) or "anh"
            sources = tuple(
                Source(f"{base}/{key[:20]}/{stem}-{name}", w, h, _TYPES[name.rsplit(".", 1)[1]])
                for name, w, h in sorted(variants, key=lambda v: (v[1], v[0]))
            )
            article.photo = Photo(fields.alt or "", fields.caption, fields.credit, sources)
            # Pages that list this article (related articles, cards) know it by its source
            # key (build_cache.page_keys): its thumbnail must count there too.
            source = getattr(article, "portal_source_key", None)
            if source:
                article.portal_source_key = digest(str(source), "photo", key)
    _drop_originals(generators, set(wanted))


def _derive_all(settings, content: Path, output: Path, relpaths: list[str], spec: Spec) -> dict:
    """``{relpath: (key, variants, error)}``, derivatives linked into ``output``."""
    work = open_workspace(settings, output)
    session, store, processes, root = work.session, work.store, work.processes, work.root
    fp = spec.fingerprint()
    stats = {}
    for relpath in relpaths:
        try:
            info = os.stat(content / relpath)
            stats[relpath] = f"{relpath}|{info.st_size}|{info.st_mtime_ns}|{fp}"
        except OSError:
            stats[relpath] = ""
    known = store.get_many([s for s in stats.values() if s]) if store is not None else {}
    results: dict[str, tuple] = {}
    todo = []
    for relpath in relpaths:
        hit = known.get(stats[relpath])
        if hit is not None and _complete(root / hit[0], hit[1]):
            results[relpath] = (hit[0], hit[1], "")
        else:
            todo.append(relpath)
    try:
        made = fork_map(
            lambda rel: make_derivatives(str(content / rel), root, spec),
            todo,
            processes,
            min_items=4,
        )
        for relpath, result in zip(todo, made, strict=True):
            results[relpath] = result
            if store is not None and not result[2] and stats[relpath]:
                store.put(stats[relpath], (result[0], result[1]))
        base = setting(settings, "PHOTO_URL").strip("/")
        for relpath, (key, variants, error) in results.items():
            if error:
                continue
            stem = slugify_vi(posixpath.splitext(posixpath.basename(relpath))[0]) or "anh"
            for name, _w, _h in variants:
                publish_file(root / key / name, output / base / key[:20] / f"{stem}-{name}")
    finally:
        work.discard()
    logger.info("Ảnh: %d xử lý, %d dùng lại từ bộ nhớ đệm.", len(todo), len(relpaths) - len(todo))
    if session is not None:
        session.stats["photos_processed"] = len(todo)
    return results


def _complete(folder: Path, variants) -> bool:
    return all((folder / name).is_file() for name, _w, _h in variants)


def _all_articles(generator):
    for name in ("articles", "translations", "drafts", "drafts_translations"):
        yield from getattr(generator, name, ())
    for name in ("hidden_articles", "hidden_translations"):
        yield from getattr(generator, name, ())


def _drop_originals(generators, leads: set[str]) -> None:
    """Lead-photo originals are published only as derivatives, unless a body links them."""
    static = next((g for g in generators if hasattr(g, "staticfiles")), None)
    if static is None:
        return
    linked = set(static.context.get("static_links", ()))
    keep = [
        s
        for s in static.staticfiles
        if s.relative_source_path.replace(os.sep, "/") not in leads - linked
    ]
    static.staticfiles[:] = keep


def _warn(article, reason: str) -> None:
    logger.warning("%s:%d: ảnh đầu bài không dùng được: %s", *_where(article), reason)


def _where(article, key: str = "image:") -> tuple[str, int]:
    path = article.source_path
    try:
        with open(path, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, start=1):
                if line.lower().startswith(key):
                    return path, number
                if not line.strip():
                    break
    except (OSError, UnicodeDecodeError):
        pass
    return path, 1


def finalize(generators) -> None:
    """Lead photos first (they decide which originals stay out), then every other image
    Pelican would copy is published without its metadata."""
    attach_photos(generators)
    publish_static_images(generators)


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.all_generators_finalized.connect(finalize)
