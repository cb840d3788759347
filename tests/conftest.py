"""Fixtures shared by all test kinds: a real build of the portal's own content."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import ROOT, build_site


@pytest.fixture(scope="session")
def portal_site(tmp_path_factory) -> Path:
    """The portal's real content/ built with the real settings into a temp dir."""
    return build_site(ROOT / "content", tmp_path_factory.mktemp("portal") / "output")


@pytest.fixture(scope="session")
def payload_site(tmp_path_factory) -> Path:
    """A site whose every field and body carries script-injection payloads, built with the
    real settings (tests/xss_payloads.py)."""
    from tests.xss_payloads import write_payload_site

    base = tmp_path_factory.mktemp("payloads")
    content = write_payload_site(base / "content")
    return build_site(content, base / "output")
