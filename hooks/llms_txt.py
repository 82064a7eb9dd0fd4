"""MkDocs hook: `llms.txt` and a Markdown copy of every page, for readers who ask an assistant.

`llms.txt` (https://llmstxt.org/) at the site's root lists every page of the nav, by section, with
its description, linked to the page's Markdown copy: `<page>/index.md` beside its `index.html`. (No
`<link rel="alternate">` names it in the page: Material fetches a sitemap.xml beside each one, a
failed request per page.) The copy is the page's own Markdown with the code the reader sees (the
`--8<--` includes expanded with the site's snippets settings), the tabs' titles ("Keras 3",
"tf-keras (Keras 2)") that say which code is which, the "Tested on" and "Needs" notes as text,
links pointing at the other copies, and the versions the page was tested with; notebooks become
their cells and stored outputs. Links are absolute where `SITE_URL` is set (the hosted build) and
relative otherwise.

Not the mkdocs-llmstxt plugin: its 0.5.1 needs `mdformat-tables`, which caps mdformat below 0.8 and so
markdown-it-py below 4 (this lock has 4.3, shared with jupytext and rich); it stops the build when
`site_url` is unset; and its HTML-to-Markdown pass drops the content tabs' titles.
"""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from typing import Any

import markdown as markdown_lib
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from docs_harness.contract import COMMENT_LINE

log = logging.getLogger("mkdocs.hooks.llms_txt")

COPY_NAME = "index.md"
REPORT_ROW = re.compile(r'^[ \t]*<p class="report-example">.*</p>[ \t]*$')
BADGE_ROW = re.compile(r'^(?P<indent>[ \t]*)<p class="runs-on">(?P<body>.*)</p>[ \t]*$')
BACKEND = re.compile(r'runs-on__backend--(?P<outcome>[\w-]+)"[^>]*>(?P<name>[^<]+)</span>')
REQUIRES_ROW = re.compile(
    r'^(?P<indent>[ \t]*)<p class="runs-on runs-on--requires"><span class="runs-on__requires">'
    r"(?P<spec>.*?)</span></p>[ \t]*$"
)
# An inline link or image target that is neither absolute nor an anchor on the same page.
LINK = re.compile(r"(?P<head>\]\()(?P<target>(?![a-z][a-z0-9+.-]*:|#|/)[^)\s]+?)(?P<anchor>#[^)\s]*)?\)")

site_url: str | None = None
snippets: dict[str, Any] = {}
tested: Any = None  # the tested_versions hook module
copies: dict[str, str] = {}  # src_uri -> Markdown, before links are resolved
pages: dict[str, Page] = {}
nav_items: list[Any] = []
site_files: Any = None


def on_config(config: Any, **_: Any) -> Any:
    global site_url, snippets, tested
    site_url = config.site_url or None
    snippets = dict(config.mdx_configs.get("pymdownx.snippets", {}))
    tested = next(hook for name, hook in config.hooks.items() if name.endswith("tested_versions.py"))
    copies.clear()
    pages.clear()
    return config


def on_nav(nav: Any, **_: Any) -> Any:
    nav_items[:] = nav.items
    return nav


def copy_url(page: Page, from_page: Page | None) -> str:
    """Where the Markdown copy of `page` is: absolute with a site_url, else relative."""
    target = page.url + COPY_NAME
    if site_url:
        return site_url + target
    return get_relative_url(target, (from_page.url if from_page else "") + COPY_NAME)


def as_text(markdown: str) -> str:
    """The page's own rows and comments as a reader of plain Markdown needs them."""
    out = []
    for line in markdown.split("\n"):
        if REPORT_ROW.match(line) or COMMENT_LINE.match(line):
            continue
        if m := BADGE_ROW.match(line):
            outcomes = [(b["name"], b["outcome"].replace("-", " ")) for b in BACKEND.finditer(line)]
            found = ", ".join(f"{name} ({outcome})" for name, outcome in outcomes)
            line = f"{m['indent']}Tested on: {found}."
        elif m := REQUIRES_ROW.match(line):
            line = f"{m['indent']}{html.unescape(m['spec'])}."
        out.append(line)
    return "\n".join(out)


def expand_includes(markdown: str) -> str:
    md = markdown_lib.Markdown(
        extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": snippets}
    )
    return "\n".join(md.preprocessors["snippet"].run(markdown.split("\n")))


# After every other hook: the error index and the tested matrix are in, and so are the badge rows.
@event_priority(-100)
def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        copies[page.file.src_uri] = expand_includes(as_text(markdown))
    return markdown


