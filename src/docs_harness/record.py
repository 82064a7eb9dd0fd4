"""The test results the site shows: what each interpreter ran with, and where each portable block passed.

The suite writes `docs/about/test-results.json` (`make update`) and fails when it is stale, like a
shown output. MkDocs hooks read it: the "runs on" badge above each portable block and the tested
matrix on the versions page are generated from it, never typed.

{"environments": {"jax": {"backend": "jax", "versions": {"python": "3.11", "keras": "3.15.1", ...}}},
 "portable": {"docs/x.md": [{"line": 12, "outcomes": {"keras3": "passed", "jax": "passed", ...}}]}}
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from packaging.markers import Marker
from packaging.utils import canonicalize_name

Record = dict[str, Any]


def load(path: Path) -> Record:
    if not path.exists():
        return {"environments": {}, "portable": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def save(path: Path, record: Record) -> None:
    path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def merged(old: Record, new: Record, pages: set[str]) -> Record:
    """`old` with what this run saw: its environments, and the portable blocks of the pages it ran."""
    portable = {page: blocks for page, blocks in old["portable"].items() if page not in pages}
    portable.update({page: blocks for page, blocks in new["portable"].items() if blocks})
    return {"environments": {**old["environments"], **new["environments"]}, "portable": portable}


def differences(old: Record, new: Record, pages: set[str]) -> list[str]:
    """What the committed record says that this run did not see (only for what this run covered)."""
    found = []
    for env, seen in new["environments"].items():
        if old["environments"].get(env) != seen:
            found.append(f"{env}: recorded {old['environments'].get(env)}, ran with {seen}")
    for page in sorted(pages):
        recorded, ran = old["portable"].get(page, []), new["portable"].get(page, [])
        if recorded != ran:
            found.append(f"{page}: portable blocks recorded {recorded}, this run {ran}")
    return found


# `name==version [; marker]` lines of a uv-compiled (universal) lock file.
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)(?:\s*;\s*([^\\]+?))?\s*\\?$", re.MULTILINE)


def lock_pins(*locks: Path) -> dict[str, str]:
    """The version each lock pins for this interpreter (a universal lock pins per Python version)."""
    pins: dict[str, str] = {}
    for lock in locks:
        for name, version, marker in PIN.findall(lock.read_text(encoding="utf-8")):
            if not marker or Marker(marker).evaluate():
                pins[canonicalize_name(name)] = version
    return pins


def unlocked_versions(record: Record, pins: dict[str, str]) -> list[str]:
    """Distributions an interpreter ran with at another version than the lock pins."""
    return [
        f"{env}: {dist} {version} ran, the lock pins {pins.get(dist)}"
        for env, seen in record["environments"].items()
        for dist, version in seen["versions"].items()
        if dist != "python" and pins.get(dist) != version
    ]
