"""MkDocs hook: the error index lists every page under errors/, grouped by when readers meet it.

`docs/errors/index.md` holds the marker `<!-- error-index -->`; this hook replaces it with one row
per one-error page (and per `##`/`###` section of a page of several), grouped and ordered by the
corpus of public reports (docs/errors/reports.yml, read by docs_harness.error_reports). The list
cannot go stale, and `mkdocs build --strict` checks every link and anchor.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify

from docs_harness import error_reports
from docs_harness.contract import DEFAULT_ENVIRONMENT, ONE_ERROR_PAGE, TAB_TITLE, environment_for_tab
from docs_harness.fences import scan_fences

MARKER = "<!-- error-index -->"
HEADING = re.compile(r"^(#{2,3}) (.+?)\s*$")


def headings(path: Path) -> list[str]:
    """Section headings outside code fences, in page order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    inside = {i for f in scan_fences(lines) for i in range(f.line - 1, f.end)}
    return [h[2] for i, line in enumerate(lines) if i not in inside and (h := HEADING.match(line))]


# A page of one error (title = the message, then "When you meet it") is one row; its sections are
# not errors. Rows are grouped and ordered by docs_harness.error_reports.grouped (the nav's order too).
# The second column names the tabs its blocks run in (Keras 3, tf-keras, older releases).
# Today's Kerases first, then the older releases, newest first.
ORDER = (DEFAULT_ENVIRONMENT, "tf-keras", "jax", "torch", "tf-2.5", "tf-2.3")


def tab_order(title: str) -> int:
    environment = environment_for_tab(title) or DEFAULT_ENVIRONMENT
    return ORDER.index(environment) if environment in ORDER else len(ORDER)


def row(page: Any, count: int) -> str:
    lines = Path(page.file.abs_src_path).read_text(encoding="utf-8").splitlines()
    title = next((line[2:] for line in lines if line.startswith("# ")), page.file.name)
    titles = dict.fromkeys(m["title"] for line in lines if (m := TAB_TITLE.match(line)))
    tabs = " · ".join(sorted(titles, key=tab_order)) or "Keras 3 on TensorFlow"
    return f"| [{title}]({page.file.name}.md) | {tabs} | {count or ''} |"


def index_table(pages: list[Any], root: Path) -> str:
    one_error = {
        p.file.src_uri: p
        for p in pages
        if ONE_ERROR_PAGE.search(Path(p.file.abs_src_path).read_text(encoding="utf-8"))
    }
    groups = error_reports.grouped(list(one_error), error_reports.load(root))
    out = []
    for label, rows in groups.items():
        out += [f"## {label}", "", "| Error message | Its blocks run on | Reports |", "|---|---|---|"]
        out += [row(one_error[page], count) for page, count in rows]
        out.append("")
    several = [p for p in pages if p.file.src_uri not in one_error]  # pages of several errors, if any
    if several:
        out += ["## On pages of several errors", "", "| Error message | Page |", "|---|---|"]
        for page in several:
            source = Path(page.file.abs_src_path)
            title = next(
                (ln[2:] for ln in source.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")), ""
            )
            for heading in headings(source):
                anchor = slugify(heading.replace("`", ""), "-")
                out.append(f"| [{heading}]({page.file.name}.md#{anchor}) | {title} |")
    return "\n".join(out)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if page.file.src_uri != "errors/index.md":
        return markdown
    if MARKER not in markdown:
        raise ValueError(f"errors/index.md: the marker {MARKER} is missing")
    pages = [
        f.page
        for f in files.documentation_pages()
        if f.src_uri.startswith("errors/") and f.src_uri != "errors/index.md" and f.page
    ]
    pages.sort(key=lambda p: p.file.src_uri)
    return markdown.replace(MARKER, index_table(pages, Path(config.config_file_path).parent))
