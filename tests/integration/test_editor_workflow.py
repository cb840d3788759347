"""The editor workflow: new, check, preview drafts, publish, rollback, Git update dates.

Every task runs as a real `invoke` process in this repository, on copies of fixture content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vntext import VN_TZ

from tests.support import ROOT, build_site, copy_fixture, parse_html

INVOKE = [sys.executable, "-m", "invoke"]
TITLE = "Đảng ủy Khối: Hội nghị sơ kết 6 tháng đầu năm!"
SLUG = "dang-uy-khoi-hoi-nghi-so-ket-6-thang-dau-nam"


def run_task(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*INVOKE, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONUTF8": "1"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def tree_hash(publish_dir: Path) -> str:
    """Hash of what is served: the symlinks of ``publish_dir`` and every byte they lead to."""
    digest = hashlib.sha256()
    for entry in sorted(publish_dir.iterdir()):
        digest.update(entry.name.encode())
        if entry.is_symlink():
            digest.update(os.readlink(entry).encode())
        target = entry.resolve()
        if target.is_dir():
            for path in sorted(target.rglob("*")):
                digest.update(path.relative_to(target).as_posix().encode())
                if path.is_file():
                    digest.update(path.read_bytes())
    return digest.hexdigest()


def served_hash(publish_dir: Path) -> str:
    """Hash of the files the web server serves (``current``) only."""
    digest = hashlib.sha256()
    live = (publish_dir / "current").resolve()
    for path in sorted(live.rglob("*")):
        digest.update(path.relative_to(live).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


# --- invoke new -----------------------------------------------------------------------------


def test_new_creates_complete_draft_and_refuses_to_overwrite(tmp_path):
    before = dt.datetime.now(VN_TZ).replace(second=0, microsecond=0)
    args = ["new", "--title", TITLE, "--category", "xay dung dang", "--author", "Hoàng My"]
    args += ["--tags", "sơ kết, chi bộ", "--summary", "Sơ kết 6 tháng.", "--content", str(tmp_path)]
    result = run_task(*args)
    after = dt.datetime.now(VN_TZ)
    assert result.returncode == 0, result.stderr
    created = [p for p in tmp_path.rglob("*.md")]
    assert len(created) == 1
    path = created[0]
    assert path.name == f"{SLUG}.md"
    text = path.read_text(encoding="utf-8")
    meta = dict(line.split(": ", 1) for line in text.split("\n\n")[0].splitlines())
    date = dt.datetime.strptime(meta["Date"], "%Y-%m-%d %H:%M").replace(tzinfo=VN_TZ)
    assert before <= date <= after
    assert path.parent.relative_to(tmp_path).as_posix() == f"{date:%Y}/{date:%m}"
    assert meta == {
        "Title": TITLE,
        "Date": meta["Date"],
        "Author": "Hoàng My",
        "Category": "Xây dựng Đảng",
        "Tags": "sơ kết, chi bộ",
        "Summary": "Sơ kết 6 tháng.",
        "Slug": SLUG,
        "Status": "draft",
    }
    check = subprocess.run(
        [sys.executable, "-m", "content_check", "--content", str(tmp_path), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert check.returncode == 0 and check.stdout == "", check.stdout

    path.write_text(text + "Nội dung đã viết.\n", encoding="utf-8")
    again = run_task(*args)
    assert again.returncode != 0
    assert "không ghi đè" in again.stdout + again.stderr
    assert path.read_text(encoding="utf-8").endswith("Nội dung đã viết.\n")


def test_new_rejects_unknown_category_without_writing(tmp_path):
    result = run_task(
        "new",
        "--title",
        TITLE,
        "--category",
        "Thời sự",
        "--author",
        "A",
        "--content",
        str(tmp_path),
    )
    assert result.returncode != 0
    assert "Thời sự" in result.stdout + result.stderr
    assert not list(tmp_path.rglob("*.md"))


# --- invoke check ---------------------------------------------------------------------------


def test_check_task_prints_path_line_col_code_and_fails(tmp_path):
    bad = tmp_path / "bai.md"
    bad.write_text(
        "Title: Bài\nDate: 2024-01-10\nAuthor: A\nCategory: Thời sự\nSummary: S\nSlug: bai\n\nX\n",
        encoding="utf-8",
    )
    result = run_task("check", "--", str(bad))
    assert result.returncode != 0
    lines = result.stdout.splitlines()
    assert f"{bad}:2:7: VN021" in "\n".join(lines)
    assert any(line.startswith(f"{bad}:4:11: VN030 chuyên mục `Thời sự`") for line in lines)
    for line in lines:
        assert re.match(r"^.+:\d+:\d+: VN\d{3} \S", line), line


def test_check_task_passes_the_portal_content():
    result = run_task("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_reports_bad_bytes_without_traceback(tmp_path):
    root = tmp_path / "content"
    (root / "2024" / "01").mkdir(parents=True)
    (root / "2024" / "01" / "a.md").write_bytes("Title: Đảng\n".encode("cp1258", "replace"))
    (root / "2024" / "01" / "b.md").write_bytes(b"\x89PNG\r\n\x00")
    (root / "2024" / "01" / "c.md").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "content_check", "--content", str(root)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    codes = re.findall(r":\d+:\d+: (VN\d{3})", result.stdout)
    assert sorted(codes) == ["VN001", "VN002", "VN003"]


# --- preview and publish --------------------------------------------------------------------


@pytest.fixture
def site(tmp_path) -> dict[str, Path]:
    """Clean fixture content with one draft, and empty publish/releases folders."""
    content = copy_fixture("basic", tmp_path)
    (content / "2024" / "01" / "nfd.md").unlink()  # NFD on purpose: the checker refuses it
    draft = content / "2024" / "01" / "nhap.md"
    draft.write_text(
        "Title: Bản nháp chưa duyệt\nDate: 2024-01-11 08:00\nAuthor: Hoàng My\n"
        "Category: Tin hoạt động\nSummary: Nháp.\nSlug: ban-nhap-chua-duyet\nStatus: draft\n\n"
        "Nội dung nháp.\n",
        encoding="utf-8",
    )
    return {
        "content": content,
        "published": tmp_path / "published",
        "releases": tmp_path / "site-releases",
        "tmp": tmp_path,
    }


def publish_args(site) -> list[str]:
    """Arguments of `invoke publish` pointed at the test site's folders."""
    return [
        "publish",
        "--content",
        str(site["content"]),
        "--publish-dir",
        str(site["published"]),
        "--releases-dir",
        str(site["releases"]),
    ]


