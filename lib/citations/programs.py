"""Compiled regular expressions kept between runs, the way ``__pycache__`` keeps bytecode.

The citation grammar builds a few regexes of 40-90 thousand characters (every issuing body,
in every spelling). ``re.compile`` spends about half a second on them, in every process that
imports the grammar: each build, each ``invoke check`` of one file, each test that starts
Python. The program ``re`` compiles a pattern into depends only on the pattern, its flags and
the interpreter, so it is stored (with ``marshal``, as ``.pyc`` files are) beside the
module's bytecode and handed back to ``_sre`` on the next import.

Safety: an entry is used only under the key of its exact pattern, flags and
``sys.version``; ``_sre`` validates every program it is given, and anything unexpected
(a missing or corrupt file, a private API that moved) falls back to ``re.compile``. The
patterns compiled either way compare equal (``tests/unit/citations/test_programs.py``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path

try:  # CPython's own compiler, the one ``re.compile`` runs
    import _sre
    from re import _compiler, _parser
except ImportError:  # another interpreter: compile every time
    _sre = None

#: Bump when the stored layout changes.
FORMAT = 2
#: An array type holding one SRE code word (32 bits): programs are stored as its bytes,
#: which load far faster than a list of ints.
_WORD = "I" if array("I").itemsize == 4 else "L"


def program_file(module_file: str) -> Path | None:
    """Where the programs of the module at ``module_file`` are kept: beside its bytecode
    (``__pycache__/grammar.cpython-311.regex``), or None on an interpreter without one.

    They are data, not bytecode: ``PYTHONDONTWRITEBYTECODE`` does not turn them off (a
    folder that cannot be written does; see ``RegexPrograms.save``)."""
    try:
        return Path(importlib.util.cache_from_source(module_file)).with_suffix(".regex")
    except (NotImplementedError, ValueError):
        return None


class RegexPrograms:
    """``compile`` like ``re.compile``, reusing programs stored in ``path`` by an earlier
    run; ``save`` stores what this run compiled (only the patterns it asked for)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored = _load(path)
        self._used: dict[str, tuple] = {}

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:
        """The compiled ``pattern``: equal to ``re.compile(pattern, flags)``."""
        if _sre is None or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = _key(pattern, int(flags))
        entry = self._stored.get(key)
        compiled = _from_entry(pattern, entry) if entry is not None else None
        if compiled is None:
            try:
                compiled, entry = _compile(pattern, int(flags))
            except re.error:
                raise
            except Exception:
                return re.compile(pattern, flags)
        self._used[key] = entry
        return compiled

    def save(self) -> None:
        """Write the programs used in this run, if they differ from the stored ones. A
        folder that cannot be written is left alone (the next run compiles again)."""
        if self.path is None or self._used == self._stored:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as stream:
                    marshal.dump((FORMAT, self._used), stream)
                os.chmod(temporary, 0o644)  # readable like the bytecode beside it
                os.replace(temporary, self.path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            return


def _key(pattern: str, flags: int) -> str:
    text = f"{FORMAT}\0{sys.version}\0{flags}\0{pattern}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _compile(pattern: str, flags: int) -> tuple[re.Pattern, tuple]:
    """What ``re._compiler.compile`` does, keeping the arguments it gives ``_sre``."""
    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # opcodes: int subclasses
    groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array(_WORD, code).tobytes()
    entry = (
        int(flags | parsed.state.flags),
        words,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    compiled = _sre.compile(pattern, entry[0], code, *entry[2:])
    return compiled, entry


def _from_entry(pattern: str, entry: tuple) -> re.Pattern | None:
    """The pattern rebuilt from a stored program, or None if ``_sre`` refuses it."""
    try:
        flags, words, groups, groupindex, indexgroup = entry
        code = array(_WORD, words).tolist()
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except Exception:
        return None


def _load(path: Path | None) -> dict[str, tuple]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as stream:
            stored_format, programs = marshal.load(stream)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if stored_format != FORMAT or not isinstance(programs, dict):
        return {}
    return programs
