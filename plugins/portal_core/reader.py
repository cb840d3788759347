"""Markdown reader that decodes strictly and understands "unknown" dates and authors."""

from __future__ import annotations

from markdown import Markdown
from pelican.readers import MarkdownReader

from portal_core.errors import ContentError
from portal_core.metadata import UNKNOWN_VALUES, unknown_date
from portal_core.source import decode_source


class VietnameseMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader with strict UTF-8/NFC decoding and portal metadata."""

    def read(self, source_path: str):
        """Read one Markdown file; raise ContentError with file:line on bad input."""
        with open(source_path, "rb") as handle:
            text = decode_source(source_path, handle.read())
        if not text.strip():
            raise ContentError(source_path, 1, "tệp rỗng: thiếu tiêu đề, ngày và nội dung")
        self._source_path = source_path
        self._md = Markdown(**self.settings["MARKDOWN"])
        content = self._md.convert(text)
        metadata = self._parse_metadata(self._md.Meta) if hasattr(self._md, "Meta") else {}
        return content, metadata

    def process_metadata(self, name: str, value):
        """Map the reserved "unknown" date to a sentinel; parse everything else as Pelican."""
        if name == "date" and isinstance(value, str) and value.strip().lower() in UNKNOWN_VALUES:
            return unknown_date()
        try:
            return super().process_metadata(name, value)
        except (ValueError, OverflowError) as exc:
            raise ContentError(
                getattr(self, "_source_path", "?"),
                None,
                f"giá trị '{name}' không hợp lệ ({value!r}): {exc}",
            ) from exc
