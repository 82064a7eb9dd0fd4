"""Pasting an error message into the site search finds its entry first.

Each section of an error page is titled with the first sentence of its message; searched for as a
reader pastes it, it must come first, with its own section as the top match on that page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from browser import search

pytestmark = pytest.mark.browser


def test_each_error_section_is_the_first_search_result_for_its_title(
    page: Page, site_url: str, site_dir: Path
) -> None:
    sections = search.error_sections(site_dir)
    assert sections, "no error-page sections in the search index"
    page.goto(site_url)
    failures = search.first_result_failures(page, sections)
    assert not failures, (
        f"{len(failures)} of {len(sections)} error sections are not found first:\n" + "\n".join(failures)
    )
