"""MkDocs hook: the error index lists every error section of the pages under errors/.

`docs/errors/index.md` holds the marker `<!-- error-index -->`; this hook replaces it with one table
row per `##`/`###` heading of the other pages in `errors/`, linked with the anchor the toc extension
gives it. The list cannot go stale, and `mkdocs build --strict` checks every anchor.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify

from docs_harness.contract import ONE_ERROR_PAGE, TAB_TITLE
from docs_harness.fences import scan_fences

MARKER = "<!-- error-index -->"
HEADING = re.compile(r"^(#{2,3}) (.+?)\s*$")


def headings(path: Path) -> list[str]:
    """Section headings outside code fences, in page order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    inside = {i for f in scan_fences(lines) for i in range(f.line - 1, f.end)}
    return [h[2] for i, line in enumerate(lines) if i not in inside and (h := HEADING.match(line))]


# A page of one error (title = the message, then "When you meet it") is one row; its sections are
# not errors. The second column then names the tabs its blocks run in (releases, Keras 3, tf-keras).


def index_table(pages: list[Any]) -> str:
    rows = ["| Error message | Page, or what the blocks of its own page run on |", "|---|---|"]
    for page in pages:
        source = Path(page.file.abs_src_path)
        text = source.read_text(encoding="utf-8")
        lines = text.splitlines()
        title = next((line[2:] for line in lines if line.startswith("# ")), page.file.name)
        if ONE_ERROR_PAGE.search(text):
            titles = (m["title"] for line in lines if (m := TAB_TITLE.match(line)))
            tabs = " · ".join(dict.fromkeys(titles)) or "its own page"
            rows.append(f"| [{title}]({page.file.name}.md) | {tabs} |")
            continue
        for heading in headings(source):
            anchor = slugify(heading.replace("`", ""), "-")
            rows.append(f"| [{heading}]({page.file.name}.md#{anchor}) | {title} |")
    return "\n".join(rows)


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
    return markdown.replace(MARKER, index_table(pages))
