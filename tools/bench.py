"""`make bench`: how fast the site builds and proves itself, against the floor.

Reports the strict build time, the whole suite's wall time, the floor (one TensorFlow + Keras
import plus the sum of every block's own run time) and the per-block overhead of the harness.

A block's own run time is measured with nothing else running: one interpreter at a time, one page
at a time (`--docs-environment`, `--docs-jobs=1`). Timed inside the parallel suite, blocks share the
cores and each looks slower than it is, which would make the floor too easy to beat. Run it on an
idle machine: the numbers are wall-clock times.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docs_harness.contract import ENVIRONMENTS

ROOT = Path(__file__).resolve().parents[1]

RESULTS = ROOT / "snippets" / "about" / "how-this-site-is-tested" / "bench.md"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}
PYTEST = (sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider")


def timed(*command: str) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def blocks_alone(tmp: Path) -> tuple[list[float], dict[str, float]]:
    """Each block's run time and each interpreter's import time, with nothing else running."""
    seconds: list[float] = []
    imports: dict[str, float] = {}
    for environment in ENVIRONMENTS:
        python = ENVIRONMENTS[environment].python
        if python is not None and not (ROOT / python).exists():
            continue  # an older release without its venv (no Python 3.8 here): its blocks were skipped
        timings = tmp / f"{environment}.json"
        timed(
            *PYTEST, "docs", f"--docs-environment={environment}", "--docs-jobs=1", f"--docs-timings={timings}"
        )
        report = json.loads(timings.read_text(encoding="utf-8"))
        seconds += [s for page in report["pages"] for s in page["blocks"].values()]
        imports[environment] = report["import_seconds"][environment]
    return seconds, imports


def main() -> int:
    if not RESULTS.exists():  # the page includes it, and the strict build below checks includes
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text("Not measured yet: run `make bench`.\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        build = timed(
            sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", f"{tmp}/site"
        )
        tf_import = timed(sys.executable, "-c", "import tensorflow, keras")
        suite = timed(*PYTEST)
        blocks, imports = blocks_alone(Path(tmp))
    floor = tf_import + sum(blocks)
    rows = [
        ("strict build", f"{build:.1f} s"),
        ("whole suite (make test)", f"{suite:.1f} s"),
        ("one TensorFlow + Keras import", f"{tf_import:.1f} s"),
        (f"{len(blocks)} blocks, each run alone", f"{sum(blocks):.1f} s"),
        ("floor: one import + the blocks", f"{floor:.1f} s"),
        ("suite / floor", f"{suite / floor:.2f}"),
        ("harness overhead per block: (suite - floor) / blocks", f"{(suite - floor) / len(blocks):.2f} s"),
    ]
    rows += [(f"import in the {env} runner, alone", f"{s:.1f} s") for env, s in imports.items()]
    table = f"| Measure ({os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}) | Value |\n|---|---|\n"
    table += "".join(f"| {name} | {value} |\n" for name, value in rows)
    print(table, end="")
    RESULTS.write_text(table, encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)} (shown on docs/about/how-this-site-is-tested.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
