"""Run each page's blocks in order, in a fresh process per page.

`python -m docs_harness.runner --preload tensorflow keras` imports the heavy libraries once (no op is
run, so no thread pool or graph state exists yet), then forks one child per page job read from stdin.
A child starts with exactly the state of a fresh interpreter that has run `import tensorflow, keras`,
so a page cannot lean on another page's variables, graphs, seeds or layer-name counters. Results are
written as one JSON line per page to stdout.

Job:    {"page": "docs/x.md", "blocks": [{"line": 3, "code": "...", "raises": false}], "out": path}
Result: {"page": ..., "blocks": [{"line", "status", "stdout", "error", "seconds", "fits"}], ...}

The older releases' interpreters run this module too (Python 3.8, contract.OLDER_RELEASES): it and what it
imports (the standard library, `packaging`) keep to what Python 3.8 has.
"""

from __future__ import annotations

import argparse
import builtins
import contextlib
import importlib
import importlib.metadata
import json
import linecache
import os
import platform
import select
import sys
import tempfile
import time
import traceback
from typing import Any

from packaging.utils import canonicalize_name

# Every `fit` a page runs: its history ({metric: [one value per epoch]}) and device; filled in the child.
FITS: list[dict[str, Any]] = []


def record_fits(model_class: type) -> None:
    """Wrap `Model.fit` so the harness sees each run's history (the reader's code is unchanged)."""
    original = model_class.fit
    if getattr(original, "_docs_harness", False):
        return

    def fit(self, *args, **kwargs):
        history = original(self, *args, **kwargs)
        FITS.append(
            {
                "history": {k: [float(v) for v in vs] for k, vs in history.history.items()},
                "device": device_of(self),
            }
        )
        return history

    fit._docs_harness = True
    model_class.fit = fit


def device_of(model) -> str:
    """Where the model's weights live after `fit`, e.g. `CPU:0` or `GPU:0`."""
    for variable in model.variables:
        # A string on TensorFlow, a Device object on JAX and PyTorch.
        device = str(getattr(getattr(variable, "value", variable), "device", "") or "")
        if device:
            return device.rsplit("device:", 1)[-1]
    return "unknown"


def patch_loaded_kerases() -> None:
    # TensorFlow 2.5 and older: `tf.keras` is TensorFlow's own copy, tensorflow.python.keras.
    for name in ("keras", "tf_keras", "tensorflow.python.keras.engine.training"):
        module = sys.modules.get(name)
        model = getattr(module, "Model", None) if module else None
        if isinstance(model, type):
            record_fits(model)


def watch_imports() -> None:
    """Patch Keras as soon as a block imports it, when it was not preloaded."""
    real_import = builtins.__import__

    def importing(*args, **kwargs):
        module = real_import(*args, **kwargs)
        patch_loaded_kerases()
        return module

    builtins.__import__ = importing


@contextlib.contextmanager
def captured_fd(fd: int):
    """Send a file descriptor (C-level writes included) to a temporary file; yield a reader."""
    with tempfile.TemporaryFile() as tmp:
        saved = os.dup(fd)
        os.dup2(tmp.fileno(), fd)
        contents: list[str] = []
        try:
            yield contents
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved, fd)
            os.close(saved)
            tmp.seek(0)
            contents.append(tmp.read().decode("utf-8", "replace"))


def run_block(block: dict[str, Any], namespace: dict[str, Any], page: str) -> dict[str, Any]:
    fits_before = len(FITS)
    error = None
    start = time.perf_counter()
    with captured_fd(1) as stdout:
        try:
            # The filename makes tracebacks point at the page; linecache gives inspect (and so
            # AutoGraph, which reads a function's source) the code, as a script file would.
            filename = f"{page}:{block['line']}"
            linecache.cache[filename] = (len(block["code"]), None, block["code"].splitlines(True), filename)
            # dont_inherit: this module's `from __future__ import annotations` must not leak into the page.
            exec(compile(block["code"], filename, "exec", dont_inherit=True), namespace)
        except BaseException as e:
            error = {
                "type": type(e).__name__,
                # Exactly the last lines of the traceback the reader sees.
                "text": "".join(traceback.format_exception_only(type(e), e)),
                "traceback": "".join(traceback.format_exception(type(e), e, e.__traceback__)),
            }
    return {
        "line": block["line"],
        "status": "error" if error else "ok",
        "stdout": stdout[0],
        "error": error,
        "seconds": time.perf_counter() - start,
        "fits": FITS[fits_before:],
    }


