"""Every page loads cleanly in the browser: no console error, no failed request, no serious or
critical accessibility violation in either colour scheme; and the light/dark toggle switches the
colour scheme."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from browser import axe
from browser.tour import Visit

pytestmark = pytest.mark.browser


def test_no_console_errors(tour_of_site: list[Visit]) -> None:
    found = [f"/{v.path}: {error}" for v in tour_of_site for error in v.console_errors]
    assert not found, "console errors:\n" + "\n".join(found)


def test_no_failed_requests(tour_of_site: list[Visit]) -> None:
    found = [f"/{v.path}: {request}" for v in tour_of_site for request in v.failed_requests]
    assert not found, "requests that failed:\n" + "\n".join(found)


def test_no_serious_or_critical_accessibility_violations(tour_of_site: list[Visit]) -> None:
    """In the light and the dark scheme, theme and plugins included (their fixes are in mkdocs.yml,
    overrides/ and docs/stylesheets/extra.css)."""
    unchecked = [f"/{v.path}: {v.schemes}" for v in tour_of_site if sorted(v.schemes) != ["default", "slate"]]
    assert not unchecked, "pages not checked in both colour schemes:\n" + "\n".join(unchecked)
    found = [str(x) for v in tour_of_site for x in v.violations if x.impact in axe.BLOCKING]
    assert not found, f"{len(found)} serious or critical axe violations:\n" + "\n".join(found)


def test_the_palette_toggle_switches_between_light_and_dark(page: Page, site_url: str) -> None:
    page.goto(site_url)
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    for scheme in ("slate", "default"):  # to dark and back
        page.locator("form[data-md-component=palette] label:visible").click()
        expect(body).to_have_attribute("data-md-color-scheme", scheme)
