"""Fixtures shared by all test kinds: a real build of the portal's own content."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import ROOT, build_site


@pytest.fixture(scope="session")
def portal_site(tmp_path_factory) -> Path:
    """The portal's real content/ built with the real settings into a temp dir."""
    return build_site(ROOT / "content", tmp_path_factory.mktemp("portal") / "output")
