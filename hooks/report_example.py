"""MkDocs hook: what a build hosted from a repository adds, and only then.

The Pages workflow sets `REPO_URL` (server URL + repository; mkdocs.yml reads it into `repo_url`).
With it:
- every page gets Material's "edit this page" and "view source" buttons (`edit_uri` in mkdocs.yml);
- every Python block a reader sees gets a small "This example fails for me" link, and every page one
  at its foot: each opens the repository's issue form `example-fails.yml` prefilled with the page and
  the block's line in the page file (the line the suite's test IDs name), the versions the page was
  tested with (the suite's record, through hooks/tested_versions.py) and a request for the reader's
  own versions.py output;
- notebook pages get an "Open in Colab" button next to their download (overrides/main.html).
Without it none of these is rendered, and `edit_uri` is dropped: MkDocs would otherwise make edit
links relative to the site (and warn, which fails `--strict`).
"""

from __future__ import annotations

import html
import logging
from typing import Any
from urllib.parse import urlencode, urlsplit

from mkdocs.plugins import event_priority

from docs_harness.contract import COMMENT_LINE, EXECUTED_LANGUAGES
from docs_harness.fences import scan_fences

log = logging.getLogger("mkdocs.hooks.report_example")

ISSUE_FORM = "example-fails.yml"  # .github/ISSUE_TEMPLATE/; its field ids are used below
BRANCH = "main"  # the branch the site is published from (edit_uri in mkdocs.yml says the same)
LINK_TEXT = "This example fails for me"
VERSIONS_SECTION = "about/versions/#compare-with-your-installation"
VERSIONS_SNIPPET = "snippets/about/versions/versions.py"

repo_url: str | None = None
site_url: str | None = None
tested: Any = None  # the tested_versions hook module, loaded by MkDocs


def on_config(config: Any, **_: Any) -> Any:
    global repo_url, site_url, tested
    repo_url = (config.repo_url or "").rstrip("/") or None
    site_url = config.site_url or None
    tested = next(hook for name, hook in config.hooks.items() if name.endswith("tested_versions.py"))
    if repo_url is None:
        config.edit_uri = None
    return config


def tested_versions() -> str:
    shown = " · ".join(f"{name} {version}" for name, version in tested.versions().items())
    return f"{shown} (CPU)"


def versions_ask() -> str:
    where = f"{site_url}{VERSIONS_SECTION}" if site_url else f"{repo_url}/blob/{BRANCH}/{VERSIONS_SNIPPET}"
    return f"(Replace this line with what versions.py prints on your machine: {where})"


def issue_url(page: Any, line: int | None) -> str:
    """The issue form, prefilled (GitHub issue forms take `?template=` and a value per field id)."""
    source = f"docs/{page.file.src_uri}"
    where = f"{source}, line {line}" if line else source
    address = f"{site_url}{page.url}" if site_url else f"{repo_url}/blob/{BRANCH}/{source}"
    if line and not site_url:
        address += f"#L{line}"
    query = {
        "template": ISSUE_FORM,
        "title": f"Example fails: {page.title or source}" + (f" (line {line})" if line else ""),
        "page": f"{where} ({address})",
        "tested": tested_versions(),
        "versions": versions_ask(),
    }
    return f"{repo_url}/issues/new?{urlencode(query)}"


def link(page: Any, line: int | None, css: str) -> str:
    label = f"{LINK_TEXT}: report the block at line {line}" if line else f"{LINK_TEXT}: report it"
    return (
        f'<a class="{css}" href="{html.escape(issue_url(page, line))}" '
        f'aria-label="{html.escape(label)}" rel="nofollow">{LINK_TEXT}</a>'
    )


def front_matter_lines(markdown: str, page: Any) -> int | None:
    """How many lines of the page file come before `markdown` (MkDocs strips the YAML front matter)."""
    source = page.file.content_string
    if not source.endswith(markdown):
        return None
    return source[: len(source) - len(markdown)].count("\n")


def with_block_links(markdown: str, page: Any) -> str:
    """A report link above each executed block, with the line of its opening fence in the page."""
    offset = front_matter_lines(markdown, page)
    if offset is None:
        log.warning(f"docs/{page.file.src_uri}: its Markdown is not the end of its file: no block lines")
        return markdown
    lines = markdown.split("\n")
    inserts: list[tuple[int, str]] = []
    # The blocks a reader can copy and run: the fences the suite executes.
    for fence in scan_fences(lines):
        if fence.language in EXECUTED_LANGUAGES:
            at = fence.line - 1
            while at > 0 and COMMENT_LINE.match(lines[at - 1]):  # above the block's marker comments
                at -= 1
            anchor = link(page, offset + fence.line, "report-example__link")
            inserts.append((at, f'{fence.indent}<p class="report-example">{anchor}</p>'))
    for at, row in reversed(inserts):  # bottom-up: earlier indexes stay valid
        lines[at:at] = ["", row, ""]
    return "\n".join(lines)


# Before the other hooks change the page: the lines are those of the page file.
@event_priority(50)
def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if repo_url is None or page.file.src_uri.endswith(".ipynb"):
        return markdown
    return with_block_links(markdown, page)


# After the other hooks: the page's last line (hooks/tested_versions.py adds the versions line).
@event_priority(-50)
def on_page_content(content: str, page: Any, **_: Any) -> str:
    if repo_url is None:
        return content
    return (
        content + f'\n<p class="report-example report-example--page"><small>'
        f"{link(page, None, 'report-example__link')}: opens an issue on GitHub with this page and the "
        "versions it was tested with filled in; add what you ran, what it printed, and what "
        "versions.py prints for you.</small></p>\n"
    )


def colab_url(page: Any) -> str | None:
    """Colab opens notebooks from public GitHub repositories only."""
    if repo_url is None or not page.file.src_uri.endswith(".ipynb"):
        return None
    parts = urlsplit(repo_url)
    if parts.netloc.lower() != "github.com":
        return None
    return f"https://colab.research.google.com/github{parts.path}/blob/{BRANCH}/docs/{page.file.src_uri}"


def on_page_context(context: Any, page: Any, **_: Any) -> Any:
    page.colab_url = colab_url(page)
    return context
