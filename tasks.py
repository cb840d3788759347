"""Tasks for editors and developers: `invoke --list` shows them all.

Nothing is read or built at import time; every task does its own work when called.
"""

from __future__ import annotations

import os
import shlex
import sys
import tempfile
from pathlib import Path

from invoke import Task, task
from invoke.parser import Argument

ROOT = Path(__file__).resolve().parent
PYTHON_BIN = Path(sys.executable).parent
DEV_SETTINGS = ROOT / "pelicanconf.py"
PUBLISH_SETTINGS = ROOT / "publishconf.py"


def _bin(name: str) -> str:
    """Path of a console script installed next to the running Python."""
    candidate = PYTHON_BIN / name
    return str(candidate) if candidate.exists() else name


def build_args(
    settings: Path,
    output: Path,
    content: Path | None = None,
    *,
    quiet: bool = False,
    previous: Path | None = None,
) -> list[str]:
    """The build command: Pelican through portal_core.build (fails on any error). A
    ``previous`` folder that exists lends its unchanged pages (linked, not rendered)."""
    args = [sys.executable, "-m", "portal_core.build", "-s", str(settings), "-o", str(output)]
    if content is not None:
        args.append(str(content))
    if quiet:
        args.append("--quiet")
    if previous is not None and previous.is_dir():
        args += ["--previous", str(previous)]
    return args


def build_command(settings: Path, output: Path, content: Path | None = None, **options) -> str:
    """``build_args`` as one shell line (for ``c.run``)."""
    return shlex.join(build_args(settings, output, content, **options))


@task(help={"output": "thư mục kết quả (mặc định output/)"})
def build(c, output="output"):
    """Dựng trang (cấu hình xem trước pelicanconf.py, có cả bản nháp) vào output/.

    Dựng tăng dần, dùng lại bộ nhớ đệm; lỗi ở bài nào thì in `tệp:dòng` và thoát ≠ 0, thư mục
    kết quả cũ giữ nguyên.

    Ví dụ:
      invoke build
      invoke build --output /tmp/xem-thu
    """
    c.run(build_command(DEV_SETTINGS, ROOT / output), pty=False)


@task(
    help={
        "port": "cổng (mặc định 8000)",
        "host": "địa chỉ (mặc định 127.0.0.1)",
        "content": "thư mục nội dung (mặc định content/)",
        "output": "thư mục kết quả (mặc định output/)",
    }
)
def serve(c, port=8000, host="127.0.0.1", content="", output="output"):
    """Dựng, mở trang xem trước http://localhost:8000, tự dựng lại và tải lại khi lưu tệp.

    Bản nháp có ở /ban-nhap/<slug>/ (địa chỉ được in lúc bắt đầu); bài lỗi hiện lỗi
    `tệp:dòng` ngay trên trang của bài đó. Ctrl+C để dừng.

    Ví dụ:
      invoke serve
      invoke serve --port 8080 --content tests/fixtures/basic
    """
    from invoke import Exit
    from livereload import Server
    from portal_core.preview import PreviewBuilder
    from portal_core.snapshot_handler import SnapshotStaticFileHandler

    content_dir = Path(content).resolve() if content else None
    if content_dir is not None and not content_dir.is_dir():
        raise Exit(f"LỖI: không thấy thư mục nội dung {content}", code=2)
    builder = PreviewBuilder(DEV_SETTINGS, (ROOT / output).resolve(), content_dir)
    builder.build()
    server = Server()
    server.SFH = SnapshotStaticFileHandler  # never a page cut by a rebuild replacing it
    # Saves are seen by inotify in a thread of their own; the article, its listing pages
    # and each full build touch this file when they are shown, and livereload (which
    # watches only this file) reloads the browser.
    done = Path(tempfile.mkdtemp(prefix="portal-serve-")) / "rebuilt"
    done.touch()
    server.watch(str(done))
    watched = [content_dir or ROOT / "content", ROOT / "theme", ROOT / "lib", ROOT / "plugins"]
    builder.watch_in_background([*watched, DEV_SETTINGS], done.touch)
    builder.serve_in_background(done.touch)
    print(f"Đang phục vụ trang tại http://{host}:{port}/ (Ctrl+C để dừng)")
    if not content_dir:
        _print_drafts(port)
    server.serve(host=host, port=int(port), root=str(builder.output), open_url_delay=None)


