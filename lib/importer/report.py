"""The import report as CSV, for reviewing a thousand-file import in a spreadsheet (pure + I/O).

One row per input, in the order given: status, written article, encoding and confidence,
title, date, author, what was uncertain, and the reason (or warnings). UTF-8 with a BOM so
spreadsheet programs read Vietnamese correctly; written atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from portal_files.atomic import write_atomic

from importer.models import ImportResult, Outcome

COLUMNS = (
    "nguồn",
    "kết quả",
    "bài viết",
    "bảng mã (độ tin cậy)",
    "tiêu đề",
    "ngày đăng",
    "tác giả",
    "điểm chưa chắc chắn",
    "lý do",
)
OUTCOME_VI = {
    Outcome.IMPORTED: "đã nhập",
    Outcome.DUPLICATE: "trùng lặp",
    Outcome.REJECTED: "từ chối",
}


def render_csv(results: list[ImportResult], *, dry_run: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for result in results:
        outcome = OUTCOME_VI[result.outcome]
        if dry_run and result.outcome is Outcome.IMPORTED:
            outcome = "sẽ nhập"
        writer.writerow(
            (
                str(result.source),
                outcome,
                str(result.target) if result.target else "",
                result.encoding,
                result.title,
                result.date,
                result.author,
                "; ".join(result.uncertain),
                result.reason,
            )
        )
    return buffer.getvalue()


def default_report_path(folder: Path, now: dt.datetime) -> Path:
    return folder / f"bao-cao-nhap-{now:%Y%m%d-%H%M%S}.csv"


def write_csv(path: Path, results: list[ImportResult], *, dry_run: bool = False) -> Path:
    write_atomic(path, render_csv(results, dry_run=dry_run).encode("utf-8-sig"), durable=True)
    return path
