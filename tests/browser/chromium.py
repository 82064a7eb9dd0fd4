"""Debian's Chromium, driven by Playwright (`playwright install` cannot download browsers here)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Playwright

CHROMIUM = Path(os.environ.get("BROWSER_CHROMIUM", "/usr/bin/chromium"))
# What works as root in a container: no sandbox, no GPU, and no traffic the site did not ask for.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
# A check that waits longer than this for the page is stuck, not slow.
TIMEOUT_MS = 15_000


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)


def new_context(browser: Browser, **options: Any) -> BrowserContext:
    """A fresh profile (empty localStorage and clipboard), desktop-sized unless told otherwise."""
    context = browser.new_context(**{"viewport": DESKTOP, **options})
    # The copy checks read back what a click on a copy button put on the clipboard.
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.set_default_timeout(TIMEOUT_MS)
    return context
