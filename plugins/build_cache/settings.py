"""Settings of build_cache: frozen defaults and their validation (pure; docs/settings.md)."""

from __future__ import annotations

from settings_spec import Spec, frozen

# Templates whose pages show one object given in their own variables, plus the menu.
PER_OBJECT = ("article", "page", "category", "tag", "author", "document", "period_archives")

DEFAULTS = frozen(
    {
        # Folder of the build cache (relative paths: from the working folder); the
        # environment variable PORTAL_CACHE_DIR overrides it; "" or "off" turns it off.
        "PORTAL_CACHE_DIR": ".cache/portal",
        # Worker processes for rendering and writing; 0 = one per CPU this build may use.
        "PORTAL_BUILD_PROCESSES": 0,
        # Typographic quotes and dashes, applied once per distinct source (Pelican's own
        # TYPOGRIFY stays off so it does not run twice).
        "PORTAL_TYPOGRIFY": True,
        # Articles of each category on the home page (theme/templates/index.html).
        "HOME_CATEGORY_ARTICLES": 3,
        # Templates whose pages depend only on their own variables and the menu.
        "PORTAL_PER_OBJECT_TEMPLATES": PER_OBJECT,
    }
)

SPEC = Spec(
    plugin="build_cache",
    defaults=DEFAULTS,
    minimum={"PORTAL_BUILD_PROCESSES": 0, "HOME_CATEGORY_ARTICLES": 0},
)


def setting(settings, name: str):
    """The value of one build_cache setting (its default when the site does not set it)."""
    return settings.get(name, DEFAULTS[name])