def publish(site, *extra: str) -> subprocess.CompletedProcess:
    return run_task(*publish_args(site), *extra)


def rollback(site) -> subprocess.CompletedProcess:
    return run_task(
        "rollback", "--publish-dir", str(site["published"]), "--releases-dir", str(site["releases"])
    )


def test_drafts_are_previewed_but_never_published(site):
    preview = site["tmp"] / "preview"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "portal_core.build",
            "-q",
            "-s",
            "pelicanconf.py",
            "-o",
            str(preview),
            str(site["content"]),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    draft_page = preview / "ban-nhap" / "ban-nhap-chua-duyet" / "index.html"
    assert "Bản nháp chưa duyệt" in parse_html(draft_page).css_first("h1").text()

    result = publish(site)
    assert result.returncode == 0, result.stdout + result.stderr
    live = site["published"] / "current"
    assert (live / "index.html").is_file()
    assert not (live / "ban-nhap").exists()
    served = "".join(p.read_text("utf-8", "replace") for p in live.rglob("*.html"))
    assert "Bản nháp chưa duyệt" not in served


def test_publish_swaps_atomically_keeps_previous_and_rolls_back(site):
    assert publish(site).returncode == 0
    first = (site["published"] / "current").resolve()
    assert first.parent == site["releases"].resolve()
    assert os.readlink(site["published"] / "current").startswith("..")  # relative symlink
    first_served = served_hash(site["published"])

    article = site["content"] / "2023" / "05" / "hoi-nghi.md"
    article.write_text(
        article.read_text("utf-8").replace("Hội nghị diễn ra sáng nay.", "Đã sửa nội dung."),
        encoding="utf-8",
    )
    result = publish(site)
    assert result.returncode == 0, result.stdout + result.stderr
    second = (site["published"] / "current").resolve()
    assert second != first and (site["published"] / "previous").resolve() == first
    page = site["published"] / "current" / "bai-viet" / "hoi-nghi-ban-chap-hanh" / "index.html"
    assert "Đã sửa nội dung." in page.read_text("utf-8")
    second_hash = tree_hash(site["published"])

    result = rollback(site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site["published"] / "current").resolve() == first
    assert served_hash(site["published"]) == first_served
    assert "Đã sửa nội dung." not in page.read_text("utf-8")
    assert rollback(site).returncode == 0  # rolling back twice undoes the rollback
    assert tree_hash(site["published"]) == second_hash
    assert not list(site["releases"].glob(".building-*"))


