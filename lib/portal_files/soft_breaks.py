"""A Markdown body's prose as a reader reads it, at the same offsets (pure).

Markdown lets an editor wrap a paragraph over several lines: a line break inside a paragraph
(a *soft* break) is read and shown as a space. Text readers that look at the raw body (the
citation extractor, the checker) must read it the same way, or "Quy định số 98-QĐ/TW của Ban
Chấp" / "hành Trung ương" loses its issuer at the break. ``soft_breaks_as_spaces`` turns each
soft break into one space, so every offset, line and column stays where it was.

A break stays a break before a line that starts a block (a blank line, a list item, a heading,
a quote, a table row, a code fence, an attribute list ``{: …}``), after a heading, a table
row or a fence, after a hard break (two spaces or a backslash at the end of the line), and
inside a fenced code block.
"""

from __future__ import annotations

import re

_STARTS_BLOCK = re.compile(
    r"^[ ]{0,3}(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\||```|~~~|\{:)"
)
_FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~)")
_HARD_BREAK = ("  ", "\\")


def _ends_block(line: str) -> bool:
    stripped = line.lstrip(" ")
    return (
        not line.strip()
        or line.endswith(_HARD_BREAK)
        or stripped.startswith(("#", "|"))
        or bool(_FENCE.match(line))
    )


def soft_breaks_as_spaces(body: str) -> str:
    """``body`` with every soft line break inside a paragraph turned into a space (same
    length: offsets, lines and columns are those of ``body``)."""
    if "\n" not in body:
        return body
    lines = body.split("\n")
    out: list[str] = []
    fenced = False
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        printed = line.removesuffix("\r")  # a CR LF file: the CR goes with the break
        if _FENCE.match(printed):
            fenced = not fenced
        soft = (
            following is not None
            and not fenced
            and following.strip() != ""
            and not _ends_block(printed)
            and not _STARTS_BLOCK.match(following)
        )
        if soft:
            out.append(printed + " " * (len(line) - len(printed) + 1))
        else:
            out.append(line + ("\n" if following is not None else ""))
    return "".join(out)
