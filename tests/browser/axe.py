"""axe-core in the page: accessibility violations a reader with assistive technology would meet.

axe-core comes from npm (tools/browser/package.json, `npm ci --prefix tools/browser`) and is added
to each page as a script, so the check runs in the real rendering (contrast needs computed colours).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).parents[2] / "tools" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}

RUN_JS = """async () => {
  const results = await axe.run(document, {resultTypes: ['violations']});
  return results.violations.flatMap(v => v.nodes.map(n => ({
    rule: v.id,
    impact: n.impact ?? v.impact,
    target: n.target.join(' '),
    // color-contrast says which colours fail; other rules leave these empty.
    fg: n.any[0]?.data?.fgColor ?? '',
    bg: n.any[0]?.data?.bgColor ?? '',
    ratio: n.any[0]?.data?.contrastRatio ?? 0,
  })));
}"""


@dataclass(frozen=True)
class Violation:
    page: str
    rule: str
    impact: str
    target: str  # axe's CSS selector for the element
    fg: str = ""
    bg: str = ""
    ratio: float = 0.0

    def __str__(self) -> str:
        colours = f" ({self.fg} on {self.bg}, {self.ratio}:1)" if self.fg else ""
        return f"/{self.page}: {self.rule} [{self.impact}] {self.target}{colours}"


@dataclass(frozen=True)
class Known:
    """A violation made by the theme or a plugin on every page of its kind, not by a page's content.

    Listed, not ignored: test_pages reports them on every run (as an expected failure, with where
    each one can be fixed), and fails when one no longer occurs, so that this list cannot go stale.
    None can be fixed from tests/: each fix is in mkdocs.yml, overrides/ or an extra stylesheet.
    """

    rule: str
    source: str  # what makes it
    fix: str  # where it can be fixed
    fg: str = ""  # color-contrast: the text colour ('' for any)
    bg: str = ""  # color-contrast: the background ('' for any)
    target: str = ""  # a part of axe's selector ('' for any)

    def matches(self, v: Violation) -> bool:
        return (
            v.rule == self.rule
            and self.fg in ("", v.fg)
            and self.bg in ("", v.bg)
            and self.target in v.target
        )

    def __str__(self) -> str:
        what = " ".join(
            x for x in (self.fg and f"{self.fg} on", self.bg or (self.fg and "any"), self.target) if x
        )
        return f"{self.rule} {what}: {self.source}. Fix: {self.fix}"


PALETTE_FIX = (
    "mkdocs.yml palette `primary: deep orange` (or --md-primary-fg-color in extra CSS): a darker primary"
)
CODE_FIX = "an extra stylesheet setting Material's --md-code-hl-* colours"
KNOWN = [
    Known(
        "aria-dialog-name",
        "Material's search box is a role=dialog without a name (partials/search.html)",
        "overrides/partials/search.html with aria-label on div.md-search",
        target=".md-search",
    ),
    Known(
        "color-contrast",
        "site name in the header: white on the primary colour, deep orange (2.77:1)",
        PALETTE_FIX,
        fg="#ffffff",
        bg="#ff6e42",
    ),
    Known(
        "color-contrast",
        "links and the current nav entry in the primary colour, deep orange (2.54-2.77:1)",
        PALETTE_FIX,
        fg="#ff6e42",
    ),
    Known(
        "color-contrast",
        "code comments, docstrings and word operators in Material's light code colours (4.47:1)",
        CODE_FIX + " (--md-code-hl-comment-color)",
        fg="#717171",
        bg="#f5f5f5",
    ),
    Known(
        "color-contrast",
        "code on a highlighted line (hl_lines): keywords, strings, numbers, comments (4.07-4.37:1)",
        CODE_FIX + " (--md-code-hl-color and the token colours)",
        bg="#e3eaf6",
    ),
    Known(
        "color-contrast",
        "Material's footer line 'Made with Material for MkDocs' (4.47:1)",
        "an extra stylesheet setting --md-footer-fg-color--lighter",
        fg="#7f7f7f",
        bg="#171717",
        target=".md-copyright",
    ),
    Known(
        "color-contrast",
        "numbers in notebook cells, mkdocs-jupyter's code colours (4.25:1)",
        "an extra stylesheet for .highlight-ipynb .mi/.mf (or mkdocs-jupyter's highlight settings)",
        fg="#008800",
        bg="#f5f5f5",
    ),
    Known(
        "scrollable-region-focusable",
        "notebook input cells scroll sideways but take no keyboard focus (mkdocs-jupyter's markup)",
        "tabindex=0 on .highlight-ipynb (a template override) or no horizontal scroll (CSS)",
        target=".highlight-ipynb",
    ),
]


def known(v: Violation) -> Known | None:
    return next((k for k in KNOWN if k.matches(v)), None)


@cache
def axe_source() -> str:
    if not AXE.is_file():
        raise FileNotFoundError(f"{AXE} is missing: run `npm ci --prefix tools/browser`")
    return AXE.read_text(encoding="utf-8")


def violations(page: Page, path: str) -> list[Violation]:
    """Every violation on the open page (`path` names it in the report), one per element."""
    page.add_script_tag(content=axe_source())
    return [Violation(path, **found) for found in page.evaluate(RUN_JS)]
