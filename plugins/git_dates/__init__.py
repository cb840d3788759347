"""Git dates: "Cập nhật lúc …" from each article file's last Git commit (Pelican glue).

Adds ``article.git_updated`` (aware datetime in Vietnam time, or None). Works outside a Git
checkout (then always None). Setting: ``GIT_DATES_ENABLED`` (default True).
"""

from git_dates.plugin import register

__all__ = ["register"]
