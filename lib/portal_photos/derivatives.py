"""Derivative files, cached by content (no Pelican).

A photo's derivatives are made once per (bytes of the photo, ``Spec``): they are kept as
files in ``<cache>/photos/<key>/`` with a ``manifest.json`` written last (its presence means
the folder is complete), and hard-linked into each build's output. Without a cache folder
they are written straight into the output.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from portal_files.atomic import write_atomic

from portal_photos.imaging import PhotoError, Spec, derive, inspect_photo


@dataclass(frozen=True, slots=True)
class Variant:
    """One published file of a photo: its name inside the photo's folder and its size."""

    name: str  # "720.webp"
    width: int
    height: int


def photo_key(data: bytes, spec: Spec) -> str:
    """The cache key of a photo: its bytes and how derivatives are made."""
    digest = hashlib.blake2b(data, digest_size=16)
    digest.update(spec.fingerprint().encode())
    return digest.hexdigest()


def read_manifest(folder: Path) -> tuple[Variant, ...] | None:
    """The variants recorded in a complete cache folder, None if absent or damaged."""
    try:
        items = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        variants = tuple(Variant(i["name"], int(i["width"]), int(i["height"])) for i in items)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not all((folder / v.name).is_file() for v in variants):
        return None
    return variants


def make_derivatives(path: str, folder_root: Path, spec: Spec) -> tuple[str, list, str]:
    """Judge and resize the photo at ``path`` into ``folder_root/<key>/`` (skipped when that
    folder is already complete). Returns ``(key, [(name, width, height)…], error)``, plain
    data for a worker to send back; ``error`` is a Vietnamese reason, "" on success."""
    try:
        inspect_photo(path, spec.max_pixels)
        data = Path(path).read_bytes()
        key = photo_key(data, spec)
        folder = folder_root / key
        done = read_manifest(folder)
        if done is None:
            done = _write(folder, derive(data, spec))
    except PhotoError as exc:
        return "", [], str(exc)
    except (OSError, ValueError, MemoryError) as exc:
        return "", [], f"không xử lý được ảnh ({exc})"
    return key, [(v.name, v.width, v.height) for v in done], ""


def _write(folder: Path, encoded) -> tuple[Variant, ...]:
    folder.mkdir(parents=True, exist_ok=True)
    variants = []
    for item in encoded:
        name = f"{item.width}.{item.suffix}"
        atomic_write(folder / name, item.data)
        variants.append(Variant(name, item.width, item.height))
    manifest = [{"name": v.name, "width": v.width, "height": v.height} for v in variants]
    atomic_write(folder / "manifest.json", json.dumps(manifest).encode())
    return tuple(variants)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a derivative or published image atomically, readable by the web server."""
    write_atomic(path, data, mode=0o644)


def publish_file(source: Path, target: Path) -> None:
    """Put ``source`` at ``target`` as a hard link (a copy across file systems)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() or target.is_symlink():
        if target.samefile(source):
            return
        target.unlink()
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
