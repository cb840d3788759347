"""Document archive: pages per cited document, by date and by author (Pelican glue).

Pure parts (no Pelican import): overrides, merge, identity, records, archives, settings.
Glue: plugin (receivers), generator, model (Document URLWrapper). See README.md.
"""


def register() -> None:
    """Pelican entry point; the glue is imported only here, so the package's pure modules
    can be used without loading Pelican."""
    from document_archive.plugin import register as connect

    connect()


__all__ = ["register"]
