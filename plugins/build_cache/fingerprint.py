"""Stable fingerprints of bytes, files, settings and code (pure: no Pelican import)."""

from __future__ import annotations

import fnmatch
import hashlib
import importlib.metadata
import os
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
    patterns = tuple(patterns)

    def add(data: bytes) -> None:
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)

    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            add(f"missing:{folder}".encode())
            continue
        for relpath in matching_files(str(folder), patterns):
            add(relpath.encode("utf-8", "surrogateescape"))
            with open(os.path.join(folder, relpath), "rb") as handle:
                add(handle.read())
    return hasher.hexdigest()


def matching_files(root: str, patterns: tuple[str, ...]) -> list[str]:
    """Relative paths ("/"-separated, sorted) of the files under ``root`` whose name
    matches one of ``patterns``, outside ``__pycache__``. One walk with plain strings:
    ``Path.rglob`` per pattern cost 2-3 s for the 10,000 files of an archive."""
    found = []
    for folder, dirs, names in os.walk(root, followlinks=True):
        dirs[:] = [name for name in dirs if name != "__pycache__"]
        relative = os.path.relpath(folder, root)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        for name in names:
            if any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns) and (
                os.path.isfile(os.path.join(folder, name))
            ):
                found.append(prefix + name)
    found.sort()
    return found


def package_versions(names: Iterable[str]) -> str:
    """ "name==version" of each installed distribution, for cache keys."""
    out = []
    for name in names:
        try:
            out.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}==?")
    return ";".join(out)
