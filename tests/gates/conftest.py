"""Quality gates run over one real build of content/ (the session fixture ``portal_site``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.conftest import serve_directory


@pytest.fixture(scope="session")
def gate_url(portal_site) -> Iterator[str]:
    """The built portal served over real HTTP for the link crawler."""
    server, url = serve_directory(portal_site)
    yield url
    server.shutdown()
