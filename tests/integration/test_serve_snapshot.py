"""The preview server never sends a page cut by a rebuild that replaces it mid-request.

A real tornado server (the one livereload runs) serves a folder over HTTP. The file is
replaced, as ``write_atomic`` replaces it, at the worst moment: after the handler has
taken the length and before it sends the bytes. Stock handling sends a wrong page there;
the preview's handler sends the whole version it read.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from livereload.handlers import StaticFileHandler
from portal_core.snapshot_handler import SnapshotStaticFileHandler
from tornado import httpserver, web

OLD = b"<!doctype html><html><head></head><body>" + b"cu " * 5000 + b"</body></html>"
NEW = b"<!doctype html><html><head></head><body>moi</body></html>"


def _replace_atomically(path: str, data: bytes) -> None:
    partial = path + ".tmp"
    with open(partial, "wb") as handle:
        handle.write(data)
    os.replace(partial, path)


def _replacing_after_sizing(handler_class: type) -> type:
    """``handler_class`` whose file is replaced by NEW right after its length is taken."""

    class Replacing(handler_class):
        def get_content_size(self) -> int:
            size = super().get_content_size()
            _replace_atomically(self.absolute_path, NEW)
            return size

    return Replacing


@contextmanager
def _serving(root: str, handler_class: type) -> Iterator[int]:
    """A tornado server for ``root`` in a thread of its own; yields its port."""
    started = threading.Event()
    state: dict = {}

    def run() -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        app = web.Application([(r"/(.*)", handler_class, {"path": root})])
        server = httpserver.HTTPServer(app)
        server.listen(0, "127.0.0.1")
        state["port"] = next(iter(server._sockets.values())).getsockname()[1]
        state["loop"] = loop
        started.set()
        loop.run_forever()
        server.stop()
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    started.wait(10)
    try:
        yield state["port"]
    finally:
        state["loop"].call_soon_threadsafe(state["loop"].stop)
        thread.join(10)


def _fetch(port: int, path: str) -> tuple[int, bytes]:
    """Status and body; a body shorter than its Content-Length raises IncompleteRead."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_stock_handler_sends_a_cut_page_when_the_file_is_replaced(tmp_path):
    """The failure this module guards against is real (so the test below can fail)."""
    (tmp_path / "bai.html").write_bytes(OLD)
    with _serving(str(tmp_path), _replacing_after_sizing(StaticFileHandler)) as port:
        try:
            _status, body = _fetch(port, "/bai.html")
        except http.client.IncompleteRead:
            return
    assert body not in (OLD, NEW), "stock handling sent a whole version after all"


def test_snapshot_handler_sends_the_whole_version_it_read(tmp_path):
    (tmp_path / "bai.html").write_bytes(OLD)
    with _serving(str(tmp_path), _replacing_after_sizing(SnapshotStaticFileHandler)) as port:
        status, first = _fetch(port, "/bai.html")
        _status, second = _fetch(port, "/bai.html")
    assert status == 200
    assert first == OLD
    assert second == NEW, "the next request serves the new file"


def test_snapshot_handler_answers_ranges_and_missing_files_like_tornado(tmp_path):
    (tmp_path / "bai.html").write_bytes(OLD)
    with _serving(str(tmp_path), SnapshotStaticFileHandler) as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/bai.html", headers={"Range": "bytes=5-14"})
        response = connection.getresponse()
        assert (response.status, response.read()) == (206, OLD[5:15])
        connection.close()
        assert _fetch(port, "/khong-co.html")[0] == 404


def test_snapshot_handler_under_a_rebuild_storm(tmp_path):
    """Requests racing continual replacements always get one whole version (stock handling
    fails this within a few requests)."""
    page = tmp_path / "bai.html"
    page.write_bytes(OLD)
    stop = threading.Event()

    def rebuild() -> None:
        versions = (NEW, OLD)
        turn = 0
        while not stop.is_set():
            _replace_atomically(str(page), versions[turn % 2])
            turn += 1

    with _serving(str(tmp_path), SnapshotStaticFileHandler) as port:
        writer = threading.Thread(target=rebuild)
        writer.start()
        try:
            bodies = [_fetch(port, "/bai.html") for _ in range(200)]
        finally:
            stop.set()
            writer.join(10)
    assert {status for status, _ in bodies} == {200}
    assert {body for _, body in bodies} <= {OLD, NEW}
