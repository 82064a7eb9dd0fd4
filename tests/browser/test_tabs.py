"""Linked content tabs: choosing "tf-keras (Keras 2)" once shows it in every tab group, and the
choice holds on another page with the same tabs and on coming back."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from browser import sites, tabs

pytestmark = pytest.mark.browser

PAGE = "concepts/keras3-vs-tf-keras/"
TITLE = "tf-keras (Keras 2)"


def other_page_with_tab(site_dir: Path, title: str, besides: str) -> str:
    """Another page offering the tab (any other page if none does: the choice must still hold)."""
    label = f">{title}</a></label>"  # Material renders each tab title as <label><a>title</a></label>
    paths = [p for p in sites.pages(site_dir) if p != besides]
    with_tab = [p for p in paths if label in (site_dir / p / "index.html").read_text(encoding="utf-8")]
    return (with_tab or paths)[0]


def test_a_tab_choice_switches_every_group_and_persists(page: Page, site_url: str, site_dir: Path) -> None:
    other = other_page_with_tab(site_dir, TITLE, PAGE)
    failures = tabs.tab_link_failures(page, site_url, PAGE, TITLE, other)
    assert not failures, "\n".join(failures)