def notebook_markdown(path: Path) -> str:
    """A notebook's cells in order: Markdown as written, code in fences, then its stored outputs."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    parts = []
    for cell in notebook["cells"]:
        source = "".join(cell["source"]).strip("\n")
        if cell["cell_type"] == "markdown":
            parts.append("\n".join(line for line in source.split("\n") if not COMMENT_LINE.match(line)))
        elif cell["cell_type"] == "code":
            parts.append(f"```python\n{source}\n```")
            shown = []
            for output in cell.get("outputs", []):
                if output["output_type"] == "stream":
                    shown.append("".join(output["text"]))
                elif output["output_type"] in ("execute_result", "display_data"):
                    shown.append("".join(output.get("data", {}).get("text/plain", "")) + "\n")
                elif output["output_type"] == "error":
                    shown.append(f"{output['ename']}: {output['evalue']}\n")
            if shown:
                parts.append("Output:\n\n```text\n" + "".join(shown).rstrip("\n") + "\n```")
    return "\n\n".join(parts)


def on_page_content(content: str, page: Page, **_: Any) -> str:
    pages[page.file.src_uri] = page
    if page.file.src_uri.endswith(".ipynb"):
        copies[page.file.src_uri] = notebook_markdown(Path(page.file.abs_src_path))
    return content


def resolve_links(markdown: str, page: Page, files: Any) -> str:
    """Links to other pages point at their copies; links to other files at the files."""
    base = Path(page.file.src_uri).parent

    def replace(m: re.Match[str]) -> str:
        target = (base / m["target"]).as_posix()
        parts: list[str] = []
        for part in target.split("/"):  # normalise a/b/../c without touching the file system
            if part == "..":
                if parts:
                    parts.pop()
            elif part not in ("", "."):
                parts.append(part)
        src_uri = "/".join(parts)
        anchor = m["anchor"] or ""
        if src_uri in pages:
            return f"{m['head']}{copy_url(pages[src_uri], page)}{anchor})"
        file = files.get_file_from_path(src_uri)
        if file is None:
            return m[0]
        url = site_url + file.url if site_url else get_relative_url(file.url, page.url + COPY_NAME)
        return f"{m['head']}{url}{anchor})"

    return LINK.sub(replace, markdown)


def footer(page: Page) -> str:
    shown = " · ".join(f"{name} {version}" for name, version in tested.versions().items())
    where = f" The page: {site_url}{page.url}" if site_url else ""
    return (
        f"\n\n---\n\nTested with {shown} (CPU). Every code block on this page is executed by the "
        f"test suite, and every output shown is what it printed.{where}\n"
    )


def nav_pages(items: list[Any]) -> list[Page]:
    found = []
    for item in items:
        if isinstance(item, Section):
            found += nav_pages(item.children)
        elif isinstance(item, Page):
            found.append(item)
    return found


def index(config: Any) -> str:
    """llms.txt: the site's name, what it is, then a list of pages per nav section."""
    shown = " · ".join(f"{name} {version}" for name, version in tested.versions().items())
    lines = [
        f"# {config.site_name}",
        "",
        f"> {' '.join(config.site_description.split())}",
        "",
        f"Tested with {shown} (CPU). Each link below is a page as Markdown; the page itself is the "
        f"same address without `{COPY_NAME}`. The code shown runs as it is: the test suite executes "
        "every block, and every output and error message on a page is what the code printed.",
    ]
    loose = [item for item in nav_items if isinstance(item, Page)]
    groups = [("Start here", loose)] if loose else []
    groups += [(item.title, nav_pages(item.children)) for item in nav_items if isinstance(item, Section)]
    listed = {member.file.src_uri for _, members in groups for member in members}
    if others := [page for src_uri, page in sorted(pages.items()) if src_uri not in listed]:
        groups.append(("Other pages", others))  # built but not in the nav (a strict build warns)
    for title, members in groups:
        lines += ["", f"## {title}", ""]
        for member in members:
            page = pages.get(member.file.src_uri, member)
            description = " ".join(str(page.meta.get("description", "")).split())
            entry = f"- [{page.title}]({copy_url(page, None)})"
            lines.append(entry + (f": {description}" if description else ""))
    return "\n".join(lines) + "\n"


def on_post_build(config: Any, **_: Any) -> None:
    site = Path(config.site_dir)
    for src_uri, markdown in copies.items():
        page = pages.get(src_uri)
        if page is None:  # read but not rendered: not a page of this build
            continue
        text = resolve_links(markdown, page, site_files)
        target = site / page.url / COPY_NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.rstrip("\n") + footer(page), encoding="utf-8")
    (site / "llms.txt").write_text(index(config), encoding="utf-8")


def on_files(files: Any, **_: Any) -> Any:
    global site_files
    site_files = files
    return files
