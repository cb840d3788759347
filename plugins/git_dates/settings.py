"""Settings of git_dates: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # "Cập nhật lúc …" from each article file's last Git commit (False: off).
        "GIT_DATES_ENABLED": True,
    }
)

SPEC = Spec(plugin="git_dates", defaults=DEFAULTS, prefixes=("GIT_DATES_",))
