"""The command line, run as a subprocess like editors run it."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

SAMPLE = (
    "Theo Quy định số 98-QĐ/TW của Ban Bí thư (khóa IX), các chi bộ thực hiện Quy định số 98 "
    "và Nghị quyết Trung ương 4 (khóa XII)."
)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "citations", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )


def test_cli_json_object_per_file_with_exact_keys(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text(SAMPLE, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Không có trích dẫn nào.", encoding="utf-8")
    proc = run("--json", str(a), str(b))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert list(first) == ["file", "documents", "references"]
    assert first["file"] == str(a)
    (doc,) = first["documents"]
    contract = ["id", "type", "system", "issuer", "date", "term", "key", "mentions"]
    assert list(doc)[: len(contract)] == contract  # the contract's keys first, in order
    assert list(doc)[len(contract) :] == ["issuer_implied"]
    assert (doc["id"], doc["type"], doc["system"]) == ("98-QĐ/TW", "Quy định", "party")
    assert (doc["issuer"], doc["date"], doc["term"]) == ("Ban Bí thư", None, "IX")
    assert doc["key"] == "98-QĐ/TW#khoa-IX"
    assert [list(m) for m in doc["mentions"]] == [["text", "start", "end"]] * 2
    for m in doc["mentions"]:
        assert SAMPLE[m["start"] : m["end"]] == m["text"]
    (ref,) = first["references"]
    assert list(ref)[:4] == ["label", "kind", "resolves_to", "mentions"]
    assert list(ref)[4:] == ["type", "term", "issuer", "number", "resolved_by", "problem"]
    assert (ref["kind"], ref["resolves_to"]) == ("plenum", "04-NQ/TW")
    assert (ref["term"], ref["resolved_by"], ref["problem"]) == ("XII", "plenum-table", None)
    assert second == {"file": str(b), "documents": [], "references": []}


def test_cli_table_is_vietnamese(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text(SAMPLE, encoding="utf-8")
    proc = run(str(a))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert f"Tệp: {a}" in out
    assert "Số hiệu" in out and "98-QĐ/TW" in out and "Ban Bí thư" in out
    assert "Tham chiếu không có số hiệu: 1" in out and "04-NQ/TW" in out


def test_cli_offsets_index_nfc_text_of_nfd_file(tmp_path: Path):
    a = tmp_path / "nfd.txt"
    a.write_text(unicodedata.normalize("NFD", SAMPLE), encoding="utf-8")
    (obj,) = (json.loads(line) for line in run("--json", str(a)).stdout.splitlines())
    m = obj["documents"][0]["mentions"][0]
    assert SAMPLE[m["start"] : m["end"]] == m["text"] == "Quy định số 98-QĐ/TW"


def test_cli_non_utf8_file_errors_in_vietnamese_and_continues(tmp_path: Path):
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes(b"Quy \xd0\xf2nh s\xf4 98-Q\xd0/TW")  # legacy 8-bit Vietnamese, not UTF-8
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    proc = run("--json", str(bad), str(good))
    assert proc.returncode == 2
    assert str(bad) in proc.stderr and "UTF-8" in proc.stderr and "Lỗi" in proc.stderr
    (obj,) = (json.loads(line) for line in proc.stdout.splitlines())
    assert obj["file"] == str(good)


def test_cli_missing_file_is_an_error(tmp_path: Path):
    proc = run(str(tmp_path / "khong-co.txt"))
    assert proc.returncode == 2
    assert "khong-co.txt" in proc.stderr


def test_cli_without_files_shows_usage():
    proc = run()
    assert proc.returncode == 2
    assert "usage" in proc.stderr.lower()


def test_cli_date_option_fixes_the_term_of_a_plenum(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text("Quán triệt Nghị quyết Trung ương 4 trong chi bộ.", encoding="utf-8")
    undated = json.loads(run("--json", str(a)).stdout)
    dated = json.loads(run("--json", "--date", "2018-03-01", str(a)).stdout)
    assert undated["references"][0]["resolves_to"] is None
    assert dated["references"][0]["resolves_to"] == "04-NQ/TW"
    assert dated["references"][0]["term"] == "XII"


def test_cli_rejects_a_bad_date_in_vietnamese(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text("Không có trích dẫn.", encoding="utf-8")
    proc = run("--json", "--date", "30/10/2016", str(a))
    assert proc.returncode == 2
    assert "YYYY-MM-DD" in proc.stderr and "Traceback" not in proc.stderr
