"""Notebook pages: execute them with nbclient and compare with the outputs the site renders.

mkdocs-jupyter renders the outputs stored in each .ipynb (it does not execute at build time), so the
stored outputs are what readers see; the test re-executes the notebook and compares, cell by cell.
A cell tagged `raises-exception` must fail, with the stored exception type and message.

Where a cell prints something else on other releases, the markdown cell right after it shows that
output, as a page does: `<!--docs:output-when keras<3.9-->` on its first line, then a sentence and
the output in a fence. On the releases the condition selects, the cell is checked against that
fence instead of its stored output (and `--update-outputs` there rewrites the fence).
"""

from __future__ import annotations

import copy
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

from . import outputs
from .pages import OUTPUT_WHEN, valid_requirement
from .releases import installed

ERROR_TAG = "raises-exception"  # nbclient's own tag for a cell allowed to fail
CELL_TIMEOUT_S = 120


def cell_text(cell: Any) -> str:
    """What a code cell shows: its stdout and results (stderr is logging noise), or its error."""
    parts = []
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream" and out["name"] == "stdout":
            parts.append(out["text"])
        elif out["output_type"] in ("execute_result", "display_data"):
            parts.append(out["data"].get("text/plain", "") + "\n")
        elif out["output_type"] == "error":
            parts.append(f"{out['ename']}: {out['evalue']}\n")
    return outputs.normalise("".join(parts))


def execute(path: Path) -> nbformat.NotebookNode:
    """Run a copy of the notebook top to bottom in a fresh kernel; the file is not touched."""
    notebook = nbformat.read(path, as_version=4)
    # The kernelspec runs `python` from PATH: make it this environment's interpreter (once, not
    # one more PATH entry per notebook).
    bin_dir = os.path.dirname(sys.executable)
    if os.environ["PATH"].split(os.pathsep)[0] != bin_dir:
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ["PATH"]
    client = NotebookClient(
        copy.deepcopy(notebook),
        timeout=CELL_TIMEOUT_S,
        kernel_name="python3",
        allow_errors=False,  # a cell that fails without the raises-exception tag fails the test
        resources={"metadata": {"path": str(path.parent)}},
    )
    return client.execute()


def code_cells(notebook: nbformat.NotebookNode) -> list[tuple[int, Any]]:
    """(1-based cell number, cell) of each code cell."""
    return [(i + 1, c) for i, c in enumerate(notebook.cells) if c.cell_type == "code"]


FENCE = re.compile(
    r"^(?P<fence>`{3,})(?P<info>[^\n]*)\n(?P<text>.*?)^(?P=fence)[ \t]*$", re.MULTILINE | re.DOTALL
)


@dataclass
class OtherReleases:
    """The markdown cell after a code cell that shows what it prints on other releases."""

    number: int  # 1-based cell number of the markdown cell
    spec: str
    text: str  # the fenced output, as shown


def note_spec(cell: Any) -> str | None:
    """SPEC of a markdown cell whose first line is `<!--docs:output-when SPEC-->`."""
    m = OUTPUT_WHEN.match(cell.source.split("\n", 1)[0]) if cell.cell_type == "markdown" else None
    return m["spec"] if m else None


def other_releases(notebook: nbformat.NotebookNode, number: int) -> OtherReleases | None:
    """The `docs:output-when` cell right after code cell `number` (1-based), if there is one."""
    if number >= len(notebook.cells):
        return None
    spec = note_spec(notebook.cells[number])
    fence = FENCE.search(notebook.cells[number].source)
    if spec is None or fence is None:
        return None
    return OtherReleases(number + 1, spec, fence["text"])


def problems(path: Path, rel: str, executed: nbformat.NotebookNode) -> list[str]:
    found = []
    stored = nbformat.read(path, as_version=4)
    pairs = zip(code_cells(stored), code_cells(executed), strict=True)
    for (number, before), (_, after) in pairs:
        where = f"{rel}: cell {number}"
        failed = any(o["output_type"] == "error" for o in after.get("outputs", []))
        if ERROR_TAG in before.metadata.get("tags", []) and not failed:
            found.append(f"{where}: tagged {ERROR_TAG}, but it ran without error")
        shown, actual = cell_text(before), cell_text(after)
        other = other_releases(stored, number)
        if other is not None and not valid_requirement(other.spec):
            found.append(f"{rel}: cell {other.number}: {other.spec!r} is not a requirement like `keras<3.5`")
        elif other is not None and installed(other.spec):
            where, shown = f"{rel}: cell {other.number} (the output with {other.spec})", other.text
        if shown != actual:
            found.append(f"{where}: the stored output is stale\n--- shown\n{shown}--- printed now\n{actual}")
    return found + stray_notes(stored, rel)


def stray_notes(notebook: nbformat.NotebookNode, rel: str) -> list[str]:
    """`docs:output-when` cells that belong to no code cell, or show no output: they would do nothing."""
    found = []
    for number, cell in enumerate(notebook.cells, start=1):
        if note_spec(cell) is None:
            continue
        after_code = number > 1 and notebook.cells[number - 2].cell_type == "code"
        if not after_code or other_releases(notebook, number - 1) is None:
            found.append(
                f"{rel}: cell {number}: `docs:output-when` applies to nothing: it must directly follow "
                "a code cell and hold the output in a ``` fence"
            )
    return found


def store_outputs(path: Path, executed: nbformat.NotebookNode) -> None:
    """Write the executed outputs back (stdout, results and errors only, normalised)."""
    notebook = nbformat.read(path, as_version=4)
    for (number, cell), (_, after) in zip(code_cells(notebook), code_cells(executed), strict=True):
        other = other_releases(notebook, number)
        # On the releases a note is for, the note holds the output (an invalid one `problems` reports).
        if other is not None and valid_requirement(other.spec) and installed(other.spec):
            note = notebook.cells[other.number - 1]
            old = FENCE.search(note.source)
            assert old is not None  # other_releases found it
            text = cell_text(after)
            ticks = outputs.fence_ticks(text, at_least=len(old["fence"]))
            fence = f"{ticks}{old['info']}\n{text}{ticks}"
            note.source = note.source[: old.start()] + fence + note.source[old.end() :]
            continue
        kept = []
        for out in after.get("outputs", []):
            if out["output_type"] == "stream" and out["name"] == "stdout":
                out["text"] = outputs.normalise(out["text"])
            elif out["output_type"] == "error":
                # The kernel's traceback carries colour codes and temporary paths; the page shows
                # the error the way every other page does.
                out["traceback"] = [
                    "Traceback (most recent call last):",
                    "  ...",
                    f"{out['ename']}: {out['evalue']}",
                ]
            elif out["output_type"] not in ("execute_result", "display_data"):
                continue
            kept.append(out)
        cell.outputs = kept
        cell.execution_count = after.execution_count
    nbformat.write(notebook, path)
