"""Run every rule over content files: ``check_paths(paths, settings[, cache]) -> problems``.

Each file is read once; with a ``CheckCache`` (cache.py) a file whose bytes did not change is
not judged again, except by the checks that look at the whole site.
"""

from __future__ import annotations

import datetime as dt
import os
import string
from collections.abc import Iterable
from pathlib import Path

from portal_content.clock import current_time
from portal_files.links import links_leaving, refusal
from vntext import slugify_vi

from content_check.cache import CheckCache, Entry, file_digest, site_digest
from content_check.cited_as import cited_as_collisions, register_keys
from content_check.models import CheckSettings, Problem, Severity
from content_check.photos import image_anchor, photo_file_problems, svg_file_problems
from content_check.rules import RULES, Context, Kind, SiteIndex, is_draft
from content_check.schedule import article_links, schedule_problems
from content_check.source import Source, read_source


def check_paths(
    paths: Iterable[str | os.PathLike],
    settings: CheckSettings,
    cache: CheckCache | None = None,
    now: dt.datetime | None = None,
) -> list[Problem]:
    """Check the Markdown files at ``paths`` (folders are searched); sorted problems.

    Collisions and links are judged against everything under ``settings.content_root``, so
    checking one staged file still finds a slug another file already uses. With ``cache``,
    files whose bytes did not change are not checked again (cache.py says when that holds).
    Every file is read once; time is linear in the number and the size of the files.
    Scheduled articles are judged against ``now`` (default: ``$PORTAL_NOW``, else the clock).
    """
    root = Path(settings.content_root).resolve()
    cache = cache or CheckCache(None, settings)
    names = _content_files(root)
    problems: list[Problem] = []
    targets: list[Path] = []
    for raw in paths:
        path = Path(raw).resolve()
        if path.is_dir():
            problems.extend(_links_leaving(path, root))
            found = names if path == root else _content_files(path)
            targets.extend(path / name for name in found if name.endswith((".md", ".svg")))
        elif path.is_file():
            targets.append(path)
        else:
            problems.append(
                Problem(str(path), 1, 1, "VN009", Severity.ERROR, "không tìm thấy tệp này")
            )
    svgs = [t for t in dict.fromkeys(targets) if t.suffix.lower() == ".svg"]
    targets = [t for t in dict.fromkeys(targets) if _kind(t, root, settings) is not None]
    wanted = frozenset(targets)

    # Facts of every file first (the site index needs them all); no text is kept, so memory
    # stays flat with the archive's size: a file to judge is read again below.
    entries: dict[Path, Entry] = {}
    for path in dict.fromkeys([*_markdown_under(root, settings, names), *targets]):
        entries[path] = _entry(path, root, settings, cache)
    files = frozenset(names)
    urls = frozenset(e.url for e in entries.values() if e.url)
    watch = _Watch()
    index = SiteIndex(files=_Watched(files, watch), urls=_Watched(urls, watch))
    site = site_digest(files, urls)
    for path in targets:
        entry = entries[path]
        problems.extend(entry.read_problems)
        if not entry.readable:
            continue
        if entry.problems is None or entry.site not in (None, site):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if file_digest(data) != entry.digest:
                entry.digest = ""  # changed since it was listed: judged now, not remembered
            source = read_source(str(path), data)[0]
            if source is None:
                continue
            context = Context(settings, _kind(path, root, settings), _relative(path, root), index)
            watch.used = False
            entry.problems = tuple(p for rule in RULES for p in rule(source, context))
            entry.site = site if watch.used else None
        problems.extend(entry.problems)
    problems.extend(_collisions(wanted, entries, root))
    problems.extend(_duplicate_records(targets, entries, root))
    records = {path: e.record for path, e in entries.items() if e.record}
    problems.extend(cited_as_collisions(targets, records, lambda p: _shown(p, root)))
    problems.extend(schedule_problems(targets, entries, root, now or current_time()))
    problems.extend(photo_file_problems(targets, entries, root, settings))
    problems.extend(svg_file_problems(svgs))
    cache.save({str(path): entry for path, entry in entries.items() if entry.digest})
    return sorted(problems, key=lambda p: (p.path, p.line, p.col, p.code))


