"""Pure helpers for the portal's files (standard library only: no Pelican, Jinja or Markdown).

- ``header``: the ``Key: value`` metadata header of a content file, with line numbers;
- ``atomic``: write a file so that readers see the old or the new bytes, never a part (or
  straight into a new file, for a folder no one reads yet);
- ``tree``: every file under a folder, from one listing per folder (with size and mtime);
- ``links``: the symbolic links under a folder that lead out of it (never published);
- ``soft_breaks``: a Markdown body with the line breaks inside its paragraphs read as spaces,
  at the same offsets (what the citation extractor and the checker read).
"""

from portal_files.atomic import write_atomic, write_new
from portal_files.header import Field, Header, parse_header, read_header, split_header
from portal_files.tree import StampedFile, files_under, stamped_files

__all__ = [
    "Field",
    "Header",
    "StampedFile",
    "files_under",
    "parse_header",
    "read_header",
    "split_header",
    "stamped_files",
    "write_atomic",
    "write_new",
]
