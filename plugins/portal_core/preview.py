"""`invoke serve`: rebuild in a warm process and show content errors in the browser.

Every rebuild goes through ``run_build`` (cache, parallel workers, atomic swap), so the
served folder always holds a complete build. When a save breaks an article, the page of
that article in the served folder is replaced by a Vietnamese error page naming the file
and line; the next good build replaces the whole folder again.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from build_cache.session import output_sources

from portal_core.build import run_build

_PATH_IN_MESSAGE = re.compile(r"(/[^\s:]+\.(?:md|markdown|mkd|mdown))(?::\d+)?")


@dataclass
class PreviewBuilder:
    """Builds ``content`` with ``settings_file`` into ``output``, again on every change."""

    settings_file: Path
    output: Path
    content: Path | None = None
    log: Callable[[str], None] = print
    errors: list[str] = field(default_factory=list)

    def build(self) -> bool:
        """One build; on failure, the broken articles' pages show the error."""
        self.errors = []
        started = time.perf_counter()
        status = run_build(self.settings_file, self.output, self.content, report=self.errors.append)
        seconds = time.perf_counter() - started
        if status == 0:
            self.log(f"Đã dựng lại trong {seconds:.1f} giây.")
            return True
        for message in self.errors:
            self.log(message)
        self.show_errors()
        return False

    def show_errors(self) -> None:
        """Write an error page in place of each broken article's page (preview only)."""
        from pelican.settings import read_settings

        if not self.output.is_dir():
            return
        settings = read_settings(str(self.settings_file))
        sources = output_sources(settings, str(self.output.resolve()))
        page = error_page(self.errors)
        for path in broken_sources(self.errors):
            relpath = sources.get(path)
            if relpath:
                target = self.output / relpath
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(page, encoding="utf-8")


def broken_sources(messages: list[str]) -> list[str]:
    """Source files named in build error messages (absolute paths)."""
    found: list[str] = []
    for message in messages:
        for match in _PATH_IN_MESSAGE.finditer(message):
            if match.group(1) not in found:
                found.append(match.group(1))
    return found


def error_page(messages: list[str]) -> str:
    """A small self-contained Vietnamese page listing the build errors (escaped)."""
    items = "".join(f"<li><pre>{html.escape(m)}</pre></li>" for m in messages)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Lỗi khi dựng bài viết</title></head><body>"
        "<main><h1>Bài viết này đang có lỗi</h1>"
        "<p>Sửa tệp theo thông báo dưới đây rồi lưu lại; trang sẽ tự tải lại.</p>"
        f"<ul>{items}</ul></main></body></html>"
    )
