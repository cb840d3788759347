"""What the portal's content files mean, apart from Pelican (pure: no Pelican).

- ``source``: a content file's bytes -> text (UTF-8, LF, NFC) or a ``ContentError``;
- ``errors``: ``ContentError`` (file and line) and ``DroppedArticlesError``;
- ``metadata``: unknown dates and authors (``UNKNOWN_DATE``), Pelican's article collections;
- ``clock``: what time it is for publishing (``PORTAL_NOW``) and whether a date is to come.

The header parser is ``portal_files.header``; the Pelican reader is plugins/portal_core.
"""
