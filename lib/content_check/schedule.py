"""Checks that depend on the time of the check: scheduled articles (VN025-VN027, VN029).

Judged on every run over the facts of every file (``cache.Entry``: raw ``Date``, status,
links to articles), never remembered: the same file is scheduled today and published
tomorrow. Pure: "now" is given by the caller (``portal_content.clock.current_time``).
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from portal_content.clock import far_ahead, in_vietnam
from vntext import format_datetime_vi

from content_check.cache import Entry
from content_check.models import CheckSettings, Problem, Severity
from content_check.source import Source

_PELICAN_FILE = ("{filename}", "|filename|")
_NOT_HELD = frozenset({"draft", "skip"})


def article_links(
    src: Source, relpath: str | None, settings: CheckSettings
) -> tuple[tuple[int, int, str], ...]:
    """(line, col, target) of each body link to an article: ``url:bai-viet/x/`` or
    ``file:2024/01/x.md`` (what a scheduled article may be)."""
    from content_check.rules import links_in

    here = posixpath.dirname(relpath) if relpath else ""
    prefix = settings.article_url.split("{", 1)[0]
    found = []
    for line, col, url in links_in(src):
        target = _target(url, here, prefix)
        if target:
            found.append((line, col, target))
    return tuple(found)


def _target(url: str, here: str, prefix: str) -> str:
    for marker in _PELICAN_FILE:
        if url.startswith(marker):
            path = unquote(urlsplit(url[len(marker) :]).path)
            base = "" if path.startswith("/") else here
            return "file:" + posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    parts = urlsplit(url)
    path = unquote(parts.path)
    if parts.scheme or parts.netloc or not path:
        return ""
    if not path.startswith("/"):
        if path.endswith(".md"):
            return "file:" + posixpath.normpath(posixpath.join(here, path))
        return ""
    path = path.lstrip("/")
    if not prefix or not path.startswith(prefix):
        return ""
    path = path.removesuffix("index.html")
    return "url:" + (path if path.endswith("/") else path + "/")


def publication_time(raw: str | None) -> dt.datetime | None:
    """The publication time a ``Date`` value means (Vietnam time), None if not a date."""
    try:
        return in_vietnam(dt.datetime.fromisoformat((raw or "").strip()))
    except ValueError:
        return None


def schedule_problems(
    targets: list[Path], entries: Mapping[Path, Entry], root: Path, now: dt.datetime
) -> list[Problem]:
    """VN025 a scheduled article (information); VN026 a date more than a year ahead
    (warning, a typo?); VN027 an article that links to one published after it (error);
    VN029 a draft dated in the future (information: it stays a draft whatever its date)."""
    times = {p: publication_time(e.date) for p, e in entries.items() if e.date}
    due: dict[str, tuple[Path, dt.datetime]] = {}
    for path, when in times.items():
        entry = entries[path]
        if when is None or entry.status in _NOT_HELD:
            continue
        due["file:" + _relative(path, root)] = (path, when)
        if entry.url:
            due["url:" + entry.url] = (path, when)
    problems = []
    for path in targets:
        entry = entries.get(path)
        when = times.get(path)
        if entry is None or when is None:
            continue
        line, col = entry.date_anchor
        if when > now and entry.status not in _NOT_HELD:
            problems.append(
                Problem(
                    str(path),
                    line,
                    col,
                    "VN025",
                    Severity.INFO,
                    f"hẹn giờ đăng lúc {format_datetime_vi(when)} (giờ Việt Nam): đến giờ đó "
                    "bài chưa có trên trang xuất bản",
                )
            )
        if when > now and entry.status == "draft":
            problems.append(
                Problem(
                    str(path),
                    line,
                    col,
                    "VN029",
                    Severity.INFO,
                    f"bản nháp ghi ngày đăng {format_datetime_vi(when)} (giờ Việt Nam): vẫn là "
                    "bản nháp dù đến ngày đó; bỏ dòng `Status: draft` thì bài được hẹn giờ và "
                    "lên trang đúng lúc ấy",
                )
            )
        if far_ahead(when, now):
            problems.append(
                Problem(
                    str(path),
                    line,
                    col,
                    "VN026",
                    Severity.WARNING,
                    f"ngày đăng {when:%d/%m/%Y} còn hơn một năm nữa: có gõ nhầm năm không?",
                )
            )
        if entry.status in _NOT_HELD:
            continue
        shown_from = max(when, now)
        for link_line, link_col, target in entry.links:
            other = due.get(target)
            if other is None or other[0] == path or other[1] <= shown_from:
                continue
            problems.append(
                Problem(
                    str(path),
                    link_line,
                    link_col,
                    "VN027",
                    Severity.ERROR,
                    f"liên kết tới bài hẹn giờ {_shown(other[0], root)} (đăng lúc "
                    f"{format_datetime_vi(other[1], weekday=False)}): trước giờ đó người đọc "
                    "gặp lỗi 404; bỏ liên kết, hoặc hẹn giờ bài này cùng lúc hay muộn hơn",
                )
            )
    return problems


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _shown(path: Path, root: Path) -> str:
    try:
        return (Path(root.name) / path.relative_to(root)).as_posix()
    except ValueError:
        return str(path)


def scheduled_articles(
    problems: list[Problem], settings: CheckSettings
) -> list[tuple[Path, str | None, dt.datetime]]:
    """(file, URL, time) of each article a check found scheduled (VN025), soonest first."""
    from content_check.check import _kind, _read, _url_of

    root = Path(settings.content_root).resolve()
    found = []
    for problem in problems:
        if problem.code != "VN025":
            continue
        path = Path(problem.path)
        source, _ = _read(path)
        when = publication_time(source.value("date")) if source else None
        if source is not None and when is not None:
            found.append((path, _url_of(source, _kind(path, root, settings), settings), when))
    return sorted(found, key=lambda item: (item[2], str(item[0])))
