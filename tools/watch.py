"""`make watch PAGE=docs/x.md`: re-run a page each time it or its snippets are saved, in interpreters
that stay imported, and print each block's verdict with its file and line.

The page runners of the suite (docs_harness.runner) are started once per environment the page
uses, so after the first run an edit costs a fork and the page's own code, not a TensorFlow import.
It checks what a block does (raises or not, prints what the page shows, trains); `make page` is
still the full check (structure, every line CI runs) before a pull request.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import tomllib
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from docs_harness import checks, outputs
from docs_harness.contract import ENVIRONMENTS
from docs_harness.mkdocs_site import Site
from docs_harness.pages import Page, parse_page
from docs_harness.plugin import PageRunner, preload_option
from docs_harness.releases import installed

ROOT = Path(__file__).resolve().parents[1]


def preloads(root: Path) -> dict[str, list[str]]:
    """What each environment imports once (pyproject.toml's `docs_preload_*`; none without one)."""
    pyproject = root / "pyproject.toml"
    project = tomllib.loads(pyproject.read_text(encoding="utf-8")) if pyproject.exists() else {}
    ini = project.get("tool", {}).get("pytest", {}).get("ini_options", {})
    return {name: ini.get(preload_option(name), []) for name in ENVIRONMENTS}


class Watcher:
    def __init__(self, site: Site, pages: list[Path]) -> None:
        self.site, self.pages = site, pages
        self.runners: dict[str, PageRunner] = {}
        self.root = site.root
        self.preload = preloads(site.root)
        self.changed = threading.Event()

    def runner(self, environment: str) -> PageRunner | None:
        python = ENVIRONMENTS[environment].python
        if python is not None and not (self.root / python).exists():
            return None
        if environment not in self.runners:
            interpreter = str(self.root / python) if python else sys.executable
            variables = ENVIRONMENTS[environment].variables
            self.runners[environment] = PageRunner(self.preload[environment], variables, 2, interpreter)
        return self.runners[environment]

    def verdicts(self, page: Page) -> list[str]:
        if page.problems:
            return page.problems
        lines, submitted = [], []
        # Every environment's runner first: their imports overlap on the first run.
        for env in dict.fromkeys(env for b in page.blocks for env in b.environments):
            runner = self.runner(env)
            if runner is None:
                lines.append(f"{page.rel}: {env} blocks skipped: {ENVIRONMENTS[env].python} is not installed")
                continue
            blocks = [b for b in page.blocks if env in b.environments and installed(b.requires)]
            with runner.done:
                runner.results.pop(page.rel, None)
            runner.submit(page, blocks)
            submitted.append((env, runner, blocks))
        for env, runner, blocks in submitted:
            result = runner.result(page.rel)
            if "crash" in result:
                return [f"{page.rel}: the page runner crashed:\n{result['crash']}"]
            for b, ran in zip(blocks, result["blocks"], strict=True):
                lines.append(verdict(page, b, env, ran, result["stderr"]))
        return lines

    def run(self) -> None:
        for path in self.pages:
            start = time.perf_counter()
            page = parse_page(self.site, path)
            for line in self.verdicts(page):
                print(line, flush=True)
            print(f"-- {page.rel}: {time.perf_counter() - start:.1f} s; watching for changes", flush=True)


def verdict(page: Page, block, environment: str, ran: dict, stderr: str) -> str:
    where = f"{block.where} [{environment}]"
    if ran["status"] == "not-run":
        return f"{where}: not run: the block at line {ran['blocked_by']} failed"
    problem = checks.raise_problem(page, block, environment, ran["error"], stderr)
    if problem is None:
        shown, fence = checks.shown_output(block)
        names = {b.location: b.name for b in page.blocks}
        actual = outputs.shown_output(ran["stdout"], ran["error"] and ran["error"]["text"], names)
        if shown is not None and actual != shown and fence is not None:
            headline = (
                f"{page.rel}:{fence[0]}: the shown output differs (`make page PAGE={page.rel} UPDATE=1`)"
            )
            problem = str(checks.mismatch(headline, shown, actual, "printed by the code"))
    problem = problem or checks.fit_problem(block.location, block.trains, ran["fits"])
    return problem or f"ok {where}"


class OnSave(FileSystemEventHandler):
    def __init__(self, changed: threading.Event) -> None:
        self.changed = changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not event.is_directory and str(event.src_path).endswith((".md", ".py")):
            self.changed.set()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", type=Path, help="docs/x.md ...")
    parser.add_argument("--root", type=Path, default=ROOT, help="the site's folder (mkdocs.yml)")
    parser.add_argument("--runs", type=int, help="run this many times, then exit (measures the warm loop)")
    args = parser.parse_args()
    site = Site.load(args.root / "mkdocs.yml")
    watcher = Watcher(site, [p.resolve() for p in args.pages])
    watcher.run()
    if args.runs:
        for _ in range(args.runs - 1):
            watcher.run()
        return
    observer = Observer()
    for path in watcher.pages:
        observer.schedule(OnSave(watcher.changed), str(path.parent))
        observer.schedule(OnSave(watcher.changed), str(site.snippet_folder_for(path)), recursive=True)
    observer.start()
    try:
        while True:
            watcher.changed.wait()
            time.sleep(0.2)  # an editor's save is several events
            watcher.changed.clear()
            watcher.run()
    except KeyboardInterrupt:
        observer.stop()


if __name__ == "__main__":
    main()
