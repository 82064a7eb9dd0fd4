"""Write the error pages into the nav of mkdocs.yml, grouped as the error index groups them.

`python tools/error_nav.py` replaces the entries under `- Error messages:` with the index page and
one section per group (docs_harness.error_reports.grouped: when readers meet the error, most
reported first); the older-release pages stay where the reports put them. Run it after adding an
error page or a corpus entry; `tests/test_layout.py` fails when the nav and the grouping differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docs_harness import error_reports

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    path = ROOT / "mkdocs.yml"
    config = path.read_text(encoding="utf-8").splitlines()
    start, end = error_reports.nav_span(config)
    config[start:end] = error_reports.nav_section(ROOT)
    path.write_text("\n".join(config) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
