"""Fill in `page:` for the entries of docs/errors/reports.yml that have none: `python tools/corpus_pages.py`.

An entry's page is the one-error page under docs/errors/ whose title or a heading shows the start of
the entry's wording (its first fixed part), and whose text shows all of it. Entries with no such page,
or with several, are listed for a person to decide; `--write` adds the found ones after `met:`.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from docs_harness import error_reports
from docs_harness.contract import ONE_ERROR_PAGE

ROOT = Path(__file__).resolve().parents[1]
HEADING = re.compile(r"^#{1,3} (.+?)\s*$", re.MULTILINE)


def candidates(report: error_reports.Report, pages: dict[str, str]) -> list[str]:
    first = report.fragments()[0] if report.fragments() else error_reports.plain(report.wording)
    return [
        page
        for page, text in pages.items()
        if any(
            first in error_reports.plain(h) or error_reports.plain(h) in first for h in HEADING.findall(text)
        )
        and report.shown_in(text)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    pages = {
        str(p.relative_to(ROOT / "docs")): p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "docs" / "errors").glob("*.md"))
        if ONE_ERROR_PAGE.search(p.read_text(encoding="utf-8"))
    }
    corpus = ROOT / error_reports.CORPUS
    lines = corpus.read_text(encoding="utf-8").splitlines()
    for report in error_reports.load(ROOT):
        if report.page:
            continue
        found = candidates(report, pages)
        print(f"{report.id}: {found or 'NO PAGE'}")
        if args.write and len(found) == 1:
            at = lines.index(f'- id: "{report.id}"')
            met = next(i for i in range(at, len(lines)) if lines[i].startswith("  met:"))
            lines.insert(met + 1, f'  page: "{found[0]}"')
    if args.write:
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
