"""The preview's file handler: each response is one whole version of the file it serves.

livereload serves files with tornado's ``StaticFileHandler``, which takes the length from
one ``stat`` of the path and then opens the path again to send the bytes. A rebuild that
replaces the file in between (``write_atomic`` renames a new file over it) makes the
server announce the old length and send the new bytes: the browser gets a cut page, or
waits for bytes that never come. This handler opens the file once, reads it whole, and
answers every question (length, modification time, ETag, body) from that one reading.
Pages of a preview are small, so holding one in memory per request costs nothing.
"""

from __future__ import annotations

import hashlib
import os

from livereload.handlers import StaticFileHandler


class SnapshotStaticFileHandler(StaticFileHandler):
    """livereload's handler, serving the bytes of one reading of the file."""

    def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
        """Check the path as tornado does, then read the file it names once."""
        path = super().validate_absolute_path(root, absolute_path)
        if path is not None:
            with open(path, "rb") as handle:
                self._snapshot_stat = os.fstat(handle.fileno())
                self._snapshot = handle.read()
        return path

    def _stat(self) -> os.stat_result:
        return self._snapshot_stat

    def get_content_size(self) -> int:
        """Length of the bytes read, never of a newer file at the same path."""
        return len(self._snapshot)

    def get_content(self, abspath: str, start: int | None = None, end: int | None = None):
        """The bytes read (or the requested range of them), not a second opening of the path."""
        return self._snapshot[start:end]

    def compute_etag(self) -> str | None:
        """ETag of the bytes that are sent."""
        return f'"{hashlib.sha256(self._snapshot).hexdigest()}"'
