"""The one settings pattern: frozen defaults, validation with hints, setdefault (pure)."""

from __future__ import annotations

import pytest
from settings_spec import SettingsError, Spec, apply, frozen, validated

SPEC = Spec(
    plugin="demo",
    defaults=frozen(
        {
            "DEMO_URL": "demo/",
            "DEMO_COUNT": 3,
            "DEMO_PATHS": ["a"],
            "DEMO_LIMIT": None,
            "DEMO_ON": True,
        }
    ),
    prefixes=("DEMO_",),
    types={"DEMO_LIMIT": (int, type(None))},
    minimum={"DEMO_COUNT": 0},
    runtime=frozenset({"DEMO_RUNTIME"}),
)


def test_settings_spec_defaults_are_frozen():
    with pytest.raises(TypeError):
        SPEC.defaults["DEMO_URL"] = "x"  # type: ignore[index]
    assert SPEC.defaults["DEMO_PATHS"] == ("a",)


def test_settings_spec_site_values_override_defaults_and_others_are_ignored():
    merged = validated(SPEC, {"DEMO_COUNT": 7, "SITENAME": "x", "DEMO_PATHS": ("b", "c")})
    assert merged["DEMO_COUNT"] == 7
    assert merged["DEMO_PATHS"] == ("b", "c")
    assert merged["DEMO_URL"] == "demo/"
    assert "SITENAME" not in merged


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        pytest.param({"DEMO_URLS": "x/"}, "có phải DEMO_URL", id="typo-gets-a-hint"),
        pytest.param({"DEMO_ZZZZZZZZZZ": 1}, "DEMO_COUNT, DEMO_LIMIT", id="far-lists-all"),
        pytest.param({"DEMO_COUNT": "3"}, "DEMO_COUNT phải là số nguyên", id="str-for-int"),
        pytest.param({"DEMO_COUNT": True}, "DEMO_COUNT phải là số nguyên", id="bool-for-int"),
        pytest.param({"DEMO_ON": 1}, "DEMO_ON phải là True/False", id="int-for-bool"),
        pytest.param({"DEMO_PATHS": "a"}, "DEMO_PATHS phải là danh sách", id="str-for-list"),
        pytest.param({"DEMO_LIMIT": "5"}, "số nguyên hoặc None", id="optional-int"),
        pytest.param({"DEMO_COUNT": -1}, "DEMO_COUNT phải từ 0 trở lên", id="below-minimum"),
    ],
)
def test_settings_spec_bad_values_name_the_key(site, expected):
    with pytest.raises(SettingsError) as excinfo:
        validated(SPEC, site)
    assert expected in str(excinfo.value)
    assert str(excinfo.value).startswith("pelicanconf.py: ")


def test_settings_spec_runtime_keys_are_not_typos():
    assert validated(SPEC, {"DEMO_RUNTIME": object()})["DEMO_URL"] == "demo/"


def test_settings_spec_apply_sets_only_missing_keys_with_fresh_copies():
    site = {"DEMO_COUNT": 5}
    apply(SPEC, site)
    assert site["DEMO_COUNT"] == 5
    assert site["DEMO_URL"] == "demo/" and site["DEMO_LIMIT"] is None
    assert site["DEMO_PATHS"] == ["a"]
    site["DEMO_PATHS"].append("b")
    other: dict = {}
    apply(SPEC, other)
    assert other["DEMO_PATHS"] == ["a"]


def test_settings_spec_error_class_is_the_plugins():
    class PluginError(Exception):
        def __init__(self, message, hint=""):
            super().__init__(f"{message} | {hint}")

    spec = Spec(plugin="p", defaults=frozen({"P_X": 1}), prefixes=("P_",), error=PluginError)
    with pytest.raises(PluginError, match="thiết lập không có: P_Y"):
        validated(spec, {"P_Y": 1})
