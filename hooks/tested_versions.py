"""MkDocs hook: what the site shows about its own tests, generated from the suite's record.

`docs/about/test-results.json` is written by the test suite (`make update`) and checked by it
(`docs/about/versions.md::test results record` fails when it is stale), so nothing here is typed:
- every page (notebooks too) ends with the versions the blocks ran with;
- each `<!--pytest.mark.portable-->` block gets a "Tested on" badge row, one badge per backend;
- `<!-- tested-matrix -->` on the versions page becomes the tested matrix.
A page whose portable blocks do not match the record is a warning, so `--strict` fails the build.
"""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.tested_versions")

RECORD = "docs/about/test-results.json"
VERSIONS_PAGE = "about/versions.md"
MATRIX_MARKER = "<!-- tested-matrix -->"
PORTABLE = re.compile(r"^(?P<indent>[ \t]*)<!--\s*pytest\.mark\.portable\s*-->[ \t]*$", re.MULTILINE)
# The suite's interpreters, as readers know them, and the backend a portable block's badge names.
ENVIRONMENTS = {
    "keras3": ("Keras 3 on TensorFlow", "TensorFlow"),
    "jax": ("Keras 3 on JAX", "JAX"),
    "torch": ("Keras 3 on PyTorch", "PyTorch"),
    "tf-keras": ("Keras 2 (tf-keras) on TensorFlow", None),
}
PACKAGES = {
    "tensorflow": "TensorFlow",
    "keras": "Keras",
    "tf-keras": "tf-keras",
    "jax": "JAX",
    "torch": "PyTorch",
}

record: dict[str, Any] = {"environments": {}, "portable": {}}


ROOT = Path()


def on_config(config: Any, **_: Any) -> Any:
    global record, ROOT
    ROOT = Path(config.config_file_path).parent
    path = ROOT / RECORD
    record = json.loads(path.read_text(encoding="utf-8"))
    return config


def versions() -> dict[str, str]:
    """Each package at the version the suite ran it, Python first."""
    found: dict[str, str] = {}
    for env in ENVIRONMENTS:
        found.update(record["environments"].get(env, {}).get("versions", {}))
    shown = {"Python": found.get("python", "?")}
    shown.update((name, found[dist]) for dist, name in PACKAGES.items() if dist in found)
    return shown


def badges(outcomes: dict[str, str], versions_url: str) -> str:
    spans = "".join(
        f'<span class="runs-on__backend runs-on__backend--{outcomes.get(env, "not-run")}" '
        f'title="{outcomes.get(env, "not run")} in the test suite">{backend}</span>'
        for env, (_, backend) in ENVIRONMENTS.items()
        if backend
    )
    return f'<p class="runs-on"><a href="{versions_url}">Tested on</a> {spans}</p>'


def with_badges(markdown: str, page: Any) -> str:
    key = "docs/" + page.file.src_uri
    recorded = record["portable"].get(key, [])
    markers = list(PORTABLE.finditer(markdown))
    if len(markers) != len(recorded):
        log.warning(
            f"{key}: {len(markers)} portable blocks, but {RECORD} records {len(recorded)}: "
            "run `make update` to record the tests' results"
        )
        return markdown
    url = get_relative_url(VERSIONS_PAGE.replace(".md", "/"), page.url)
    for marker, block in zip(reversed(markers), reversed(recorded), strict=True):
        # A blank line ends the HTML block before the fence.
        row = f"{marker['indent']}{badges(block['outcomes'], url)}\n{marker['indent']}\n"
        markdown = markdown[: marker.start()] + row + markdown[marker.end() + 1 :]
    return markdown


REQUIRES = re.compile(r"^(?P<indent>[ \t]*)<!--\s*docs:requires\s+(?P<spec>.+?)\s*-->[ \t]*$", re.MULTILINE)


def with_requirements(markdown: str) -> str:
    """`<!--docs:requires keras>=3.13-->` (skipped on older releases) becomes a visible note."""
    return REQUIRES.sub(
        lambda m: (
            f'{m["indent"]}<p class="runs-on runs-on--requires"><span class="runs-on__requires">Needs '
            f"{html.escape(m['spec'])}</span></p>\n{m['indent']}"
        ),
        markdown,
    )


OLDEST_LOCK = "requirements-oldest.lock"
TORCH_LOCK = "requirements-torch.lock"  # the same CPU build of PyTorch on both lines
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==(\S+)", re.MULTILINE)


def oldest_pins() -> dict[str, str]:
    """The oldest line's pins, from its lock (`make test-oldest` runs every block with it in CI)."""
    text = "".join((ROOT / lock).read_text(encoding="utf-8") for lock in (OLDEST_LOCK, TORCH_LOCK))
    return {name.lower(): version for name, version in PIN.findall(text)}


