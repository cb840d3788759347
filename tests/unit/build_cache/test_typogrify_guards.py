"""Guarded typogrify passes give exactly what the libraries' own passes give."""

from __future__ import annotations

import smartypants
import typogrify.filters as typogrify_filters
from build_cache.typogrify_guards import (
    GUARDED_VERSIONS,
    TRIGGERS,
    guarded,
    install_guards,
    module_version,
    unguarded,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.support import ROOT

MODULES = {"smartypants": smartypants, "typogrify.filters": typogrify_filters}
# Every character a pass looks at, plus ordinary and Vietnamese letters, tags, digits.
TEXT = st.text(alphabet=list("'\"`\\-. &;#x0189sS\tabcđếờ\n[({<>/=n"), max_size=40)


def library_passes():
    """(module name, pass name, the library's own pass, its triggers) of every guard."""
    return [
        (module, name, unguarded(getattr(MODULES[module], name)), triggers)
        for module, passes in TRIGGERS.items()
        for name, triggers in passes.items()
    ]


def test_the_guards_are_installed_for_the_pinned_versions():
    for name, module in MODULES.items():
        assert module_version(module) == GUARDED_VERSIONS[name]
        assert install_guards(module)
        for pass_name in TRIGGERS[name]:
            current = getattr(module, pass_name)
            assert unguarded(current) is not current


@given(TEXT)
@settings(max_examples=600)
@example('a"b')
@example("'80s")
@example("x``y''")
@example("a. . .b")
@example("a..b")
@example("\\.")
@example("a--b")
@example("Một & hai")
@example("a&nbsp;&amp;&nbsp;b")
def test_every_guarded_pass_equals_the_library_pass(text):
    for module, name, library_pass, triggers in library_passes():
        assert guarded(library_pass, triggers)(text) == library_pass(text), (module, name, text)


def test_a_guarded_pass_does_not_call_the_library_without_a_trigger():
    calls = []

    def library_pass(text):
        calls.append(text)
        return text.upper()

    quotes = guarded(library_pass, ("'", '"'))
    assert quotes("không có dấu nháy") == "không có dấu nháy"
    assert quotes('có "nháy"') == 'CÓ "NHÁY"'
    assert calls == ['có "nháy"']


def test_installing_twice_guards_each_pass_once():
    for name, module in MODULES.items():
        install_guards(module)
        install_guards(module)
        for pass_name in TRIGGERS[name]:
            guard = getattr(module, pass_name)
            assert unguarded(unguarded(guard)) is unguarded(guard)


def test_typogrify_output_is_unchanged_on_real_articles(monkeypatch):
    for module in MODULES.values():
        install_guards(module)
    texts = [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("content/**/*.md"))]
    texts.append(
        "<p>Ông nói: \"'Đúng' -- vậy...\" \\\"x\\\" `a' ``b'' '80s & A&amp;B</p><pre>\"y\"</pre>"
    )
    assert len(texts) > 5
    guarded_output = [typogrify_filters.typogrify(text) for text in texts]
    for module, name, library_pass, _ in library_passes():
        monkeypatch.setattr(MODULES[module], name, library_pass)
    assert [typogrify_filters.typogrify(text) for text in texts] == guarded_output
