"""Suggest docs/moved.yml entries for pages split since a revision: `python tools/moved_anchors.py REV`.

For each page of several errors under docs/errors/ at REV that is gone or has lost sections now,
each lost section's anchor is mapped to the page that now shows its heading (as its title or as a
heading of its own); a one-error page that is gone maps to the page that shows its title now.
Review the output before pasting it: a heading that no page shows is listed with no target. (A
page that still exists keeps its other anchors: moved.yml is for removed pages.)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

from docs_harness.contract import ONE_ERROR_PAGE

ROOT = Path(__file__).resolve().parents[1]
HEADING = re.compile(r"^(#{1,3}) (.+?)\s*$", re.MULTILINE)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def plain(text: str) -> str:
    return " ".join(text.replace("`", "").split())


def main(rev: str) -> None:
    old_pages = [p for p in git("ls-tree", "--name-only", rev, "docs/errors/").split() if p.endswith(".md")]
    now = {
        str(p.relative_to(ROOT / "docs")): [plain(h[2]) for h in HEADING.finditer(p.read_text())]
        for p in (ROOT / "docs" / "errors").glob("*.md")
    }
    moved: dict[str, dict] = {}
    for old in old_pages:
        rel = old.removeprefix("docs/")
        kept = set(now.get(rel, []))
        text = git("show", f"{rev}:{old}")
        if rel not in now and ONE_ERROR_PAGE.search(text):  # merged into another page, whole
            title = plain(next(h[2] for h in HEADING.finditer(text) if h[1] == "#"))
            into = [page for page, heads in now.items() if title in heads]
            moved[rel] = {"default": into[0] if into else None}
            continue
        if ONE_ERROR_PAGE.search(text):
            continue  # a one-error page's sections are its fix and other wordings, not errors
        anchors = {}
        for _, heading in HEADING.findall(text):
            if _ == "#" or plain(heading) in kept:
                continue
            targets = [page for page, heads in now.items() if page != rel and plain(heading) in heads]
            anchors[slugify(heading.replace("`", ""), "-")] = targets[0] if targets else None
        if anchors:
            moved[rel] = {"default": "errors/index.md", "anchors": anchors}
    print(yaml.safe_dump(moved, sort_keys=False, width=120))


if __name__ == "__main__":
    main(sys.argv[1])
