"""Markdown reader that decodes strictly and understands "unknown" dates and authors.

Markdown and typogrify run once per distinct file content: the result comes from the
build session (plugins/build_cache: cached on disk, rendered in parallel workers); only
the cheap step from metadata strings to Pelican values runs on every build.
"""

from __future__ import annotations

import re

from build_cache.rendering import MarkdownRenderer, RenderedSource
from build_cache.session import SESSION_KEY, source_key
from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED, MarkdownReader
from pelican.urlwrappers import URLWrapper
from pelican.utils import SafeDatetime
from portal_content.errors import ContentError
from portal_content.metadata import UNKNOWN_DATE, UNKNOWN_VALUES, unreadable_date_message
from portal_content.source import decode_source
from portal_files.header import key_line

#: The date shapes the scaffold and the importer write ("2024-05-21 14:30"): read directly,
#: to the value Pelican's dateutil parser gives them (a naive SafeDatetime; Pelican then
#: applies TIMEZONE). Any other shape, or an impossible date, goes to Pelican as before.
_PLAIN_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?")


def plain_date(value: str) -> SafeDatetime | None:
    """``value`` as Pelican would read it when it is a plain ISO date, else None."""
    match = _PLAIN_DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return SafeDatetime(*(int(part or 0) for part in match.groups()))
    except ValueError:
        return None  # Pelican words the error


class VietnameseMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader with strict UTF-8/NFC decoding and portal metadata.

    Categories, authors and tags written the same way are one object for the whole build
    (Pelican makes one per article: 200,000 objects at 50,000 articles). Pelican groups
    them by slug anyway; each article still shows its name as written.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._wrappers: dict[tuple[type, str], URLWrapper] = {}

    def read(self, source_path: str):
        """Read one Markdown file; raise ContentError with file:line on bad input."""
        with open(source_path, "rb") as handle:
            data = handle.read()
        self._source_path = source_path
        key = source_key(data)
        session = self.settings.get(SESSION_KEY)
        # A cached rendering exists only for a file that decoded cleanly: skip decoding.
        rendered = session.cached(key) if session is not None and data.strip() else None
        if rendered is None:
            text = decode_source(source_path, data)
            if not text.strip():
                raise ContentError(source_path, 1, "tệp rỗng: thiếu tiêu đề, ngày và nội dung")
            if session is not None:
                rendered = session.rendered(key, text)
            else:
                rendered = MarkdownRenderer(self.settings).render(text)
        metadata = self._metadata(rendered)
        # The build cache knows a page by the bytes of its source (plugins/build_cache).
        metadata["portal_source_key"] = key
        return rendered.content, metadata

    def _metadata(self, rendered: RenderedSource) -> dict:
        """Pelican metadata from the rendered strings (as MarkdownReader._parse_metadata)."""
        output = {}
        for name, values in rendered.meta.items():
            if name in rendered.formatted:
                output[name] = self.process_metadata(name, rendered.formatted[name])
            elif name == "title" and rendered.title is not None:
                output[name] = self.process_metadata(name, rendered.title)
            elif not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True) or len(values) == 1:
                output[name] = self.process_metadata(name, values[0])
            else:
                output[name] = self.process_metadata(name, values)
        return output

    def process_metadata(self, name: str, value):
        """Read the reserved "unknown" date as UNKNOWN_DATE; parse everything else as Pelican."""
        if name == "date" and isinstance(value, str) and value.strip().lower() in UNKNOWN_VALUES:
            return UNKNOWN_DATE
        if name in ("date", "modified") and isinstance(value, str):
            parsed = plain_date(value)
            if parsed is not None:
                return parsed
        try:
            return self.shared(super().process_metadata(name, value))
        except (ValueError, OverflowError) as exc:
            path = getattr(self, "_source_path", "?")
            if name in ("date", "modified") and isinstance(value, str):
                message = f"{name.capitalize()}: {unreadable_date_message(value.strip())}"
            else:
                message = f"giá trị `{name}` không hợp lệ ({value!r}): {exc}"
            raise ContentError(path, key_line(path, name), message) from exc

    def shared(self, value):
        """``value`` with each category, author or tag replaced by the build's one object of
        that kind and name."""
        if isinstance(value, URLWrapper):
            return self._wrappers.setdefault((type(value), value.name), value)
        if isinstance(value, list) and value and isinstance(value[0], URLWrapper):
            return [self.shared(item) for item in value]
        return value
