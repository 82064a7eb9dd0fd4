"""One visit of every page of the site, shared by the page checks and the copy checks.

Loading a page, running axe on it and clicking its copy buttons is most of the time these checks
take (about 3 s a page), so each page is loaded once: errors and failed requests are noted while axe
runs on the page as loaded, then every copy button is clicked.

Tried and dropped: two browsers sharing the pages (slower: the machine's two cores are shared with
other work); code text left out of axe's contrast rule and only Python blocks copied on most pages
(15 % faster, not worth checking less).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from playwright.sync_api import Browser, BrowserContext

from browser import axe, chromium, clipboard

T = TypeVar("T")


@dataclass
class Visit:
    path: str  # from the site root: '' is the home page
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    violations: list[axe.Violation] = field(default_factory=list)
    copied: list[clipboard.Copied] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # load, axe, copy


def timed(seen: Visit, step: str, work: Callable[[], T]) -> T:
    start = time.monotonic()
    result = work()
    seen.seconds[step] = time.monotonic() - start
    return result


def visit(context: BrowserContext, site_url: str, path: str) -> Visit:
    seen = Visit(path)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and seen.console_errors.append(f"{m.text} ({m.location})"))
    page.on("pageerror", lambda e: seen.console_errors.append(f"uncaught: {e}"))
    page.on("response", lambda r: r.status >= 400 and seen.failed_requests.append(f"{r.status} {r.url}"))
    page.on("requestfailed", lambda r: seen.failed_requests.append(f"{r.failure} {r.url}"))
    timed(seen, "load", lambda: page.goto(site_url + path))
    # axe before the clicks: it sees the page as a reader first finds it.
    seen.violations = timed(seen, "axe", lambda: axe.violations(page, path))
    seen.copied = timed(seen, "copy", lambda: clipboard.copy_blocks(page))
    # Requests started after the load (the search worker fetches the index) end before we leave:
    # closing the tab would abort them and hide a failure.
    page.wait_for_load_state("networkidle")
    page.close()
    return seen


def tour(browser: Browser, site_url: str, paths: list[str]) -> list[Visit]:
    context = chromium.new_context(browser)
    try:
        return [visit(context, site_url, path) for path in paths]
    finally:
        context.close()


def summary(visits: list[Visit]) -> str:
    spent = {step: sum(v.seconds[step] for v in visits) for step in ("load", "axe", "copy")}
    blocks = sum(len(v.copied) for v in visits)
    steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in spent.items())
    return f"browser tour of {len(visits)} pages: {steps} ({blocks} code blocks copied)"
