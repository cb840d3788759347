"""``python -m importer SOURCE… [--dry-run] [--encoding X] [--category C] [--report F]``.

``invoke import`` calls :func:`main`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from vntext import VN_TZ

from importer.legacy import ENCODINGS
from importer.models import Outcome
from importer.report import default_report_path, write_csv
from importer.run import DEFAULT_MAX_BYTES, ImportOptions, format_results, import_sources


def main(argv: list[str] | None = None, *, categories: tuple[str, ...] = ()) -> int:
    parser = argparse.ArgumentParser(
        prog="invoke import",
        description="Nhập bài cũ (văn bản, trang web lưu, mã cũ) vào content/.",
    )
    parser.add_argument("sources", nargs="+", type=Path, help="tệp hoặc thư mục nguồn")
    parser.add_argument("--content", type=Path, default=Path("content"), help="thư mục content/")
    parser.add_argument("--dry-run", action="store_true", help="chỉ in bảng, không ghi gì")
    parser.add_argument("--encoding", help=f"ép bảng mã: {', '.join(ENCODINGS)}")
    parser.add_argument("--category", help="chuyên mục cho mọi bài nhập")
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="giới hạn kích thước một tệp"
    )
    parser.add_argument(
        "--base-url",
        help="địa chỉ của thư mục nguồn trên cổng cũ (bí danh cho bài không có địa chỉ gốc)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        help="tệp CSV báo cáo (mặc định: import-reports/bao-cao-nhap-<thời điểm>.csv)",
    )
    args = parser.parse_args(argv)
    options = ImportOptions(
        content=args.content,
        dry_run=args.dry_run,
        encoding=args.encoding,
        category=args.category,
        categories=categories,
        max_bytes=args.max_bytes,
        base_url=args.base_url,
    )
    try:
        results = import_sources(list(args.sources), options)
    except ValueError as exc:
        print(f"LỖI: {exc}", file=sys.stderr)
        return 2
    print(format_results(results, dry_run=args.dry_run, root=Path.cwd()))
    folder = args.content.parent / "import-reports"
    report = args.report or default_report_path(folder, dt.datetime.now(VN_TZ))
    try:
        write_csv(report, results, dry_run=args.dry_run)
    except OSError as exc:
        print(f"LỖI: không ghi được báo cáo CSV {report}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"Báo cáo CSV (mở bằng bảng tính): {report}")
    return 1 if any(r.outcome is Outcome.REJECTED for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
