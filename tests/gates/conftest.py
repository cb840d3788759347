"""Quality gates run over one real build of content/ (the session fixture ``portal_site``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, serve_directory


@pytest.fixture(scope="session")
def gate_url(portal_site) -> Iterator[str]:
    """The built portal served over real HTTP for the crawler and the accessibility checks."""
    server, url = serve_directory(portal_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def gate_browser():
    """Debian's chromium, headless, shared by the accessibility checks."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()
