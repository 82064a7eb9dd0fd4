"""Point links at moved pages to where their errors are now: `python tools/relink_moved.py`.

Reads docs/moved.yml and rewrites, in every page under docs/, each Markdown link to a removed page
(`errors/keras-tensor.md#anchor`) as a link to the page that has that anchor's error now. The
redirects keep old addresses working for readers; links inside the site go straight to the page.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LINK = re.compile(r"\]\((?P<target>[^)\s#]+\.md)(?:#(?P<anchor>[^)\s]+))?\)")


def main() -> None:
    moved = yaml.safe_load((DOCS / "moved.yml").read_text(encoding="utf-8")) or {}
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")

        def relink(m: re.Match[str], page: Path = page) -> str:
            target = (page.parent / m["target"]).resolve().relative_to(DOCS.resolve()).as_posix()
            if target not in moved:
                return m[0]
            where = moved[target]
            new = (where.get("anchors") or {}).get(m["anchor"]) or where.get("default")
            if new is None:  # a page that still exists, and an anchor it kept
                return m[0]
            return f"]({os.path.relpath(DOCS / new, page.parent)})"

        changed = LINK.sub(relink, text)
        if changed != text:
            page.write_text(changed, encoding="utf-8")
            print(f"relinked {page.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