@task
def lint(c):
    """Kiểm tra mã nguồn Python bằng ruff (lỗi lập trình và cách trình bày), không sửa gì.

    Ví dụ: invoke lint
    """
    c.run(f"{_bin('ruff')} check .")
    c.run(f"{_bin('ruff')} format --check .")


@task
def format(c):
    """Sửa mã nguồn Python bằng ruff: sửa lỗi tự sửa được rồi trình bày lại cho đúng chuẩn.

    Ví dụ: invoke format
    """
    c.run(f"{_bin('ruff')} check --fix .")
    c.run(f"{_bin('ruff')} format .")


@task(
    help={
        "k": "chỉ chạy các kiểm thử có tên khớp biểu thức này (như pytest -k)",
        "quick": "bỏ qua kiểm thử bằng trình duyệt và bộ kiểm tra HTML (chạy nhanh khi sửa)",
    }
)
def test(c, k="", quick=False):
    """Chạy ruff rồi toàn bộ kiểm thử (đơn vị, tích hợp, trình duyệt, cổng chất lượng).

    Ví dụ:
      invoke test
      invoke test --quick -k scheduling
    """
    lint(c)
    args = [_bin("pytest"), "-p", "no:cacheprovider"]
    if k:
        args += ["-k", k]
    if quick:
        args += ["-m", "not e2e and not gates"]
    c.run(shlex.join(args), pty=False, env={"PYTHONDONTWRITEBYTECODE": "1", **os.environ})


@task
def clean(c):
    """Xóa output/, các bản dựng dở dang và bộ nhớ đệm dựng trang (PORTAL_CACHE_DIR).

    Không đụng tới content/ và trang đang chạy (published/). Lần dựng sau sẽ dựng lại từ đầu.

    Ví dụ: invoke clean
    """
    from build_cache.session import cache_folder
    from content_check.config import read_conf

    doomed = [ROOT / "output", *ROOT.glob(".output.building-*"), *ROOT.glob(".trash-output.*")]
    cache = cache_folder(read_conf(DEV_SETTINGS))
    if cache is not None:
        doomed.append(cache)
    c.run(shlex.join(["rm", "-rf", *map(str, doomed)]))


# --- Editor workflow: new, check, publish, rollback (lib/content_check, lib/publish) ---


class _Words(Argument):
    """A positional argument that takes every following word that is not a flag of its task,
    so `invoke check a.md b.md` works like `invoke check -- a.md b.md` (a list of str)."""

    @property
    def value(self):
        # While invoke's parser is handling words, look "missing" so it gives us the next one.
        frame = sys._getframe(1)
        for _ in range(5):
            if frame is None:
                break
            if frame.f_code.co_name == "handle" and "invoke" in frame.f_code.co_filename:
                return None
            frame = frame.f_back
        return list(self._value or [])

    @value.setter
    def value(self, word) -> None:
        self._value = [*(self._value or []), word]


class _WordsTask(Task):
    """A task whose ``paths`` (check) or ``source`` (import) parameter takes the words typed
    after it (``_Words``)."""

    WORDS = frozenset({"paths", "source"})

    def get_arguments(self, ignore_unknown_help=None):
        return [
            _Words(names=a.names, kind=list, help=a.help, positional=True, attr_name=a.attr_name)
            if a.name in self.WORDS
            else a
            for a in super().get_arguments(ignore_unknown_help)
        ]


def _typed_paths(c, paths) -> list[str]:
    """The paths given as words, with ``--paths "a b"`` and ``-- a b`` (the older forms).

    A word that names an existing file is kept whole (``"Bao cao 2011.txt"``)."""
    words = [paths] if isinstance(paths, str) else list(paths or [])
    remainder = getattr(c, "remainder", "") or ""
    typed = [w for word in words for w in ([word] if os.path.exists(word) else shlex.split(word))]
    return [*typed, *shlex.split(remainder)]


def _ask(label: str, value: str, required: bool = True) -> str:
    """``value``, or ask for it when stdin is a terminal (Vietnamese prompt)."""
    while not value.strip() and sys.stdin.isatty():
        value = input(f"{label}: ")
        if not required:
            break
    return value


def _print_drafts(port) -> None:
    """List the drafts' preview addresses (drafts are built in preview, never published)."""
    from content_check.check import draft_urls
    from content_check.config import load_settings

    drafts = draft_urls(load_settings(DEV_SETTINGS))
    if drafts:
        print("Bản nháp (chỉ có khi xem trước, không bao giờ được xuất bản):")
    for path, url in drafts:
        print(f"  http://localhost:{port}/{url}  ({path.relative_to(ROOT)})")


