"""Turn a word-segmented news file of ``ThanhChinhBK/vietnews`` back into plain text.

The corpus (``data/*_tokenized/NNNNNN.txt.seg``) prints each article as a title line, a blank
line, the abstract, a blank line and the body, one sentence a line, after a Vietnamese word
segmenter: the syllables of a word are joined by ``_`` and every punctuation mark is a token of
its own, set off by spaces ("Ngày 25/2 , TAND TP. Đà_Nẵng …", "Quyết_định số 24 / QĐ - BGTVT").
The rules below undo only that spacing, so the text reads as a newspaper prints it; line breaks
(including the segmenter's sentence breaks after an abbreviation, "ông Th .↵đưa") are kept.

Usage::

    python bench/detokenize_vietnews.py FILE.txt.seg            # plain text on stdout
    python bench/detokenize_vietnews.py --select DIR [--first N]  # the selection of round 15

``--select`` prints, in the SHA-1 order of their names, the files of DIR whose plain text has a
document code shape or a document noun with a number (``SELECT_CODE``/``SELECT_NOUN``), the
selection rule of ``bench/citations_fresh19/sources.json``. Rounds 15-28 selected from
``data/test_tokenized`` (1,050 files, used up in fresh46); from round 29 the same rule runs on
``data/val_tokenized`` (fresh47 on), skipping a text equal to an earlier batch's or with the same
title line (``bench/citations_fresh47/sources.json``).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

#: Rule 1: the segmenter's word joiner. An underscore between two letters is the space between
#: two syllables of one word ("Đà_Nẵng" → "Đà Nẵng"); the corpus has no other underscores.
_JOINER = re.compile(r"(?<=\w)_(?=\w)")

#: Rule 2: a capital abbreviation token; what a document code's parts and a body's abbreviated
#: name are made of ("QĐ", "BGDĐT", "TTg", "TTr": capitals, at most one lower-case letter last).
_CAP = r"[A-ZĐ][A-ZĐ0-9]*[a-z]?"
#: A number, possibly already holding its year or a date ("24", "70/2019", "016").
_NUM = r"\d+(?:/\d+)*"
#: Rule 2: a document code the segmenter split at its "/" and "-": a number, then parts joined
#: by " / " or " - ", at least one of them a capital abbreviation and at least one separator a
#: slash ("24 / QĐ - BGTVT" → "24/QĐ-BGTVT", "70/2019 / NĐ - CP" → "70/2019/NĐ-CP",
#: "102 - QĐ / TW" → "102-QĐ/TW", "016 / BGTVT" → "016/BGTVT"). A number and a dash without a
#: slash ("95 - III", "Hà Nội - Hải Phòng") is left as printed: it is no code.
_CODE = re.compile(
    rf"(?<![\w/]){_NUM}(?: [/-] (?:{_CAP}(?: \d{{1,2}}(?![\d/]))?|{_NUM}))+(?![\w/])"
)
_UNIT_DIGITS = re.compile(r"(?<=[-/])([A-ZĐ]{1,3}) (\d{1,2})(?![\d/])")
#: Rule 3: capital abbreviations joined by "&" ("GD & ĐT" → "GD&ĐT", "LĐ - TB & XH" →
#: "LĐ-TB&XH"): a run of capital tokens with " & " (and " - ") between them, at least one "&".
_AMP = re.compile(rf"(?<!\w){_CAP}(?: [&-] {_CAP})*(?: & {_CAP})(?: [&-] {_CAP})*(?!\w)")
#: Rule 4: no space before a closing mark, none after an opening one.
_BEFORE_CLOSE = re.compile(r" +(?=[,.;:!?)\]}%”’…])")
_AFTER_OPEN = re.compile(r"(?<=[(\[{“‘]) +")
#: Rule 5: straight double quotes, paired in order within a line: the first of a pair opens
#: (no space after), the second closes (no space before).
_STRAIGHT = re.compile(r'"\s*(.*?)\s*"')

#: The selection of round 15: a document code shape (a number, a slash, an optional year and
#: capital letters, or a Party code "N-XX/TW") or a document noun followed by a number.
SELECT_CODE = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]+(?:-[A-ZĐ]+)*|\d+-[A-ZĐ]+/TW")
SELECT_NOUN = re.compile(
    r"\b(?:Nghị quyết|Chỉ thị|Quyết định|Nghị định|Thông tư|Công văn|Công điện|Kết luận"
    r"|Quy định|Thông báo|Kế hoạch)(?: số)? \d+",
    re.IGNORECASE,
)


def _join_code(match: re.Match[str]) -> str:
    code = match.group(0)
    parts = code.split(" ")[::2]
    if "/" not in code.split(" ")[1::2] or not any(re.fullmatch(_CAP, p) for p in parts):
        return code
    code = code.replace(" / ", "/").replace(" - ", "-")
    # The segmenter also splits a short unit from its digits ("A 61", "KTT 2"): inside a joined
    # code, one to three capitals after "-" or "/" and one or two digits are one part again.
    return _UNIT_DIGITS.sub(r"\1\2", code)


def detokenize_line(line: str) -> str:
    """One segmented line as plain text (the rules above, in order)."""
    line = _JOINER.sub(" ", line.strip())
    line = _CODE.sub(_join_code, line)
    line = _AMP.sub(lambda m: m.group(0).replace(" & ", "&").replace(" - ", "-"), line)
    line = _STRAIGHT.sub(lambda m: f'"{m.group(1)}"', line)
    line = _BEFORE_CLOSE.sub("", line)
    line = _AFTER_OPEN.sub("", line)
    return line


def detokenize(text: str) -> str:
    """A whole segmented file as plain text, line by line (blank lines kept)."""
    return "\n".join(detokenize_line(line) for line in text.splitlines()).strip() + "\n"


def selected(folder: Path) -> list[tuple[str, str]]:
    """(SHA-1 of the name, name) of the files of ``folder`` the selection rule takes, in order."""
    out = []
    for path in sorted(folder.glob("*.txt.seg")):
        text = detokenize(path.read_text(encoding="utf-8"))
        if SELECT_CODE.search(text) or SELECT_NOUN.search(text):
            out.append((hashlib.sha1(path.name.encode()).hexdigest(), path.name))
    return sorted(out)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--select"]:
        first = int(argv[argv.index("--first") + 1]) if "--first" in argv else None
        for sha, name in selected(Path(argv[1]))[:first]:
            print(sha, name)
        return 0
    for name in argv:
        sys.stdout.write(detokenize(Path(name).read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
