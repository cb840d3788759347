"""One settings pattern for every plugin (pure: no Pelican import).

A plugin declares its settings once, as a ``Spec``: frozen defaults, the accepted types, the
prefixes it owns. At Pelican's ``initialized`` signal it calls ``apply(SPEC, settings)``:
the site's values are validated (an unknown key with an owned prefix, or a value of the
wrong type, stops the build with a message naming the key and the closest known name) and
every default the site does not set is added with ``setdefault``. Templates, tasks and code
then read ``settings[KEY]`` and never restate a default.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from difflib import get_close_matches
from types import MappingProxyType

__all__ = ["SettingsError", "Spec", "apply", "frozen", "validated"]


class SettingsError(ValueError):
    """A plugin setting has an unknown name or a wrong value (message in Vietnamese)."""

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        text = f"pelicanconf.py: {message}"
        if hint:
            text += f"\n  Gợi ý: {hint}"
        super().__init__(text)


def frozen(values: Mapping[str, object]) -> Mapping[str, object]:
    """A read-only view of ``values`` (lists inside become tuples)."""
    return MappingProxyType({k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})


_TYPE_NAMES = {
    str: "chuỗi",
    bool: "True/False",
    int: "số nguyên",
    float: "số",
    list: "danh sách",
    tuple: "danh sách",
    dict: "từ điển",
    type(None): "None",
}


@dataclass(frozen=True)
class Spec:
    """The settings of one plugin.

    ``types`` gives the accepted types of a key whose default's type is not enough (a
    ``None`` default, an int that may be None); otherwise the default's type is expected
    (a sequence default accepts a list or a tuple). ``minimum`` gives lower bounds of
    numbers. ``runtime`` names keys the plugin sets itself. ``error`` builds the exception
    raised (message, hint).
    """

    plugin: str
    defaults: Mapping[str, object]
    prefixes: tuple[str, ...] = ()
    types: Mapping[str, tuple[type, ...]] = field(default_factory=dict)
    minimum: Mapping[str, int] = field(default_factory=dict)
    docs: str = "docs/settings.md"
    # Keys with an owned prefix that the plugin sets itself at run time (never typos).
    runtime: frozenset[str] = frozenset()
    error: Callable[[str, str], Exception] = SettingsError

    def expected(self, key: str) -> tuple[type, ...]:
        """The types accepted for ``key``."""
        if key in self.types:
            return self.types[key]
        default = self.defaults[key]
        if isinstance(default, list | tuple):
            return (list, tuple)
        return (type(default),)

    def owns(self, key: str) -> bool:
        """True when ``key`` is one of this plugin's, or would be by its prefix."""
        if key in self.runtime:
            return False
        return key in self.defaults or key.startswith(self.prefixes)


def validated(spec: Spec, settings: Mapping[str, object]) -> dict[str, object]:
    """The plugin's settings: ``spec.defaults`` overridden by the site's, after checking them.

    Raises ``spec.error`` for an unknown key with one of the plugin's prefixes (with a
    "did you mean" hint) and for a value of a type the setting does not accept.
    """
    merged = dict(spec.defaults)
    for key, value in settings.items():
        if not spec.owns(key):
            continue
        if key not in spec.defaults:
            raise spec.error(f"thiết lập không có: {key}", _did_you_mean(spec, key))
        _check_type(spec, key, value)
        merged[key] = value
    for key, low in spec.minimum.items():
        value = merged[key]
        if value is not None and value < low:
            raise spec.error(
                f"{key} phải từ {low} trở lên, không phải {value!r}",
                f"mặc định: {key} = {spec.defaults[key]!r}",
            )
    return merged


def apply(spec: Spec, settings: dict) -> dict[str, object]:
    """Validate the site's settings and ``setdefault`` every default into ``settings``.

    Mutable defaults are copied, so no build can change another's. Returns the merged values.
    """
    merged = validated(spec, settings)
    for key, value in spec.defaults.items():
        if key not in settings:
            settings[key] = list(value) if isinstance(value, tuple) else copy.deepcopy(value)
    return merged


def _check_type(spec: Spec, key: str, value: object) -> None:
    expected = spec.expected(key)
    ok = isinstance(value, expected)
    if isinstance(value, bool) and bool not in expected:
        ok = False  # True is an int to Python, never a number of pages to an editor
    if not ok:
        names = " hoặc ".join(dict.fromkeys(_TYPE_NAMES.get(t, t.__name__) for t in expected))
        raise spec.error(
            f"{key} phải là {names}, không phải {value!r}",
            f"mặc định: {key} = {spec.defaults[key]!r}",
        )


def _did_you_mean(spec: Spec, key: str) -> str:
    close = get_close_matches(key, list(spec.defaults), n=3, cutoff=0.6)
    if close:
        return f"có phải {' hoặc '.join(close)}? Các thiết lập của {spec.plugin}: {spec.docs}"
    return f"các thiết lập của {spec.plugin}: {', '.join(sorted(spec.defaults))} ({spec.docs})"
