"""The harness tests itself: each fixture page breaks one rule and must fail, naming file and line.

The fixture site (tests/fixtures/site) is run once, in a separate pytest process, exactly as
`make test` runs the real site; outcomes and messages are read from its JUnit report.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from docs_harness import outputs, plugin
from docs_harness.contract import OLDER_RELEASES, ONE_ERROR_PAGE
from docs_harness.layout import layout_problems, marker_problems
from docs_harness.mkdocs_site import Site

FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site"


@dataclass
class Run:
    root: Path
    returncode: int
    stdout: str
    cases: dict[str, tuple[str, str]]  # "docs/page.md::line 5" -> (outcome, message)

    def outcome(self, test_id: str) -> str:
        return self.cases[test_id][0]

    def message(self, test_id: str) -> str:
        return self.cases[test_id][1]


def copy_site(tmp: Path) -> Path:
    shutil.copytree(FIXTURE_SITE, tmp, dirs_exist_ok=True)
    (tmp / "pytest.ini").write_text("[pytest]\ndocs_mkdocs_config = mkdocs.yml\n")
    return tmp


def run_pytest(root: Path, *args: str) -> Run:
    report = root / "report.xml"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            *args,
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
    )
    cases = {}
    for case in ET.parse(report).iter("testcase"):
        test_id = (
            case.get("classname", "").replace(".", "/").replace("/md", ".md").replace("/ipynb", ".ipynb")
            + "::"
            + case.get("name", "")
        )
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is None and case.find("skipped") is not None:
            problem = case.find("skipped")
        outcome = "passed" if problem is None else problem.tag
        cases[test_id] = (outcome, "" if problem is None else (problem.text or ""))
    return Run(root, proc.returncode, proc.stdout + proc.stderr, cases)


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_pytest(copy_site(tmp_path_factory.mktemp("site")), "docs")


def test_fixture_suite_fails(fixture_run: Run) -> None:
    assert fixture_run.returncode == 1, fixture_run.stdout


def test_every_kind_of_block_is_executed(fixture_run: Run) -> None:
    # titled + include, inside a tab (`py`), inside an admonition ({ .python }), raises, `python3`
    for line in (5, 11, 21, 28, 38, 74):  # ..., and a block whose annotations must stay objects
        assert fixture_run.outcome(f"docs/good.md::line {line}") == "passed", fixture_run.stdout
    assert fixture_run.outcome("docs/good.md::structure") == "passed"


def test_blocks_in_a_tf_keras_tab_run_in_their_own_interpreter(fixture_run: Run) -> None:
    # Keras 3 tab: the default interpreter; "tf-keras (Keras 2)" tab: TF_USE_LEGACY_KERAS=1, and
    # none of the page's Keras 3 names (each interpreter runs its own blocks as one script).
    assert fixture_run.outcome("docs/good.md::line 48") == "passed", fixture_run.stdout
    assert fixture_run.outcome("docs/good.md::line 64 [tf-keras]") == "passed", fixture_run.stdout
    assert "blocks executed on" in fixture_run.stdout


def test_broken_include_names_page_and_line(fixture_run: Run) -> None:
    message = fixture_run.message("docs/broken_include.md::structure")
    assert "docs/broken_include.md:4: include does not resolve" in message
    assert "missing.py" in message
    assert "docs/broken_include.md:8: include does not resolve" in message
    assert "no_such_section" in message


def test_changed_error_message_fails(fixture_run: Run) -> None:
    message = fixture_run.message("docs/changed_error.md::line 4")
    assert "docs/changed_error.md:8: the error message changed" in message
    assert "-ValueError: the message the page was written with" in message
    assert "+ValueError: the message the code raises now" in message


def test_changed_error_type_fails(fixture_run: Run) -> None:
    message = fixture_run.message("docs/changed_error.md::line 15")
    assert "docs/changed_error.md:19: the page shows TypeError, the code raises ValueError" in message


def test_block_that_should_fail_but_runs_fails(fixture_run: Run) -> None:
    message = fixture_run.message("docs/changed_error.md::line 26")
    assert "docs/changed_error.md:26: the page says this block fails, but it ran" in message


def test_stale_output_fails_and_the_page_goes_on(fixture_run: Run) -> None:
    message = fixture_run.message("docs/stale_output.md::line 3")
    assert "docs/stale_output.md:7: the shown output is stale (if this is right, `make page " in message
    assert "-[0, 1, 2]" in message
    assert "+[0, 1, 2, 3]" in message
    assert fixture_run.outcome("docs/stale_output.md::line 11") == "passed"


def test_blocks_that_would_be_skipped_fail_the_page(fixture_run: Run) -> None:
    message = fixture_run.message("docs/unexecuted.md::structure")
    assert 'docs/unexecuted.md:3: Python block "~~~python title="tilde.py"" is not executed' in message
    assert 'docs/unexecuted.md:7: Python block "```pycon" is not executed' in message
    assert "docs/unexecuted.md:12: fence has no language" in message
    assert "docs/unexecuted.md:17: marks ['pytest.mark.skip'] are not allowed" in message


def test_training_blocks_must_fit_with_a_finite_decreasing_loss(fixture_run: Run) -> None:
    no_fit = fixture_run.message("docs/trains.md::line 4")
    assert "docs/trains.md:4: marked `trains`, but no `fit` ran in this block" in no_fit
    nan = fixture_run.message("docs/trains.md::line 9")
    assert "docs/trains.md:9: `fit` did not report a finite loss" in nan
    diverges = fixture_run.message("docs/trains.md::line 14")
    assert "docs/trains.md:14: marked `trains`, but the loss did not decrease" in diverges


def test_a_failing_line_names_the_snippet_file_and_line_to_edit(fixture_run: Run) -> None:
    message = fixture_run.message("docs/snippet_error.md::line 3")
    assert "docs/snippet_error.md:3 (code: snippets/snippet_error/broken.py:2-4): the block raised" in message
    assert (
        'File "docs/snippet_error.md:3", line 3 (snippets/snippet_error/broken.py:4), in <module>' in message
    )


def test_a_name_from_a_skipped_block_says_which_block_defined_it(fixture_run: Run) -> None:
    message = fixture_run.message("docs/skipped_definer.md::line 8")
    assert "NameError: name 'defined_on_other_releases' is not defined" in message
    assert (
        "the block at docs/skipped_definer.md:4, skipped on this line (it needs keras<1), defines "
        "'defined_on_other_releases': give this block the same `<!--docs:requires keras<1-->`"
    ) in message


def test_a_selection_runs_only_what_it_selected(tmp_path: Path) -> None:
    # Pages are submitted after -k applies: a run of the structure items starts no interpreter.
    run = run_pytest(copy_site(tmp_path), "docs", "-k", "structure")
    assert run.cases and all(test_id.endswith("::structure") for test_id in run.cases), run.cases
    assert "blocks executed on" not in run.stdout, run.stdout


def test_notebooks_under_docs_are_collected_selected_and_updated_like_pages(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    shutil.copy(Path(__file__).parent / "fixtures" / "notebooks" / "stale.ipynb", root / "docs")
    run = run_pytest(root, "docs", "-k", "notebook")
    assert list(run.cases) == ["docs/stale.ipynb::notebook"], run.cases
    assert "stale.ipynb: cell 1: the stored output is stale" in run.message("docs/stale.ipynb::notebook")
    assert "0 blocks executed on 0 pages and 1 notebooks" in run.stdout
    run_pytest(root, "docs/stale.ipynb", "--update-outputs")
    after = run_pytest(root, "docs/stale.ipynb")
    assert after.outcome("docs/stale.ipynb::notebook") == "failure"  # cell 2 still runs without its error
    assert "cell 1" not in after.message("docs/stale.ipynb::notebook")


def test_watch_reruns_a_page_in_interpreters_kept_alive(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    watch = Path(__file__).parents[1] / "tools" / "watch.py"
    command = [sys.executable, str(watch), "docs/stale_output.md", "--root", str(root), "--runs", "2"]
    run = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("docs/stale_output.md:7: the shown output differs") == 2, run.stdout
    assert run.stdout.count("ok docs/stale_output.md:11 [keras3]") == 2, run.stdout


def test_update_outputs_rewrites_stale_output(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    page = root / "docs" / "stale_output.md"
    first = run_pytest(root, "docs/stale_output.md", "--update-outputs")
    assert first.returncode == 0, first.stdout
    assert '```text title="Output"\n[0, 1, 2, 3]\n```' in page.read_text()
    assert run_pytest(root, "docs/stale_output.md").returncode == 0


def test_layout_names_unshown_snippets() -> None:
    problems = layout_problems(Site.load(FIXTURE_SITE / "mkdocs.yml"))
    assert problems == [
        "snippets/broken_include/present.py:2: code outside the sections pages include is never shown",
        "snippets/changed_error/errors.py:9: code outside the sections pages include is never shown",
        "snippets/good/unused.py:1: no page includes this snippet",
        "snippets/orphan/lost.py:1: snippet is in no page's folder (no docs/orphan.md)",
    ]


def test_layout_names_section_markers_that_do_not_pair_up(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    snippet = root / "snippets" / "good" / "markers.py"
    snippet.write_text(
        "# --8<-- [start:build]\nx = 1\n# --8<-- [end:built]\n"  # misspelt: the block would show the rest
        "# --8<-- [start:fit]\ny = 2\n# --8<-- [stop:fit]\n"  # not a marker at all
    )
    assert marker_problems(Site.load(root / "mkdocs.yml"), snippet) == [
        "snippets/good/markers.py:3: `[end:built]` closes no open section (misspelt?)",
        "snippets/good/markers.py:6: not a section marker (`# --8<-- [start:name]` or `[end:name]`)",
        "snippets/good/markers.py:1: section 'build' has no `[end:build]`",
        "snippets/good/markers.py:4: section 'fit' has no `[end:fit]`",
    ]


def test_rewrite_lengthens_fence_around_backticks_and_keeps_indent(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('=== "Tab"\n\n    ```text title="Error"\n    old\n    ```\n')
    outputs.rewrite_fence(page, (3, 5), "ValueError: like:\n\n```\nx = Input(...)\n```\n")
    assert page.read_text() == (
        '=== "Tab"\n\n    ````text title="Error"\n    ValueError: like:\n\n    ```\n'
        "    x = Input(...)\n    ```\n    ````\n"
    )


def test_normalise_removes_addresses_and_trailing_space() -> None:
    assert outputs.normalise("<object at 0x7f3a2b>  \n\n") == "<object at 0x...>\n"
    assert outputs.normalise("\x1b[1mbold\x1b[0m\n") == "bold\n"
    assert outputs.normalise('File "/work/.venv/lib/python3.11/site-packages/keras/x.py"\n') == (
        'File ".../site-packages/keras/x.py"\n'
    )
    defined_here = (
        "x was defined here:\n"
        '    File "<frozen runpy>", line 88, in _run_code\n'
        '    File "/any/checkout/tests/docs_harness/runner.py", line 119, in run_block\n'
        '    File "docs/page.md:12", line 3, in <module>\n'
    )
    assert (
        outputs.normalise(defined_here)
        == 'x was defined here:\n    File "docs/page.md:12", line 3, in <module>\n'
    )


def test_new_page_scaffold_passes_the_suite(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__).parents[1] / "tools" / "new_page.py"),
            "guides/first",
            "A first guide",
            "--root",
            str(root),
        ],
        check=True,
    )
    run = run_pytest(root, "docs/guides/first.md")
    assert run.returncode == 0, run.stdout
    assert run.outcome("docs/guides/first.md::line 10") == "passed"
    assert not [p for p in layout_problems(Site.load(root / "mkdocs.yml")) if "guides/first" in p]


def test_an_error_page_scaffold_has_the_one_error_layout_and_passes(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    new_page = str(Path(__file__).parents[1] / "tools" / "new_page.py")
    subprocess.run([sys.executable, new_page, "errors/my-error", "My error", "--root", str(root)], check=True)
    text = (root / "docs" / "errors" / "my-error.md").read_text()
    assert ONE_ERROR_PAGE.search(text) and '=== "tf-keras (Keras 2)"' in text
    run = run_pytest(root, "docs/errors/my-error.md")
    assert run.returncode == 0, run.stdout
    assert {outcome for outcome, _ in run.cases.values()} == {"passed"}, run.cases
    assert len(run.cases) == 5, run.cases  # structure, and two blocks in each of two interpreters
    assert not [p for p in layout_problems(Site.load(root / "mkdocs.yml")) if "my-error" in p]


def test_the_output_for_the_installed_releases_is_checked(fixture_run: Run) -> None:
    assert fixture_run.outcome("docs/conditions.md::line 3") == "passed", fixture_run.stdout
    # The main output is stale, but the page shows the installed releases' output separately.
    assert fixture_run.outcome("docs/conditions.md::line 15") == "passed", fixture_run.stdout


def test_a_block_for_other_releases_is_skipped_and_not_run(fixture_run: Run) -> None:
    assert fixture_run.outcome("docs/conditions.md::line 28") == "skipped"
    assert fixture_run.outcome("docs/conditions.md::line 33 [jax]") == "passed"  # not blocked by it


def test_portable_blocks_run_on_every_backend_with_the_same_output(fixture_run: Run) -> None:
    for backend in ("", " [jax]", " [torch]"):
        assert fixture_run.outcome(f"docs/conditions.md::line 33{backend}") == "passed", fixture_run.stdout
    assert fixture_run.outcome("docs/conditions.md::line 42") == "passed"
    message = fixture_run.message("docs/conditions.md::line 42 [jax]")
    assert "docs/conditions.md:42: under jax the block prints something else" in message
    assert "+jax" in message


def test_portable_blocks_may_not_use_tensorflow(fixture_run: Run) -> None:
    message = fixture_run.message("docs/portable_uses_tf.md::structure")
    assert "docs/portable_uses_tf.md:4: marked `portable` but uses TensorFlow" in message
    assert "docs/portable_uses_tf.md:9: 'not a requirement' is not a requirement" in message


def test_a_version_condition_that_applies_to_no_block_fails_the_page(fixture_run: Run) -> None:
    message = fixture_run.message("docs/stray_conditions.md::structure")
    assert "docs/stray_conditions.md:4: `docs:requires` applies to nothing" in message
    assert "docs/stray_conditions.md:16: `docs:output-when` applies to nothing" in message
    assert "docs/stray_conditions.md:21: unknown `docs:require` comment" in message
    assert ":28:" not in message  # the one inside a fence is text, not a condition


def test_require_gpu_stops_the_run_naming_each_backend_without_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Stand-in probes (the real ones ask TensorFlow, JAX and PyTorch): the decision, not the machine.
    probes = {"Seen": "print(1)", "Unseen": "print(0)", "Broken": "import sys; sys.exit('no driver')"}
    monkeypatch.setattr(plugin, "GPU_PROBES", probes)
    with pytest.raises(pytest.exit.Exception) as stopped:
        plugin.require_gpu()
    assert stopped.value.returncode == 3
    message = str(stopped.value)
    assert "Seen sees" not in message
    assert "Unseen sees no GPU\n" in message
    assert "Broken sees no GPU; it said:\nno driver" in message
    monkeypatch.setattr(plugin, "GPU_PROBES", {"Seen": "print(1)"})
    plugin.require_gpu()  # a GPU everywhere: the run goes on


OLDER_VENVS = [Path(__file__).parents[1] / Path(str(e.python)).parts[0] for e in OLDER_RELEASES.values()]


@pytest.mark.skipif(
    not all(venv.exists() for venv in OLDER_VENVS), reason="the older releases' venvs are not installed"
)
def test_blocks_in_a_release_tab_run_in_that_release(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    for venv in OLDER_VENVS:
        (root / venv.name).symlink_to(venv)
    run = run_pytest(root, "docs/older.md")
    # Python 3.8 and TF 2.3 (the printed versions are asserted), TF 2.5's own error asserted exactly,
    # the page's TF 2.3 blocks as one script (`tf` from the first), and its `fit` recorded.
    for test_id in ("line 8 [tf-2.3]", "line 23 [tf-2.5]", "line 40 [tf-2.3]"):
        assert run.outcome(f"docs/older.md::{test_id}") == "passed", run.stdout
    assert run.returncode == 0, run.stdout
    assert "1 fit runs with a finite loss" in run.stdout


def test_a_missing_release_interpreter_skips_its_blocks_naming_it_and_fails_under_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_site(tmp_path)  # no .venv-tf2.3 there
    monkeypatch.delenv("CI", raising=False)
    run = run_pytest(root, "docs/older.md")
    assert run.outcome("docs/older.md::line 8 [tf-2.3]") == "skipped", run.stdout
    message = run.message("docs/older.md::line 8 [tf-2.3]")
    assert "docs/older.md:8: tf-2.3 blocks run in .venv-tf2.3 (Python 3.8), which is not installed" in message
    assert "requirements-tf2.3.lock" in message and "pyenv install 3.8.18" in message
    assert run.returncode == 0, run.stdout
    monkeypatch.setenv("CI", "true")
    run = run_pytest(root, "docs/older.md")
    assert run.outcome("docs/older.md::line 23 [tf-2.5]") == "failure", run.stdout
    assert "CI machines must have it" in run.message("docs/older.md::line 23 [tf-2.5]")


def test_normalise_removes_graph_ids_and_autograph_file_names() -> None:
    message = "because it was defined in FuncGraph(name=train_function, id=140392061794240), which is"
    assert (
        outputs.normalise(message)
        == "because it was defined in FuncGraph(name=train_function, id=...), which is\n"
    )
    frame = 'File "/tmp/__autograph_generated_filekg0tioar.py", line 34, in error_handler'
    assert outputs.normalise(frame) == 'File ".../__autograph_generated_file.py", line 34, in error_handler\n'
