"""Git dates: an honest "Cập nhật lúc …" for each article (Pelican glue + pure history).

Adds ``article.git_updated`` (aware datetime in Vietnam time, or None): the article's own
``Modified:`` if it has one, else the newest Git commit that changed its title, summary or
body after the file was added (imports and metadata-only commits are not updates; renames
are followed); shown only when later than publication. Works outside a Git checkout (then
only ``Modified:``). Setting: ``GIT_DATES_ENABLED`` (default True).
"""


def register() -> None:
    """Pelican entry point; the glue is imported only here, so the package's pure modules
    can be used without loading Pelican."""
    from git_dates.plugin import register as connect

    connect()


__all__ = ["register"]
