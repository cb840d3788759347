"""Stored regex programs: a pattern rebuilt from the store is the pattern re.compile makes."""

import marshal
import re

import citations.grammar as grammar
import pytest
from citations.programs import RegexPrograms, program_file

GRAMMAR_PATTERNS = [
    (name, value.pattern, value.flags)
    for name, value in sorted(vars(grammar).items())
    if isinstance(value, re.Pattern)
]


def fresh(pattern, flags):
    re.purge()
    return re.compile(pattern, flags)


def test_the_grammar_compiles_its_patterns_through_the_store():
    assert len(GRAMMAR_PATTERNS) >= 30
    assert max(len(pattern) for _, pattern, _ in GRAMMAR_PATTERNS) > 40_000


@pytest.mark.parametrize(
    ("name", "pattern", "flags"), GRAMMAR_PATTERNS, ids=[n for n, *_ in GRAMMAR_PATTERNS]
)
def test_grammar_patterns_equal_re_compile_when_stored_and_when_reloaded(
    tmp_path, name, pattern, flags
):
    path = tmp_path / "grammar.regex"
    first = RegexPrograms(path)
    made = first.compile(pattern, flags)
    first.save()
    reloaded = RegexPrograms(path).compile(pattern, flags)
    expected = fresh(pattern, flags)
    assert made == expected  # CPython compares pattern, flags and the whole program
    assert reloaded == expected
    assert reloaded.groupindex == expected.groupindex


def test_a_reloaded_pattern_finds_what_re_finds(tmp_path):
    path = tmp_path / "p.regex"
    pattern = r"(?P<num>\d{1,4})-(?P<type>[A-ZĐ]{2,4})/(?P<iss>TW|TU)"
    store = RegexPrograms(path)
    store.compile(pattern)
    store.save()
    again = RegexPrograms(path).compile(pattern)
    text = "theo Quy định số 98-QĐ/TW và Chỉ thị 05-CT/TW, không phải 12-XY/ZZ"
    assert [m.groupdict() for m in again.finditer(text)] == [
        m.groupdict() for m in re.finditer(pattern, text)
    ]
    assert len(list(again.finditer(text))) == 2


def test_the_store_is_written_only_when_it_changes(tmp_path):
    path = tmp_path / "p.regex"
    store = RegexPrograms(path)
    store.compile("a+b")
    store.save()
    written = path.stat().st_ino  # a save replaces the file: a new inode
    same = RegexPrograms(path)
    same.compile("a+b")
    same.save()
    assert path.stat().st_ino == written
    other = RegexPrograms(path)
    other.compile("c+d")
    other.save()
    assert path.stat().st_ino != written
    assert len(marshal.loads(path.read_bytes())[1]) == 1  # only what the last run used


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal", marshal.dumps((99, {})), marshal.dumps("text")],
    ids=["empty", "garbage", "other format", "wrong shape"],
)
def test_a_damaged_store_is_ignored(tmp_path, damage):
    path = tmp_path / "p.regex"
    path.write_bytes(damage)
    assert RegexPrograms(path).compile(r"\d+(?P<x>a)") == fresh(r"\d+(?P<x>a)", 0)


def test_a_damaged_program_is_compiled_again(tmp_path):
    path = tmp_path / "p.regex"
    store = RegexPrograms(path)
    store.compile(r"(?P<x>ab)+c")
    store.save()
    version, programs = marshal.loads(path.read_bytes())
    key = next(iter(programs))
    flags, words, groups, groupindex, indexgroup = programs[key]
    programs[key] = (flags, words[: len(words) // 2], groups, groupindex, indexgroup)
    path.write_bytes(marshal.dumps((version, programs)))
    assert RegexPrograms(path).compile(r"(?P<x>ab)+c") == fresh(r"(?P<x>ab)+c", 0)


def test_an_unwritable_folder_only_costs_the_compile(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("x")
    store = RegexPrograms(blocked / "sub" / "p.regex")  # a file where the folder should be
    assert store.compile("x+") == fresh("x+", 0)
    store.save()  # no error


def test_a_bad_pattern_raises_as_re_does(tmp_path):
    with pytest.raises(re.error):
        RegexPrograms(tmp_path / "p.regex").compile("(unclosed")


def test_programs_live_beside_the_bytecode():
    path = program_file(grammar.__file__)
    assert path is not None
    assert path.parent.name == "__pycache__"
    assert path.name.startswith("grammar.") and path.suffix == ".regex"
