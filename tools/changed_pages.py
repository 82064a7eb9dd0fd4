"""The pages a pull request changes, as Markdown for the CI job summary.

    python tools/changed_pages.py --base HEAD^1 --site site >> "$GITHUB_STEP_SUMMARY"

Lists each page whose file under docs/ changed, or whose code under snippets/<page>/ did (a page
shows its snippet folder's code), with its address in the built site (uploaded as the `site`
artifact), and says so when a change reaches every page (mkdocs.yml, hooks/, overrides/, the
stylesheets).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

DOCS = "docs/"
SNIPPETS = "snippets/"
PAGE_SUFFIXES = (".md", ".ipynb")
# A change here changes what every page shows.
SITE_WIDE = ("mkdocs.yml", "hooks/", "overrides/", "docs/stylesheets/", "docs/about/test-results.json")


def changed_files(base: str) -> list[tuple[str, str]]:
    """(status, path) of each file changed between `base` and HEAD: A, M, D, or R (as its new path)."""
    command = ["git", "diff", "--name-status", "--find-renames", base, "HEAD"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    found = []
    for line in done.stdout.splitlines():
        status, *paths = line.split("\t")
        found.append((status[0], paths[-1]))
    return found


def page_of(path: str, docs_dir: Path) -> str | None:
    """The page file (under docs/) that `path` is, or whose snippet folder holds it."""
    if path.startswith(DOCS) and path.endswith(PAGE_SUFFIXES):
        return path
    if path.startswith(SNIPPETS):
        folder = Path(path).parent.relative_to(SNIPPETS)
        while folder.parts:  # snippets/a/b/x.py belongs to docs/a/b.md
            for suffix in PAGE_SUFFIXES:
                if (docs_dir / folder).with_suffix(suffix).is_file():
                    return f"{DOCS}{folder.as_posix()}{suffix}"
            folder = folder.parent
    return None


def site_path(page: str) -> str:
    """`docs/a/b.md` -> `a/b/`, `docs/a/index.md` -> `a/`, `docs/index.md` -> `` (directory URLs)."""
    stem = Path(page.removeprefix(DOCS)).with_suffix("")
    if stem.name == "index":
        stem = stem.parent
    return "" if str(stem) == "." else f"{stem.as_posix()}/"


def title_of(page: Path) -> str:
    """The page's first `# ` heading (a notebook's, in its Markdown cells), else its file name."""
    if not page.is_file():
        return page.name
    text = page.read_text(encoding="utf-8")
    if page.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), page.name)


def summary(changes: list[tuple[str, str]], root: Path, site: Path) -> str:
    pages: dict[str, str] = {}
    site_wide = sorted({path for _, path in changes if path.startswith(SITE_WIDE)})
    for status, path in changes:
        page = page_of(path, root / DOCS)
        if page is None:
            continue
        removed = status == "D" and page == path
        pages[page] = "removed" if removed else pages.get(page, "changed")
    lines = ["## Pages this pull request changes", ""]
    if not pages:
        lines.append("No page under `docs/` or its code under `snippets/` changed.")
    for page, state in sorted(pages.items()):
        where = site_path(page)
        built = site / where / "index.html"
        if state == "removed":
            lines.append(f"- `{page}`: removed")
        elif built.is_file():
            lines.append(f"- **{title_of(root / page)}**: `{page}` → `site/{where}index.html`")
        else:
            lines.append(f"- `{page}` → `site/{where}index.html` (not in the build: see the job log)")
    if site_wide:
        named = ", ".join(f"`{p}`" for p in site_wide)
        lines += ["", f"Every page may look different: {named} changed."]
    lines += [
        "",
        "The built site is the `site` artifact of this run: unzip it, run "
        "`python -m http.server -d site`, and open http://127.0.0.1:8000/ followed by the path above.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (HEAD^1 of a merge commit)")
    parser.add_argument("--site", default="site", type=Path, help="the built site")
    args = parser.parse_args()
    print(summary(changed_files(args.base), Path(), args.site), end="")


if __name__ == "__main__":
    main()
