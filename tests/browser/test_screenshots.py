"""Screenshots of the key pages at desktop and phone widths, for CI to keep ($BROWSER_ARTIFACTS)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser import chromium, sites

pytestmark = pytest.mark.browser

PAGES = {"home": "", "why-kerastensor-in-loss": sites.KEY_PAGE, "errors-keras-tensor": "errors/keras-tensor/"}


def png_width(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[16:20])[0]  # IHDR: width, after the 8-byte signature


@pytest.mark.parametrize("device", ["desktop", "mobile"])
def test_key_pages_fit_the_screen_and_are_saved(
    browser: Browser, site_url: str, artifacts_dir: Path, device: str
) -> None:
    size = chromium.DESKTOP if device == "desktop" else chromium.MOBILE
    phone = device == "mobile"
    context = chromium.new_context(browser, viewport=size, is_mobile=phone, has_touch=phone)
    page = context.new_page()
    too_wide, shots = [], []
    try:
        for name, path in PAGES.items():
            page.goto(site_url + path)
            # Wide code and tables scroll inside their box; the page itself never scrolls sideways.
            if (width := page.evaluate("document.documentElement.scrollWidth")) > size["width"]:
                too_wide.append(f"/{path}: {width}px wide")
            shots.append(artifacts_dir / f"{name}-{device}.png")
            page.screenshot(path=shots[-1], full_page=True)
    finally:
        context.close()
    assert [png_width(shot) for shot in shots] == [size["width"]] * len(PAGES)
    assert not too_wide, f"pages wider than the {device} screen ({size['width']}px):\n" + "\n".join(too_wide)
