"""Errors raised by the portal while reading content; each names the file and line."""

from __future__ import annotations


class ContentError(Exception):
    """A content file the portal cannot publish. Message in Vietnamese, for editors."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class DroppedArticlesError(Exception):
    """Pelican could not turn some source files into articles: the build must stop."""

    def __init__(self, reasons: dict[str, str]) -> None:
        self.paths = sorted(reasons)
        self.reasons = reasons
        listing = "\n".join(f"  {reasons[p]}" for p in self.paths)
        super().__init__(
            "Không xuất bản được các bài sau; sửa rồi dựng lại (`invoke check` kiểm tra "
            "toàn bộ nội dung):\n" + listing
        )
