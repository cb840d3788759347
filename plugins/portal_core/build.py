"""Command-line build: Pelican with the portal's guarantees, and messages for editors.

    python -m portal_core.build [-s pelicanconf.py] [-o output] [CONTENT]

Runs a real Pelican build. Any error Pelican logs makes the build fail (like
``pelican --fatal errors``, but reported once at the end), and content errors are printed as
``path:line: message`` in Vietnamese, without a traceback. Exit status: 0 success, 1 errors
were logged, 2 content could not be published.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pelican import Pelican
from pelican.log import init as init_pelican_logging
from pelican.settings import read_settings

from portal_core.errors import ContentError, DroppedArticlesError


class _ErrorCounter(logging.Handler):
    """Counts records at ERROR or above while a build runs."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def run_build(settings_file: Path, output: Path | None = None, content: Path | None = None) -> int:
    """Build the site; return the exit status described in the module docstring."""
    override = {}
    if output is not None:
        override["OUTPUT_PATH"] = str(output.resolve())
    if content is not None:
        override["PATH"] = str(content.resolve())
    settings = read_settings(str(settings_file), override=override)
    counter = _ErrorCounter()
    root = logging.getLogger()
    root.addHandler(counter)
    try:
        Pelican(settings).run()
    except (ContentError, DroppedArticlesError) as exc:
        print(f"LỖI: {exc}", file=sys.stderr)
        return 2
    finally:
        root.removeHandler(counter)
    if counter.count:
        print(
            f"LỖI: bản dựng ghi nhận {counter.count} lỗi (xem ở trên); hãy sửa trước khi xuất bản.",
            file=sys.stderr,
        )
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m portal_core.build``."""
    parser = argparse.ArgumentParser(description="Dựng cổng thông tin bằng Pelican.")
    parser.add_argument("content", nargs="?", type=Path, help="thư mục nội dung (mặc định: PATH)")
    parser.add_argument("-s", "--settings", type=Path, default=Path("pelicanconf.py"))
    parser.add_argument("-o", "--output", type=Path, help="thư mục kết quả (mặc định: OUTPUT_PATH)")
    parser.add_argument("-q", "--quiet", action="store_true", help="chỉ in cảnh báo và lỗi")
    args = parser.parse_args(argv)
    init_pelican_logging(level=logging.WARNING if args.quiet else logging.INFO)
    return run_build(args.settings, args.output, args.content)


if __name__ == "__main__":
    sys.exit(main())
