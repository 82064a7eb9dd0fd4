"""Notebook pages: execute them with nbclient and compare with the outputs the site renders.

mkdocs-jupyter renders the outputs stored in each .ipynb (it does not execute at build time), so the
stored outputs are what readers see; the test re-executes the notebook and compares, cell by cell.
A cell tagged `raises-exception` must fail, with the stored exception type and message.
"""

from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

from . import outputs

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


def problems(path: Path, rel: str, executed: nbformat.NotebookNode) -> list[str]:
    found = []
    pairs = zip(code_cells(nbformat.read(path, as_version=4)), code_cells(executed), strict=True)
    for (number, before), (_, after) in pairs:
        where = f"{rel}: cell {number}"
        failed = any(o["output_type"] == "error" for o in after.get("outputs", []))
        if ERROR_TAG in before.metadata.get("tags", []) and not failed:
            found.append(f"{where}: tagged {ERROR_TAG}, but it ran without error")
        shown, actual = cell_text(before), cell_text(after)
        if shown != actual:
            found.append(f"{where}: the stored output is stale\n--- shown\n{shown}--- printed now\n{actual}")
    return found


def store_outputs(path: Path, executed: nbformat.NotebookNode) -> None:
    """Write the executed outputs back (stdout, results and errors only, normalised)."""
    notebook = nbformat.read(path, as_version=4)
    for (_, cell), (_, after) in zip(code_cells(notebook), code_cells(executed), strict=True):
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
