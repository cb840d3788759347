"""``python -m content_check [PATH…]``: print ``path:line:col: CODE message``, exit 1 on errors."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from portal_content.errors import ContentError
from portal_content.source import decode_source

from content_check.cache import CheckCache, cache_path
from content_check.check import check_paths, has_errors
from content_check.config import load_settings, read_conf
from content_check.models import Severity


def fix_file(path: Path) -> bool:
    """Rewrite ``path`` as UTF-8 without BOM, LF, NFC, no control characters; True if changed.

    Files that are not UTF-8 text are left alone (the checker reports them).
    """
    data = path.read_bytes()
    try:
        text = decode_source(str(path), data)
    except ContentError:
        return False
    fixed = text.encode("utf-8")
    if fixed == data:
        return False
    path.write_bytes(fixed)
    return True


def _display(path: str) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m content_check",
        description="Kiểm tra bài viết và hồ sơ văn bản (mặc định: cả thư mục content/).",
    )
    parser.add_argument("paths", nargs="*", help="tệp .md hoặc thư mục")
    parser.add_argument(
        "--settings", default="pelicanconf.py", help="tệp cấu hình (mặc định pelicanconf.py)"
    )
    parser.add_argument("--content", default=None, help="thư mục nội dung (mặc định PATH)")
    parser.add_argument(
        "--fix", action="store_true", help="sửa tự động NFC, BOM, CRLF, ký tự điều khiển"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="kiểm tra lại mọi tệp, không dùng bộ nhớ đệm"
    )
    args = parser.parse_args(argv)
    if not Path(args.settings).is_file():
        parser.exit(
            2,
            f"LỖI: không thấy tệp cấu hình {args.settings}: chạy lệnh trong thư mục dự án "
            "hoặc chỉ rõ --settings\n",
        )
    settings = load_settings(
        Path(args.settings), Path(args.content).resolve() if args.content else None
    )
    paths = args.paths or [str(settings.content_root)]
    if args.fix:
        for raw in paths:
            root = Path(raw)
            files = sorted(root.rglob("*.md")) if root.is_dir() else [root]
            for path in files:
                if path.is_file() and fix_file(path):
                    print(f"đã sửa {_display(str(path))}", file=sys.stderr)
    conf = read_conf(Path(args.settings).resolve())
    cache = CheckCache(None if args.no_cache else cache_path(conf), settings)
    problems = check_paths(paths, settings, cache)
    if cache.warning:
        print(f"cảnh báo: {cache.warning}", file=sys.stderr)
    for problem in problems:
        print(problem.format().replace(problem.path, _display(problem.path), 1))
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = sum(p.severity is Severity.WARNING for p in problems)
    infos = len(problems) - errors - warnings
    if problems:
        notes = f", {infos} thông tin" if infos else ""
        print(f"{errors} lỗi, {warnings} cảnh báo{notes}.", file=sys.stderr)
    return 1 if has_errors(problems) else 0


if __name__ == "__main__":
    sys.exit(main())
