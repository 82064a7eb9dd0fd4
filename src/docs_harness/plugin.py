"""pytest plugin: one test per Python block on the site, run page by page in a fresh process.

Test IDs read `docs/page.md::line 42`; a failure names `docs/page.md:42`. Each page also gets a
`structure` test that fails for anything the reader sees but the suite would not execute.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from . import checks, notebooks, outputs, record
from .contract import DEFAULT_ENVIRONMENT, ENVIRONMENTS, LOCKS, MARKS, OLDER_RELEASES, RECORD, VERSIONS_PAGE
from .mkdocs_site import Site
from .pages import Block, Page, parse_page
from .releases import installed, is_pinned_line, this_line


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("docs_mkdocs_config", "mkdocs.yml of the site whose pages are tested", default="mkdocs.yml")
    # Defaults from the contract, which the hooks read too; a fixture site may set its own.
    parser.addini(
        "docs_results", "JSON record of versions and portable-block outcomes the site shows", default=RECORD
    )
    parser.addini(
        "docs_results_page",
        "the page that shows the record; its item checks the record is current",
        default=f"docs/{VERSIONS_PAGE}",
    )
    parser.addini(
        "docs_locks",
        "lock files whose pins every interpreter must run with",
        type="args",
        default=list(LOCKS),
    )
    for environment in ENVIRONMENTS:
        parser.addini(
            preload_option(environment),
            f"modules the {environment} page runner imports once, before forking",
            type="args",
            default=[],
        )
    group = parser.getgroup("docs", "documentation blocks")
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the shown output blocks with what the code prints now",
    )
    group.addoption(
        "--require-gpu",
        action="store_true",
        help="fail at once unless TensorFlow sees a GPU (it falls back to the CPU silently)",
    )
    group.addoption(
        "--docs-timings",
        metavar="PATH",
        help="write each block's own run time and each runner's import time as JSON (make bench)",
    )
    group.addoption(
        "--docs-jobs",
        type=int,
        metavar="N",
        default=os.cpu_count() or 1,
        help="pages each interpreter runs at once (default: one per core; 1 times each block alone)",
    )
    group.addoption(
        "--docs-environment",
        action="append",
        choices=list(ENVIRONMENTS),
        help="run only the blocks of this interpreter (repeat for several; make bench times each alone)",
    )
    group.addoption(
        "--device-report",
        action="store_true",
        help="print the device each `fit` ran on (and add it to $GITHUB_STEP_SUMMARY when set)",
    )


def preload_option(environment: str) -> str:
    return "docs_preload_" + environment.replace("-", "_").replace(".", "_")


# Pages train on tiny data for a few steps; anything this slow is stuck, not thorough.
PAGE_TIMEOUT_S = 300
# Each backend's own answer to "which GPUs do you see?", each in its own process (see require_gpu).
GPU_PROBES = {
    "TensorFlow": "import tensorflow as tf; print(len(tf.config.list_physical_devices('GPU')))",
    "JAX": "import jax; print(sum(d.platform == 'gpu' for d in jax.devices()))",
    "PyTorch": "import torch; print(torch.cuda.device_count())",
}


def require_gpu() -> None:
    # Separate processes: initialising CUDA in the page runners' parent would break their forks.
    missing = []
    for backend, probe in GPU_PROBES.items():
        run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        gpus = int(run.stdout.strip() or 0) if run.stdout.strip().isdigit() else 0
        print(f"--require-gpu: {backend} sees {gpus} GPU(s)")
        if gpus == 0:
            said = run.stderr.strip()[-600:]  # the backend's own reason, when it gives one
            missing.append(f"{backend} sees no GPU" + (f"; it said:\n{said}" if said else ""))
    if missing:
        pytest.exit(
            "--require-gpu: a backend sees no GPU, so its blocks would silently run on the CPU. Install "
            "the CUDA builds (`make gpu-test` does: tensorflow[and-cuda], jax[cuda12], torch) on a "
            "machine with an NVIDIA driver.\n" + "\n".join(missing),
            returncode=3,
        )


DocsFailure = checks.Failure  # a block did not do what its page says; the message names page and line


class PageRunner:
    """Client of `docs_harness.runner`: pages are submitted once the selection is known."""

    def __init__(self, preload: list[str], variables: dict[str, str], jobs: int, python: str) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the runner
        # Another interpreter gets only the harness on its path, not this one's site-packages.
        path = sys.path if python == sys.executable else [str(Path(__file__).parent.parent)]
        self.process = subprocess.Popen(
            [python, "-m", "docs_harness.runner", f"--jobs={jobs}", "--preload", *preload],
            stdin=subprocess.PIPE,
            start_new_session=True,  # its forked pages share the group, so one killpg ends all
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            env={**os.environ, **variables, "PYTHONPATH": os.pathsep.join(path)},
        )
        self.results: dict[str, dict[str, Any]] = {}
        self.done = threading.Condition()
        self.started = time.perf_counter()
        self.import_seconds: float | None = None  # how long the preload took, once ready
        self.versions: dict[str, str] = {}  # what the interpreter runs with, once ready
        threading.Thread(target=self._read, daemon=True).start()

    def submit(self, page: Page, blocks: list[Block]) -> None:
        blocks = [{"line": b.line, "code": b.code, "raises": b.raises} for b in blocks]
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"page": page.rel, "blocks": blocks}) + "\n")
        self.process.stdin.flush()

    def close_input(self) -> None:
        if self.process.stdin and not self.process.stdin.closed:
            self.process.stdin.close()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            message = json.loads(line)
            if message.get("ready"):
                self.import_seconds = time.perf_counter() - self.started
                self.versions = message["versions"]
            if "page" in message:
                with self.done:
                    self.results[message["page"]] = message
                    self.done.notify_all()
        with self.done:
            self.done.notify_all()

    def result(self, page: str) -> dict[str, Any]:
        deadline = time.monotonic() + PAGE_TIMEOUT_S
        with self.done:
            while page not in self.results and self.process.poll() is None:
                if time.monotonic() > deadline:
                    raise DocsFailure(
                        f"{page}: no result after {PAGE_TIMEOUT_S} s; a page should run in seconds"
                    )
                self.done.wait(timeout=1)
            if page in self.results:
                return self.results[page]
        self.log.seek(0)
        tail = self.log.read().decode("utf-8", "replace")[-3000:]
        raise DocsFailure(f"the page runner stopped before reporting {page}:\n{tail}")

    def stop(self) -> None:
        self.close_input()
        try:
            self.process.wait(timeout=PAGE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


class DocsSession:
    """State shared by all doc items of one pytest run."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.update = bool(config.getoption("update_outputs"))
        self.site = Site.load(config.rootpath / config.getini("docs_mkdocs_config"))
        self.runners: dict[str, PageRunner] = {}
        self.edits: dict[Path, list[tuple[tuple[int, int], str]]] = {}
        self.stats: Counter[str] = Counter()
        self.devices: list[tuple[str, str, list[float]]] = []  # block, device, losses
        self.portable: dict[str, dict[int, dict[str, str]]] = {}  # page -> line -> environment -> outcome
        self.ran_pages: dict[str, int] = {}  # page -> how many portable (block, backend) items it has
        self.notebook_pool: ThreadPoolExecutor | None = None

    def runner(self, environment: str) -> PageRunner:
        if environment not in self.runners:  # started at its first page
            preload = self.config.getini(preload_option(environment))
            jobs = self.config.getoption("docs_jobs")
            python = self.python(environment)
            assert python is not None, self.missing(environment)  # collect() submits to none such
            variables = ENVIRONMENTS[environment].variables
            self.runners[environment] = PageRunner(preload, variables, jobs, python)
        return self.runners[environment]

    def python(self, environment: str) -> str | None:
        """The interpreter that runs the environment's blocks; None where it is not installed."""
        relative = ENVIRONMENTS[environment].python
        if relative is None:
            return sys.executable
        python = self.config.rootpath / relative
        return str(python) if python.exists() else None

    def missing(self, environment: str) -> str:
        """Why an older release's blocks cannot run here, and how to get its interpreter."""
        venv = Path(str(ENVIRONMENTS[environment].python)).parts[0]
        return (
            f"{venv} (Python 3.8), which is not installed: `make test` makes it from "
            f"requirements-{venv.removeprefix('.venv-')}.lock when it finds Python 3.8 (python3.8 on "
            "PATH, or pyenv's: `pyenv install 3.8.18`)"
        )

    @functools.cached_property
    def newest_line(self) -> bool:
        """Whether this run has the locks' releases: the line whose outputs a page shows first."""
        locks = [self.config.rootpath / lock for lock in self.config.getini("docs_locks")]
        return is_pinned_line(record.lock_pins(*(lock for lock in locks if lock.exists())))

    def is_page(self, path: Path) -> bool:
        return path.suffix == ".md" and path.resolve().is_relative_to(self.site.docs_dir)

    def is_notebook(self, path: Path) -> bool:
        return path.suffix == ".ipynb" and path.resolve().is_relative_to(self.site.docs_dir)

    def ran_record(self) -> record.Record:
        """This run's record: each started interpreter and each portable block's outcomes."""
        return {
            "environments": {
                env: {"backend": ENVIRONMENTS[env].variables["KERAS_BACKEND"], "versions": runner.versions}
                for env, runner in self.runners.items()
                if runner.versions and env not in OLDER_RELEASES
            },
            "portable": {
                page: [{"line": line, "outcomes": outcomes} for line, outcomes in sorted(blocks.items())]
                for page, blocks in self.portable.items()
            },
        }


