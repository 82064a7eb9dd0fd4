"""The search, copy and tab checks fail when what they check is broken.

Broken on purpose: a search for a word that is on no page (or expected on the wrong page), the copied
code compared with code the page does not show, a fixture site (fixtures/site) built without the
copy button and without linked tabs, and text made unreadable in the dark scheme only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from browser import axe, clipboard, search, sites, tabs
from browser.tour import Visit
from docs_harness.mkdocs_site import Site

pytestmark = pytest.mark.browser


def test_search_check_reports_a_message_on_no_page_and_a_result_elsewhere(
    page: Page, site_url: str, site_dir: Path
) -> None:
    page.goto(site_url)
    # One made-up word: the search matches any word of a query, and finds pages for most words.
    nowhere = search.Section("Xyzzyplugh", "errors/keras-tensor/#nowhere")
    # A real section title, expected on a page that does not exist.
    elsewhere = search.Section(search.error_sections(site_dir)[0][0].title, "errors/no-such-page/#x")
    failures = search.first_result_failures(page, [nowhere, elsewhere], [nowhere, elsewhere])
    assert len(failures) == 2
    assert failures[0] == f"{nowhere.title!r}: no result (expected {nowhere.location})"
    assert failures[1].startswith(f"{elsewhere.title!r}: first result is errors/")
    assert failures[1].endswith(f", expected {elsewhere.location}")


def test_copy_check_reports_blocks_without_a_copy_button(page: Page, fixture_site_url: str) -> None:
    page.goto(fixture_site_url)
    failures = clipboard.copy_failures(clipboard.copy_blocks(page), None)
    assert failures == [
        "block 1 ('hello.py'): no copy button",
        "block 2: no copy button",
        "block 3: no copy button",
    ]


def test_copy_check_reports_code_the_harness_does_not_run(tour_of_site: list[Visit], docs_site: Site) -> None:
    copied = next(v.copied for v in tour_of_site if v.path == sites.KEY_PAGE)
    code = clipboard.executed_code(docs_site, sites.KEY_PAGE)
    assert code
    changed = [code[0].replace("import", "from x import", 1), *code[1:]]
    failures = clipboard.copy_failures(copied, changed)
    assert len(failures) == 1
    assert "copied text is not what the harness executes" in failures[0]
    assert "-from x import" in failures[0]
    assert clipboard.copy_failures(copied, code[:-1]) == [
        f"{len(code)} Python blocks copied, the harness executes {len(code) - 1}"
    ]


def test_tab_check_reports_tabs_that_are_not_linked(page: Page, fixture_site_url: str) -> None:
    failures = tabs.tab_link_failures(page, fixture_site_url, "", "B", "other/")
    assert failures == [
        "/ after the click: group 2 shows 'A'",
        "/other/ after navigating: group 1 shows 'A'",
        "/ after navigating: group 1 shows 'A'",
        "/ after navigating: group 2 shows 'A'",
    ]


def test_axe_check_reports_unreadable_text_in_the_dark_scheme_only(page: Page, site_url: str) -> None:
    page.goto(site_url)
    page.add_style_tag(content='[data-md-color-scheme="slate"] .md-typeset p { color: #303030; }')
    found = [v for v in axe.violations(page, "") if v.rule == "color-contrast"]
    assert found, "no contrast violation found for dark grey text on the dark background"
    assert {v.scheme for v in found} == {"slate"}
    assert all(v.fg == "#303030" for v in found)
    # and the page is left in the scheme it opened in
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
