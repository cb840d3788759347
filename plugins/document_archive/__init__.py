"""Document archive: pages per cited document, by date and by author (Pelican glue).

Pure parts (no Pelican import): overrides, merge, identity, records, archives, settings.
Glue: plugin (receivers), generator, model (Document URLWrapper). See README.md.
"""

from document_archive.plugin import register

__all__ = ["register"]