def _photo_answers(image: str, alt: str, caption: str, credit: str) -> dict[str, str]:
    """The lead-photo fields of `invoke new`, asked in a terminal when a photo is given."""
    image = _ask("Ảnh đầu bài (tệp trong content/images/, có thể bỏ trống)", image, False)
    if image.strip():
        alt = _ask("Mô tả ảnh (Image_alt)", alt)
        caption = _ask("Chú thích ảnh (có thể bỏ trống)", caption, False)
        credit = _ask("Tác giả ảnh (có thể bỏ trống)", credit, False)
    return {"image": image, "image_alt": alt, "image_caption": caption, "image_credit": credit}


def _conf(settings: Path) -> dict:
    """A settings file's values over the defaults of the settings tasks read (validated)."""
    from content_check.config import read_conf
    from publish.settings import SPEC as PUBLISH
    from scheduling.settings import SPEC as SCHEDULING
    from settings_spec import validated
    from url_manifest.settings import SPEC as URLS

    conf = read_conf(settings)
    for spec in (PUBLISH, SCHEDULING, URLS):
        conf.update(validated(spec, conf))
    return conf


@task(
    help={
        "title": "tiêu đề bài",
        "category": "chuyên mục (một trong PORTAL_CATEGORIES; viết không dấu cũng được)",
        "author": "tác giả (`unknown` nếu không rõ)",
        "tags": "từ khóa, cách nhau bằng dấu phẩy",
        "summary": "tóm tắt (sapo)",
        "status": "draft (mặc định) hoặc published",
        "content": "thư mục nội dung (mặc định content/)",
        "image": "ảnh đầu bài: tệp trong content/images/ (ví dụ images/2024/05/hoi-nghi.jpg)",
        "image_alt": "mô tả ảnh cho người không xem được ảnh (bắt buộc khi có --image)",
        "image_caption": "chú thích ảnh",
        "image_credit": "tác giả ảnh (in là “Ảnh: …”)",
    }
)
def new(
    c,
    title="",
    category="",
    author="",
    tags="",
    summary="",
    status="draft",
    content="",
    image="",
    image_alt="",
    image_caption="",
    image_credit="",
):
    """Tạo bài mới content/<năm>/<tháng>/<slug>.md (mặc định là bản nháp, giờ Việt Nam).

    Trong cửa sổ lệnh, thiếu gì sẽ được hỏi bằng tiếng Việt; chạy không có cửa sổ lệnh
    (script, CI) thì phải ghi đủ --title, --category, --author. Không bao giờ ghi đè.

    Ví dụ:
      invoke new
      invoke new --title "Hội nghị sơ kết" --category "Xây dựng Đảng" --author "Hoàng My"
    """
    from content_check.config import load_settings
    from content_check.scaffold import ScaffoldError, new_article
    from invoke import Exit

    settings = load_settings(DEV_SETTINGS)
    root = Path(content).resolve() if content else settings.content_root
    given = {"title": title, "category": category, "author": author}
    missing = [f"--{name}" for name, value in given.items() if not value.strip()]
    if missing and not sys.stdin.isatty():
        raise Exit(
            f"LỖI: thiếu {', '.join(missing)} (không có cửa sổ lệnh để hỏi). Ví dụ: invoke new "
            '--title "Hội nghị sơ kết" --category "Xây dựng Đảng" --author "Hoàng My"',
            code=1,
        )
    if not category and sys.stdin.isatty():
        for number, name in enumerate(settings.categories, start=1):
            print(f"  {number}. {name}")
        category = _ask("Chuyên mục (số hoặc tên)", category)
        if category.strip().isdigit() and 0 < int(category) <= len(settings.categories):
            category = settings.categories[int(category) - 1]
    try:
        article = new_article(
            title=_ask("Tiêu đề", title),
            category=category,
            author=_ask("Tác giả (`unknown` nếu không rõ)", author),
            tags=_ask("Từ khóa (cách nhau bằng dấu phẩy, có thể bỏ trống)", tags, False),
            summary=_ask("Tóm tắt (sapo)", summary, False),
            status=status,
            categories=settings.categories,
            **_photo_answers(image, image_alt, image_caption, image_credit),
        )
    except ScaffoldError as exc:
        raise Exit(f"LỖI: {exc}", code=1) from None
    path = root / article.relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(article.text)
    except FileExistsError:
        raise Exit(
            f"LỖI: {path} đã có; không ghi đè. Hãy đổi tiêu đề hoặc sửa tệp đó.", 1
        ) from None
    print(f"Đã tạo {path}")
    if status == "draft":
        print(f"Xem trước (invoke serve): http://localhost:8000/ban-nhap/{article.slug}/")


