"""Pelican glue: the images Pelican would copy from content/ (STATIC_PATHS, files linked from
bodies) are published without their metadata, and an SVG that could run script is not
published at all (``path:line`` warning). Same URLs as Pelican's copy.

Each static file is judged by its first bytes, not its name. Cleaned copies are cached as
``<cache>/photos/clean/<key>`` (key: BLAKE2b of the bytes + ``CLEAN_VERSION`` + Pillow's
version), made in forked workers and hard-linked into the output; the build's ``photos``
store remembers ``path|size|mtime → verdict``, so a warm build reads no image.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from build_cache.pool import fork_map
from PIL import Image
from portal_photos.clean import CLEAN_VERSION, sniff, strip_metadata
from portal_photos.derivatives import atomic_write, publish_file
from portal_photos.imaging import PhotoError
from portal_photos.svg import svg_problem

from photos.workspace import open_workspace

logger = logging.getLogger(__name__)

CLEAN = "clean"  # publish the cleaned copy <root>/clean/<key>
COPY = "copy"  # not an image: Pelican copies it as it is
REFUSE = "refuse"  # never published: (line, reason)


def fingerprint() -> str:
    return f"{CLEAN_VERSION}|{Image.__version__}"


def judge_static(path: str, root: Path, fp: str) -> tuple[str, str, int, str]:
    """``(verdict, key, line, reason)`` for the static file at ``path``; a cleaned copy is
    written to ``root/clean/<key>`` unless already there. Plain data, for a worker."""
    try:
        with open(path, "rb") as handle:
            fmt = sniff(handle.read(512))
        if fmt is None and not path.lower().endswith(".svg"):
            return COPY, "", 0, ""
        data = Path(path).read_bytes()
        if fmt in (None, "SVG"):
            problem = svg_problem(data)
            return (REFUSE, "", *problem) if problem else (COPY, "", 0, "")
        digest = hashlib.blake2b(data, digest_size=16)
        digest.update(fp.encode())
        key = digest.hexdigest()
        target = root / "clean" / key
        if not target.is_file():
            cleaned = strip_metadata(data)
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, cleaned)
        return CLEAN, key, 0, ""
    except PhotoError as exc:
        return REFUSE, "", 1, str(exc)
    except (OSError, ValueError, MemoryError) as exc:
        return REFUSE, "", 1, f"không xử lý được ảnh ({exc})"


def publish_static_images(generators) -> None:
    """Replace Pelican's copy of every content image by its cleaned copy; drop unsafe SVGs."""
    static = next((g for g in generators if hasattr(g, "staticfiles")), None)
    if static is None or not static.staticfiles:
        return
    settings = static.settings
    content, output = Path(static.path), Path(static.output_path)
    work = open_workspace(settings, output)
    session, store, processes, root = work.session, work.store, work.processes, work.root
    fp = fingerprint()
    files = [sc for sc in static.staticfiles if sc.save_as]
    stats = []
    for sc in files:
        try:
            info = os.stat(content / sc.relative_source_path)
            stats.append(f"static|{sc.relative_source_path}|{info.st_size}|{info.st_mtime_ns}|{fp}")
        except OSError:
            stats.append("")
    known = store.get_many([s for s in stats if s]) if store is not None else {}
    verdicts: list = [known.get(s) for s in stats]
    for index, hit in enumerate(verdicts):
        if hit is not None and hit[0] == CLEAN and not (root / "clean" / hit[1]).is_file():
            verdicts[index] = None
    todo = [index for index, hit in enumerate(verdicts) if hit is None]
    dropped: set[int] = set()
    try:
        made = fork_map(
            lambda i: judge_static(str(content / files[i].relative_source_path), root, fp),
            todo,
            processes,
            min_items=4,
        )
        for index, verdict in zip(todo, made, strict=True):
            verdicts[index] = verdict
            if store is not None and stats[index]:
                store.put(stats[index], verdict)
        for sc, (verdict, key, line, reason) in zip(files, verdicts, strict=True):
            if verdict == CLEAN:
                publish_file(root / "clean" / key, output / sc.save_as)
                dropped.add(id(sc))
            elif verdict == REFUSE:
                where = os.path.join(static.path, sc.relative_source_path)
                logger.warning("%s:%d: tệp không được đăng: %s", where, line, reason)
                dropped.add(id(sc))
    finally:
        work.discard()
    static.staticfiles[:] = [sc for sc in static.staticfiles if id(sc) not in dropped]
    cleaned = sum(1 for v in made if v[0] == CLEAN)
    logger.info("Ảnh tĩnh: %d làm sạch, %d dùng lại.", cleaned, len(files) - len(todo))
    if session is not None:
        session.stats["static_images_cleaned"] = cleaned
