"""Scale benchmark: stock Pelican against the portal on one generated corpus, in one run.

    .venv/bin/python bench/build_bench.py                 # 1,000 and 10,000 articles
    .venv/bin/python bench/build_bench.py --50k           # and 50,000
    .venv/bin/python bench/build_bench.py -n 200 --repeat 1   # quick look while developing

For each size it generates the corpus (bench/generate_corpus.py, unique slugs) and measures,
with the runs of stock and portal alternating (stock, portal cold, portal warm; again …):

- stock cold: stock Pelican 4.12 + typogrify, its "simple" theme, no plugins, the portal's URL
  shapes, pagination, feeds, Markdown extensions and slugs (copied from pelicanconf.py);
- portal cold: ``python -m portal_core.build`` with ``PORTAL_CACHE_DIR`` a fresh empty folder;
  both cold builds write into a new empty output folder, and nothing is deleted meanwhile;
- portal warm: the same build again, same cache and output, nothing changed;
- one-edit publish: ``invoke publish --content DIR`` end to end with a previous release present,
  after ``generate_corpus.edit_article`` changed one article;
- one-edit preview: ``invoke serve --content DIR --port N``, then one article edited; seconds
  until its page, and until the home, category, author and month pages, show the change;
- peak RSS: of the largest single process (wait4, and every process sampled from /proc);
- time per article at each size, and the ratios to stock.

A step the portal cannot do yet (a missing flag, a failed build) prints "n/a" with the reason
below the table, never a crash. Not a test: it prints one Markdown table (paste into README).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import pelican
from generate_corpus import Edit, edit_article  # bench/ is on sys.path when run
from proctree import Run, TreeSampler, run, stop_tree

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PELICAN = str(BIN / "pelican")
INVOKE = str(BIN / "invoke")
SETTINGS = ROOT / "pelicanconf.py"
# Settings stock Pelican takes from pelicanconf.py, so both builds make the same pages.
SHARED_KEYS = (
    "SITENAME",
    "TIMEZONE",
    "DEFAULT_LANG",
    "DEFAULT_DATE_FORMAT",
    "ARTICLE_PATHS",
    "ARTICLE_EXCLUDES",
    "PAGE_PATHS",
    "STATIC_PATHS",
    "READERS",
    "ARTICLE_URL",
    "ARTICLE_SAVE_AS",
    "DRAFT_URL",
    "DRAFT_SAVE_AS",
    "PAGE_URL",
    "PAGE_SAVE_AS",
    "CATEGORY_URL",
    "CATEGORY_SAVE_AS",
    "CATEGORIES_SAVE_AS",
    "TAG_URL",
    "TAG_SAVE_AS",
    "TAGS_SAVE_AS",
    "AUTHOR_URL",
    "AUTHOR_SAVE_AS",
    "AUTHORS_SAVE_AS",
    "INDEX_SAVE_AS",
    "DEFAULT_PAGINATION",
    "PAGINATION_PATTERNS",
    "TYPOGRIFY_OMIT_FILTERS",
    "MARKDOWN",
    "FEED_ALL_ATOM",
    "CATEGORY_FEED_ATOM",
    "AUTHOR_FEED_ATOM",
    "AUTHOR_FEED_RSS",
    "TAG_FEED_ATOM",
    "TRANSLATION_FEED_ATOM",
    "FEED_MAX_ITEMS",
    "RSS_FEED_SUMMARY_ONLY",
    "SLUGIFY_SOURCE",
    "SLUG_REGEX_SUBSTITUTIONS",
    "DELETE_OUTPUT_DIRECTORY",
)
STOCK_TEMPLATES = ("index", "tags", "categories", "authors", "archives")
COLUMNS = (
    ("stock", "stock cold (s)"),
    ("cold", "portal cold (s)"),
    ("cold_ratio", "cold ÷ stock"),
    ("warm", "portal warm (s)"),
    ("warm_ratio", "warm ÷ stock"),
    ("publish", "publish 1 sửa/edit (s)"),
    ("preview_article", "preview: bài/article (s)"),
    ("preview_lists", "preview: danh sách/listings (s)"),
    ("rss_stock", "RAM stock (MiB)"),
    ("rss_portal", "RAM portal (MiB)"),
    ("ms_stock", "ms/bài stock"),
    ("ms_portal", "ms/bài portal"),
    ("growth", "ms/bài ÷ cỡ nhỏ nhất"),
)


@dataclass
class Cell:
    """One table cell: a number, or n/a with a reason (printed below the table)."""

    value: float | None = None
    text: str = ""
    note: str = ""

    def show(self, notes: list[str]) -> str:
        if self.value is None:
            note = self.note or "không đo / not measured"
            if note not in notes:
                notes.append(note)
            return f"n/a [{notes.index(note) + 1}]"
        return self.text or f"{self.value:.2f}"


@dataclass
class SizeResult:
    """Everything measured for one corpus size."""

    size: int
    cells: dict[str, Cell] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)


def na(reason: str) -> Cell:
    return Cell(None, note=reason)


def median(values: list[float]) -> float:
    return statistics.median(values)


def tail(text: str, lines: int = 6) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:] if line.strip())


# --- stock Pelican --------------------------------------------------------------------------


def stock_settings() -> str:
    """A settings file for stock Pelican with the portal's URLs, pagination, feeds, Markdown."""
    from content_check.config import read_conf
    from document_archive.settings import DEFAULTS as ARCHIVE_DEFAULTS

    conf = {**ARCHIVE_DEFAULTS, **read_conf(SETTINGS)}  # pelicanconf.py sets only what differs
    values = {key: conf[key] for key in SHARED_KEYS if key in conf}
    date = {"{year}": "{date:%Y}", "{month:02d}": "{date:%m}"}
    for ours, theirs in (
        ("ARCHIVE_YEAR_SAVE_AS", "YEAR_ARCHIVE_SAVE_AS"),
        ("ARCHIVE_MONTH_SAVE_AS", "MONTH_ARCHIVE_SAVE_AS"),
    ):
        pattern = conf.get(ours, "")
        for old, new in date.items():
            pattern = pattern.replace(old, new)
        values[theirs] = pattern
    values["ARCHIVES_SAVE_AS"] = conf.get("ARCHIVE_INDEX_SAVE_AS", "archives.html")
    values["DIRECT_TEMPLATES"] = [
        t for t in conf.get("DIRECT_TEMPLATES", STOCK_TEMPLATES) if t in STOCK_TEMPLATES
    ]
    values.update(
        SITEURL="",
        THEME=str(Path(pelican.__file__).parent / "themes" / "simple"),
        PLUGINS=[],
        TYPOGRIFY=True,  # the portal may apply typogrify itself (PORTAL_TYPOGRIFY); stock does
        CACHE_CONTENT=False,
        LOAD_CONTENT_CACHE=False,
    )
    return "".join(f"{key} = {value!r}\n" for key, value in values.items())


