"""Copy buttons copy exactly the code a block shows, and the Python blocks of a page copy exactly
the code the test harness executes: what a reader pastes is what was tested."""

from __future__ import annotations

import pytest

from browser import clipboard, sites
from browser.tour import Visit
from docs_harness.mkdocs_site import Site

pytestmark = pytest.mark.browser

OUTPUT_TITLES = {"Output", "Error"}


def test_the_key_page_copies_its_code_and_nothing_else(tour_of_site: list[Visit], docs_site: Site) -> None:
    copied = next(v.copied for v in tour_of_site if v.path == sites.KEY_PAGE)
    python = [b for b in copied if b.is_python]
    outputs = [b for b in copied if b.title in OUTPUT_TITLES]
    assert python and outputs, f"/{sites.KEY_PAGE}: expected Python blocks and Output/Error blocks"
    # Outputs and errors are blocks of their own: never part of what a Python block copies.
    assert not [b.title for b in outputs if b.is_python], "an Output/Error block is a Python block"
    code = clipboard.executed_code(docs_site, sites.KEY_PAGE) or []
    failures = clipboard.copy_failures(copied, code)
    assert not failures, f"/{sites.KEY_PAGE}:\n" + "\n".join(failures)
    # What the page promises: its blocks, pasted top to bottom into one script, are the page's code.
    pasted = "\n".join(b.copied or "" for b in python)
    assert pasted == "\n".join(c.rstrip() for c in code)


def test_every_copy_button_on_the_site_copies_its_block(tour_of_site: list[Visit], docs_site: Site) -> None:
    failures = []
    for visit in tour_of_site:
        found = clipboard.copy_failures(visit.copied, clipboard.executed_code(docs_site, visit.path))
        failures += [f"/{visit.path}: {f}" for f in found]
    assert sum(len(v.copied) for v in tour_of_site) > 0, "no code block found on any page"
    assert not failures, "\n".join(failures)