@task(
    klass=_WordsTask,
    help={
        "paths": "tệp hoặc thư mục, gõ thẳng sau lệnh (mặc định: cả content/)",
        "fix": "sửa tự động NFC, BOM, CRLF, ký tự điều khiển rồi kiểm tra",
        "content": "thư mục nội dung khác content/ (có van-ban/, pages/ riêng)",
    },
)
def check(c, paths=None, fix=False, content=""):
    """Kiểm tra bài viết và hồ sơ văn bản: in `tệp:dòng:cột: MÃ thông báo`; lỗi thì thoát ≠ 0.

    Ví dụ:
      invoke check                                   (cả thư mục content/)
      invoke check content/2024/05/bai-moi.md content/van-ban/
      invoke check --fix content/2024/05/bai-moi.md  (sửa NFC, BOM, CRLF trước)
      invoke check --content /duong/dan/noi-dung-khac  (một thư mục nội dung khác)
    """
    args = [sys.executable, "-m", "content_check", "--settings", str(DEV_SETTINGS)]
    if content:
        args += ["--content", content]
    if fix:
        args.append("--fix")
    c.run(shlex.join([*args, *_typed_paths(c, paths)]), pty=False)


def _store(publish_dir: str, releases_dir: str):
    from publish import ReleaseStore

    conf = _conf(PUBLISH_SETTINGS)
    return ReleaseStore(
        (ROOT / (publish_dir or conf["PUBLISH_DIR"])).resolve(),
        (ROOT / (releases_dir or conf["PUBLISH_RELEASES_DIR"])).resolve(),
    )


@task(
    help={
        "content": "thư mục nội dung (mặc định content/)",
        "publish_dir": "nơi trang đang chạy (mặc định PUBLISH_DIR trong publishconf.py)",
        "releases_dir": "nơi giữ các bản dựng (mặc định PUBLISH_RELEASES_DIR)",
    }
)
def publish(c, content="", publish_dir="", releases_dir=""):
    """Kiểm tra, dựng bằng publishconf.py, kiểm tra nhanh bản dựng rồi đổi trang đang chạy.

    Đổi nguyên khối (không bao giờ nửa cũ nửa mới); lỗi thì trang đang chạy giữ nguyên. Bài
    hẹn giờ (Date ở tương lai) được liệt kê và chỉ lên trang khi đến giờ.

    Ví dụ: invoke publish
    """
    import subprocess
    from concurrent.futures import ThreadPoolExecutor

    from build_cache.announce import READY_FD_ENV, wait_for_announcement
    from content_check import check_paths, has_errors
    from content_check.cache import CheckCache, cache_path
    from content_check.config import settings_from_conf
    from content_check.schedule import scheduled_articles
    from invoke import Exit
    from portal_content.clock import ClockError, current_time
    from publish import PublishError, publish_site
    from vntext import format_datetime_vi

    conf = _conf(PUBLISH_SETTINGS)
    root = Path(content).resolve() if content else ROOT / conf["PATH"]
    settings = settings_from_conf(conf, ROOT, root)
    try:  # one "now" for the checker and the build: both hold the same scheduled articles
        now = current_time(conf["PORTAL_NOW"])
    except ClockError as exc:
        raise Exit(f"LỖI: {exc}", code=1) from None
    store = _store(publish_dir, releases_dir)
    scheduled: dict[str, str] = {}  # URL -> why it is held back, known once checked

    def report_check(problems) -> None:
        """Print the checker's findings; stop on an error; note the scheduled articles."""
        for problem in problems:
            if problem.code not in ("VN025", "VN029"):  # scheduled articles are listed below
                print(problem.format())
        if has_errors(problems):
            raise Exit("LỖI: nội dung còn lỗi (xem ở trên); trang đang chạy giữ nguyên.", code=1)
        held = scheduled_articles(problems, settings)
        if held:
            print(f"Bài hẹn giờ, chưa đăng lần này ({len(held)}):")
        for path, url, when in held:
            print(f"  {format_datetime_vi(when, weekday=False)}  {path}  /{url or ''}")
            if url:
                scheduled[url] = f"{path}, đăng lúc {format_datetime_vi(when, weekday=False)}"

    def check_sources():
        return check_paths([root], settings, CheckCache(cache_path(conf), settings), now=now)

    with ThreadPoolExecutor(max_workers=1) as checker:

        def build_into(output: Path, pages_ready) -> bool:
            command = build_args(
                PUBLISH_SETTINGS, output, root, quiet=True, previous=store.current()
            )
            # The build says on this pipe when its pages are final (build_cache.announce):
            # the gates check them while it writes the search index.
            ready, ready_for_build = os.pipe()
            env = {**os.environ, "PORTAL_NOW": now.isoformat(), READY_FD_ENV: str(ready_for_build)}
            try:
                build = subprocess.Popen(command, env=env, pass_fds=(ready_for_build,))
            finally:
                os.close(ready_for_build)
            # The checker reads the sources while the build runs in its own process (started
            # first: the checker's thread would slow this one down): an error it finds stops
            # the build, which never replaces the live site before both are done.
            checking = checker.submit(check_sources)
            try:
                report_check(checking.result())
                announced = wait_for_announcement(build, ready)
                if announced is not None:
                    pages_ready(announced["folder"], announced["unfinished"])
            except BaseException:
                build.kill()
                build.wait()
                raise
            finally:
                os.close(ready)
            return build.wait() == 0

        try:
            release = publish_site(
                store,
                build_into,
                site_url=conf["SITEURL"],
                draft_prefix=conf["DRAFT_URL"].split("{", 1)[0],
                keep=conf["PUBLISH_KEEP"],
                scheduled=scheduled,
            )
        except PublishError as exc:
            raise Exit(f"LỖI: {exc}", code=1) from None
    print(f"Đã xuất bản {release.name}: {store.current_link} -> {release}")


