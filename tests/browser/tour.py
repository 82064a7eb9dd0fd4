"""One visit of every page of the site, shared by the page checks and the copy checks.

Loading a page, running axe on it and clicking its copy buttons is most of the time these checks
take, so each page is loaded once: errors and failed requests are noted from the load on, axe runs
on the page as loaded (in both colour schemes), then every copy button is clicked.

Two pages are open at a time, in two browser contexts: while axe runs in one (in its renderer
process, on one core), the copy buttons of the page before it are clicked (Python and the other
renderer, on the other core). Each page is still checked on its own, in the same order: load, axe,
copy.

Tried and dropped: two browsers sharing the pages (slower: the machine's two cores are shared with
other work); code text left out of axe's contrast rule and only Python blocks copied on most pages
(15 % faster, not worth checking less).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from playwright.sync_api import Browser, BrowserContext, Page, Request

from browser import axe, chromium, clipboard

T = TypeVar("T")


@dataclass
class Visit:
    path: str  # from the site root: '' is the home page
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    schemes: list[str] = field(default_factory=list)  # the colour schemes axe checked
    violations: list[axe.Violation] = field(default_factory=list)
    copied: list[clipboard.Copied] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # load, axe, copy


def timed(seen: Visit, step: str, work: Callable[[], T]) -> T:
    start = time.monotonic()
    result = work()
    seen.seconds[step] = seen.seconds.get(step, 0.0) + time.monotonic() - start
    return result


@dataclass
class Open:
    """A page loaded and being checked by axe."""

    seen: Visit
    page: Page
    pending: set[Request]


def open_page(context: BrowserContext, site_url: str, path: str) -> Open:
    seen = Visit(path)
    page = context.new_page()
    pending: set[Request] = set()
    page.on("console", lambda m: m.type == "error" and seen.console_errors.append(f"{m.text} ({m.location})"))
    page.on("pageerror", lambda e: seen.console_errors.append(f"uncaught: {e}"))
    page.on("response", lambda r: r.status >= 400 and seen.failed_requests.append(f"{r.status} {r.url}"))
    page.on("requestfailed", lambda r: seen.failed_requests.append(f"{r.failure} {r.url}"))
    page.on("request", lambda r: pending.add(r))
    page.on("requestfinished", lambda r: pending.discard(r))
    page.on("requestfailed", lambda r: pending.discard(r))
    timed(seen, "load", lambda: page.goto(site_url + path))
    # axe before the clicks: it sees the page as a reader first finds it.
    timed(seen, "axe", lambda: axe.start(page))
    return Open(seen, page, pending)


def finish(visit: Open) -> Visit:
    seen, page = visit.seen, visit.page
    seen.schemes, seen.violations = timed(seen, "axe", lambda: axe.collect(page, seen.path))
    seen.copied = timed(seen, "copy", lambda: clipboard.copy_blocks(page))
    # Requests started after the load (the search worker fetches the index) end before we leave:
    # closing the tab would abort them and hide a failure.
    deadline = time.monotonic() + chromium.TIMEOUT_MS / 1000
    while visit.pending and time.monotonic() < deadline:
        page.wait_for_timeout(20)
    if visit.pending:
        seen.failed_requests += [
            f"still loading after {chromium.TIMEOUT_MS} ms: {r.url}" for r in visit.pending
        ]
    page.close()
    return seen


def tour(browser: Browser, site_url: str, paths: list[str]) -> list[Visit]:
    # Two contexts, taking turns: a page's renderer process is shared with the pages of its own
    # context, so axe running in one would hold up the copy clicks in the other.
    contexts = [chromium.new_context(browser), chromium.new_context(browser)]
    visits: list[Visit] = []
    previous: Open | None = None
    try:
        for i, path in enumerate(paths):
            current = open_page(contexts[i % 2], site_url, path)
            if previous:  # while axe runs on `current`
                visits.append(finish(previous))
            previous = current
        if previous:
            visits.append(finish(previous))
        return visits
    finally:
        for context in contexts:
            context.close()


def summary(visits: list[Visit]) -> str:
    spent = {step: sum(v.seconds[step] for v in visits) for step in ("load", "axe", "copy")}
    blocks = sum(len(v.copied) for v in visits)
    steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in spent.items())
    return (
        f"browser tour of {len(visits)} pages: {steps} ({blocks} code blocks copied; "
        "axe: time spent waiting for it, the rest ran while the page before was copied)"
    )
