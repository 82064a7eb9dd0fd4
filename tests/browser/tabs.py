"""Linked content tabs (`content.tabs.link`): one click switches every tab group with that title,
and the choice (kept in localStorage by Material) holds on other pages and when coming back."""

from __future__ import annotations

import contextlib
import re

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

# Each tab group of the page: its tab titles and the one shown.
GROUPS_JS = """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
  const labels = [...set.querySelectorAll(':scope > .tabbed-labels > label')].map(l => l.textContent.trim());
  const shown = [...set.querySelectorAll(':scope > input')].findIndex(input => input.checked);
  return {titles: labels, shown: labels[shown] ?? null};
})"""


def groups_not_showing(page: Page, title: str) -> list[str]:
    """The tab groups offering `title` that show another tab, as `group N shows 'X'`."""
    groups = [g for g in page.evaluate(GROUPS_JS) if title in g["titles"]]
    return [f"group {i + 1} shows {g['shown']!r}" for i, g in enumerate(groups) if g["shown"] != title]


def settle(page: Page, title: str) -> None:
    """Give Material a moment to switch the other groups after a click (it does so in a handler)."""
    every_group_shows = (
        f"(title) => ({GROUPS_JS})().every(g => !g.titles.includes(title) || g.shown === title)"
    )
    with contextlib.suppress(PlaywrightTimeoutError):  # then the groups not showing it are reported
        page.wait_for_function(every_group_shows, arg=title, timeout=1000)


def tab_link_failures(page: Page, site_url: str, path: str, title: str, other_path: str) -> list[str]:
    """Click tab `title` on `path`, then visit `other_path` (same tab titles) and come back."""
    page.goto(site_url + path)
    groups = [g for g in page.evaluate(GROUPS_JS) if title in g["titles"]]
    if len(groups) < 2 or all(g["shown"] == title for g in groups):
        # One group, or a tab already shown everywhere, cannot show that a click switches the others.
        return [f"/{path}: needs two or more tab groups offering {title!r}, not yet showing it"]
    tab = page.locator(".tabbed-labels > label").filter(has_text=re.compile(rf"^\s*{re.escape(title)}\s*$"))
    tab.first.click()
    settle(page, title)
    failures = [f"/{path} after the click: {m}" for m in groups_not_showing(page, title)]
    for where in (other_path, path):
        page.goto(site_url + where)
        failures += [f"/{where} after navigating: {m}" for m in groups_not_showing(page, title)]
    return failures