def matrix(pages: dict[str, Any]) -> str:
    names = list(PACKAGES.values())
    rows = ["| Interpreter | Python | " + " | ".join(names) + " |", "|---" * (len(names) + 2) + "|"]
    for env, (title, _) in ENVIRONMENTS.items():
        seen = record["environments"].get(env, {}).get("versions", {})
        cells = [seen.get(dist, "") for dist in PACKAGES]
        rows.append(f"| {title} | {seen.get('python', '')} | " + " | ".join(cells) + " |")
    oldest = oldest_pins()
    rows.append(
        f"| Oldest supported line ([`{OLDEST_LOCK}`](#the-oldest-supported-line)) | 3.11 | "
        + " | ".join(oldest.get(dist, "") for dist in PACKAGES)
        + " |"
    )
    table = ["", "| Portable block | " + " | ".join(b for _, b in ENVIRONMENTS.values() if b) + " |"]
    table.append("|---" * (1 + sum(1 for _, b in ENVIRONMENTS.values() if b)) + "|")
    passed = dict.fromkeys(ENVIRONMENTS, 0)
    total = 0
    for key, blocks in sorted(record["portable"].items()):
        title = page_title(pages.get(key.removeprefix("docs/")), key)
        for block in blocks:
            total += 1
            cells = []
            for env, (_, backend) in ENVIRONMENTS.items():
                if backend:
                    outcome = block["outcomes"].get(env, "not run")
                    passed[env] += outcome == "passed"
                    cells.append(outcome)
            link = get_relative_url(key.removeprefix("docs/"), VERSIONS_PAGE)
            table.append(f"| [{title}]({link}), line {block['line']} | " + " | ".join(cells) + " |")
    summary = ", ".join(f"{backend} {passed[env]}" for env, (_, backend) in ENVIRONMENTS.items() if backend)
    counts = f"\n{total} portable blocks; passed on {summary}.\n"
    return "\n".join(rows) + "\n" + counts + "\n".join(table) + "\n"


def page_title(file: Any, fallback: str) -> str:
    if file is None:
        return fallback
    lines = Path(file.abs_src_path).read_text(encoding="utf-8").splitlines()
    return next((line[2:].strip() for line in lines if line.startswith("# ")), fallback)


# Older releases readers still run: blocks in tabs titled by the release run in its own venv, made
# from Python 3.8 and its lock (plugin.PYTHONS, the Makefile's OLDER_LINES). Their pins come from
# the lock, and the pages and blocks each covers from the pages' tabs.
OLDER_MARKER = "<!-- older-releases -->"
OLDER_LOCKS = {"TF 2.3": "requirements-tf2.3.lock", "TF 2.5": "requirements-tf2.5.lock"}
TAB = re.compile(r'^(?P<indent>[ \t]*)===[+!]*[ \t]+"(?P<title>[^"]*)"')
# The languages the suite executes (tests/docs_harness/pages.py EXECUTED_LANGUAGES; a hook cannot
# import the harness): a `py` block in a release's tab runs there too, so it counts.
PYTHON_FENCE = re.compile(r"^[ \t]*`{3,}(?:python3?|py3?)(?![\w-])")


def older_blocks(path: Path, release: str) -> int:
    """Python blocks inside the page's tabs titled `release`."""
    count, inside = 0, None  # indentation of the tab we are in
    for line in path.read_text(encoding="utf-8").splitlines():
        tab = TAB.match(line)
        if tab:
            inside = len(tab["indent"]) if tab["title"] == release else None
        elif inside is not None and line.strip() and len(line) - len(line.lstrip()) <= inside:
            inside = None
        elif inside is not None and PYTHON_FENCE.match(line):
            count += 1
    return count


def older_releases(pages: dict[str, Any]) -> str:
    rows = ["| Release | Python | TensorFlow | Lock | Blocks | Error pages |", "|---|---|---|---|---|---|"]
    for release, lock in OLDER_LOCKS.items():
        pins = {name.lower(): v for name, v in PIN.findall((ROOT / lock).read_text(encoding="utf-8"))}
        covered = [
            (key, file, older_blocks(Path(file.abs_src_path), release))
            for key, file in sorted(pages.items())
            if key.startswith("errors/")
        ]
        covered = [(key, file, n) for key, file, n in covered if n]
        links = ", ".join(
            f"[{page_title(file, key)}]({get_relative_url(key, VERSIONS_PAGE)})" for key, file, _ in covered
        )
        blocks = sum(n for _, _, n in covered)
        rows.append(
            f"| {release} | 3.8 | {pins.get('tensorflow-cpu', '?')} (`tensorflow-cpu`, its own `tf.keras`) "
            f"| `{lock}` | {blocks} | {links} |"
        )
    return "\n".join(rows) + "\n"


def on_page_markdown(markdown: str, page: Any, files: Any, **_: Any) -> str:
    markdown = with_requirements(with_badges(markdown, page))
    if page.file.src_uri == VERSIONS_PAGE:
        pages = {f.src_uri: f for f in files.documentation_pages()}
        markdown = markdown.replace(MATRIX_MARKER, matrix(pages))
        markdown = markdown.replace(OLDER_MARKER, older_releases(pages))
    return markdown


def on_page_content(html: str, page: Any, **_: Any) -> str:
    # After rendering, so notebook pages (rendered by mkdocs-jupyter) get the line too.
    shown = " · ".join(f"{name} {version}" for name, version in versions().items())
    url = get_relative_url(VERSIONS_PAGE.replace(".md", "/"), page.url)
    return (
        html + f'\n<p class="tested-with"><small>Tested with {shown} (CPU). Every code block on this '
        f'page is executed by the test suite: <a href="{url}">versions and backends</a>.</small></p>\n'
    )
