"""`invoke serve` after a save: the listing pages of the saved article are rendered before
the full build starts (both are Python work in one process; beside a build, the listings
took several times longer)."""

from __future__ import annotations

import threading
import time

from portal_core.preview import PreviewBuilder


def _builder(tmp_path) -> tuple[PreviewBuilder, list[str], threading.Event]:
    builder = PreviewBuilder(tmp_path / "settings.py", tmp_path / "output", log=lambda _: None)
    events: list[str] = []
    release = threading.Event()

    def slow_listings() -> int:
        events.append("listings start")
        release.wait(10)
        events.append("listings end")
        return 3

    builder.refresh_listings_due = slow_listings
    builder.build = lambda: events.append("build") or True
    return builder, events, release


def _wait_for(condition, limit: float = 10.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_the_full_build_starts_after_the_listing_pages(tmp_path):
    builder, events, release = _builder(tmp_path)
    builder.serve_in_background(lambda: None)
    builder.on_change([])  # asks both threads, as after any save
    _wait_for(lambda: "listings start" in events)
    time.sleep(0.3)
    assert "build" not in events  # still waiting for the listings
    release.set()
    _wait_for(lambda: "build" in events)
    assert events == ["listings start", "listings end", "build"]


def test_a_listing_refresh_that_hangs_does_not_stop_the_builds(tmp_path):
    builder, _events, release = _builder(tmp_path)
    builder._listings_wanted.set()
    started = time.monotonic()
    builder.wait_for_listings(limit=0.2)
    assert 0.2 <= time.monotonic() - started < 5
    release.set()
