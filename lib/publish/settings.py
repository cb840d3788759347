"""Settings of `invoke publish` / `invoke rollback` (publishconf.py): frozen defaults and
their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # Holds the symlinks `current` (served) and `previous`, relative to the repository.
        "PUBLISH_DIR": "published",
        # One folder per published build; on the same filesystem as PUBLISH_DIR.
        "PUBLISH_RELEASES_DIR": "site-releases",
        # Finished builds kept on disk (current and previous are always kept).
        "PUBLISH_KEEP": 5,
    }
)

SPEC = Spec(
    plugin="publish", defaults=DEFAULTS, prefixes=("PUBLISH_",), minimum={"PUBLISH_KEEP": 0}
)
