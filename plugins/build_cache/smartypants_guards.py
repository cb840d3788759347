"""Skip the smartypants passes that cannot change a piece of text: same output, less CPU.

typogrify curls quotes and dashes with smartypants, which runs every pass (a handful of
regular expressions each) on every run of text between two tags: an article has hundreds.
Each pass can only rewrite text holding its trigger characters (the quote pass needs a
``'`` or a ``"``, the dash pass ``--``…), and most Vietnamese text holds none, so a guard
that returns the text untouched when no trigger is in it gives exactly the same output
(a quarter less CPU for Markdown + typogrify on the bench corpus).

The guards are correct for the smartypants version they were read from (``GUARDED_VERSION``:
every regular expression of each pass contains one of its triggers). Another version is
left unguarded rather than trusted.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

GUARDED_VERSION = "2.0.2"

# Pass name -> the substrings at least one of which every rewrite of that pass needs.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "process_escapes": ("\\",),
    "convert_quotes": ("'", '"'),
    "convert_backticks": ("``", "''"),
    "convert_single_backticks": ("`", "'"),
    "convert_dashes": ("--",),
    "convert_dashes_oldschool": ("--",),
    "convert_dashes_oldschool_inverted": ("--",),
    "convert_ellipses": ("..", ". ."),
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


def install_guards(smartypants: ModuleType) -> bool:
    """Guard the passes of the ``smartypants`` module in place (once per process).

    Returns whether the guards are in place: False when the module is another version
    than ``GUARDED_VERSION`` (its passes are then left as they are).
    """
    if getattr(smartypants, "__version__", None) != GUARDED_VERSION:
        return False
    for name, triggers in TRIGGERS.items():
        current = getattr(smartypants, name)
        if not hasattr(current, _GUARD_MARK):
            setattr(smartypants, name, guarded(current, triggers))
    return True


def unguarded(pass_function: Callable) -> Callable:
    """The original pass behind a guarded one (the function itself when not guarded)."""
    return getattr(pass_function, _GUARD_MARK, pass_function)