@task(
    help={
        "publish_dir": "nơi trang đang chạy (mặc định PUBLISH_DIR)",
        "releases_dir": "nơi giữ các bản dựng (mặc định PUBLISH_RELEASES_DIR)",
    }
)
def rollback(c, publish_dir="", releases_dir=""):
    """Quay lại bản xuất bản trước: đổi nguyên khối `current` và `previous`.

    Chạy lần nữa để trở lại bản vừa bỏ. Không dựng lại gì.

    Ví dụ: invoke rollback
    """
    from invoke import Exit
    from publish import PublishError, rollback_site

    store = _store(publish_dir, releases_dir)
    try:
        release = rollback_site(store)
    except PublishError as exc:
        raise Exit(f"LỖI: {exc}", code=1) from None
    print(f"Đã quay lại bản {release.name}: {store.current_link} -> {release}")


@task(
    help={
        "repo": "bản sao Git trên máy chủ (mặc định: thư mục dự án này)",
        "remote": "kho của biên tập viên (mặc định origin)",
        "branch": "nhánh được đăng (mặc định main)",
        "content": "thư mục nội dung (mặc định content/ của bản sao)",
        "publish_dir": "nơi trang đang chạy (mặc định PUBLISH_DIR)",
        "releases_dir": "nơi giữ các bản dựng (mặc định PUBLISH_RELEASES_DIR)",
    }
)
def deploy(c, repo="", remote="origin", branch="main", content="", publish_dir="", releases_dir=""):
    """Lấy nhánh của biên tập viên (chỉ tiến thẳng), rồi xuất bản như `invoke publish`.

    Việc của bộ hẹn giờ systemd / cron và của hook Git post-receive (README, mục "Đăng tự
    động"). Không bao giờ chạy hai lần cùng lúc; lỗi thì trang đang chạy giữ nguyên.

    Ví dụ: invoke deploy --branch main
    """
    from invoke import Exit
    from publish import PublishError
    from publish.deploy import deploy_lock, update_checkout

    checkout = Path(repo).resolve() if repo else ROOT
    store = _store(publish_dir, releases_dir)
    try:
        with deploy_lock(store.releases_dir):
            old, new = update_checkout(checkout, remote, branch)
            moved = f"{old[:10]} -> {new[:10]}" if old != new else f"{new[:10]}, không đổi"
            print(f"Nhánh {remote}/{branch}: {moved}")
            publish(
                c,
                content=content or str(checkout / "content"),
                publish_dir=publish_dir,
                releases_dir=releases_dir,
            )
    except PublishError as exc:
        raise Exit(f"LỖI: {exc}; trang đang chạy giữ nguyên.", code=1) from None


