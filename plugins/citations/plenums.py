"""Central Committee plenum resolutions by term: resolve "Nghị quyết Trung ương 4 (khóa XII)".

A plenum (Hội nghị Trung ương) often adopts several resolutions, numbered in the one NQ/TW
series of the term. A reference naming only the plenum resolves when common usage gives it one
meaning (``primary``: "Nghị quyết Trung ương 4 khóa XII" is 04-NQ/TW on Party building, not
05-NQ/TW or 06-NQ/TW of the same plenum). A reference naming the number as well ("Nghị quyết 18
của Hội nghị Trung ương 6 (khóa XII)") resolves when that number is in the row. Without a term
nothing resolves: the same plenum number recurs every term.

Every row is common knowledge (k), not checked against a primary source; ✓ marks rows also
stated by the design notes or a real report in the corpus. Dates are given only where sure.
Add rows only with the same care: a wrong row silently files reports under the wrong document.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlenumRow:
    """Resolutions adopted at one plenum of one term."""

    term: str
    plenum: int
    resolutions: tuple[tuple[str, str | None], ...]  # (canonical id, ISO date or None)
    primary: str | None  # the one meant by "Nghị quyết Trung ương N", when usage is settled
    source: str = "common knowledge"


# term plenum primary | resolutions "NN" or "NN@YYYY-MM-DD" (all NN-NQ/TW) | source note
_TABLE = """
VIII  5  03 | 03@1998-07-16                                      |
IX    3  05 | 05@2001-09-24                                      | ✓ corpus
IX    7  -  | 23 24 25 26                                        |
X     3  04 | 04@2006-08-21                                      | ✓ design notes
X     5  -  | 14@2007-07-30 17@2007-08-01                        |
X     6  -  | 20 21 22@2008-02-02                                |
X     7  -  | 25 26@2008-08-05 27@2008-08-06                     |
XI    4  12 | 12@2012-01-16 13@2012-01-16                        | ✓ corpus (13)
XI    6  20 | 20@2012-11-01                                      |
XI    8  -  | 28@2013-10-25 29@2013-11-04                        |
XI    9  33 | 33@2014-06-09                                      |
XII   4  04 | 04@2016-10-30 05 06                                | ✓ seeds-gold (04)
XII   5  -  | 10@2017-06-03 11@2017-06-03 12@2017-06-03          |
XII   6  -  | 18@2017-10-25 19@2017-10-25 20@2017-10-25 21@2017-10-25 | ✓ seeds-gold (18)
XII   7  -  | 26@2018-05-19 27@2018-05-21 28@2018-05-23          |
XIII  5  -  | 18@2022-06-16 19@2022-06-16 20@2022-06-16          |
XIII  6  -  | 27@2022-11-09 29@2022-11-17                        |
XIII  8  -  | 44@2023-11-24 45@2023-11-24                        |
"""


def _parse_table(table: str) -> tuple[PlenumRow, ...]:
    rows = []
    for line in table.strip().splitlines():
        head, res, note = (part.strip() for part in line.split("|"))
        term, plenum, primary = head.split()
        resolutions = tuple(
            (f"{r.split('@')[0]}-NQ/TW", r.split("@")[1] if "@" in r else None) for r in res.split()
        )
        source = "common knowledge" + (f"; {note}" if note else "")
        rows.append(
            PlenumRow(
                term,
                int(plenum),
                resolutions,
                None if primary == "-" else f"{primary}-NQ/TW",
                source,
            )
        )
    return tuple(rows)


#: Every row: (term, plenum) → resolutions; built once from the table above.
PLENUMS: tuple[PlenumRow, ...] = _parse_table(_TABLE)


def find_row(term: str | None, plenum: int) -> PlenumRow | None:
    """The row for a plenum of a term, or None."""
    if not term:
        return None
    for row in PLENUMS:
        if row.term == term and row.plenum == plenum:
            return row
    return None


def resolve_plenum(term: str | None, plenum: int) -> str | None:
    """Id meant by "Nghị quyết Trung ương <plenum> (khóa <term>)", when usage settles it."""
    row = find_row(term, plenum)
    return row.primary if row else None


def resolve_numbered(term: str | None, plenum: int, number: str) -> str | None:
    """Id of "Nghị quyết <number> của Hội nghị Trung ương <plenum> (khóa <term>)", if known."""
    row = find_row(term, plenum)
    if row is None or not number.isdigit():
        return None
    for rid, _date in row.resolutions:
        if int(rid.split("-", 1)[0]) == int(number):
            return rid
    return None