@pytest.mark.parametrize(
    ("expected", "break_it"),
    [
        # caught by the checker before the build
        ("VN002", lambda c: (c / "2023" / "05" / "hoi-nghi.md").write_bytes(b"\x00\xff")),
        # passes the checker, built, then refused by the fast gates (a broken internal link)
        (
            "liên kết hỏng tới `/chuyen-muc/khong-co-chuyen-muc-nay/`",
            lambda c: (c / "2023" / "05" / "hoi-nghi.md").write_text(
                (c / "2023" / "05" / "hoi-nghi.md").read_text("utf-8")
                + "\nXem [chuyên mục](/chuyen-muc/khong-co-chuyen-muc-nay/).\n",
                encoding="utf-8",
            ),
        ),
    ],
    ids=["caught_by_checker", "caught_by_gates"],
)
def test_failed_publish_leaves_the_live_site_byte_identical(site, expected, break_it):
    assert publish(site).returncode == 0
    before = tree_hash(site["published"])
    break_it(site["content"])
    result = publish(site)
    assert result.returncode != 0
    assert "giữ nguyên" in result.stdout + result.stderr
    assert expected in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert tree_hash(site["published"]) == before
    assert not list(site["releases"].glob(".building-*"))
    assert len([p for p in site["releases"].iterdir() if not p.name.startswith(".")]) == 1


