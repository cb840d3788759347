"""Recording a page beside a previous output leaves its folder to ``flush`` (the workers
make it when they place the page); a cold build keeps Pelican's own ``makedirs``."""

from __future__ import annotations

import os
import threading
import types

import pytest
from build_cache.session import SESSION_KEY
from build_cache.writer import PortalWriter, _OsWithoutMakedirs
from jinja2 import Environment
from pelican import writers as pelican_writers
from pelican.settings import DEFAULT_CONFIG
from pelican.writers import FileOverwriteFailedError

TEMPLATE = Environment().from_string("<p>{{ message }}</p>")


def _writer(output, folders_made_ahead: bool) -> PortalWriter:
    session = types.SimpleNamespace(
        folders=object() if folders_made_ahead else None,
        writer=None,
        previous_output=None,
        page_readers={},
    )
    settings = {**DEFAULT_CONFIG, SESSION_KEY: session}
    return PortalWriter(str(output), settings=settings)


def _record(writer: PortalWriter, name: str) -> None:
    context = {"message": "xin chào", "localsiteurl": ""}
    writer.write_file(name, TEMPLATE, context, template_name="page")


def test_beside_a_previous_output_the_folder_is_made_when_the_page_is_written(tmp_path):
    writer = _writer(tmp_path, folders_made_ahead=True)
    _record(writer, "bai-viet/moi/index.html")
    assert not (tmp_path / "bai-viet").exists()  # recorded only: no folder yet
    (job,) = writer.jobs
    writer._render_job(job)
    assert (tmp_path / "bai-viet" / "moi" / "index.html").read_text("utf-8") == "<p>xin chào</p>"


def test_a_cold_build_makes_the_folder_as_pelican_does(tmp_path):
    writer = _writer(tmp_path, folders_made_ahead=False)
    _record(writer, "bai-viet/moi/index.html")
    assert (tmp_path / "bai-viet" / "moi").is_dir()
    assert not (tmp_path / "bai-viet" / "moi" / "index.html").exists()


def test_pelicans_os_is_given_back_even_when_the_write_is_refused(tmp_path):
    writer = _writer(tmp_path, folders_made_ahead=True)
    _record(writer, "trang/index.html")
    with pytest.raises(FileOverwriteFailedError):
        _record(writer, "trang/index.html")
    assert pelican_writers.os is os


def test_only_the_recording_thread_skips_makedirs(tmp_path):
    """The preview refreshes a page with Pelican's own writer while a full build records
    its pages: the swap of Pelican's ``os`` must not leave that thread without folders."""
    swapped = _OsWithoutMakedirs(threading.get_ident())
    swapped.makedirs(str(tmp_path / "ghi-lai"), exist_ok=True)
    assert not (tmp_path / "ghi-lai").exists()
    other = threading.Thread(
        target=swapped.makedirs, args=(str(tmp_path / "xem-truoc" / "bai"),), daemon=True
    )
    other.start()
    other.join()
    assert (tmp_path / "xem-truoc" / "bai").is_dir()


def test_the_build_thread_skips_makedirs_beside_other_threads(tmp_path):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # the preview's server, say
    other.start()
    try:
        writer = _writer(tmp_path, folders_made_ahead=True)
        _record(writer, "bai-viet/moi/index.html")
        assert not (tmp_path / "bai-viet").exists()
        assert pelican_writers.os is os
    finally:
        stop.set()
        other.join()


def test_a_swap_seen_from_another_thread_is_never_kept(tmp_path, monkeypatch):
    """Two threads recording at once: the one that ends last must not put the other's swap
    back for good."""
    monkeypatch.setattr(pelican_writers, "os", _OsWithoutMakedirs(threading.get_ident() + 1))
    writer = _writer(tmp_path, folders_made_ahead=True)
    _record(writer, "trang/index.html")
    assert pelican_writers.os is os