# --- Importer and stable URLs (lib/importer, plugins/url_manifest) -------------------
@task(
    name="import",
    klass=_WordsTask,
    iterable=["also"],
    help={
        "source": "tệp hoặc thư mục nguồn, gõ thẳng sau lệnh (nhiều nguồn: cách nhau bằng dấu "
        "cách hoặc dấu phẩy)",
        "also": "thêm một nguồn (lặp lại được)",
        "dry_run": "chỉ in bảng kết quả, không ghi vào content/",
        "encoding": "ép bảng mã: utf-8, cp1258, vni, tcvn3, viqr",
        "category": "chuyên mục cho mọi bài (một trong PORTAL_CATEGORIES)",
        "base_url": "địa chỉ của thư mục nguồn trên cổng cũ (để địa chỉ cũ chuyển hướng về bài)",
        "content": "thư mục nội dung nhận bài (mặc định content/)",
    },
)
def import_(
    c, source=None, also=None, dry_run=False, encoding="", category="", base_url="", content=""
):
    """Nhập bài cũ (văn bản, trang web đã lưu, .mht, Word .docx, mã cũ TCVN3/VNI) vào content/.

    In bảng từng nguồn: đã nhập / trùng / bị từ chối và lý do; bài đã có thì không ghi lại.

    Ví dụ:
      invoke import luu-tru/2011/ luu-tru/bao-cao-vni.txt --dry-run
      invoke import "Bao cao 2011.txt" --encoding vni --category "Xây dựng Đảng"
      invoke import trang-cu/ --base-url http://dangbokhoi.cu.vn/tin-tuc/
    """
    from importer.__main__ import main as import_main
    from invoke import Exit
    from pelican.settings import read_settings

    sources = [s for word in _typed_paths(c, source) for s in _sources_in(word)]
    sources += list(also or [])
    if not sources:
        raise Exit(
            "LỖI: thiếu tệp hoặc thư mục nguồn. Ví dụ: invoke import luu-tru/2011/ bai-cu.txt",
            code=2,
        )
    target = Path(content).resolve() if content else ROOT / "content"
    args = [*sources, "--content", str(target)]
    if dry_run:
        args.append("--dry-run")
    if encoding:
        args += ["--encoding", encoding]
    if category:
        args += ["--category", category]
    if base_url:
        args += ["--base-url", base_url]
    categories = tuple(read_settings(str(DEV_SETTINGS))["PORTAL_CATEGORIES"])
    code = import_main(args, categories=categories)
    if code:
        raise Exit(code=code)


def _sources_in(word: str) -> list[str]:
    """One typed source, or several joined by commas (``a.txt,b.txt``, the older form)."""
    if os.path.exists(word):
        return [word]
    return [part for part in word.split(",") if part]


@task(
    help={
        "update": "ghi thêm vào urls.manifest các địa chỉ mới của bản dựng (không bao giờ của "
        "bản nháp hay bài hẹn giờ chưa tới giờ)",
        "content": "thư mục nội dung (mặc định content/)",
    }
)
def urls(c, update=False, content=""):
    """Dựng như khi xuất bản, kiểm tra mọi địa chỉ trong urls.manifest vẫn còn trả lời.

    Bản dựng dùng publishconf.py (không có bản nháp, bài hẹn giờ chưa tới giờ bị giữ lại),
    trong một thư mục tạm: output/ và trang đang chạy không đổi. --update ghi thêm các địa
    chỉ mới của chính bản dựng đó, nên lần `invoke publish` sau không báo "địa chỉ bị rút".

    Ví dụ:
      invoke urls
      invoke urls --update
    """
    import tempfile

    from invoke import Exit
    from stable_urls.manifest import update_manifest_file

    conf = _conf(PUBLISH_SETTINGS)
    root = Path(content).resolve() if content else ROOT / conf["PATH"]
    live = _store("", "").current()
    with tempfile.TemporaryDirectory(prefix="portal-urls-") as scratch:
        output = Path(scratch) / "site"
        command = build_command(PUBLISH_SETTINGS, output, root, quiet=True, previous=live)
        if not c.run(command, warn=True, pty=False).ok:
            raise Exit("LỖI: bản dựng lỗi (xem ở trên); urls.manifest giữ nguyên.", code=1)
        print("Mọi địa chỉ trong urls.manifest vẫn còn (trang hoặc chuyển hướng).")
        if not update:
            return
        manifest = root / conf["URL_MANIFEST"]
        exclude = tuple(conf["URL_MANIFEST_EXCLUDE"])
        added = update_manifest_file(manifest, output, exclude)
    print(f"{manifest}: thêm {len(added)} địa chỉ")
    for url in added:
        print(f"  /{url}")
