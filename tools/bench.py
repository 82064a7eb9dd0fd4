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
RESULTS = ROOT / "snippets" / "about" / "how-this-site-is-tested" / "bench.md"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}


def timed(*command: str) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    if not RESULTS.exists():  # the page includes it, and the strict build below checks includes
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text("Not measured yet: run `make bench`.\n", encoding="utf-8")
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
    table = f"| Measure ({os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}) | Value |\n|---|---|\n"
    table += "".join(f"| {name} | {value} |\n" for name, value in rows)
    print(table, end="")
    RESULTS.write_text(table, encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)} (shown on docs/about/how-this-site-is-tested.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
