"""Broken internal links (LinkChecker, over HTTP) and anchors (the built HTML) of a site.

Anchors are read from the HTML here rather than by LinkChecker's AnchorCheck plugin, which fetches
and parses a page again for every link with a fragment: 50 s instead of under 1 s on this site.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINKCHECKER = Path(sys.executable).with_name("linkchecker")
CONFIG = Path(__file__).with_name("linkcheckerrc")
ORIGIN = "http://site.invalid/"  # a stand-in origin to resolve the links of built pages against


def linkchecker_failures(site_url: str, paths: list[str]) -> list[str]:
    """Check every link reachable from the pages at `paths` of the site served at `site_url`.

    Internal links only (linkcheckerrc): the checks run offline.
    """
    done = subprocess.run(
        [str(LINKCHECKER), "--config", str(CONFIG), "--no-status", "--no-warnings", "--output", "csv"]
        + [site_url + path for path in paths],
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 1):  # 1: broken links found; anything else: LinkChecker failed
        raise RuntimeError(f"linkchecker exited {done.returncode}:\n{done.stderr}")
    lines = (line for line in done.stdout.splitlines() if not line.startswith("#"))

    def short(url: str) -> str:  # the port changes from run to run
        return "/" + url.removeprefix(site_url)

    return [
        f"{short(row['parentname'])}:{row['line']}: {row['urlname']} -> {short(row['url'])}: {row['result']}"
        for row in csv.DictReader(lines, delimiter=";")
        if row["valid"] == "False"
    ]


class Anchors(HTMLParser):
    """The ids (and `<a name>`s) of a page, and the links it makes with a fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []  # line, href

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if found.get(key):
                self.ids.add(found[key] or "")
        href = found.get("href")
        if tag == "a" and href and "#" in href:
            self.links.append((self.getpos()[0], href))


def parse(path: Path) -> Anchors:
    parser = Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def anchor_failures(site_dir: Path) -> list[str]:
    """Links to `page#fragment` inside the site whose page has no element with that id."""
    pages = {p: parse(p) for p in sorted(site_dir.rglob("*.html"))}
    failures = []
    for path, page in pages.items():
        rel = path.relative_to(site_dir).as_posix()
        for line, href in page.links:
            target = urlsplit(urljoin(ORIGIN + rel, href))
            if not target.fragment or f"{target.scheme}://{target.netloc}/" != ORIGIN:
                continue
            file = site_dir / unquote(target.path).lstrip("/")
            file = file / "index.html" if target.path.endswith("/") else file
            if file in pages and unquote(target.fragment) not in pages[file].ids:
                failures.append(
                    f"{rel}:{line}: {href}: no id {target.fragment!r} on {file.relative_to(site_dir)}"
                )
    return failures