SESSION = pytest.StashKey[DocsSession]()


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("require_gpu"):
        require_gpu()
    for mark, meaning in MARKS.items():
        config.addinivalue_line("markers", f"{mark}: {meaning}")
    config.stash[SESSION] = DocsSession(config)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    docs = parent.config.stash[SESSION]
    if docs.is_page(file_path):
        return DocPage.from_parent(parent, path=file_path)
    if docs.is_notebook(file_path):
        return NotebookPage.from_parent(parent, path=file_path)
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The record is checked after every block it describes has run.
    items.sort(key=lambda item: isinstance(item, ResultsRecord))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Submit what the run selected, after `-k`, `-m`, `--lf` and `--deselect` have applied.

    Each page goes to each interpreter once, with its blocks for that interpreter up to the last
    one selected: a later block needs what the earlier ones defined, never what comes after it.
    """
    docs = session.config.stash[SESSION]
    if session.config.option.collectonly:
        return  # nothing will run: start no interpreter
    last: dict[tuple[str, str], int] = {}
    pages: dict[str, Page] = {}
    for item in session.items:
        if isinstance(item, BlockItem) and docs.python(item.environment) is not None:
            key = (item.page.rel, item.environment)
            last[key] = max(last.get(key, 0), item.block.line)
            pages[item.page.rel] = item.page
    for (rel, env), line in last.items():
        script = [b for b in pages[rel].blocks if env in b.environments and b.line <= line]
        docs.runner(env).submit(pages[rel], [b for b in script if installed(b.requires)])
    docs.stats["pages"] += len(pages)
    for runner in docs.runners.values():
        runner.close_input()  # a runner exits once the submitted pages are done
    selected = [item for item in session.items if isinstance(item, NotebookItem)]
    if selected:  # each in its own kernel, all at once: one waiting for another leaves a core idle
        docs.notebook_pool = ThreadPoolExecutor(max_workers=len(selected))
        for item in selected:
            item.run = docs.notebook_pool.submit(notebooks.execute, item.path)


def pytest_sessionfinish(session: pytest.Session) -> None:
    docs = session.config.stash[SESSION]
    for runner in docs.runners.values():
        runner.stop()
    if docs.notebook_pool is not None:
        docs.notebook_pool.shutdown(cancel_futures=True)
    timings = session.config.getoption("docs_timings")
    if timings:
        write_timings(Path(timings), docs)
    for path, edits in docs.edits.items():
        for fence, content in sorted(edits, reverse=True):  # bottom-up keeps line numbers valid
            outputs.rewrite_fence(path, fence, content)


def write_timings(path: Path, docs: DocsSession) -> None:
    runners = docs.runners.items()
    report = {
        "import_seconds": {env: runner.import_seconds for env, runner in runners},
        "pages": [
            {
                "page": page,
                "environment": env,
                "seconds": result.get("seconds", 0.0),
                "blocks": {str(b["line"]): b.get("seconds", 0.0) for b in result["blocks"]},
            }
            for env, runner in runners
            for page, result in runner.results.items()
        ],
    }
    path.write_text(json.dumps(report, indent=1), encoding="utf-8")


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    stats = config.stash[SESSION].stats
    if stats["pages"] or stats["notebooks"]:
        terminalreporter.write_sep("-", "documentation blocks")
        notebooks_run = f" and {stats['notebooks']} notebooks" if stats["notebooks"] else ""
        terminalreporter.write_line(
            f"{stats['blocks']} blocks executed on {stats['pages']} pages{notebooks_run}: "
            f"{stats['outputs']} shown outputs checked, {stats['raises']} expected errors "
            f"asserted, {stats['fits']} fit runs with a finite loss"
            + (f", {stats['updated']} outputs rewritten" if stats["updated"] else "")
        )
    if config.getoption("device_report"):
        report_devices(terminalreporter, config.stash[SESSION].devices)


def report_devices(terminalreporter: Any, devices: list[tuple[str, str, list[float]]]) -> None:
    terminalreporter.write_sep("-", "device of each training run")
    rows = ["| Block | Device | Loss, first epoch | Loss, last epoch |", "|---|---|---|---|"]
    for where, device, losses in devices:
        terminalreporter.write_line(
            f"--device {where}: fit ran on {device}, loss {losses[0]:.4g} -> {losses[-1]:.4g}"
        )
        rows.append(f"| `{where}` | {device} | {losses[0]:.4g} | {losses[-1]:.4g} |")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as f:
            f.write("### Device of each training run\n\n" + "\n".join(rows) + "\n")


def item_name(block: Block, environment: str) -> str:
    """`line 42`, or `line 42 [jax]` for a block run in another interpreter."""
    suffix = f" [{environment}]" if environment != DEFAULT_ENVIRONMENT else ""
    return f"line {block.line}{suffix}"


class DocPage(pytest.File):
    def collect(self):
        docs = self.config.stash[SESSION]
        page = parse_page(docs.site, self.path)
        yield PageStructure.from_parent(self, name="structure", page=page)
        only = self.config.getoption("docs_environment")
        # The record describes every interpreter: a run of some of them cannot check it.
        if self.config.getini("docs_results_page") == page.rel and not only:
            yield ResultsRecord.from_parent(self, name="test results record")
        if page.problems:
            return
        environments = [
            env
            for env in dict.fromkeys(env for b in page.blocks for env in b.environments)
            if not only or env in only
        ]
        # Nothing is submitted here: pytest_collection_finish submits what the selection kept.
        docs.ran_pages[page.rel] = sum(len(b.environments) for b in page.blocks if b.portable)
        for block in page.blocks:
            for env in block.environments:
                if env not in environments:
                    continue
                yield BlockItem.from_parent(
                    self, name=item_name(block, env), page=page, block=block, environment=env
                )


class NotebookPage(pytest.File):
    """A notebook page: one item, which runs it top to bottom in a fresh kernel (see `notebooks`)."""

    def collect(self):
        only = self.config.getoption("docs_environment")
        if not only or DEFAULT_ENVIRONMENT in only:  # its kernel runs Keras 3 on TensorFlow
            yield NotebookItem.from_parent(self, name="notebook")


class DocsItem(pytest.Item):
    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DocsFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)


class PageStructure(DocsItem):
    """Fails, naming file:line, for anything on the page the suite would not execute."""

    def __init__(self, *, page: Page, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.page = page

    def runtest(self) -> None:
        if self.page.problems:
            raise DocsFailure("\n".join(self.page.problems))

    def reportinfo(self):
        return self.path, 0, f"{self.page.rel}: structure"


class BlockItem(DocsItem):
    def __init__(self, *, page: Page, block: Block, environment: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.page = page
        self.block = block
        self.environment = environment
        for mark in block.marks:
            self.add_marker(mark.removeprefix("pytest.mark."))

    def reportinfo(self):
        return self.path, self.block.line - 1, f"{self.block.location}"

    def runtest(self) -> None:
        docs = self.config.stash[SESSION]
        if docs.python(self.environment) is None:
            why = f"{self.block.location}: {self.environment} blocks run in {docs.missing(self.environment)}"
            if os.environ.get("CI", "").lower() == "true":
                raise DocsFailure(why + "; CI machines must have it")
            pytest.skip(why)
        if not installed(self.block.requires):
            pytest.skip(f"{self.block.location}: the page says it needs {self.block.requires}")
        if not self.block.portable:
            self.run_block(docs)
            return
        outcomes = docs.portable.setdefault(self.block.page, {}).setdefault(self.block.line, {})
        outcomes[self.environment] = "failed"
        self.run_block(docs)
        outcomes[self.environment] = "passed"

    def run_block(self, docs: DocsSession) -> None:
        page = docs.runner(self.environment).result(self.block.page)
        if "crash" in page:
            raise DocsFailure(f"{self.block.page}: the page runner crashed:\n{page['crash']}")
        result = next(r for r in page["blocks"] if r["line"] == self.block.line)
        self.user_properties.append(("seconds", result.get("seconds", 0.0)))
        where = self.block.location
        if result["status"] == "not-run":
            raise DocsFailure(f"{where}: not run: the block at line {result['blocked_by']} failed")
        docs.stats["blocks"] += 1
        error = result["error"]
        problem = checks.raise_problem(self.page, self.block, self.environment, error, page["stderr"])
        if problem:
            raise DocsFailure(problem)
        names = {b.location: b.name for b in self.page.blocks}
        self.check_output(docs, outputs.shown_output(result["stdout"], error and error["text"], names))
        self.check_fits(docs, result["fits"])

    def check_output(self, docs: DocsSession, actual: str) -> None:
        shown, fence = checks.shown_output(self.block)
        if shown is None:
            return
        docs.stats["outputs"] += 1
        docs.stats["raises"] += self.block.raises
        if actual == shown:
            return
        if self.environment != self.block.environments[0]:
            raise checks.mismatch(
                f"{self.block.location}: under {self.environment} the block prints something else; "
                "a portable block must print the same on every backend",
                shown,
                actual,
                self.environment,
            )
        assert fence is not None
        where = f"{self.block.page}:{fence[0]}"
        own_fence = fence != self.block.output_fence  # an output-when fence for this line matched
        if not docs.newest_line and not own_fence:
            # Rewriting the newest line's output with this line's would make the page wrong there.
            raise checks.mismatch(
                f"{where}: on this line ({this_line()}) the block prints something else than the page "
                "shows for the newest line. Add this line's output after the output fence, introduced "
                "by `<!--docs:output-when keras<X-->` (the release where it changed; CONTRIBUTING.md, "
                f'"Other releases"), then `make page PAGE={self.block.page} UPDATE=1` fills it',
                shown,
                actual,
                "printed by the code",
            )
        if docs.update:
            docs.edits.setdefault(self.path, []).append((fence, actual))
            docs.stats["updated"] += 1
            return
        fix = f"if this is right, `make page PAGE={self.block.page} UPDATE=1` rewrites it on every line"
        if self.block.raises:
            changed = checks.error_type_change(shown, actual)
            if changed:
                raise DocsFailure(f"{where}: {changed}")
            headline = f"{where}: the error message changed ({fix})"
        else:
            headline = f"{where}: the shown output is stale ({fix})"
        raise checks.mismatch(
            headline + f"; the code: {self.block.where}", shown, actual, "printed by the code"
        )

    def check_fits(self, docs: DocsSession, fits: list[dict[str, Any]]) -> None:
        problem = checks.fit_problem(self.block.location, self.block.trains, fits)
        if problem:
            raise DocsFailure(problem)
        for fit in fits:
            docs.stats["fits"] += 1
            docs.devices.append((self.block.location, fit["device"], fit["history"]["loss"]))


class NotebookItem(DocsItem):
    """Every cell runs, and each shows what it prints now (`--update-outputs` stores it)."""

    run: Future[Any] | None = None  # submitted after selection (pytest_collection_finish)

    def runtest(self) -> None:
        docs = self.config.stash[SESSION]
        assert self.run is not None, "the notebook was not submitted"
        executed = self.run.result()
        docs.stats["notebooks"] += 1
        if docs.update:
            notebooks.store_outputs(self.path, executed)
            return
        found = notebooks.problems(self.path, docs.site.rel(self.path), executed)
        if found:
            raise DocsFailure("\n".join(found))

    def reportinfo(self):
        return self.path, 0, f"{self.config.stash[SESSION].site.rel(self.path)}: notebook"


class ResultsRecord(DocsItem):
    """The record the site's badges and versions page are generated from matches this run."""

    def runtest(self) -> None:
        docs = self.config.stash[SESSION]
        path = self.config.rootpath / self.config.getini("docs_results")
        ran = docs.ran_record()
        locks = [self.config.rootpath / lock for lock in self.config.getini("docs_locks")]
        unlocked = record.unlocked_versions(ran, record.lock_pins(*locks))
        if unlocked:
            raise DocsFailure(
                "the suite did not run with the locked versions (run `make test`, which installs them):\n"
                + "\n".join(unlocked)
            )
        # Pages whose portable items all ran (a `-k` selection may have left some out).
        pages = {
            page
            for page, items in docs.ran_pages.items()
            if sum(map(len, docs.portable.get(page, {}).values())) == items
        }
        recorded = record.load(path)
        if docs.update:
            record.save(path, record.merged(recorded, ran, pages))
            return
        stale = record.differences(recorded, ran, pages)
        if stale:
            raise DocsFailure(
                f"{docs.site.rel(path)}:1: stale (run `make update` if this is right):\n" + "\n".join(stale)
            )

    def reportinfo(self):
        return self.path, 0, f"{self.config.getini('docs_results')}: current"


@pytest.fixture(scope="session")
def docs_site(pytestconfig: pytest.Config) -> Site:
    """The site under test, as configured by `docs_mkdocs_config`."""
    return pytestconfig.stash[SESSION].site
