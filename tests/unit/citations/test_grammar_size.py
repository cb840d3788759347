"""The grammar's compiled size is a memory budget: every process that extracts citations
(the build, each render worker, the checker) holds the compiled patterns, so a head added
with a whole alternation embedded again costs tens of MiB at archive size (see "Grammar
size" in lib/citations/README.md)."""

import re

import citations.grammar as grammar
from citations.gates import EndGated

#: Total pattern text of the compiled grammar, in characters. 5.09 M after the heads were
#: written as trees (cd25281); the rounds before that had let it grow to 9.68 M, 144 MiB
#: per process after the import against 84 MiB now.
PATTERN_BUDGET = 6_500_000
#: The heads' alternation, embedded in every large pattern (144 times).
HEAD_ALT_BUDGET = 32_000


def test_compiled_grammar_stays_within_its_memory_budget():
    total = sum(len(v.pattern) for v in vars(grammar).values() if isinstance(v, re.Pattern))
    # a gated pattern holds its whole pattern and its ending (citations/gates.py)
    total += sum(
        len(text) for v in vars(grammar).values() if isinstance(v, EndGated) for text in v.patterns
    )
    assert total < PATTERN_BUDGET, f"{total:,} characters of compiled patterns"


def test_heads_alternation_stays_within_its_budget():
    assert len(grammar._HEAD_ALT) < HEAD_ALT_BUDGET
