"""Article pages stay within the 60 KB budget (HTML + required CSS and JS), as bench/ measures."""

from __future__ import annotations

import pytest

from bench.page_weight import page_weight

pytestmark = pytest.mark.gates

BUDGET = 60 * 1024


def test_article_pages_are_within_the_weight_budget(portal_site):
    pages = sorted((portal_site / "bai-viet").glob("*/index.html"))
    assert pages
    for page in pages:
        weight = page_weight(portal_site, page)
        assert weight["css"] > 0 and weight["js"] > 0, "assets not found: the measure is broken"
        assert weight["html"] + weight["css"] + weight["js"] <= BUDGET, (page, weight)
        assert "/pagefind/" not in page.read_text(encoding="utf-8")
