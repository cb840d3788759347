"""Build cache and parallel build for the portal (Pelican glue in ``plugin``).

Pure parts, no Pelican import: ``store`` (a versioned key-value store on SQLite),
``fingerprint`` (stable hashes of files, settings and code), ``pool`` (fork-based map).
Glue: ``plugin`` (receivers), ``reading`` (cached, parallel Markdown + typogrify),
``writer`` (parallel rendering, unchanged pages never rewritten). See README.md.
"""


def register() -> None:
    """Pelican entry point (imported lazily so pure modules never load Pelican)."""
    from build_cache.plugin import register as _register

    _register()
