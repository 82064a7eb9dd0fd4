"""`make bench`: how fast the site builds and proves itself, against the floor.

Reports the strict build time, the whole suite's wall time, the floor (one TensorFlow + Keras
import plus the sum of every block's own run time) and the per-block overhead of the harness. Run it
on an idle machine: the numbers are wall-clock times.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}


def timed(*command: str) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        timings = Path(tmp) / "timings.json"
        build = timed(
            sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", f"{tmp}/site"
        )
        tf_import = timed(sys.executable, "-c", "import tensorflow, keras")
        suite = timed(
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--docs-timings={timings}"
        )
        report = json.loads(timings.read_text(encoding="utf-8"))
    blocks = [s for page in report["pages"] for s in page["blocks"].values()]
    floor = tf_import + sum(blocks)
    rows = [
        ("strict build", f"{build:.1f} s"),
        ("whole suite (make test)", f"{suite:.1f} s"),
        ("one TensorFlow + Keras import", f"{tf_import:.1f} s"),
        (f"{len(blocks)} blocks, their own run time", f"{sum(blocks):.1f} s"),
        ("floor: one import + the blocks", f"{floor:.1f} s"),
        ("suite / floor", f"{suite / floor:.2f}"),
        ("harness overhead per block: (suite - floor) / blocks", f"{(suite - floor) / len(blocks):.2f} s"),
    ]
    rows += [
        (f"import in the {env} runner", f"{s:.1f} s") for env, s in report["import_seconds"].items() if s
    ]
    print(f"| Measure ({os.cpu_count()} cores) | Value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
