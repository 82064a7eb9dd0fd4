"""Which releases this environment has: the test of a `docs:requires` / `docs:output-when` condition."""

from __future__ import annotations

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
