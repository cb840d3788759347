"""Text hard-wrapped at a fixed width, its paragraphs joined again (pure).

An e-mail, a terminal's copy or an old ``.txt`` may break every line at 70-80 columns. The
readers take one line for one paragraph (or title, or date line), so a wrapped paragraph would
read as a stack of headings and its first lines could be lost with the header. A text is taken
as wrapped only when no more than a tenth of its lines are longer than ``MAX_WIDTH``, many
lines stop near one width (the length several lines reach) and most of those stop inside a
sentence (short paragraphs of one line each end with their full stop). Then a line break is
a wrap when the next line's first word would not have fitted on the line (the classic test of
mail readers), and a real break otherwise: after a short line (a title, a date line, a
paragraph's last line), and before a blank line, an indented line or a list item. Wrappers
break at spaces only (``fmt``, mail clients), so a line ending in "-" is joined with a space.
"""

from __future__ import annotations

import itertools
import re

from importer.recognise import ends_sentence

MAX_WIDTH = 100  # wider lines are not a fixed wrap width
_NEAR_FULL = 15  # characters short of the width that still count as a full line
_MIN_WRAPS = 3  # full lines followed by text that make a text count as wrapped
_NEW_BLOCK = re.compile(r"^(?:\s|[-*•+]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)")


def _width(lines: list[str]) -> int | None:
    """The wrap width of a wrapped text, or None when the text is not wrapped."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if not lengths or sum(n > MAX_WIDTH for n in lengths) * 10 > len(lengths):
        return None
    # the length that several lines reach: one long title or date line is no wrap width
    fitting = sorted((n for n in lengths if n <= MAX_WIDTH), reverse=True)
    rank = max(_MIN_WRAPS, len(fitting) // 20)
    width = fitting[rank - 1] if len(fitting) >= rank else 0
    full = [
        line.rstrip()
        for line, after in itertools.pairwise(lines)
        if after.strip() and len(line.rstrip()) >= width - _NEAR_FULL
    ]
    if width < 40 or len(full) < _MIN_WRAPS or len(full) * 4 < len(lengths):
        return None
    # a wrap falls between any two words, so most full lines stop inside a sentence; short
    # paragraphs of one line each end with their full stop
    if sum(ends_sentence(line) for line in full) * 2 > len(full):
        return None
    return width


def _wrapped(line: str, after: str, width: int) -> bool:
    if not line.strip() or not after.strip() or _NEW_BLOCK.match(after):
        return False
    return len(line.rstrip()) + 1 + len(after.split()[0]) > width


def unwrap_hard_wrapped(text: str) -> str:
    """``text`` with the lines of each hard-wrapped paragraph joined; as it is when its lines
    are not wrapped at a fixed width."""
    lines = text.splitlines()
    width = _width(lines)
    if width is None:
        return text
    joined: list[str] = []
    for i, line in enumerate(lines):
        if i and _wrapped(lines[i - 1], line, width):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined)
