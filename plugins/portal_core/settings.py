"""Settings of portal_core: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

DEFAULTS = frozen(
    {
        # Categories an article may use (`invoke check` reports any other); empty: any.
        "PORTAL_CATEGORIES": [],
    }
)

SPEC = Spec(plugin="portal_core", defaults=DEFAULTS)
