"""The harness's checks as pure functions: what the page says against what a run reported."""

from __future__ import annotations

from pathlib import Path

from docs_harness import checks, outputs
from docs_harness.pages import Block, Page


def block(code: str = "x = 1\n", marks: tuple[str, ...] = (), **kwargs) -> Block:
    return Block("docs/p.md", 10, code, list(marks), None, None, **kwargs)


def test_a_block_meant_to_fail_that_runs_is_a_problem() -> None:
    raises = block(marks=("pytest.mark.raises",))
    assert checks.raise_problem(Page(Path("p"), "docs/p.md"), raises, "keras3", None, "") == (
        "docs/p.md:10: the page says this block fails, but it ran without error"
    )


def test_a_raise_names_the_snippet_line_in_its_traceback() -> None:
    b = block("a = 1\nb = a / 0\n", sources=("snippets/p/x.py:4", "snippets/p/x.py:5"))
    error = {
        "text": "ZeroDivisionError: division by zero\n",
        "traceback": 'Traceback (most recent call last):\n  File "docs/p.md:10", line 2, in <module>\n',
    }
    problem = checks.raise_problem(Page(Path("p"), "docs/p.md", [b]), b, "keras3", error, "")
    assert problem is not None
    assert problem.startswith("docs/p.md:10 (code: snippets/p/x.py:4-5): the block raised:")
    assert 'File "docs/p.md:10", line 2 (snippets/p/x.py:5), in <module>' in problem


def test_a_missing_name_points_at_the_block_skipped_on_this_release() -> None:
    skipped = Block(
        "docs/p.md", 3, "import thing\nvalue = thing.make()\n", [], None, None, requires="keras<1"
    )
    uses = block("print(value)\n")
    page = Page(Path("p"), "docs/p.md", [skipped, uses])
    found = checks.skipped_definer(page, uses, "keras3", "NameError: name 'value' is not defined\n")
    assert "the block at docs/p.md:3, skipped on this line (it needs keras<1), defines 'value'" in found
    assert checks.skipped_definer(page, uses, "keras3", "NameError: name 'other' is not defined\n") == ""


def test_an_exception_type_change_is_not_a_rewording() -> None:
    shown = "Traceback (most recent call last):\n  ...\nTypeError: old words\n"
    raised = "Traceback (most recent call last):\n  ...\nValueError: new words\n"
    assert checks.error_type_change(shown, raised) == (
        "the page shows TypeError, the code raises ValueError:\nValueError: new words\n"
    )
    assert checks.error_type_change(shown, shown.replace("old", "new")) is None


def test_fits_must_report_a_finite_loss_and_training_blocks_a_decreasing_one() -> None:
    fit = lambda *losses: {"history": {"loss": list(losses)}, "device": "cpu"}  # noqa: E731
    assert checks.fit_problem("p:1", True, []) == "p:1: marked `trains`, but no `fit` ran in this block"
    assert "did not report a finite loss" in str(checks.fit_problem("p:1", False, [fit(1.0, float("nan"))]))
    assert "the loss did not decrease: [1.0, 2.0]" in str(checks.fit_problem("p:1", True, [fit(1.0, 2.0)]))
    assert checks.fit_problem("p:1", False, [fit(1.0, 2.0)]) is None  # a fit that is not the example
    assert checks.fit_problem("p:1", True, [fit(2.0, 1.0)]) is None


def test_a_shown_frame_names_the_file_the_reader_runs_not_the_page_line() -> None:
    error = 'ValueError: in user code:\n    File "docs/p.md:12", line 3, in loss\n'
    shown = outputs.shown_output("", error, {"docs/p.md:12": "reproduce.py", "docs/p.md:30": "<stdin>"})
    assert shown.endswith('ValueError: in user code:\n    File "reproduce.py", line 3, in loss\n')


def test_defined_names_are_the_top_level_bindings() -> None:
    code = "import numpy as np\nfrom a import b\nx, y = 1, 2\ndef f(): z = 3\nclass C: pass\n"
    assert checks.defined_names(code) >= {"np", "b", "x", "y", "f", "C"}
