"""Stable fingerprints of bytes, files, settings and code (pure: no Pelican import)."""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any


def digest(*parts: bytes | str) -> str:
    """Hex BLAKE2b of ``parts`` (their repr is hashed, so ("ab", "c") != ("a", "bc"))."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def stable_repr(value: Any) -> str:
    """A repr that does not depend on dict/set order or object addresses."""
    if isinstance(value, Mapping):
        items = sorted((str(k), stable_repr(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, set | frozenset):
        return "set(" + ",".join(sorted(stable_repr(v) for v in value)) + ")"
    if isinstance(value, list | tuple):
        return "[" + ",".join(stable_repr(v) for v in value) + "]"
    if isinstance(value, str | int | float | bool | type(None) | bytes):
        return repr(value)
    if callable(value):
        module = getattr(value, "__module__", "?")
        return f"<{module}.{getattr(value, '__qualname__', type(value).__name__)}>"
    return f"<{type(value).__module__}.{type(value).__qualname__}>"


def settings_fingerprint(settings: Mapping[str, Any], names: Iterable[str]) -> str:
    """Fingerprint of the settings ``names`` (missing ones count as missing)."""
    return digest(
        *(f"{name}={stable_repr(_as_used(name, settings.get(name, '<unset>')))}" for name in names)
    )


def _as_used(name: str, value: Any) -> Any:
    """A setting as Pelican uses it. Pelican's Markdown reader adds the configured and the
    ``meta`` extensions to ``MARKDOWN["extensions"]`` in place, so the same settings would
    otherwise fingerprint differently before and after a first build in one process."""
    if name != "MARKDOWN" or not isinstance(value, Mapping):
        return value
    configs = value.get("extension_configs", {}) or {}
    extensions = {str(e) for e in value.get("extensions", []) or []}
    extensions |= {str(e) for e in configs} | {"markdown.extensions.meta"}
    return {**value, "extensions": sorted(extensions)}


def bytes_digest(data: bytes) -> str:
    """Hex BLAKE2b of raw bytes (a file's content), hashed as they are."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def tree_fingerprint(folders: Iterable[Path], patterns: Iterable[str] = ("*",)) -> str:
    """Fingerprint of the names and bytes of every file matching ``patterns`` in
    ``folders`` (recursively; ``__pycache__`` ignored). Files are hashed one by one, never
    held together in memory (the content folder of a large archive is tens of MB)."""
    hasher = hashlib.blake2b(digest_size=20)

    def add(data: bytes) -> None:
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)

    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            add(f"missing:{folder}".encode())
            continue
        files = sorted({p for pattern in patterns for p in folder.rglob(pattern) if p.is_file()})
        for path in files:
            if "__pycache__" in path.parts:
                continue
            add(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape"))
            add(path.read_bytes())
    return hasher.hexdigest()


def package_versions(names: Iterable[str]) -> str:
    """ "name==version" of each installed distribution, for cache keys."""
    out = []
    for name in names:
        try:
            out.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return ";".join(out)
