"""Document archive model (pure: no Pelican): what the archive pages are made of.

- ``records``: document records (``content/van-ban/*.md``) parsed with line numbers;
- ``overrides``: an article's ``Cites:``/``Not_cites:`` corrections;
- ``citing``: the citations of a text, resolved against the register of records;
- ``merge``: an article's cited documents from extraction, records and overrides;
- ``identity``: one canonical key and slug per document, collisions refused;
- ``listing``: the views of the documents index; ``archives``: periods and authors;
- ``errors``: ``ArchiveError`` and friends, with path, line and a hint.

The Pelican glue (generator, ``Document`` URL wrapper, receivers) is plugins/document_archive.
"""
