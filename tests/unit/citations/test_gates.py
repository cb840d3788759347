"""``EndGated``: a pattern read backwards from a citation is searched only when its ending is
at the end of the span, and finds exactly what the whole pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import citations.grammar as grammar
import pytest
from citations.canonical import search_view
from citations.gates import EndGated

ROOT = Path(__file__).resolve().parents[3]


def _gated(full: str, ending: str) -> EndGated:
    return EndGated(re.compile(full), ending)


def test_the_whole_pattern_is_found_when_its_ending_ends_the_span():
    gated = _gated(r"(?P<body>UBND \w+) (?:đã )?ban hành \Z", r"ban hành \Z")
    text = "Hôm qua UBND tỉnh đã ban hành Quyết định"
    m = gated.search(text, 0, text.index("Quyết"))
    assert m is not None and m.group("body") == "UBND tỉnh"


def test_nothing_is_found_without_the_ending_nor_when_only_the_ending_is_there():
    gated = _gated(r"UBND \w+ ban hành \Z", r"ban hành \Z")
    text = "UBND tỉnh ký Quyết định; Sở ban hành Quyết định"
    assert gated.search(text, 0, text.index("Quyết")) is None
    assert gated.search(text, 0, text.rindex("Quyết")) is None


def test_the_ending_may_look_behind_the_start_of_the_span():
    # lookbehinds see the text before ``pos`` in both searches
    gated = _gated(r"(?<=đã )\Z", r"(?<=đã )\Z")
    text = "UBND tỉnh đã Quyết định"
    at = text.index("Quyết")
    assert gated.search(text, at, at) is not None
    text = "UBND tỉnh ra Quyết định"
    at = text.index("Quyết")
    assert gated.search(text, at, at) is None


def test_an_unbounded_ending_is_looked_for_in_the_whole_span():
    gated = _gated(r"của[^.]*\Z", r"[^.]*\Z")
    text = "theo đề nghị của Sở Tài chính và các ngành liên quan tại"
    assert gated.search(text).group() == text[text.index("của") :]


def test_an_ending_not_anchored_at_the_end_is_refused():
    with pytest.raises(ValueError):
        _gated(r"ban hành \Z", r"ban hành ")


def _gated_patterns() -> list[tuple[str, EndGated]]:
    return [(name, v) for name, v in vars(grammar).items() if isinstance(v, EndGated)]


def test_the_grammar_gates_its_costly_backward_patterns():
    names = {name for name, _ in _gated_patterns()}
    assert {"BEFORE_RE", "BEFORE_AT_RE", "DECIDED_BY_RE", "JOINT_SUBJECT_RE"} <= names


def test_every_gated_grammar_pattern_finds_what_the_whole_pattern_finds_in_real_reports():
    # the windows the extractor searches: up to 400 characters before each code and number,
    # in every labelled report kept in the repository
    texts = [p.read_text("utf-8") for p in sorted(ROOT.glob("bench/citations_fresh*/*.txt"))]
    assert len(texts) > 500
    compared = matched = 0
    for text in texts:
        view = search_view(text)
        ends = {m.start() for m in grammar.ANY_ID_RE.finditer(view)}
        ends |= {m.start() for m in re.finditer(r"(?i)(?<!\w)số(?!\w)", view)}
        for end in ends:
            for reach in (160, 400):  # the reaches of ``_before`` and ``_enumerated``
                for _, gated in _gated_patterns():
                    want = gated.full.search(view, max(0, end - reach), end)
                    got = gated.search(view, max(0, end - reach), end)
                    assert (got and (got.span(), got.groupdict())) == (
                        want and (want.span(), want.groupdict())
                    ), (gated.pattern[:60], view[max(0, end - reach) : end])
                    compared += 1
                    matched += want is not None
    assert matched > 100, (compared, matched)
