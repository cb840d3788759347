"""`invoke deploy` against a real bare repository: fast-forward only, locked, hook on push."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.integration.test_editor_workflow import git, run_task, served_hash
from tests.support import FIXTURES, ROOT

NEW = """Title: Tin mới từ biên tập viên
Date: 2024-02-01 08:00
Author: Hoàng My
Category: Tin hoạt động
Summary: Tin đẩy lên qua Git.
Slug: tin-moi-qua-git

Nội dung tin mới.
"""


@pytest.fixture
def repos(tmp_path) -> dict[str, Path]:
    """A bare repository, an editor's clone with the fixture content, the server's clone."""
    origin, editor, server = tmp_path / "origin.git", tmp_path / "editor", tmp_path / "server"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    git(tmp_path, "clone", "-q", str(origin), str(editor))
    shutil.copytree(FIXTURES / "basic", editor / "content")
    (editor / "content" / "2024" / "01" / "nfd.md").unlink()  # NFD on purpose: refused
    git(editor, "checkout", "-q", "-b", "main")
    git(editor, "add", ".")
    git(editor, "commit", "-q", "-m", "Nội dung ban đầu")
    git(editor, "push", "-q", "origin", "main")
    git(tmp_path, "clone", "-q", "-b", "main", str(origin), str(server))
    return {"tmp": tmp_path, "origin": origin, "editor": editor, "server": server}


def deploy_args(repos) -> list[str]:
    return [
        "--repo",
        str(repos["server"]),
        "--content",
        str(repos["server"] / "content"),
        "--publish-dir",
        str(repos["tmp"] / "published"),
        "--releases-dir",
        str(repos["tmp"] / "site-releases"),
    ]


def add_article(editor: Path, text: str = NEW, name: str = "tin-moi.md") -> None:
    path = editor / "content" / "2024" / "02" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    git(editor, "add", ".")
    git(editor, "commit", "-q", "-m", f"Thêm {name}")


def head(repo: Path) -> str:
    return subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_deploy_fast_forwards_refuses_rewritten_history_and_never_runs_twice(repos):
    live = repos["tmp"] / "published"
    first = run_task("deploy", *deploy_args(repos))
    assert first.returncode == 0, first.stdout + first.stderr
    assert (live / "current" / "bai-viet" / "hoi-nghi-ban-chap-hanh" / "index.html").is_file()

    add_article(repos["editor"])
    git(repos["editor"], "push", "-q", "origin", "main")
    second = run_task("deploy", *deploy_args(repos))
    assert second.returncode == 0, second.stdout + second.stderr
    assert (live / "current" / "bai-viet" / "tin-moi-qua-git" / "index.html").is_file()
    assert head(repos["server"]) == head(repos["editor"])

    before, server_head = served_hash(live), head(repos["server"])
    git(repos["editor"], "commit", "-q", "--amend", "-m", "Viết lại lịch sử")
    git(repos["editor"], "push", "-q", "--force", "origin", "main")
    rewritten = run_task("deploy", *deploy_args(repos))
    assert rewritten.returncode == 1
    assert "đã bị viết lại lịch sử" in rewritten.stderr and "fast-forward" in rewritten.stderr
    assert "Traceback" not in rewritten.stderr
    assert served_hash(live) == before and head(repos["server"]) == server_head

    (repos["tmp"] / "site-releases").mkdir(exist_ok=True)
    with open(repos["tmp"] / "site-releases" / ".deploy.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another job is running
        locked = run_task("deploy", *deploy_args(repos))
    assert locked.returncode == 1
    assert "một lần triển khai khác đang chạy" in locked.stderr
    assert served_hash(live) == before


def test_post_receive_hook_publishes_on_push_and_logs_failures(repos, monkeypatch):
    hook = repos["origin"] / "hooks" / "post-receive"
    shutil.copy(ROOT / "deploy" / "post-receive", hook)
    log = repos["tmp"] / "deploy.log"
    monkeypatch.setenv("PORTAL_DIR", str(ROOT))
    monkeypatch.setenv("PORTAL_DEPLOY_ARGS", " ".join(deploy_args(repos)))
    monkeypatch.setenv("PORTAL_DEPLOY_LOG", str(log))
    live = repos["tmp"] / "published"

    add_article(repos["editor"])
    pushed = subprocess.run(
        ["git", "push", "origin", "main"],
        cwd=repos["editor"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert pushed.returncode == 0, pushed.stderr
    assert "Đã xuất bản" in pushed.stderr  # the pusher sees the job's output ("remote: …")
    assert (live / "current" / "bai-viet" / "tin-moi-qua-git" / "index.html").is_file()
    before = served_hash(live)

    add_article(repos["editor"], NEW.replace("Category: Tin hoạt động", "Category: Sai"), "sai.md")
    pushed = subprocess.run(
        ["git", "push", "origin", "main"],
        cwd=repos["editor"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert "VN030" in pushed.stderr and "trang đang chạy giữ nguyên" in pushed.stderr
    assert served_hash(live) == before
    assert "sai.md" in log.read_text("utf-8") and "(exit 1)" in log.read_text("utf-8")
    assert os.access(hook, os.X_OK)
