"""Guarded smartypants passes give exactly what the library's own passes give."""

from __future__ import annotations

import smartypants
from build_cache.smartypants_guards import (
    GUARDED_VERSION,
    TRIGGERS,
    guarded,
    install_guards,
    unguarded,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typogrify.filters import typogrify

from tests.support import ROOT

# Every character a pass looks at, plus ordinary and Vietnamese letters, entities, digits.
TEXT = st.text(alphabet=list("'\"`\\-. &;#x0189sS\tabcđếờ\n[({"), max_size=40)


def test_the_guards_are_installed_for_the_pinned_version():
    assert smartypants.__version__ == GUARDED_VERSION
    assert install_guards(smartypants)
    for name in TRIGGERS:
        assert unguarded(getattr(smartypants, name)) is not getattr(smartypants, name)


@given(TEXT)
@settings(max_examples=600)
@example('a"b')
@example("'80s")
@example("x``y''")
@example("a. . .b")
@example("a..b")
@example("\\.")
@example("a--b")
def test_every_guarded_pass_equals_the_library_pass(text):
    for name, triggers in TRIGGERS.items():
        library_pass = unguarded(getattr(smartypants, name))
        assert guarded(library_pass, triggers)(text) == library_pass(text), (name, text)


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
    install_guards(smartypants)
    install_guards(smartypants)
    for name in TRIGGERS:
        guard = getattr(smartypants, name)
        assert unguarded(unguarded(guard)) is unguarded(guard)


def test_typogrify_output_is_unchanged_on_real_articles(monkeypatch):
    install_guards(smartypants)
    texts = [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("content/**/*.md"))]
    texts.append("<p>Ông nói: \"'Đúng' -- vậy...\" \\\"x\\\" `a' ``b'' '80s</p><pre>\"y\"</pre>")
    assert len(texts) > 5
    guarded_output = [typogrify(text) for text in texts]
    for name in TRIGGERS:
        monkeypatch.setattr(smartypants, name, unguarded(getattr(smartypants, name)))
    assert [typogrify(text) for text in texts] == guarded_output
