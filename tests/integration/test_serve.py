"""`invoke serve --content DIR --port N`: a real server that never stops answering while it
rebuilds, shows a saved article, shows a broken save's error in its place, and recovers."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.support import FIXTURES, ROOT, refused_cleanly

INVOKE = Path(sys.executable).with_name("invoke")
WAIT = 120  # seconds for one change to show, on a loaded 2-core machine


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return 0, ""


@pytest.fixture
def server(tmp_path):
    """``invoke serve`` on a copy of the archive fixture; yields (base URL, content)."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive_documents", content)
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    env = {**os.environ, "PORTAL_CACHE_DIR": str(tmp_path / "cache")}
    command = [str(INVOKE), "serve", "--content", str(content), "--port", str(port)]
    command += ["--output", str(tmp_path / "output")]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + WAIT
        while _get(base)[0] != 200:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(0.2)
        yield base, content, tmp_path / "serve.log"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def _until(url: str, wanted: str, home: str, log: Path) -> str:
    """Poll ``url`` until it shows ``wanted``; the home page must answer at every poll."""
    deadline = time.monotonic() + WAIT
    while True:
        _status, body = _get(url)
        if wanted in body:
            return body
        assert _get(home)[0] == 200, "the served site went away during a rebuild"
        assert time.monotonic() < deadline, f"{wanted!r} not shown; log:\n{log.read_text()}"
        time.sleep(0.1)


def test_serve_shows_saves_and_errors_and_never_goes_away(server):
    base, content, log = server
    source = content / "2021" / "03" / "nhin-lai-nghi-quyet-tw3.md"
    if not source.exists():
        source = next((content / "2021").rglob("*.md"))
    slug = next(
        line.split(":", 1)[1].strip()
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.lower().startswith("slug:")
    )
    page = f"{base}bai-viet/{slug}/"
    good = source.read_text(encoding="utf-8")

    source.write_text(good + "\nĐoạn mới XEM-THU-MOT.\n", encoding="utf-8")
    _until(page, "XEM-THU-MOT", base, log)

    source.write_text(good.replace("Date:", "Date: ngày 45/13/2021 #", 1), encoding="utf-8")
    shown = _until(page, "Bài viết này đang có lỗi", base, log)
    assert f"{source}:" in shown

    source.write_text(good + "\nĐã sửa XEM-THU-HAI.\n", encoding="utf-8")
    _until(page, "XEM-THU-HAI", base, log)


def test_serve_names_a_missing_content_folder_without_a_traceback(tmp_path):
    missing = tmp_path / "khong-co-noi-dung"
    command = [str(INVOKE), "serve", "--content", str(missing), "--port", str(_free_port())]
    refused_cleanly(command, ROOT, f"không thấy thư mục nội dung {missing}", timeout=WAIT)
