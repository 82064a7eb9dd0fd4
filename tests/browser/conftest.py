"""Fixtures for the reader checks: the built site served on 127.0.0.1, and Debian's Chromium.

Without Chromium every test in this folder is skipped, with the reason; with it, a failure is a
failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from browser import chromium, sites, tour
from docs_harness.mkdocs_site import Site

FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site" / "mkdocs.yml"
TOUR = pytest.StashKey[str]()
ARTIFACTS = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "browser: a reader check in a real browser (Playwright, Chromium); skipped without Chromium",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if chromium.CHROMIUM.is_file():
        return
    skip = pytest.mark.skip(
        reason=f"no Chromium at {chromium.CHROMIUM}: `apt-get install -y chromium` runs the browser checks"
    )
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    for key in (TOUR, ARTIFACTS):  # where the browser checks' time went; where the screenshots are
        if key in config.stash:
            terminalreporter.write_line(config.stash[key])


@pytest.fixture(scope="session")
def site_dir(docs_site: Site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `mkdocs build` writes it (see sites.build for why it is not strict here), or
    $BROWSER_SITE_DIR: a site already built, such as the `site/` that CI's `make build` just wrote."""
    if built := os.environ.get("BROWSER_SITE_DIR"):
        if not (Path(built) / "index.html").is_file():
            raise FileNotFoundError(f"BROWSER_SITE_DIR={built} holds no built site (no index.html)")
        return Path(built).resolve()
    return sites.build(docs_site.config_file, tmp_path_factory.mktemp("browser-site"))


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    with sites.serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def fixture_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A two-page site with the copy button and linked tabs switched off, for the self-tests."""
    built = sites.build(FIXTURE_SITE, tmp_path_factory.mktemp("browser-fixture-site"))
    with sites.serve(built) as url:
        yield url


@pytest.fixture(scope="session")
def tour_of_site(
    browser: Browser, site_url: str, site_dir: Path, request: pytest.FixtureRequest
) -> list[tour.Visit]:
    """Every page of the site visited once (see tour.py), the 404 page included."""
    visits = tour.tour(browser, site_url, [*sites.pages(site_dir), "404.html"])
    request.config.stash[TOUR] = tour.summary(visits)
    return visits


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = chromium.launch(playwright)
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = chromium.new_context(browser)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture(scope="session")
def artifacts_dir(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """Where screenshots go: $BROWSER_ARTIFACTS (for CI to upload), else a temporary folder."""
    folder = os.environ.get("BROWSER_ARTIFACTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("browser-artifacts")
    path.mkdir(parents=True, exist_ok=True)
    request.config.stash[ARTIFACTS] = f"browser screenshots: {path}"
    return path
