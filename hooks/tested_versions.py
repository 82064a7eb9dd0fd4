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

from docs_harness.contract import (
    ENVIRONMENTS,
    EXECUTED_LANGUAGES,
    OLDER_RELEASES,
    OLDEST_LOCKS,
    PORTABLE_MARK,
    RECORD,
    RECORDED_ENVIRONMENTS,
    REQUIRES,
    VERSIONS_PAGE,
)
from docs_harness.fences import environment_of, scan_fences
from docs_harness.record import lock_pins

log = logging.getLogger("mkdocs.hooks.tested_versions")

MATRIX_MARKER = "<!-- tested-matrix -->"
# The suite's environments, as readers know them, and the backend a portable block's badge names.
SHOWN = {name: (ENVIRONMENTS[name].label, ENVIRONMENTS[name].backend) for name in RECORDED_ENVIRONMENTS}
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
    for env in SHOWN:
        found.update(record["environments"].get(env, {}).get("versions", {}))
    shown = {"Python": found.get("python", "?")}
    shown.update((name, found[dist]) for dist, name in PACKAGES.items() if dist in found)
    return shown


def badges(outcomes: dict[str, str], versions_url: str) -> str:
    spans = "".join(
        f'<span class="runs-on__backend runs-on__backend--{outcomes.get(env, "not-run")}" '
        f'title="{outcomes.get(env, "not run")} in the test suite">{backend}</span>'
        for env, (_, backend) in SHOWN.items()
        if backend
    )
    return f'<p class="runs-on"><a href="{versions_url}">Tested on</a> {spans}</p>'


def with_badges(markdown: str, page: Any) -> str:
    key = "docs/" + page.file.src_uri
    recorded = record["portable"].get(key, [])
    markers = outside_fences(PORTABLE_MARK, markdown)
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


def outside_fences(pattern: re.Pattern[str], markdown: str) -> list[re.Match[str]]:
    """Matches of a block comment that are not inside a fence (a page may show the syntax as text)."""
    lines = markdown.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    inside = {starts[i] for f in scan_fences(lines) for i in range(f.line - 1, min(f.end, len(lines)))}
    return [m for m in pattern.finditer(markdown) if markdown.rfind("\n", 0, m.start()) + 1 not in inside]


def with_requirements(markdown: str) -> str:
    """`<!--docs:requires keras>=3.13-->` (skipped on older releases) becomes a visible note."""
    for m in reversed(outside_fences(REQUIRES, markdown)):
        note = (
            f'{m["indent"]}<p class="runs-on runs-on--requires"><span class="runs-on__requires">Needs '
            f"{html.escape(m['spec'])}</span></p>\n{m['indent']}"
        )
        markdown = markdown[: m.start()] + note + markdown[m.end() :]
    return markdown


OLDEST_LOCK = OLDEST_LOCKS[0]


def oldest_pins() -> dict[str, str]:
    """The oldest line's pins, from its locks (`make test-oldest` runs every block with them in CI)."""
    return lock_pins(*(ROOT / lock for lock in OLDEST_LOCKS))


def matrix(pages: dict[str, Any]) -> str:
    names = list(PACKAGES.values())
    rows = ["| Interpreter | Python | " + " | ".join(names) + " |", "|---" * (len(names) + 2) + "|"]
    for env, (title, _) in SHOWN.items():
        seen = record["environments"].get(env, {}).get("versions", {})
        cells = [seen.get(dist, "") for dist in PACKAGES]
        rows.append(f"| {title} | {seen.get('python', '')} | " + " | ".join(cells) + " |")
    oldest = oldest_pins()
    rows.append(
        f"| Oldest supported line ([`{OLDEST_LOCK}`](#the-oldest-supported-line)) | 3.11 | "
        + " | ".join(oldest.get(dist, "") for dist in PACKAGES)
        + " |"
    )
    table = ["", "| Portable block | " + " | ".join(b for _, b in SHOWN.values() if b) + " |"]
    table.append("|---" * (1 + sum(1 for _, b in SHOWN.values() if b)) + "|")
    passed = dict.fromkeys(SHOWN, 0)
    total = 0
    for key, blocks in sorted(record["portable"].items()):
        title = page_title(pages.get(key.removeprefix("docs/")), key)
        for block in blocks:
            total += 1
            cells = []
            for env, (_, backend) in SHOWN.items():
                if backend:
                    outcome = block["outcomes"].get(env, "not run")
                    passed[env] += outcome == "passed"
                    cells.append(outcome)
            link = get_relative_url(key.removeprefix("docs/"), VERSIONS_PAGE)
            table.append(f"| [{title}]({link}), line {block['line']} | " + " | ".join(cells) + " |")
    summary = ", ".join(f"{backend} {passed[env]}" for env, (_, backend) in SHOWN.items() if backend)
    counts = f"\n{total} portable blocks; passed on {summary}.\n"
    return "\n".join(rows) + "\n" + counts + "\n".join(table) + "\n"


def page_title(file: Any, fallback: str) -> str:
    if file is None:
        return fallback
    lines = Path(file.abs_src_path).read_text(encoding="utf-8").splitlines()
    return next((line[2:].strip() for line in lines if line.startswith("# ")), fallback)


# Older releases readers still run: blocks in tabs titled by the release run in its own venv
# (contract.OLDER_RELEASES). Their pins come from the lock, the pages and blocks from the pages' tabs.
OLDER_MARKER = "<!-- older-releases -->"


def older_blocks(path: Path, environment: str) -> int:
    """Executed blocks of the page that run in that environment (inside its release's tabs)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return sum(
        1
        for f in scan_fences(lines)
        if f.language in EXECUTED_LANGUAGES and environment_of(lines, f.line - 1) == environment
    )


def older_releases(pages: dict[str, Any]) -> str:
    rows = ["| Release | Python | TensorFlow | Lock | Blocks | Error pages |", "|---|---|---|---|---|---|"]
    for name, older in OLDER_RELEASES.items():
        release, lock = older.release, str(older.lock)
        pins = lock_pins(ROOT / lock)
        covered = [
            (key, file, older_blocks(Path(file.abs_src_path), name))
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
