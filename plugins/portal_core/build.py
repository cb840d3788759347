"""Command-line build: Pelican with the portal's guarantees, and messages for editors.

    python -m portal_core.build [-s pelicanconf.py] [-o output] [CONTENT]

Runs a real Pelican build. Any error Pelican logs makes the build fail (like
``pelican --fatal errors``, but reported once at the end), and content errors are printed as
``path:line: message`` in Vietnamese, without a traceback. Exit status: 0 success, 1 errors
were logged, 2 content could not be published (or the settings or content folder are unusable).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import logging
import os
import sys
import threading
from pathlib import Path

from build_cache import swap
from build_cache.bodies import forget_rendered_content
from build_cache.inputs import BuildRecords, input_fingerprint, output_files
from build_cache.session import VALID_UNTIL_KEY, cache_folder, close_session
from pelican import Pelican
from pelican.log import init as init_pelican_logging
from pelican.settings import read_settings
from portal_content.clock import ClockError, current_time
from portal_content.errors import ContentError, DroppedArticlesError

from portal_core.content_links import CHECKED_KEY, refuse_links_leaving


class _ErrorCounter(logging.Handler):
    """Counts records at ERROR or above while a build runs."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def editor_errors() -> tuple[type[Exception], ...]:
    """Errors about content that carry ``path:line: message`` for editors: never a traceback."""
    from archive.errors import ArchiveError
    from stable_urls.manifest import RedirectError, UrlsWithdrawnError

    return (ContentError, DroppedArticlesError, ArchiveError, RedirectError, UrlsWithdrawnError)


def run_build(
    settings_file: Path,
    output: Path | None = None,
    content: Path | None = None,
    previous: Path | None = None,
    report=None,
) -> int:
    """Build the site; return the exit status described in the module docstring.

    Pages that did not change are hard-linked from ``previous`` (default: the output
    folder itself, when it holds an earlier build) instead of being rendered again.
    ``report(message)`` receives each message for editors (default: printed to stderr).
    """
    report = report or _print_error
    override = {}
    if output is not None:
        override["OUTPUT_PATH"] = str(output.resolve())
    if content is not None:
        override["PATH"] = str(content.resolve())
    try:
        settings = read_settings(str(settings_file), override=override)
    except ValueError as exc:  # Pelican's own checks: content folder missing, bad values
        report(f"LỖI: cấu hình {settings_file} không dùng được: {exc}")
        return 2
    # Nothing outside the content folder is read, let alone published (links into it).
    try:
        refuse_links_leaving(settings["PATH"])
    except ContentError as exc:
        report(f"LỖI: {exc}")
        return 2
    settings[CHECKED_KEY] = True
    # Build beside the output and swap only after success: the served folder never shows
    # a half-written or failed build; unchanged pages are linked from it, not rendered.
    final = Path(settings["OUTPUT_PATH"]).resolve()
    # Nothing read by the build changed since it wrote ``final``: nothing to do. A build
    # with ``previous`` (publish) is never skipped: its inputs are not hashed (0.8 s at
    # 10,000 articles).
    records = BuildRecords(cache_folder(settings))
    inputs = input_fingerprint(settings) if previous is None else ""
    try:
        now = current_time(settings.get("PORTAL_NOW"))
    except ClockError:
        now = None  # the build reports the bad clock with its Vietnamese message
    if previous is None and now is not None and records.up_to_date(final, inputs, now):
        logging.getLogger(__name__).info("Không có gì thay đổi: %s vẫn đúng.", final)
        return 0
    staging = swap.staging_folder(final)
    settings["OUTPUT_PATH"] = str(staging)
    reuse = previous.resolve() if previous is not None else final
    if reuse.is_dir():
        settings["PORTAL_PREVIOUS_OUTPUT"] = str(reuse)
    counter = _ErrorCounter()
    root = logging.getLogger()
    root.addHandler(counter)
    try:
        status = _run_pelican(settings, counter, report)
        if status == 0:
            swap.exchange(staging, final)
            if previous is None:
                until = settings.get(VALID_UNTIL_KEY)
                records.remember(final, inputs, until, output_files(final))
            else:  # never skipped as up to date: no walk of its files (0.6 s at 10,000)
                records.forget(final)
        return status
    finally:
        root.removeHandler(counter)
        # a build that stopped before its end: its workers end now, not at the next build
        close_session(settings)
        swap.discard(staging)
        forget_rendered_content()


def quiet_file_writes() -> None:
    """Leave out Pelican's "Writing <file>" line for each of the site's files (tens of
    thousands in an archive, each formatted by rich): the build prints one summary of the
    pages it rendered and reused instead. Warnings and errors are untouched."""
    logging.getLogger("pelican.writers").setLevel(logging.WARNING)


def _print_error(message: str) -> None:
    print(message, file=sys.stderr)


def _run_pelican(settings: dict, counter: _ErrorCounter, report) -> int:
    """One Pelican run; the exit status of ``run_build``."""
    try:
        Pelican(settings).run()
    except editor_errors() as exc:
        report(f"LỖI: {exc}")
        return 2
    if counter.count:
        report(
            f"LỖI: bản dựng ghi nhận {counter.count} lỗi (xem ở trên); hãy sửa trước khi xuất bản."
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
    parser.add_argument(
        "--previous",
        type=Path,
        help="bản dựng trước để dùng lại các trang không đổi (mặc định: thư mục kết quả)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="in cả từng tệp được ghi (Writing …)"
    )
    args = parser.parse_args(argv)
    if not args.settings.is_file():
        parser.exit(
            2,
            f"LỖI: không thấy tệp cấu hình {args.settings}: chạy lệnh trong thư mục dự án "
            "hoặc chỉ rõ -s\n",
        )
    if args.content is not None and not args.content.is_dir():
        parser.exit(2, f"LỖI: không thấy thư mục nội dung {args.content}\n")
    init_pelican_logging(level=logging.WARNING if args.quiet else logging.INFO)
    if not args.verbose:
        quiet_file_writes()
    return run_build(args.settings, args.output, args.content, args.previous)


def exit_without_teardown(status: int) -> None:
    """End this process with ``status`` once the exit handlers have run (logging flushed,
    temporary folders removed, pools joined), without freeing the build's objects one by
    one: at 10,000 articles the interpreter spent 0.5 s on that after the build was done,
    and every ``invoke build`` and ``invoke publish`` waited for it. While another thread
    still runs, or under a profiler or tracer (``python -m cProfile`` writes its report after
    the program returns), the exit is the normal one."""
    if threading.active_count() > 1 or sys.getprofile() or sys.gettrace():
        sys.exit(status)
    atexit._run_exitfuncs()  # what a normal exit runs before its teardown
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing to say
            stream.flush()
    os._exit(status)


#: Collector thresholds of a build process (Python's default: 700, 10, 10). A build makes
#: millions of long-lived objects (articles, pages, keys) and little cyclic garbage: with
#: the defaults, the collector walked the whole heap eight times in a 10,000-article publish
#: (1.3-1.8 s of the build's serial part); with these, never (0.25 s of young collections),
#: at the same peak memory. mypy does the same for the same reason.
BUILD_GC_THRESHOLDS = (50_000, 20, 100)


def collect_garbage_rarely() -> None:
    """Set ``BUILD_GC_THRESHOLDS`` for this process: only ``python -m portal_core.build``,
    which ends with its build (a long-lived process, ``invoke serve``, keeps the defaults:
    each build's garbage must not wait for the next full collection)."""
    gc.set_threshold(*BUILD_GC_THRESHOLDS)


if __name__ == "__main__":
    collect_garbage_rarely()
    exit_without_teardown(main())