def stock_command(content: Path, output: Path, conf: Path) -> list[str]:
    return [PELICAN, str(content), "-s", str(conf), "-o", str(output), "-q"]


def portal_command(content: Path, output: Path) -> list[str]:
    """The contract of issue 11: exactly what `invoke build` produces, search index included."""
    return [
        sys.executable,
        "-m",
        "portal_core.build",
        "-s",
        str(SETTINGS),
        "-o",
        str(output),
        str(content),
        "--quiet",
    ]


# --- invoke tasks whose flags may not exist yet --------------------------------------------


def task_flags(task: str) -> set[str]:
    """The long options ``invoke TASK`` accepts today (empty if the task is missing)."""
    result = subprocess.run(
        [INVOKE, "--help", task], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return {word.split("=")[0].rstrip(",") for word in result.stdout.split() if word[:2] == "--"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page at ``url`` as text, or None (not there yet, server busy)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError, ValueError):
        return None


# --- measurements ---------------------------------------------------------------------------


def generate(content: Path, size: int, seed: int) -> None:
    """The corpus, in its own process (keeps this process small: wait4 counts a fork's RSS)."""
    script = Path(__file__).with_name("generate_corpus.py")
    command = [sys.executable, str(script), str(content), "-n", str(size), "--seed", str(seed)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def largest(run_: Run) -> tuple[str, float]:
    """The largest process of a run: sampled per process, wait4 when sampling saw nothing."""
    name, mib = run_.largest()
    return (name, mib) if mib >= run_.peak_mib * 0.9 else ("wait4", run_.peak_mib)


def bench_builds(result: SizeResult, content: Path, work: Path, args) -> None:
    """Stock cold, portal cold and portal warm, alternating, ``--repeat`` rounds."""
    conf = work / "stockconf.py"
    conf.write_text(stock_settings(), encoding="utf-8")
    stock: list[Run] = []
    cold: list[Run] = []
    warm: list[Run] = []
    failure = ""
    cache_used = False
    # Every cold build, stock or portal, writes into a new empty folder, and nothing is
    # deleted while builds are timed: outputs and caches stay in ``work`` until the bench
    # ends. On this machine's disk (ext4, mounted with ``discard``), creating 10,000
    # folders with a file each took 1.2-1.7 s, and 8-11 s in the half minute after a
    # 33,000-file output was deleted: the run after a deletion paid for it (until
    # 2026-12-01 the portal's cold run came right after its last output was deleted, while
    # stock Pelican overwrote its own output in place).
    for round_ in range(args.repeat):
        stock_output = work / f"out-stock-{round_}"
        stock.append(run(stock_command(content, stock_output, conf), timeout=args.timeout))
        if not stock[-1].ok:
            failure = failure or f"stock: {tail(stock[-1].stderr)}"
        cache = work / f"cache-{round_}"
        cache.mkdir()
        env = {"PORTAL_CACHE_DIR": str(cache)}
        output = work / f"out-portal-{round_}"  # cold: no cache, no previous output
        for runs in (cold, warm):
            if failure.startswith("portal"):
                break  # a portal build failed or timed out: do not wait for it again
            runs.append(
                run(portal_command(content, output), env=env, cwd=ROOT, timeout=args.timeout)
            )
            if not runs[-1].ok:
                why = (
                    f"timeout {args.timeout:.0f} s" if runs[-1].timed_out else tail(runs[-1].stderr)
                )
                failure = failure or f"portal: {why}"
            cache_used = cache_used or any(cache.iterdir())
    cells = result.cells
    size = result.size
    for key, runs in (("stock", stock), ("cold", cold), ("warm", warm)):
        good = [r.wall for r in runs if r.ok]
        cells[key] = Cell(median(good)) if good else na(failure)
    for key, runs in (("cold_ratio", cold), ("warm_ratio", warm)):
        # Rounds append in order, so stock[i] and runs[i] ran side by side.
        ratios = [p.wall / s.wall for s, p in zip(stock, runs, strict=False) if s.ok and p.ok]
        cells[key] = Cell(median(ratios), f"{median(ratios):.2f}×") if ratios else na(failure)
    if not cache_used and cold and cold[0].ok:
        result.details.append(
            f"{size}: PORTAL_CACHE_DIR vẫn trống sau bản dựng / the cache folder stayed empty "
            "(no cache yet: warm is a second cold build)"
        )
    for key, runs in (("rss_stock", stock), ("rss_portal", cold + warm)):
        good = [r for r in runs if r.ok]
        if not good:
            cells[key] = na(failure)
            continue
        name, mib = max((largest(r) for r in good), key=lambda item: item[1])
        cells[key] = Cell(mib, f"{mib:.0f} ({name})" if key == "rss_portal" else f"{mib:.0f}")
        peaks: dict[str, float] = {}
        for r in good:
            for label, value in r.peaks.items():
                peaks[label] = max(peaks.get(label, 0.0), value)
        listed = ", ".join(f"{k} {v:.0f}" for k, v in sorted(peaks.items(), key=lambda i: -i[1]))
        result.details.append(f"{size} {key[4:]}: RAM đỉnh từng tiến trình / per process: {listed}")
    for key, source in (("ms_stock", "stock"), ("ms_portal", "cold")):
        seconds = cells[source].value
        cells[key] = Cell(seconds / size * 1000) if seconds is not None else na(failure)


def bench_publish(result: SizeResult, content: Path, work: Path, args) -> None:
    """``invoke publish`` after one edit, a previous release present (``--repeat`` edits)."""
    flags = task_flags("publish")
    if "--content" not in flags:
        result.cells["publish"] = _build_after_edit(result, content, work, args)
        return
    store = work / "publish"
    command = [
        INVOKE,
        "publish",
        "--content",
        str(content),
        "--publish-dir",
        str(store / "published"),
        "--releases-dir",
        str(store / "site-releases"),
    ]
    env = {"PORTAL_CACHE_DIR": str(work / "cache-publish")}
    first = run(command, env=env, cwd=ROOT, timeout=args.timeout)
    if not first.ok:
        result.cells["publish"] = na(f"invoke publish (lần đầu / first): {tail(first.stderr)}")
        return
    result.details.append(f"{result.size}: publish lần đầu / first publish {first.wall:.1f} s")
    walls = []
    deleting = []
    for _ in range(args.repeat):
        deleting.append(_wait_for_retired(store / "site-releases", args.timeout))
        edit = edit_article(content)
        timed = run(command, env=env, cwd=ROOT, timeout=args.timeout)
        if not timed.ok:
            result.cells["publish"] = na(f"invoke publish: {tail(timed.stderr)}")
            return
        page = store / "published" / "current" / "bai-viet" / edit.slug / "index.html"
        if edit.marker not in (page.read_text("utf-8") if page.exists() else ""):
            result.details.append(f"{result.size}: publish KHÔNG có bản sửa / edit missing: {page}")
        walls.append(timed.wall)
    deleting.append(_wait_for_retired(store / "site-releases", args.timeout))
    result.cells["publish"] = Cell(median(walls))
    result.details.append(
        f"{result.size}: publish xóa bản cũ sau đó / then deleted retired releases in the "
        f"background for up to {max(deleting):.1f} s (not timed)"
    )


def _wait_for_retired(releases: Path, limit: float) -> float:
    """Seconds until the releases the last publish retired are deleted (``invoke publish``
    deletes them in a detached process once it is done): each timed publish starts on a
    quiet disk, as one edit minutes after the last publish does."""
    start = time.monotonic()
    while any(releases.glob(".pruned-*")) and time.monotonic() - start < limit:
        time.sleep(0.1)
    return time.monotonic() - start


def _build_after_edit(result: SizeResult, content: Path, work: Path, args) -> Cell:
    """Fallback while `invoke publish --content` is missing: the portal build after one edit."""
    cache = work / "cache-edit"
    output = work / "out-edit"
    env = {"PORTAL_CACHE_DIR": str(cache)}
    first = run(portal_command(content, output), env=env, cwd=ROOT, timeout=args.timeout)
    if not first.ok:
        return na(f"invoke publish chưa có --content; bản dựng lỗi / build failed: {first.stderr}")
    walls = []
    for _ in range(args.repeat):
        edit_article(content)
        timed = run(portal_command(content, output), env=env, cwd=ROOT, timeout=args.timeout)
        if timed.ok:
            walls.append(timed.wall)
    if not walls:
        return na("invoke publish chưa có --content; bản dựng sau khi sửa lỗi / build failed")
    seconds = median(walls)
    return Cell(seconds, f"{seconds:.2f} (build)")


def bench_preview(result: SizeResult, content: Path, work: Path, args) -> None:
    """``invoke serve --content DIR --port N``: seconds from saving one edit to seeing it."""
    flags = task_flags("serve")
    missing = [flag for flag in ("--content", "--port") if flag not in flags]
    if missing:
        reason = f"invoke serve chưa có / has no {', '.join(missing)}"
        result.cells["preview_article"] = result.cells["preview_lists"] = na(reason)
        return
    port = free_port()
    command = [INVOKE, "serve", "--content", str(content), "--port", str(port)]
    if "--output" in flags:
        command += ["--output", str(work / "out-serve")]
    else:
        result.details.append(f"{result.size}: invoke serve has no --output (writes output/)")
    probe = edit_article(content, "sửa 0")  # the article the rounds edit; in the first build
    log = (work / "serve.log").open("wb")
    env = {**os.environ, "PORTAL_CACHE_DIR": str(work / "cache-serve")}
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    sampler = TreeSampler(process.pid)
    sampler.start()
    base = f"http://127.0.0.1:{port}/"
    try:
        article_times, list_times, note = _preview_rounds(base, probe, content, process, args)
    finally:
        stop_tree(process)
        log.close()
        peaks = sampler.stop()
    if peaks:
        listed = ", ".join(f"{k} {v:.0f}" for k, v in sorted(peaks.items(), key=lambda i: -i[1]))
        result.details.append(f"{result.size} serve: RAM đỉnh / peak per process: {listed}")
    if note:
        note = f"{note}; log: {tail((work / 'serve.log').read_text(errors='replace'))}"
    result.cells["preview_article"] = Cell(median(article_times)) if article_times else na(note)
    result.cells["preview_lists"] = Cell(median(list_times)) if list_times else na(note)
    if note and (article_times or list_times):
        result.details.append(f"{result.size} preview: {note}")


def _preview_rounds(
    base: str, probe: Edit, content: Path, process: subprocess.Popen, args
) -> tuple[list[float], list[float], str]:
    """Edit ``--repeat`` times; per edit, seconds until the article / every listing shows it."""
    deadline = time.monotonic() + args.timeout
    while (fetch(base + probe.urls()["article"]) or "").find(probe.marker) < 0:
        if process.poll() is not None:
            return [], [], f"invoke serve đã dừng / exited with {process.returncode}"
        if time.monotonic() > deadline:
            return [], [], "invoke serve chưa phục vụ trang sau / not serving after --timeout"
        time.sleep(0.2)
    article_times, list_times = [], []
    for _ in range(args.repeat):
        time.sleep(args.settle)
        _wait_idle(base, args.preview_timeout)
        edit = edit_article(content)
        start = time.monotonic()
        pending = dict(edit.urls())
        seen: dict[str, float] = {}
        while pending and time.monotonic() - start < args.preview_timeout:
            for name, url in list(pending.items()):
                if edit.marker in (fetch(base + url) or ""):
                    seen[name] = time.monotonic() - start
                    del pending[name]
            time.sleep(0.05)
        if pending:
            names = ", ".join(pending)
            return article_times, list_times, f"không thấy bản sửa / edit not shown: {names}"
        article_times.append(seen.pop("article"))
        list_times.append(max(seen.values()))
    return article_times, list_times, ""


def _wait_idle(base: str, limit: float) -> None:
    """Wait (at most ``limit`` s) until the server answers at once three times in a row: a
    rebuild still running (the one a start-up may trigger) would otherwise be counted."""
    deadline = time.monotonic() + limit
    quick = 0
    while quick < 3 and time.monotonic() < deadline:
        start = time.monotonic()
        fetch(base)
        quick = quick + 1 if time.monotonic() - start < 0.3 else 0
        time.sleep(0.2)


# --- table ----------------------------------------------------------------------------------


def prime_code_caches(top: Path, args) -> None:
    """Build a 20-article corpus once with each command, untimed, before any timed build.

    What a build compiles from the code, not from the content, is kept between runs: Python's
    bytecode, and the citation grammar's compiled regexes beside it
    (``lib/citations/programs.py``, written by the first import after the grammar changes;
    about half a second of ``re.compile``, by that module's docstring). Without this step the
    first timed cold build after a code change paid for that compile: in the run of
    2026-12-02 17:37, the first portal build wrote the grammar's programs, and the
    1,000-article row showed 14.2 s (median of 2) and 210 MiB for the build process.
    """
    work = top / "prime"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    content = work / "content"
    generate(content, 20, args.seed)
    conf = work / "stockconf.py"
    conf.write_text(stock_settings(), encoding="utf-8")
    env = {"PORTAL_CACHE_DIR": str(work / "cache")}
    for command, options in (
        (stock_command(content, work / "out-stock", conf), {}),
        (portal_command(content, work / "out-portal"), {"env": env, "cwd": ROOT}),
    ):
        primed = run(command, timeout=args.timeout, **options)
        if not primed.ok:
            raise SystemExit(f"priming build failed: {tail(primed.stderr)}")


def add_growth(results: list[SizeResult]) -> None:
    """Portal time per article at each size, divided by the one at the smallest size."""
    first = next((r.cells["ms_portal"].value for r in results if "ms_portal" in r.cells), None)
    for result in results:
        value = result.cells.get("ms_portal", Cell()).value
        if first and value is not None:
            result.cells["growth"] = Cell(value / first, f"{value / first:.2f}×")
        else:
            result.cells["growth"] = na("thiếu thời gian dựng portal / no portal cold time")


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z")
    return (
        f"{now}; {os.cpu_count()} CPU ({model or platform.machine()}); "
        f"Python {platform.python_version()}; Pelican {version('pelican')}; "
        f"typogrify {version('typogrify')}"
    )


def render(results: list[SizeResult], args) -> str:
    notes: list[str] = []
    header = ["bài / articles", *(title for _, title in COLUMNS)]
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for result in results:
        cells = [f"{result.size:,}"]
        for key, _ in COLUMNS:
            cells.append(result.cells.get(key, na("không đo / not measured")).show(notes))
        lines.append("| " + " | ".join(cells) + " |")
    out = [
        f"Máy / machine: {machine()}; trung vị của {args.repeat} lần / median of {args.repeat}",
        "",
        *lines,
        "",
    ]
    out += [f"[{number}] {note}" for number, note in enumerate(notes, start=1)]
    for result in results:
        out += [f"- {detail}" for detail in result.details]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-n", "--sizes", default="1000,10000", help="article counts, comma-separated"
    )
    parser.add_argument("--50k", dest="big", action="store_true", help="also 50,000 articles")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per measurement")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per build")
    parser.add_argument("--preview-timeout", type=float, default=60, help="seconds per edit")
    parser.add_argument("--settle", type=float, default=1.0, help="seconds between edits")
    parser.add_argument(
        "--only",
        default="builds,publish,preview",
        help="which steps: builds, publish, preview (comma-separated)",
    )
    parser.add_argument("--keep", type=Path, help="keep corpora and outputs in this folder")
    parser.add_argument("--json", type=Path, help="also write the cells as JSON here")
    args = parser.parse_args()
    sizes = [int(part.replace("_", "")) for part in args.sizes.split(",") if part.strip()]
    if args.big and 50_000 not in sizes:
        sizes.append(50_000)
    steps = {step.strip() for step in args.only.split(",")}

    top = args.keep or Path(tempfile.mkdtemp(prefix="portal-bench-"))
    results = []
    try:
        prime_code_caches(top, args)
        for size in sizes:
            work = top / f"n{size}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            content = work / "content"
            generate(content, size, args.seed)
            result = SizeResult(size)
            for step, function in (
                ("builds", bench_builds),
                ("publish", bench_publish),
                ("preview", bench_preview),
            ):
                if step in steps:
                    print(f"… {size:,} bài: {step}", file=sys.stderr, flush=True)
                    function(result, content, work, args)
            results.append(result)
        add_growth(results)
        print(render(results, args))
        if args.json:
            data = {
                r.size: {k: [c.value, c.text, c.note] for k, c in r.cells.items()} for r in results
            }
            args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    main()
