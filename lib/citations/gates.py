"""Patterns read backwards from a citation, searched only when their ending is there.

The patterns that read what precedes a citation (the body that issued it, the body whose
proposal it carries …) are anchored at the end of the searched span with ``\\Z`` and searched in a
window of up to a few hundred characters before the code. Python's ``re`` has no backward
search: it tries the whole pattern at every start position of the window, and a pattern that
embeds every issuing body in every spelling costs about 100 µs a window, most often to find
nothing. An ``EndGated`` pattern first looks for its required ending (the verb and what may
follow it) in the last characters of the span, as many as the ending's widest match, and
searches the whole pattern only when the ending is there.

Same result: ``full`` is built as some prefix followed by ``ending`` (or by one of several
endings each matched by ``ending``), so any match of ``full`` ends with a match of ``ending``
that starts at most ``width`` characters before the span's end; lookbehinds see the same text
in both searches (``re`` lets them look before ``pos``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

try:
    from re import _parser
except ImportError:  # another interpreter: gate on the whole span (still the same result)
    _parser = None


class EndGated:
    """``full.search`` for a pattern ending in ``\\Z``, tried only where ``ending`` matches at
    the end of the span. ``pattern`` and ``patterns`` name the text compiled (for the
    grammar's size budget)."""

    def __init__(
        self,
        full: re.Pattern,
        ending: str,
        compile: Callable[[str, int], re.Pattern] = re.compile,
    ) -> None:
        if not ending.endswith("\\Z)") and not ending.endswith("\\Z"):
            raise ValueError(f"an ending must be anchored at the span's end: {ending!r}")
        self.full = full
        self.pattern = full.pattern
        self._ending = compile(ending, full.flags)
        self._width = _widest(ending, full.flags)

    @property
    def patterns(self) -> tuple[str, str]:
        """The text of both compiled patterns: the whole one and its ending."""
        return self.full.pattern, self._ending.pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """The match of ``full.search(string, pos, endpos)``, or None."""
        end = min(endpos, len(string))
        if self._ending.search(string, max(pos, end - self._width), end) is None:
            return None
        return self.full.search(string, pos, end)


def _widest(ending: str, flags: int) -> int:
    """The most characters ``ending`` can match (a huge number when it is unbounded)."""
    if _parser is None:
        return sys.maxsize
    return _parser.parse(ending, flags).getwidth()[1]
