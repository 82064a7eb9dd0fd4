"""What the suite asserts about a block's run, as pure functions: each takes what the page says and
what the run reported, and returns the reader-facing problem (naming file and line), or None.

The pytest items (plugin.py) call these; tests/test_checks.py tests them in milliseconds.
"""

from __future__ import annotations

import ast
import difflib
import math
import re
from typing import Any

from . import outputs
from .pages import Block, Page
from .releases import installed


class Failure(Exception):
    """A block did not do what its page says; the message names the page and line."""


def raise_problem(
    page: Page, block: Block, environment: str, error: dict[str, str] | None, stderr: str
) -> str | None:
    """A block meant to fail that ran, or one that raised though the page says it runs."""
    if block.raises and error is None:
        return f"{block.location}: the page says this block fails, but it ran without error"
    if not block.raises and error is not None:
        return (
            f"{block.where}: the block raised:\n{with_sources(error['traceback'], block)}"
            + skipped_definer(page, block, environment, error["text"])
            + f"\nstderr of the page:\n{stderr[-1500:]}"
        )
    return None


def error_type_change(shown: str, actual: str) -> str | None:
    """The page shows one exception type and the code raises another: not a rewording."""
    want, got = outputs.error_line(shown), outputs.error_line(actual)
    want_type, got_type = want.split(":", 1)[0], got.split(":", 1)[0]
    if want_type != got_type:
        return f"the page shows {want_type}, the code raises {got_type}:\n{got}"
    return None


def shown_output(block: Block) -> tuple[str | None, tuple[int, int] | None]:
    """The output the page shows for the installed releases, and its fence's page lines."""
    for version_output in block.version_outputs:  # the output shown for these releases
        if installed(version_output.spec):
            return version_output.text, version_output.fence
    return block.expected_output, block.output_fence


def fit_problem(where: str, trains: bool, fits: list[dict[str, Any]]) -> str | None:
    """Every `fit` reports a finite loss; a `trains` block fits, and its loss goes down."""
    if trains and not fits:
        return f"{where}: marked `trains`, but no `fit` ran in this block"
    for fit in fits:
        losses = fit["history"].get("loss", [])
        if not losses or not all(math.isfinite(v) for v in losses):
            return f"{where}: `fit` did not report a finite loss: {fit['history']}"
        if trains and len(losses) > 1 and not losses[-1] < losses[0]:
            return f"{where}: marked `trains`, but the loss did not decrease: {losses}"
    return None


def with_sources(traceback: str, block: Block) -> str:
    """A traceback whose frames in the block also name the snippet file and line to edit."""

    def frame(m: re.Match[str]) -> str:
        source = block.source_of(int(m["line"]))
        return m[0] + (f" ({source})" if source else "")

    return re.sub(rf'File "{re.escape(block.location)}", line (?P<line>\d+)', frame, traceback)


def skipped_definer(page: Page, block: Block, environment: str, error: str) -> str:
    """Why a name is missing when an earlier block that defines it was skipped on this line."""
    m = re.match(r"NameError: name '(\w+)' is not defined", error)
    if not m:
        return ""
    for earlier in page.blocks:
        if earlier.line >= block.line or environment not in earlier.environments:
            continue
        if installed(earlier.requires):
            continue
        if m[1] in defined_names(earlier.code):
            return (
                f"\nthe block at {earlier.location}, skipped on this line (it needs {earlier.requires}), "
                f"defines {m[1]!r}: give this block the same `<!--docs:requires {earlier.requires}-->`"
            )
    return ""


def defined_names(code: str) -> set[str]:
    """Names a block binds at its top level (assignments, imports, functions, classes)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def mismatch(headline: str, shown: str, actual: str, printed_by: str) -> Failure:
    diff = difflib.unified_diff(
        shown.splitlines(), actual.splitlines(), "shown on the page", printed_by, lineterm=""
    )
    return Failure(headline + "\n" + "\n".join(diff))
