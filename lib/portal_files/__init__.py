"""Pure helpers for the portal's files (standard library only: no Pelican, Jinja or Markdown).

- ``header``: the ``Key: value`` metadata header of a content file, with line numbers;
- ``atomic``: write a file so that readers see the old or the new bytes, never a part;
- ``tree``: every file under a folder, from one listing per folder.
"""

from portal_files.atomic import write_atomic
from portal_files.header import Field, Header, parse_header, read_header, split_header
from portal_files.tree import files_under

__all__ = [
    "Field",
    "Header",
    "files_under",
    "parse_header",
    "read_header",
    "split_header",
    "write_atomic",
]