class _Watch:
    """Set when a rule looked at the site index (its verdict then depends on other files)."""

    __slots__ = ("used",)

    def __init__(self) -> None:
        self.used = False


class _Watched(frozenset):
    """A frozenset that tells ``watch`` whenever it is read."""

    def __new__(cls, items, watch: _Watch):
        return super().__new__(cls, items)

    def __init__(self, items, watch: _Watch) -> None:
        self.watch = watch

    def __contains__(self, item) -> bool:
        self.watch.used = True
        return super().__contains__(item)

    def __iter__(self):
        self.watch.used = True
        return super().__iter__()

    def __len__(self) -> int:
        self.watch.used = True
        return super().__len__()


def _entry(path: Path, root: Path, settings: CheckSettings, cache: CheckCache) -> Entry:
    """The facts of one file: from the cache when its bytes are the same, else read now."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problem = Problem(str(path), 1, 1, "VN009", Severity.ERROR, f"không đọc được: {exc}")
        return Entry("", False, read_problems=(problem,))
    digest = file_digest(data)
    cached = cache.get(str(path), digest)
    if cached is not None:
        return cached
    source, found = read_source(str(path), data)
    entry = Entry(digest, source is not None, read_problems=tuple(found))
    if source is None:
        return entry
    kind = _kind(path, root, settings)
    entry.url = _url_of(source, kind, settings)
    entry.status = (source.value("status") or "").strip().lower()
    if kind is Kind.ARTICLE:
        date = source.metadata.get("date")
        if date is not None:
            entry.date, entry.date_anchor = date.value, (date.line, date.value_col)
        entry.links = article_links(source, _relative(path, root), settings)
        entry.image = image_anchor(source, settings)
    item = source.metadata.get("slug") or source.metadata.get("title")
    entry.anchor = (item.line, item.value_col) if item else (1, 1)
    if kind is Kind.RECORD:
        entry.record = _record_facts(source)
        item = source.metadata.get("id")
        entry.id_anchor = (item.line, item.value_col) if item else (1, 1)
    return entry


def _links_leaving(folder: Path, root: Path) -> list[Problem]:
    """VN008: a symbolic link under ``folder`` that leads out of the content folder (the
    build refuses it: it would publish what it points to)."""
    return [
        Problem(
            str(folder / link.path),
            1,
            1,
            "VN008",
            Severity.ERROR,
            refusal(link),
        )
        for link in links_leaving(folder, within=root if folder.is_relative_to(root) else folder)
    ]


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def _read(path: Path) -> tuple[Source | None, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(str(path), 1, 1, "VN009", Severity.ERROR, f"không đọc được: {exc}")]
    return read_source(str(path), data)


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return None


def _kind(path: Path, root: Path, settings: CheckSettings) -> Kind | None:
    """Article, page or record by folder; None for Markdown in excluded folders."""
    return _kind_of(_relative(path, root), settings)


def _kind_of(relative: str | None, settings: CheckSettings) -> Kind | None:
    if relative is None:
        return Kind.ARTICLE
    top = relative.split("/", 1)[0] if "/" in relative else ""
    if top in settings.page_dirs:
        return Kind.PAGE
    if top in settings.record_dirs:
        return Kind.RECORD
    if top in settings.excluded_dirs:
        return None
    return Kind.ARTICLE


def _content_files(root: Path) -> list[str]:
    """Every file under ``root``, relative and POSIX, sorted (one walk of the tree)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        base = Path(folder).relative_to(root).as_posix()
        prefix = "" if base == "." else base + "/"
        found.extend(prefix + name for name in sorted(files))
    return found


def _markdown_under(
    root: Path, settings: CheckSettings, names: list[str] | None = None
) -> list[Path]:
    """Articles, pages and records under ``root`` (``names``: its files, if already listed)."""
    names = _content_files(root) if names is None else names
    return [
        root / name
        for name in names
        if name.endswith(".md") and _kind_of(name, settings) is not None
    ]


