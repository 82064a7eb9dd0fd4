"""axe-core in the page: accessibility violations a reader with assistive technology would meet.

axe-core comes from npm (tools/browser/package.json, `npm ci --prefix tools/browser`) and is added
to each page as a script, so the check runs in the real rendering (contrast needs computed colours).

Each page is checked in every colour scheme of its palette toggle: all rules in the scheme it opens
in, then the colour rules in each other scheme, set as the toggle sets it (Material changes only the
`data-md-color-scheme` attribute of the body; the toggle itself is checked in test_pages).

`start` sets axe going in the page and returns at once; `collect` waits for its findings. In between,
the caller may work on a page of another browser context: axe runs in this page's renderer process,
on the other core.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE = Path(__file__).parents[2] / "tools" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
# The rules whose result depends on the colours, run again in each other scheme.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]

START_JS = """(colourRules) => {
  const found = (results, scheme) => results.violations.flatMap(v => v.nodes.map(n => ({
    rule: v.id,
    impact: n.impact ?? v.impact,
    target: n.target.join(' '),
    scheme,
    // color-contrast says which colours fail; other rules leave these empty.
    fg: n.any[0]?.data?.fgColor ?? '',
    bg: n.any[0]?.data?.bgColor ?? '',
    ratio: n.any[0]?.data?.contrastRatio ?? 0,
  })));
  // Colours change with a transition (nested ones: a tab title inherits from its label): switched
  // with transitions off, they are final at once, as they are for a reader a moment later.
  const still = document.createElement('style');
  still.textContent = '*, *::before, *::after { transition: none !important; }';
  window.__axeFindings = (async () => {
    const body = document.body, opened = body.getAttribute('data-md-color-scheme');
    const toggle = [...document.querySelectorAll('[data-md-component=palette] input')]
      .map(input => input.getAttribute('data-md-color-scheme'));
    const violations = found(await axe.run(document, {resultTypes: ['violations']}), opened);
    const schemes = [opened];
    document.head.append(still);
    for (const scheme of toggle.filter(s => s !== opened)) {
      body.setAttribute('data-md-color-scheme', scheme);
      const options = {runOnly: colourRules, resultTypes: ['violations']};
      violations.push(...found(await axe.run(document, options), scheme));
      schemes.push(scheme);
    }
    body.setAttribute('data-md-color-scheme', opened);
    getComputedStyle(body).color;  // the colours of `opened` are in place before transitions return
    still.remove();
    return {schemes, violations};
  })();
}"""
COLLECT_JS = "() => window.__axeFindings"


@dataclass(frozen=True)
class Violation:
    page: str
    rule: str
    impact: str
    target: str  # axe's CSS selector for the element
    scheme: str  # the colour scheme it was found in: `default` (light) or `slate` (dark)
    fg: str = ""
    bg: str = ""
    ratio: float = 0.0

    def __str__(self) -> str:
        colours = f" ({self.fg} on {self.bg}, {self.ratio}:1)" if self.fg else ""
        return f"/{self.page} [{self.scheme}]: {self.rule} [{self.impact}] {self.target}{colours}"


@cache
def axe_source() -> str:
    if not AXE.is_file():
        raise FileNotFoundError(f"{AXE} is missing: run `npm ci --prefix tools/browser`")
    return AXE.read_text(encoding="utf-8")


def start(page: Page) -> None:
    """Set axe going on the open page, in every colour scheme; returns before it is done."""
    page.add_script_tag(content=axe_source())
    page.evaluate(START_JS, COLOUR_RULES)


def collect(page: Page, path: str) -> tuple[list[str], list[Violation]]:
    """The schemes checked and every violation found (`path` names the page in the report)."""
    found: dict[str, Any] = page.evaluate(COLLECT_JS)
    return found["schemes"], [Violation(path, **v) for v in found["violations"]]


def violations(page: Page, path: str) -> list[Violation]:
    """Every violation on the open page, one per element and scheme."""
    start(page)
    return collect(page, path)[1]
