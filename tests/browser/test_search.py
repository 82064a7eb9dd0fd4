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
    sections, answers = search.error_sections(site_dir)
    assert sections, "no error-page sections in the search index"
    page.goto(site_url)
    failures = search.first_result_failures(page, sections, answers)
    assert not failures, (
        f"{len(failures)} of {len(sections)} error sections are not found first:\n" + "\n".join(failures)
    )


def test_the_query_is_rewritten_as_the_site_search_script_promises(page: Page, site_url: str) -> None:
    """overrides/assets/javascripts/search-query.js, on what readers type and paste."""
    page.goto(site_url)
    rewrite = {
        # stop words out (they would match other words by prefix), exact words boosted
        "A symbolic KerasTensor cannot be used as a boolean": (
            "symbolic^10 symbolic KerasTensor^10 KerasTensor used^10 used boolean^10 boolean"
        ),
        # quotes inside pasted code out; a phrase in quotes kept, without its stop words
        'Tensor("x:0", shape=(2,))': "Tensor( x^10 x 0^10 0 , shape=(2,))",
        # lunr's query syntax out of pasted text: `ValueError:` would be a field, `-1` a prohibition
        "ValueError: A KerasTensor is symbolic": (
            "ValueError^10 ValueError KerasTensor^10 KerasTensor symbolic^10 symbolic"
        ),
        "-x +y": "x^10 x y^10 y",
        '"ragged attribute of" tensor': '"ragged attribute" tensor^10 tensor',
        # the last word may be a word still being typed
        "tensor an": "tensor^10 tensor an",
    }
    got = {query: page.evaluate("(q) => window.siteSearchQuery(q)", query) for query in rewrite}
    assert got == rewrite
