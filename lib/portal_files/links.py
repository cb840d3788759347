"""Links that lead out of a content folder (pure: standard library only): symbolic links
under it, and ``{static}``/``{attach}`` paths that climb out of it (``climbs_out``).

Git keeps symbolic links, and Pelican follows them: a link committed as
``content/images/anh`` → ``/root`` would publish the build machine's home folder, one to
``/etc/passwd`` that file. A content folder may hold links between its own files; a link that
resolves outside it is what the build and the checker refuse.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LeavingLink:
    """A link at ``path`` ("/"-separated, relative to the folder) whose ``target`` (as
    written in the link) resolves outside the folder."""

    path: str
    target: str


def refusal(link: LeavingLink) -> str:
    """What an editor is told about ``link`` (Vietnamese; the build and the checker say it)."""
    return (
        f"liên kết tượng trưng (symlink) trỏ ra ngoài thư mục nội dung, tới {link.target}: bản "
        "dựng không đăng tệp nằm ngoài thư mục nội dung; hãy chép tệp thật vào hoặc xóa liên kết"
    )


def links_leaving(
    root: str | os.PathLike[str], within: str | os.PathLike[str] | None = None
) -> list[LeavingLink]:
    """Every symbolic link under ``root`` (files and folders; links are never followed)
    whose target resolves outside ``within`` (default: ``root``; a content folder when
    ``root`` is one of its subfolders), a link to a link followed to its end; sorted by
    path. Folders that cannot be listed are skipped (the build reports them itself)."""
    base = os.path.realpath(root if within is None else within)
    found: list[LeavingLink] = []
    pending = [os.fspath(root)]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                if not _inside(base, os.path.realpath(entry.path)):
                    relative = os.path.relpath(entry.path, root).replace(os.sep, "/")
                    found.append(LeavingLink(relative, os.readlink(entry.path)))
            elif entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
    return sorted(found, key=lambda link: link.path)


def _inside(base: str, target: str) -> bool:
    return target == base or target.startswith(base.rstrip(os.sep) + os.sep)


def climbs_out(path: str) -> bool:
    """Whether ``path``, relative to a content folder, leads out of it ("../x", "a/../../x",
    or an absolute path)."""
    normal = os.path.normpath(path)
    return os.path.isabs(normal) or normal == os.pardir or normal.startswith(os.pardir + os.sep)


def climbing_refusal(link: str) -> str:
    """What an editor is told about the static link ``link`` (as written) that climbs out
    (Vietnamese; the build and the checker say it)."""
    return (
        f"liên kết `{link}` ra ngoài thư mục nội dung: bản dựng không chép tệp nằm ngoài đó; "
        "hãy đặt tệp vào images/ hoặc files/ và liên kết tới đó"
    )
