"""The one header parser reads what Python-Markdown's meta extension gives Pelican."""

from __future__ import annotations

import markdown
import pytest
from portal_files.header import parse_header, read_header, split_header

CASES = [
    ("plain", "Title: A\nDate: 2024-01-02\n\nBody\n"),
    ("yaml_fence", "---\nTitle: A\nTags: x\n---\nBody\n"),
    ("dots_close", "Title: A\n...\nBody\n"),
    ("continuation", "Title: A long\n    title\nSummary: S\n\nBody\n"),
    ("tab_continuation", "Title: A long\n\ttitle\n\nBody\n"),
    ("no_blank_line", "Title: A\nBody: text but (a key)\nthe body\n\nmore\n"),
    ("indented_key", "   Title: A\n\nBody\n"),
    ("no_header", "Just a body line\n\nTitle: not metadata\n"),
    ("duplicate_key", "Tags: a\nTags: b\n\nBody\n"),
    ("key_with_space", "Title: A\nNot a key: x\n\nBody\n"),
    ("empty_value", "Title:\nSummary: S\n\nBody\n"),
]


def _markdown_view(text: str) -> tuple[dict[str, list[str]], int]:
    """What Python-Markdown's meta preprocessor takes: its Meta and the lines it consumed."""
    md = markdown.Markdown(extensions=["meta"])
    lines = md.preprocessors["normalize_whitespace"].run(text.split("\n"))
    rest = md.preprocessors["meta"].run(list(lines))
    return md.Meta, len(lines) - len(rest)


@pytest.mark.parametrize(("name", "text"), CASES, ids=[c[0] for c in CASES])
def test_parse_header_matches_python_markdown(name, text):
    meta, consumed = _markdown_view(text)
    header = parse_header(text)
    assert header.body_line == consumed + 1, name
    assert {f.key for f in header.fields} == set(meta), name
    for key, values in meta.items():
        mine = [f.value for f in header.fields if f.key == key]
        assert " ".join(mine).split() == " ".join(values).split(), (name, key)


def test_parse_header_gives_lines_and_columns():
    text = "---\nTitle:  Tin  mới\nDocuments: 98-QĐ/TW\n    02-NQ/ĐUK\n\nDocuments: x\n"
    header = parse_header(text)
    assert [(f.key, f.name, f.line, f.value_col) for f in header.fields] == [
        ("title", "Title", 2, 9),
        ("documents", "Documents", 3, 12),
    ]
    assert header.value("DOCUMENTS") == "98-QĐ/TW 02-NQ/ĐUK"
    assert header.line("documents") == 3
    assert header.line("documents_fix") is None
    assert header.body_line == 6


def test_header_first_keeps_the_first_of_duplicate_keys():
    header = parse_header("Status: draft\nStatus: published\n\nx")
    assert len(header.fields) == 2
    assert header.value("status") == "draft"
    assert header.values() == {"status": "draft"}


@pytest.mark.parametrize(
    ("name", "text", "body"),
    [
        ("blank_line", "Title: A\n\nBody\n", "Body\n"),
        ("two_blank_lines", "Title: A\n\n\nBody", "\nBody"),
        ("no_blank_line", "Title: A\nBody\n", "Body\n"),
        ("only_header", "Title: A", ""),
        ("only_header_newline", "Title: A\n", ""),
        ("no_header", "Body\n", "Body\n"),
    ],
)
def test_split_header_returns_the_body_after_the_header(name, text, body):
    header, rest = split_header(text)
    assert rest == body, name
    assert rest == "\n".join(text.split("\n")[header.body_line - 1 :]), name


@pytest.mark.parametrize(("name", "text"), CASES, ids=[c[0] for c in CASES])
def test_read_header_equals_parse_header_of_the_whole_file(name, text, tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    assert read_header(path).fields == parse_header(text).fields, name
