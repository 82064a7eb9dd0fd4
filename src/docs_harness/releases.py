"""Which releases this environment has: the test of a `docs:requires` / `docs:output-when` condition."""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata

from packaging.requirements import Requirement


@functools.cache  # asked at collection and again per block and per shown output
def installed(spec: str | None) -> bool:
    """Whether this environment has the releases a requirement like `keras<3.5` asks for.

    The page runners and notebook kernels run this interpreter's environment, so its metadata
    answers for them.
    """
    if spec is None:
        return True
    requirement = Requirement(spec)
    try:
        have = importlib.metadata.version(requirement.name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return requirement.specifier.contains(have, prereleases=True)


# The packages whose releases name a line in messages (the oldest line is TensorFlow 2.16, Keras 3.4).
LINE_PACKAGES = {"tensorflow": "TensorFlow", "keras": "Keras", "tf-keras": "tf-keras"}


@functools.cache
def this_line() -> str:
    """`TensorFlow 2.16.2, Keras 3.4.1, tf-keras 2.16.0`: the releases this environment runs."""
    versions = line_versions()
    return ", ".join(f"{LINE_PACKAGES[package]} {have}" for package, have in versions.items())


def line_versions() -> dict[str, str]:
    versions = {}
    for package in LINE_PACKAGES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[package] = importlib.metadata.version(package)
    return versions


def is_pinned_line(pins: dict[str, str]) -> bool:
    """Whether this environment runs the pins of a lock (the newest line's, for the site's pages)."""
    return all(pins.get(package, have) == have for package, have in line_versions().items())
