"""Skip the typogrify passes that cannot change a piece of text: same output, less CPU.

typogrify curls quotes and dashes with smartypants, which runs every pass (a handful of
regular expressions each) on every run of text between two tags: an article has hundreds.
Each pass can only rewrite text holding its trigger characters (the quote pass needs a
``'`` or a ``"``, the dash pass ``--``…), and most Vietnamese text holds none, so a guard
that returns the text untouched when no trigger is in it gives exactly the same output.
typogrify's own ``amp`` filter (every ``&`` between spaces wrapped in a span) walks the
whole page likewise, and can only change a page holding a ``&``. Markdown + typogrify take
about a quarter less CPU on the bench corpus.

The guards are correct for the versions they were read from (``GUARDED_VERSIONS``: every
regular expression of each pass contains one of its triggers). Another version is left
unguarded rather than trusted.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

# Module -> the version whose passes were read.
GUARDED_VERSIONS: dict[str, str] = {"smartypants": "2.0.2", "typogrify.filters": "2.1.0"}

# Module -> pass name -> the substrings at least one of which every rewrite of the pass needs.
TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "smartypants": {
        "process_escapes": ("\\",),
        "convert_quotes": ("'", '"'),
        "convert_backticks": ("``", "''"),
        "convert_single_backticks": ("`", "'"),
        "convert_dashes": ("--",),
        "convert_dashes_oldschool": ("--",),
        "convert_dashes_oldschool_inverted": ("--",),
        "convert_ellipses": ("..", ". ."),
    },
    "typogrify.filters": {"amp": ("&",)},
}

_GUARD_MARK = "_portal_guarded"


def guarded(pass_function: Callable[[str], str], triggers: tuple[str, ...]) -> Callable:
    """``pass_function`` that returns its text unchanged when no trigger occurs in it."""

    def guarded_pass(text: str, *args) -> str:
        for trigger in triggers:
            if trigger in text:
                return pass_function(text, *args)
        return text

    guarded_pass.__name__ = pass_function.__name__
    guarded_pass.__doc__ = pass_function.__doc__
    setattr(guarded_pass, _GUARD_MARK, pass_function)
    return guarded_pass


def module_version(module: ModuleType) -> str | None:
    """The version of the package ``module`` belongs to (``typogrify.filters`` -> typogrify's)."""
    package = module.__name__.partition(".")[0]
    top = module if package == module.__name__ else __import__(package)
    return getattr(top, "__version__", None)


def install_guards(module: ModuleType) -> bool:
    """Guard the passes of ``module`` (smartypants or typogrify.filters) in place, once.

    Returns whether the guards are in place: False when the module is another version than
    the one in ``GUARDED_VERSIONS`` (its passes are then left as they are).
    """
    if module_version(module) != GUARDED_VERSIONS.get(module.__name__):
        return False
    for name, triggers in TRIGGERS[module.__name__].items():
        current = getattr(module, name)
        if not hasattr(current, _GUARD_MARK):
            setattr(module, name, guarded(current, triggers))
    return True


def unguarded(pass_function: Callable) -> Callable:
    """The original pass behind a guarded one (the function itself when not guarded)."""
    return getattr(pass_function, _GUARD_MARK, pass_function)