def _build_children(session: int) -> list[int]:
    """Pids of the Pelican build processes started in process session ``session``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getsid(int(entry.name)) != session:
                continue
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, ProcessLookupError):
            continue
        if b"portal_core.build" in cmdline:
            found.append(int(entry.name))
    return found


def test_publish_killed_while_building_leaves_the_live_site_byte_identical(site):
    assert publish(site).returncode == 0
    before = tree_hash(site["published"])
    (site["content"] / "2023" / "05" / "hoi-nghi.md").write_text(
        "Title: Mới\nDate: 2023-05-21 14:30\nAuthor: A\nCategory: Tin hoạt động\nSummary: S\n"
        "Slug: hoi-nghi-ban-chap-hanh\n\nNội dung mới.\n",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [*INVOKE, *publish_args(site)],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not _build_children(process.pid):  # wait until Pelican is building
        assert process.poll() is None, "publish ended before the build could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert tree_hash(site["published"]) == before
    assert list(site["releases"].glob(".building-*")), "the killed build was mid-way"

    result = publish(site)  # the next publish cleans up and goes through
    assert result.returncode == 0, result.stdout + result.stderr
    assert not list(site["releases"].glob(".building-*"))
    page = site["published"] / "current" / "bai-viet" / "hoi-nghi-ban-chap-hanh" / "index.html"
    assert "Nội dung mới." in page.read_text("utf-8")
    shutil.rmtree(site["releases"])  # keep /tmp small


# --- Git dates ------------------------------------------------------------------------------


def git(cwd, *args, date="2024-02-15T09:30:00+07:00"):
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_SYSTEM": os.devnull,
    }
    subprocess.run(
        ["git", "-c", "user.name=Biên tập", "-c", "user.email=bt@example.vn", *args],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
    )


def updated_text(output, slug):
    node = parse_html(output / "bai-viet" / slug / "index.html").css_first("p.updated")
    return " ".join(node.text().split()) if node else ""


def test_update_time_is_the_last_change_readers_see(tmp_path):
    content = copy_fixture("basic", tmp_path)
    git(content, "init", "-q")
    git(content, "add", ".")
    git(content, "commit", "-q", "-m", "Nhập kho lưu trữ")  # the import: never an update
    # hoi-nghi.md: published 2023-05-21 14:30; its body corrected, then the file renamed and
    # its tags and slug line reformatted: the update is the correction.
    hoi_nghi = content / "2023" / "05" / "hoi-nghi.md"
    hoi_nghi.write_text(hoi_nghi.read_text("utf-8") + "\nĐính chính.\n", encoding="utf-8")
    git(content, "commit", "-q", "-am", "Sửa bài", date="2024-03-01T16:45:00+07:00")
    git(content, "mv", "2023/05/hoi-nghi.md", "2023/05/hoi-nghi-bch.md")
    git(content, "commit", "-q", "-m", "Đổi tên tệp", date="2024-04-01T10:00:00+07:00")
    renamed = content / "2023" / "05" / "hoi-nghi-bch.md"
    text = renamed.read_text("utf-8").replace("Tags: Kết luận 1", "Tags: Kết luận 1, hội nghị")
    renamed.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    git(content, "commit", "-q", "-am", "Thêm từ khóa", date="2024-05-01T10:00:00+07:00")
    # so-ket.md: only metadata changed; ket-luan-12.md: says when it was modified itself.
    so_ket = content / "2024" / "01" / "so-ket.md"
    so_ket.write_text(so_ket.read_text("utf-8").replace("Tags:", "Tags: sơ kết,"), "utf-8")
    ket_luan = content / "2024" / "01" / "ket-luan-12.md"
    ket_luan.write_text(
        ket_luan.read_text("utf-8").replace("Slug:", "Modified: 2024-02-20 07:15\nSlug:", 1),
        encoding="utf-8",
    )
    git(content, "commit", "-q", "-am", "Sửa siêu dữ liệu", date="2024-06-01T10:00:00+07:00")

    output = build_site(content, tmp_path / "output")
    assert updated_text(output, "hoi-nghi-ban-chap-hanh") == "Cập nhật lúc 01/03/2024 16:45"
    assert updated_text(output, "so-ket-cong-tac") == ""
    slug = re.search(r"^Slug: (.+)$", ket_luan.read_text("utf-8"), re.M).group(1)
    assert updated_text(output, slug) == "Cập nhật lúc 20/02/2024 07:15"
    assert updated_text(output, "bai-cu-khong-ro-ngay") == ""  # unknown date: nothing to compare
    node = parse_html(output / "bai-viet" / "hoi-nghi-ban-chap-hanh" / "index.html")
    assert node.css_first("p.updated time").attributes["datetime"] == "2024-03-01T16:45:00+07:00"


def test_update_is_never_shown_before_publication_nor_for_draft_edits(tmp_path):
    content = copy_fixture("basic", tmp_path)
    article = content / "2024" / "01" / "so-ket.md"
    article.write_text(
        article.read_text("utf-8").replace("Slug:", "Status: draft\nSlug:"), encoding="utf-8"
    )
    git(content, "init", "-q")
    git(content, "add", ".")
    git(content, "commit", "-q", "-m", "Bản nháp", date="2024-01-02T10:00:00+07:00")
    article.write_text(article.read_text("utf-8") + "\nThêm đoạn.\n", encoding="utf-8")
    git(content, "commit", "-q", "-am", "Sửa nháp", date="2024-01-06T10:00:00+07:00")
    article.write_text(article.read_text("utf-8").replace("Status: draft\n", ""), "utf-8")
    git(content, "commit", "-q", "-am", "Duyệt đăng", date="2024-01-07T10:00:00+07:00")
    hoi_nghi = content / "2023" / "05" / "hoi-nghi.md"  # edited before its own Date
    hoi_nghi.write_text(hoi_nghi.read_text("utf-8") + "\nSửa.\n", encoding="utf-8")
    git(content, "commit", "-q", "-am", "Sửa sớm", date="2023-05-20T10:00:00+07:00")
    output = build_site(content, tmp_path / "output")
    assert updated_text(output, "so-ket-cong-tac") == ""
    assert updated_text(output, "hoi-nghi-ban-chap-hanh") == ""


def test_build_outside_git_checkout_works_without_update_times(tmp_path):
    content = copy_fixture("basic", tmp_path)
    output = build_site(content, tmp_path / "output")
    assert (output / "bai-viet" / "hoi-nghi-ban-chap-hanh" / "index.html").is_file()
    assert updated_text(output, "hoi-nghi-ban-chap-hanh") == ""


# --- pre-commit -----------------------------------------------------------------------------


def test_pre_commit_config_is_valid_and_runs_the_checker_on_content():
    import yaml

    config = ROOT / ".pre-commit-config.yaml"
    subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config)],
        check=True,
        capture_output=True,
    )
    hooks = {
        h["id"]: h for repo in yaml.safe_load(config.read_text())["repos"] for h in repo["hooks"]
    }
    assert {"ruff-check", "ruff-format", "djhtml", "content-check"} <= hooks.keys()
    assert hooks["content-check"]["entry"].endswith("-m content_check")
    assert re.match(hooks["content-check"]["files"], "content/2024/01/bai.md")