def run_page(job: dict[str, Any]) -> dict[str, Any]:
    """In the child: the page's blocks in order, in one `__main__` namespace, like a pasted script."""
    patch_loaded_kerases()
    watch_imports()
    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
    results: list[dict[str, Any]] = []
    start = time.perf_counter()
    with captured_fd(2) as stderr:
        blocked_by = None  # a reader stops at the first error the page does not expect
        for block in job["blocks"]:
            if blocked_by is not None:
                results.append({"line": block["line"], "status": "not-run", "blocked_by": blocked_by})
                continue
            result = run_block(block, namespace, job["page"])
            results.append(result)
            if result["status"] == "error" and not block["raises"]:
                blocked_by = block["line"]
    return {
        "page": job["page"],
        "blocks": results,
        "stderr": stderr[0][-4000:],
        "seconds": time.perf_counter() - start,
    }


def child(job: dict[str, Any]) -> None:
    try:
        result = run_page(job)
    except BaseException:
        result = {"page": job["page"], "crash": traceback.format_exc(), "blocks": []}
    with open(job["out"], "w", encoding="utf-8") as f:
        json.dump(result, f, allow_nan=True)
    os._exit(0)


def serve(jobs_at_once: int) -> None:
    running: dict[int, dict[str, Any]] = {}

    def reap_one(block: bool = True) -> bool:
        pid, status = os.waitpid(-1, 0 if block else os.WNOHANG)
        if pid == 0:
            return False
        job = running.pop(pid)
        try:
            with open(job["out"], encoding="utf-8") as f:
                result = json.load(f)
        except (OSError, ValueError):
            result = {
                "page": job["page"],
                "blocks": [],
                "crash": f"the page's process died ({describe(status)}) before reporting",
            }
        os.unlink(job["out"])
        print(json.dumps(result), flush=True)
        return True

    # Jobs are read as they come, and each page is reported as soon as it ends: a client that keeps
    # the runner open (tools/watch.py) waits for its page, not for the next job or for EOF.
    pending, stdin_open = b"", True
    while stdin_open or running:
        while running and reap_one(block=False):
            pass
        if not stdin_open:
            reap_one()
            continue
        if not select.select([0], [], [], 0.2 if running else None)[0]:
            continue
        chunk = os.read(0, 1 << 16)
        stdin_open = bool(chunk)
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            job = json.loads(line)
            job["out"] = tempfile.mkstemp(prefix="docs-page-", suffix=".json")[1]
            while len(running) >= jobs_at_once:
                reap_one()
            pid = os.fork()
            if pid == 0:
                child(job)
            running[pid] = job


def describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit code {os.WEXITSTATUS(status)}"


def versions(modules: list[str]) -> dict[str, str]:
    """Python's minor version and the distributions that provide the preloaded modules."""
    found = {"python": ".".join(platform.python_version_tuple()[:2])}
    providers = packages_distributions()
    for module in modules:
        for dist in providers.get(module.split(".")[0], []):
            found[canonicalize_name(dist)] = importlib.metadata.version(dist)
    return found


def packages_distributions() -> dict[str, list[str]]:
    """Top-level module -> distributions, as `importlib.metadata.packages_distributions` (Python 3.10+)."""
    if hasattr(importlib.metadata, "packages_distributions"):
        return importlib.metadata.packages_distributions()
    found: dict[str, list[str]] = {}
    for dist in importlib.metadata.distributions():  # Python 3.8: from each wheel's top_level.txt
        for module in (dist.read_text("top_level.txt") or "").split():
            found.setdefault(module, []).append(dist.metadata["Name"])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--preload", nargs="*", default=[], help="modules to import before forking")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    for module in args.preload:
        importlib.import_module(module)
    print(
        json.dumps({"ready": True, "preloaded": args.preload, "versions": versions(args.preload)}), flush=True
    )
    serve(args.jobs)


if __name__ == "__main__":
    main()