def _shown(path: Path, root: Path) -> str:
    """A file named for a message: ``content/2024/01/a.md`` when under the content folder."""
    try:
        return (Path(root.name) / path.relative_to(root)).as_posix()
    except ValueError:
        return str(path)


def _slug_of(src: Source) -> str:
    """The slug Pelican will use: ``Slug``, else derived from the title."""
    return (src.value("slug") or "").strip() or slugify_vi(src.value("title") or "")


def _url_of(src: Source, kind: Kind | None, settings: CheckSettings) -> str | None:
    """The URL the file will be published at, or None (records, skipped, unknown pattern)."""
    status = (src.value("status") or "").strip().lower()
    if kind is Kind.RECORD or kind is None or status == "skip":
        return None
    if kind is Kind.PAGE:
        pattern = settings.page_url
    elif is_draft(src):
        pattern = settings.draft_url
    else:
        pattern = settings.article_url
    fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
    slug = _slug_of(src)
    if not slug or not fields <= {"slug"}:
        return None
    return pattern.format(slug=slug)


def _collisions(targets: frozenset[Path], entries: dict[Path, Entry], root: Path) -> list[Problem]:
    """VN040: two files published at one URL (same slug, or patterns that meet)."""
    by_url: dict[str, list[Path]] = {}
    for path, entry in entries.items():
        if entry.url:
            by_url.setdefault(entry.url, []).append(path)
    problems = []
    for url, paths in sorted(by_url.items()):
        if len(paths) < 2:
            continue
        for path in paths:
            if path not in targets:
                continue
            others = ", ".join(_shown(p, root) for p in paths if p != path)
            line, col = entries[path].anchor
            problems.append(
                Problem(
                    str(path),
                    line,
                    col,
                    "VN040",
                    Severity.ERROR,
                    f"trùng địa chỉ /{url} với {others}; hãy đổi Slug của một trong hai bài",
                )
            )
    return problems


def _record_facts(src: Source) -> tuple | None:
    """(canonical id, term, issued year, Cited_as register keys) of a document record, None
    without a valid id."""
    import citations

    doc_id = citations.canonical_id(src.value("id") or "")
    if doc_id is None:
        return None
    term = (src.value("term") or "").strip().upper().removeprefix("KHÓA ").strip() or None
    year = (src.value("issued") or "").strip()[:4] or None
    return doc_id, term, year, register_keys(src)


def _indistinct(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _duplicate_records(
    targets: list[Path], entries: dict[Path, Entry], root: Path
) -> list[Problem]:
    """VN083: two record files for one document (same id, nothing that tells them apart)."""
    facts = {path: e.record[:3] for path, e in entries.items() if e.record}
    by_id: dict[str, list[Path]] = {}
    for path in sorted(facts):
        by_id.setdefault(facts[path][0], []).append(path)
    problems = []
    for path in targets:
        if path not in facts:
            continue
        doc_id, term, year = facts[path]
        twins = [
            other
            for other in by_id[doc_id]
            if other != path
            and _indistinct(term, facts[other][1])
            and _indistinct(year, facts[other][2])
        ]
        if twins:
            line, col = entries[path].id_anchor
            shown = ", ".join(_shown(t, root) for t in twins)
            problems.append(
                Problem(
                    str(path),
                    line,
                    col,
                    "VN083",
                    Severity.ERROR,
                    f"văn bản {doc_id} đã có hồ sơ ở {shown}; gộp hai hồ "
                    "sơ, hoặc ghi `Term`/`Issued` khác nhau nếu là hai văn bản khác nhau",
                )
            )
    return problems


def draft_urls(settings: CheckSettings) -> list[tuple[Path, str]]:
    """(file, URL) of every draft under the content folder: what a preview can show."""
    root = Path(settings.content_root).resolve()
    found = []
    for path in sorted(_markdown_under(root, settings)):
        source, _ = _read(path)
        if source is not None and is_draft(source):
            url = _url_of(source, _kind(path, root, settings), settings)
            if url:
                found.append((path, url))
    return found
