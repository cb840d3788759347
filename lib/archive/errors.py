"""Errors of the document archive; each says what is wrong, where, and what to do (pure)."""

from __future__ import annotations


class ArchiveError(Exception):
    """Bad archive input (record file, override, settings). Message in Vietnamese, for editors."""

    def __init__(self, path: str | None, line: int | None, message: str, hint: str = "") -> None:
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        text = f"{where}{message}"
        if hint:
            text += f"\n  Gợi ý: {hint}"
        super().__init__(text)


class ArchiveSettingsError(ArchiveError):
    """A DOCUMENT_*/ARCHIVE_* setting has an unknown name or a wrong type."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__("pelicanconf.py", None, message, hint)


class ArchiveCountError(Exception):
    """Some article is missing from an archive kind: the build must stop."""
