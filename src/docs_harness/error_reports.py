"""The corpus of error messages readers paste (docs/errors/reports.yml), and which page answers each.

Each entry names its page (`page: errors/<slug>.md`), a one-error page under docs/errors/ whose text
shows the entry's wording. The error index (hooks/error_index.py) groups those pages by when readers
meet the error and orders them by how many reports quote it; tests/test_error_coverage.py fails for
an entry without such a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .contract import ONE_ERROR_PAGE

CORPUS = "docs/errors/reports.yml"

# When readers meet an error, in the order the index shows the groups.
MET = {
    "building": "While building the model",
    "fit-start": "When `fit` starts",
    "loss-or-metric": "In a loss or a metric",
    "custom-training": "In a custom training step or loop",
    "tf-function": "Inside a `tf.function`",
    "data-pipeline": "In a `tf.data` pipeline",
    "loading": "Loading a saved model",
    "porting-keras2": "Running Keras 2 or TensorFlow 1 code",
}


# Pages no public report quotes: the index and the nav list them last.
RARE = (
    "Rarely met: messages of the Keras sources that no public report we found quotes (internal checks "
    "such as immutable attributes)"
)


@dataclass(frozen=True)
class Report:
    """One distinct message and the public reports that quote it."""

    id: str
    type: str
    wording: str  # the stable part; variable parts are `...`
    met: str
    count: int
    page: str | None  # relative to docs/
    urls: tuple[str, ...]

    def fragments(self) -> list[str]:
        """The wording's fixed parts, as a reader's traceback shows them (backticks aside)."""
        return [f for f in (plain(part) for part in self.wording.split("...")) if len(f) >= 4]

    def shown_in(self, text: str) -> bool:
        """Whether the text shows the wording: its fixed parts, in order."""
        text, at = plain(text), 0
        for fragment in self.fragments():
            at = text.find(fragment, at)
            if at < 0:
                return False
            at += len(fragment)
        return True


def plain(text: str) -> str:
    return " ".join(text.replace("`", "").split())


def load(root: Path) -> list[Report]:
    entries = yaml.safe_load((root / CORPUS).read_text(encoding="utf-8"))
    return [
        Report(
            e["id"],
            e["type"],
            e["wording"],
            e["met"],
            int(e["count"]),
            e.get("page"),
            tuple(r["url"] for r in e.get("reports", [])),
        )
        for e in entries
    ]


def problems(root: Path, reports: list[Report]) -> list[tuple[Report, str]]:
    """Entries without a page of their own that shows their wording, each naming what to fix."""
    found: list[tuple[Report, str]] = []
    lines = (root / CORPUS).read_text(encoding="utf-8").splitlines()
    for report in reports:
        line = next(n for n, text in enumerate(lines, 1) if text == f'- id: "{report.id}"')
        where = f"{CORPUS}:{line}: {report.id} ({report.type}: {report.wording[:70]})"
        if report.met not in MET:
            found.append((report, f"{where}: met {report.met!r} is not one of {sorted(MET)}"))
        if report.count != len(report.urls):
            found.append(
                (report, f"{where}: count {report.count}, but {len(report.urls)} reports are listed")
            )
        if report.page is None:
            found.append(
                (report, f"{where}: no page (add `page: errors/<slug>.md`, a one-error page showing it)")
            )
            continue
        path = root / "docs" / report.page
        if not path.exists():
            found.append((report, f"{where}: its page docs/{report.page} does not exist"))
            continue
        text = path.read_text(encoding="utf-8")
        if not ONE_ERROR_PAGE.search(text):
            found.append(
                (report, f"{where}: docs/{report.page} is not a one-error page (no **When you meet it:**)")
            )
        elif not report.shown_in(text):
            found.append((report, f"{where}: docs/{report.page} does not show this wording"))
    return found


def grouped(pages: list[str], reports: list[Report]) -> dict[str, list[tuple[str, int]]]:
    """One-error pages (relative to docs/) by when readers meet their error, most reported first.

    A page's group is its most reported entry's `met`; a page no entry names is rare, last.
    """
    quoted: dict[str, list[Report]] = {}
    for report in reports:
        if report.page:
            quoted.setdefault(report.page, []).append(report)
    groups: dict[str, list[tuple[str, int]]] = {label: [] for label in (*MET.values(), RARE)}
    for page in pages:
        entries = quoted.get(page, [])
        label = MET[max(entries, key=lambda r: r.count).met] if entries else RARE
        groups[label].append((page, sum(r.count for r in entries)))
    return {label: sorted(rows, key=lambda row: -row[1]) for label, rows in groups.items() if rows}


NAV_START = "  - Error messages:"  # the error pages' section of the nav in mkdocs.yml


def nav_section(root: Path) -> list[str]:
    """The nav's error section: the index (and any page of several errors), then one section per
    group of `grouped`, in its order."""
    pages, several = [], []
    for path in sorted((root / "docs" / "errors").glob("*.md")):
        if path.name != "index.md":
            one = ONE_ERROR_PAGE.search(path.read_text(encoding="utf-8"))
            (pages if one else several).append(str(path.relative_to(root / "docs")))
    lines = [NAV_START, "      - errors/index.md", *(f"      - {page}" for page in several)]
    for label, rows in grouped(pages, load(root)).items():
        lines.append(f'      - "{label.split(":")[0].replace("`", "")}":')
        lines += [f"          - {page}" for page, _ in rows]
    return lines


def nav_span(config: list[str]) -> tuple[int, int]:
    """Where the nav's error section starts and ends among mkdocs.yml's lines."""
    start = config.index(NAV_START)
    end = start + 1
    while end < len(config) and config[end].startswith("      "):
        end += 1
    return start, end
