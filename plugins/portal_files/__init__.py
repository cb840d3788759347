"""Pure helpers for the portal's files (standard library only: no Pelican, Jinja or Markdown).

- ``header``: the ``Key: value`` metadata header of a content file, with line numbers.
"""

from portal_files.header import Field, Header, parse_header, read_header, split_header

__all__ = ["Field", "Header", "parse_header", "read_header", "split_header"]
