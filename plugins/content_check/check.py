"""Run every rule over content files: ``check_paths(paths, settings) -> list[Problem]``."""

from __future__ import annotations

import os
import string
from collections.abc import Iterable
from pathlib import Path

from vntext import slugify_vi

from content_check.models import CheckSettings, Problem, Severity
from content_check.rules import RULES, Context, Kind, SiteIndex, is_draft
from content_check.source import Source, read_source


def check_paths(paths: Iterable[str | os.PathLike], settings: CheckSettings) -> list[Problem]:
    """Check the Markdown files at ``paths`` (folders are searched); sorted problems.

    Collisions and links are judged against everything under ``settings.content_root``, so
    checking one staged file still finds a slug another file already uses.
    """
    root = Path(settings.content_root).resolve()
    problems: list[Problem] = []
    targets: list[Path] = []
    for raw in paths:
        path = Path(raw).resolve()
        if path.is_dir():
            targets.extend(sorted(p for p in path.rglob("*.md") if p.is_file()))
        elif path.is_file():
            targets.append(path)
        else:
            problems.append(
                Problem(str(path), 1, 1, "VN009", Severity.ERROR, "không tìm thấy tệp này")
            )
    targets = [t for t in dict.fromkeys(targets) if _kind(t, root, settings) is not None]
    wanted = frozenset(targets)

    all_files = _content_files(root)
    site_sources: dict[Path, Source] = {}
    for path in sorted({*_markdown_under(root, settings), *targets}):
        source, found = _read(path)
        if path in wanted:
            problems.extend(found)
        if source is not None:
            site_sources[path] = source
    index = SiteIndex(
        files=frozenset(all_files),
        urls=frozenset(
            url
            for path, src in site_sources.items()
            if (url := _url_of(src, _kind(path, root, settings), settings))
        ),
    )
    for path in targets:
        source = site_sources.get(path)
        if source is None:
            continue
        context = Context(settings, _kind(path, root, settings), _relative(path, root), index)
        for rule in RULES:
            problems.extend(rule(source, context))
    problems.extend(_collisions(wanted, site_sources, root, settings))
    problems.extend(_duplicate_records(targets, site_sources, root, settings))
    return sorted(problems, key=lambda p: (p.path, p.line, p.col, p.code))


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
    relative = _relative(path, root)
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
    if not root.is_dir():
        return []
    return [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()]


def _markdown_under(root: Path, settings: CheckSettings) -> list[Path]:
    if not root.is_dir():
        return []
    return [p.resolve() for p in root.rglob("*.md") if p.is_file() and _kind(p, root, settings)]


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


def _collisions(
    targets: frozenset[Path], sources: dict[Path, Source], root: Path, settings: CheckSettings
) -> list[Problem]:
    """VN040: two files published at one URL (same slug, or patterns that meet)."""
    by_url: dict[str, list[Path]] = {}
    for path, src in sources.items():
        url = _url_of(src, _kind(path, root, settings), settings)
        if url:
            by_url.setdefault(url, []).append(path)
    problems = []
    for url, paths in sorted(by_url.items()):
        if len(paths) < 2:
            continue
        for path in paths:
            if path not in targets:
                continue
            src = sources[path]
            others = ", ".join(_shown(p, root) for p in paths if p != path)
            item = src.metadata.get("slug") or src.metadata.get("title")
            line, col = (item.line, item.value_col) if item else (1, 1)
            problems.append(
                Problem(
                    src.path,
                    line,
                    col,
                    "VN040",
                    Severity.ERROR,
                    f"trùng địa chỉ /{url} với {others}; hãy đổi Slug của một trong hai bài",
                )
            )
    return problems


def _record_facts(src: Source) -> tuple[str, str | None, str | None] | None:
    """(canonical id, term, issued year) of a document record, None without a valid id."""
    import citations

    doc_id = citations.canonical_id(src.value("id") or "")
    if doc_id is None:
        return None
    term = (src.value("term") or "").strip().upper().removeprefix("KHÓA ").strip() or None
    year = (src.value("issued") or "").strip()[:4] or None
    return doc_id, term, year


def _indistinct(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _duplicate_records(
    targets: list[Path], sources: dict[Path, Source], root: Path, settings: CheckSettings
) -> list[Problem]:
    """VN083: two record files for one document (same id, nothing that tells them apart)."""
    facts = {
        path: fact
        for path, src in sources.items()
        if _kind(path, root, settings) is Kind.RECORD and (fact := _record_facts(src))
    }
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
            item = sources[path].metadata["id"]
            shown = ", ".join(_shown(t, root) for t in twins)
            problems.append(
                Problem(
                    sources[path].path,
                    item.line,
                    item.value_col,
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
