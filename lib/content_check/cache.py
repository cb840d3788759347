"""What the checker found in each file, kept between runs (one JSON file in the cache folder).

An entry is used only for the same file path and bytes, and the whole file only for the same
checker code (every ``lib/**/*.py``: the checker imports pure libraries only) and settings.
Problems that depended on the rest of the site (a rule looked at the site index: links) are
used only while that index is the same.
Collisions, duplicate records and scheduling (schedule.py) are judged again on every run. A
cache that cannot be read, or was written by other code or settings, is discarded with a
warning.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from portal_files.atomic import write_atomic

from content_check.models import CheckSettings, Problem, Severity

VERSION = 3
LIB = Path(__file__).resolve().parents[1]
CACHE_NAME = "content-check.json"
CACHE_ENV = "PORTAL_CACHE_DIR"  # the build cache's folder (plugins/build_cache), shared
CACHE_OFF = frozenset({"", "0", "off", "none", "false"})


@dataclasses.dataclass
class Entry:
    """One file: facts every check needs, and (once checked) its own problems."""

    digest: str  # of the file's bytes
    readable: bool  # the rules could run (decoded text with a metadata block)
    url: str | None = None  # where it is published (collisions, link index)
    anchor: tuple[int, int] = (1, 1)  # line, col of its Slug (or Title)
    record: tuple[str, str | None, str | None] | None = None  # document record facts
    id_anchor: tuple[int, int] = (1, 1)
    read_problems: tuple[Problem, ...] = ()  # from decoding (reported for targets only)
    problems: tuple[Problem, ...] | None = None  # every rule's; None: not checked yet
    site: str | None = None  # site-index digest the problems depend on; None: none
    date: str | None = None  # an article's raw Date (scheduling is judged on every run)
    date_anchor: tuple[int, int] = (1, 1)
    status: str = ""  # Status, lower-case
    links: tuple[tuple[int, int, str], ...] = ()  # links to articles (schedule.article_links)
    image: tuple[str, int, int] | None = None  # lead photo: content relpath, line, col


def file_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def code_digest() -> str:
    """Digest of the checker's code and everything it imports (all of lib/)."""
    digest = hashlib.blake2b(digest_size=20)
    for path in sorted(LIB.rglob("*.py")):
        digest.update(path.relative_to(LIB).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def settings_digest(settings: CheckSettings) -> str:
    values = {}
    for item in dataclasses.fields(settings):
        value = getattr(settings, item.name)
        if isinstance(value, set | frozenset):
            value = sorted(value)
        values[item.name] = str(value) if isinstance(value, Path) else value
    return hashlib.blake2b(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def site_digest(files: Iterable[str], urls: Iterable[str]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for name in sorted(files):
        digest.update(b"f" + name.encode() + b"\0")
    for url in sorted(urls):
        digest.update(b"u" + url.encode() + b"\0")
    return digest.hexdigest()


def _problem(row: list) -> Problem:
    path, line, col, code, severity, message = row
    return Problem(path, line, col, code, Severity(severity), message)


def _row(problem: Problem) -> list:
    return [
        problem.path,
        problem.line,
        problem.col,
        problem.code,
        str(problem.severity),
        problem.message,
    ]


class CheckCache:
    """Entries by file path, loaded from and saved to ``path`` (None: remember nothing)."""

    def __init__(self, path: Path | None, settings: CheckSettings) -> None:
        self.path = path
        self.warning = ""
        self.key = f"{VERSION}:{code_digest()}:{settings_digest(settings)}" if path else ""
        self._entries: dict[str, Entry] = {}
        if path is not None and path.exists():
            self._entries = self._load(path)

    def _load(self, path: Path) -> dict[str, Entry]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("key") != self.key:
                self.warning = (
                    f"bộ nhớ đệm {path} của phiên bản hoặc cấu hình khác: kiểm tra lại mọi tệp"
                )
                return {}
            entries = {}
            for name, row in data["files"].items():
                digest, readable, url, anchor, record, id_anchor, read, found, site = row[:9]
                date, date_anchor, status, links, image = row[9:]
                entries[name] = Entry(
                    digest,
                    bool(readable),
                    url,
                    tuple(anchor),
                    tuple(record) if record else None,
                    tuple(id_anchor),
                    tuple(_problem(r) for r in read),
                    None if found is None else tuple(_problem(r) for r in found),
                    site,
                    date,
                    tuple(date_anchor),
                    status,
                    tuple(tuple(link) for link in links),
                    tuple(image) if image else None,
                )
            return entries
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self.warning = f"bỏ qua bộ nhớ đệm của trình kiểm tra {path} (hỏng: {exc})"
            return {}

    def get(self, name: str, digest: str) -> Entry | None:
        entry = self._entries.get(name)
        return entry if entry is not None and entry.digest == digest else None

    def save(self, entries: dict[str, Entry]) -> None:
        """Write ``entries`` (this run's files; others are dropped) atomically; never fails."""
        if self.path is None:
            return
        files = {
            name: [
                e.digest,
                e.readable,
                e.url,
                list(e.anchor),
                list(e.record) if e.record else None,
                list(e.id_anchor),
                [_row(p) for p in e.read_problems],
                None if e.problems is None else [_row(p) for p in e.problems],
                e.site,
                e.date,
                list(e.date_anchor),
                e.status,
                [list(link) for link in e.links],
                list(e.image) if e.image else None,
            ]
            for name, e in entries.items()
        }
        text = json.dumps({"key": self.key, "files": files}, ensure_ascii=False)
        try:
            write_atomic(self.path, text)
        except OSError as exc:
            self.warning = f"không ghi được bộ nhớ đệm của trình kiểm tra {self.path}: {exc}"


def cache_path(conf: Mapping[str, object], environ: Mapping[str, str] = os.environ) -> Path | None:
    """The checker's cache file in the build cache folder: $PORTAL_CACHE_DIR, else the
    PORTAL_CACHE_DIR setting; None when either turns the cache off ("", "off", …)."""
    value = environ.get(CACHE_ENV)
    if value is None:
        value = conf.get("PORTAL_CACHE_DIR", "")
    value = str(value or "").strip()
    if value.lower() in CACHE_OFF:
        return None
    return Path(value).expanduser().resolve() / CACHE_NAME
