"""Settings of scheduling: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # An article dated in the future is "scheduled". False: shown with a "Hẹn giờ đăng"
        # badge (preview); True (publishconf.py): left out of the build.
        "SCHEDULE_HOLD": False,
        # "Now" as "YYYY-MM-DD HH:MM" (Vietnam time); None: the clock. The environment
        # variable PORTAL_NOW overrides it.
        "PORTAL_NOW": None,
    }
)

SPEC = Spec(
    plugin="scheduling",
    defaults=DEFAULTS,
    prefixes=("SCHEDULE_",),
    types={"PORTAL_NOW": (str, type(None))},
)
