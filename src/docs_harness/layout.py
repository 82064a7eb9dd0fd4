"""Project-level rules: every snippet is shown on a page, every snippet folder belongs to a page."""

from __future__ import annotations

from pathlib import Path

from .mkdocs_site import Site
from .pages import parse_page


def shown_lines(site: Site, file: Path, sections: set[str | None]) -> set[int] | None:
    """Line numbers of `file` inside the included sections; None when the whole file is included."""
    if None in sections:
        return None
    pre = site.snippet_preprocessor()
    open_sections: list[str] = []
    shown = set()
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        m = pre.match_section(line)
        if m and m["type"].lower() == "start":
            open_sections.append(m["name"])
        elif m and m["name"] in open_sections:
            open_sections.remove(m["name"])
        elif set(open_sections) & sections:
            shown.add(n)
    return shown


def marker_problems(site: Site, file: Path) -> list[str]:
    """Section markers that do not pair up: a misspelt `[end:name]` would show the rest of the file."""
    pre = site.snippet_preprocessor()
    rel, problems, open_sections = site.rel(file), [], {}
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        m = pre.match_section(line)
        if m is None:
            if "--8<--" in line and "[" in line:
                problems.append(f"{rel}:{n}: not a section marker (`# --8<-- [start:name]` or `[end:name]`)")
            continue
        name = m["name"]
        if m["type"].lower() == "start":
            if name in open_sections:
                problems.append(f"{rel}:{n}: section {name!r} starts again before its end")
            open_sections[name] = n
        elif name in open_sections:
            del open_sections[name]
        else:
            problems.append(f"{rel}:{n}: `[end:{name}]` closes no open section (misspelt?)")
    problems += [f"{rel}:{n}: section {name!r} has no `[end:{name}]`" for name, n in open_sections.items()]
    return problems


def layout_problems(site: Site) -> list[str]:
    included: dict[Path, set[str | None]] = {}
    for page_path in site.pages():
        page = parse_page(site, page_path)
        for _, file, section in page.includes:
            included.setdefault((site.root / file).resolve(), set()).add(section)

    problems = []
    pages = {site.snippet_folder_for(p) for p in site.pages()}
    for file in sorted(site.snippets_dir.rglob("*.py")):
        rel = site.rel(file)
        problems += marker_problems(site, file)
        folder = next((f for f in pages if file.is_relative_to(f)), None)
        if folder is None:
            page = site.docs_dir / file.parent.relative_to(site.snippets_dir)
            problems.append(f"{rel}:1: snippet is in no page's folder (no {site.rel(page)}.md)")
            continue
        if file.resolve() not in included:
            problems.append(f"{rel}:1: no page includes this snippet")
            continue
        shown = shown_lines(site, file, included[file.resolve()])
        if shown is None:
            continue
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            code = line.strip()
            if code and not code.startswith("#") and n not in shown:
                problems.append(f"{rel}:{n}: code outside the sections pages include is never shown")
    return problems
