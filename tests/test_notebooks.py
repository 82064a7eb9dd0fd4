"""Notebook pages: the site's rules for them, and the harness's notebook checks on fixtures.

The notebooks themselves are run by the harness, like pages (`docs/notebooks/x.ipynb::notebook`).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from packaging.utils import canonicalize_name

from docs_harness import notebooks, record

DOCS = Path(__file__).parents[1] / "docs"
NOTEBOOKS = sorted(DOCS.rglob("*.ipynb"))


def test_the_site_has_notebooks() -> None:
    assert NOTEBOOKS, "no .ipynb page under docs/: the notebook tests below would test nothing"


COLAB_INSTALL = re.compile(
    r'if "google\.colab" in sys\.modules:\n    %pip install --quiet ((?:\S+==\S+ ?)+)$'
)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.relative_to(DOCS.parent).as_posix() for p in NOTEBOOKS])
def test_colab_installs_the_tested_releases(path: Path) -> None:
    """The first code cell installs, in Colab only, what the lock pins: Colab runs the tested releases."""
    first = next(c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    found = COLAB_INSTALL.search(first.source)
    assert found, f"{path.name}: the first code cell must install the tested releases in Colab only"
    pins = record.lock_pins(DOCS.parent / "requirements.lock")
    stale = [
        f"{pin} (the lock pins {pins.get(canonicalize_name(pin.split('==')[0]))})"
        for pin in found[1].split()
        if pins.get(canonicalize_name(pin.split("==")[0])) != pin.split("==")[1]
    ]
    assert not stale, f"{path.name}: the Colab install line pins other releases than the lock: {stale}"


FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"


def test_stale_output_and_a_cell_that_should_fail_are_reported() -> None:
    path = FIXTURES / "stale.ipynb"
    found = notebooks.problems(path, "stale.ipynb", notebooks.execute(path))
    assert found[0].startswith(
        "stale.ipynb: cell 1: the stored output is stale\n--- shown\n3\n--- printed now\n2\n"
    )
    assert found[1] == "stale.ipynb: cell 2: tagged raises-exception, but it ran without error"


def test_a_cell_that_errors_fails_the_notebook() -> None:
    with pytest.raises(Exception, match="ZeroDivisionError"):
        notebooks.execute(FIXTURES / "errors.ipynb")


def test_an_output_for_other_releases_is_checked_on_those_releases_only() -> None:
    path = FIXTURES / "other_releases.ipynb"
    found = notebooks.problems(path, "other_releases.ipynb", notebooks.execute(path))
    # cell 1's stored output is stale, but cell 2 shows the installed pytest's; cell 4 never applies
    assert found == [
        "other_releases.ipynb: cell 6: 'not a requirement' is not a requirement like `keras<3.5`",
        "other_releases.ipynb: cell 8 (the output with pytest>=1): the stored output is stale\n"
        "--- shown\nold text\n--- printed now\nchanged\n",
        "other_releases.ipynb: cell 10: `docs:output-when` applies to nothing: it must directly follow "
        "a code cell and hold the output in a ``` fence",
    ]


def test_update_rewrites_the_output_shown_for_the_installed_releases(tmp_path: Path) -> None:
    path = tmp_path / "other_releases.ipynb"
    shutil.copy(FIXTURES / path.name, path)
    notebooks.store_outputs(path, notebooks.execute(path))
    cells = nbformat.read(path, as_version=4).cells
    assert cells[7].source.endswith("A stale note:\n\n```text\nchanged\n```")  # the note for pytest>=1
    assert notebooks.cell_text(cells[0]) == "stale wording\n"  # the other releases' output stays
    assert notebooks.cell_text(cells[2]) == "same\n"
