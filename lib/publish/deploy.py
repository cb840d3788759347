"""Bring the server's checkout up to the editors' branch, fast-forward only (no Pelican).

``update_checkout`` fetches the branch and moves the checkout forward; a history that was
rewritten (the checkout's commit is not an ancestor of the fetched one) or a checkout with
local edits is refused with a Vietnamese message, and nothing is changed. ``deploy_lock``
makes sure two publishing jobs never run at once.
"""

from __future__ import annotations

import subprocess
from contextlib import AbstractContextManager
from pathlib import Path

from publish.releases import PublishError, exclusive_lock

DEPLOY_LOCK = ".deploy.lock"


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, encoding="utf-8", check=False
    )


def _must(repo: Path, what: str, *args: str) -> str:
    result = _git(repo, *args)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PublishError(f"{what} thất bại: {detail[-1] if detail else 'không rõ lý do'}")
    return result.stdout.strip()


def update_checkout(repo: Path, remote: str = "origin", branch: str = "main") -> tuple[str, str]:
    """Fetch ``remote``/``branch`` and fast-forward the checkout: (old, new) commit ids.

    Raises PublishError, leaving the checkout as it was, when the fetch fails, the checkout
    has uncommitted edits to tracked files, or the branch's history was rewritten.
    """
    old = _must(repo, "đọc commit hiện tại", "rev-parse", "HEAD")
    _must(repo, f"lấy nhánh {remote}/{branch}", "fetch", "--quiet", remote, branch)
    new = _must(repo, "đọc nhánh vừa lấy", "rev-parse", "FETCH_HEAD")
    if old == new:
        return old, new
    if _git(repo, "merge-base", "--is-ancestor", old, new).returncode != 0:
        raise PublishError(
            f"nhánh {remote}/{branch} đã bị viết lại lịch sử (commit đang chạy {old[:10]} không "
            f"còn nằm trong lịch sử mới {new[:10]}); chỉ nhận cập nhật tiến thẳng "
            "(fast-forward). Hãy đẩy lại các commit cũ, hoặc người quản trị tự xử lý trên máy chủ"
        )
    if _git(repo, "diff", "--quiet", "HEAD").returncode != 0:
        raise PublishError(
            f"bản sao trên máy chủ ({repo}) có tệp bị sửa mà chưa commit; không cập nhật đè lên"
        )
    _must(repo, "cập nhật tiến thẳng (fast-forward)", "merge", "--ff-only", "--quiet", new)
    return old, new


def deploy_lock(folder: Path) -> AbstractContextManager[None]:
    """Hold the deploy lock in ``folder``; PublishError at once if another job holds it."""
    return exclusive_lock(
        folder / DEPLOY_LOCK,
        "một lần triển khai khác đang chạy; lần này bỏ qua (lần sau sẽ làm tiếp)",
    )
