"""search_index.terms: folded copies and document-number variants for Pagefind."""

from __future__ import annotations

import json
import subprocess

import pytest
from search_index.pagefind import UNUSED_FILES, SearchIndexError, index_pages, pagefind_command
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


def test_pagefind_command_runs_the_bundled_binary_itself(tmp_path):
    from pagefind_bin import get_executable

    command = pagefind_command(tmp_path / "site", tmp_path / "out")
    assert command[0] == str(get_executable())  # no interpreter started per bundle
    assert str(tmp_path / "site") in command and str(tmp_path / "out") in command


def _page(site, path, heading):
    page = site / path
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        '<!DOCTYPE html><html lang="vi"><head><title>a</title></head>'
        f"<body><main data-pagefind-body><h1>{heading}</h1></main></body></html>",
        encoding="utf-8",
    )


def test_index_pages_writes_a_bundle_of_the_chosen_pages_only(tmp_path):
    site = tmp_path / "site"
    _page(site, "a/index.html", "Đảng ủy")
    _page(site, "b/index.html", "Chi bộ")
    bundle = index_pages(site, ["a/index.html"], tmp_path / "bundle")
    assert (bundle / "pagefind.js").is_file()
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 1
    assert not [name for name in UNUSED_FILES if (bundle / name).exists()]


def test_index_pages_fails_loudly(tmp_path, monkeypatch):
    def failing_run(*args, **kwargs):
        return subprocess.CompletedProcess(args, 2, stdout="", stderr="boom")

    monkeypatch.setattr(subprocess, "run", failing_run)
    with pytest.raises(SearchIndexError, match="boom"):
        index_pages(tmp_path, [], tmp_path / "bundle")
