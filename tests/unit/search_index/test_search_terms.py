"""search_index.terms: folded copies and document-number variants for Pagefind."""

from __future__ import annotations

import subprocess

import pytest
from search_index.pagefind import SearchIndexError, build_search_index, pagefind_command
from search_index.terms import document_number_variants, fold_for_search


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        ("d with stroke and tones", "Đảng ủy Khối", "Dang uy Khoi"),
        ("lower-case đ", "đảng viên", "dang vien"),
        ("eth typed for Đ", "Ðảng", "Dang"),
        ("decomposed input", "Đa\u0309ng", "Dang"),
        ("spaces collapsed", "  Chi   bộ\n cơ sở ", "Chi bo co so"),
        ("ascii unchanged", "98-QD/TW", "98-QD/TW"),
    ],
)
def test_fold_for_search(case, text, expected):
    assert fold_for_search(text) == expected, case


@pytest.mark.parametrize(
    ("case", "document_id", "expected"),
    [
        ("party regulation", "98-QĐ/TW", ("98-QĐ/TW", "98-QD/TW", "98-qd-tw")),
        ("no đ: no folded duplicate", "10-CT/TW", ("10-CT/TW", "10-ct-tw")),
        ("bloc resolution", "02-NQ/ĐUK", ("02-NQ/ĐUK", "02-NQ/DUK", "02-nq-duk")),
        ("state decree", "30/2020/NĐ-CP", ("30/2020/NĐ-CP", "30/2020/ND-CP", "30-2020-nd-cp")),
    ],
)
def test_document_number_variants(case, document_id, expected):
    assert document_number_variants(document_id) == expected, case


def test_pagefind_command_uses_the_bundled_binary(tmp_path):
    command = pagefind_command(tmp_path)
    assert command[1:3] == ["-m", "pagefind"]
    assert str(tmp_path) in command


def test_build_search_index_writes_a_bundle(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<!DOCTYPE html><html lang="vi"><head><title>a</title></head>'
        "<body><main data-pagefind-body><h1>Đảng ủy</h1></main></body></html>",
        encoding="utf-8",
    )
    bundle = build_search_index(tmp_path)
    assert (bundle / "pagefind.js").is_file()
    assert (bundle / "pagefind-entry.json").is_file()


def test_build_search_index_fails_loudly(tmp_path, monkeypatch):
    def failing_run(*args, **kwargs):
        return subprocess.CompletedProcess(args, 2, stdout="", stderr="boom")

    monkeypatch.setattr(subprocess, "run", failing_run)
    with pytest.raises(SearchIndexError, match="boom"):
        build_search_index(tmp_path)
