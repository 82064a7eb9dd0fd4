"""A page that was split into one-error pages keeps its address: each old anchor lands on the page
that has that error now (hooks/moved_pages.py, from docs/moved.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page

from docs_harness.mkdocs_site import page_url

pytestmark = pytest.mark.browser
MOVED = Path(__file__).parents[2] / "docs" / "moved.yml"
ENTRIES = yaml.safe_load(MOVED.read_text(encoding="utf-8")) if MOVED.exists() else {}
CASES = [
    (old, anchor, target)
    for old, where in ENTRIES.items()
    # a removed page's own address goes to its default; a page that still exists lists anchors only
    for anchor, target in [
        *([("", where["default"])] if "default" in where else []),
        *(where.get("anchors") or {}).items(),
    ]
]


def test_moved_yml_lists_pages() -> None:
    assert CASES, "docs/moved.yml lists no moved page: the checks below would check nothing"


@pytest.mark.parametrize(("old", "anchor", "target"), CASES, ids=[f"{o}#{a}" for o, a, _ in CASES])
def test_an_old_address_lands_on_the_page_of_its_error(
    page: Page, site_url: str, old: str, anchor: str, target: str
) -> None:
    page.goto(f"{site_url}{page_url(old)}" + (f"#{anchor}" if anchor else ""))
    page.wait_for_url(f"{site_url}{page_url(target)}")
    assert page.locator("h1").count() == 1
