"""MkDocs hook: end every page with the versions it was tested with.

Read from the environment that builds the site, which `make` installs from the same lock the test
suite runs with, so the line cannot drift from what was tested.
"""

from __future__ import annotations

import platform
from importlib.metadata import version
from typing import Any

PACKAGES = {"TensorFlow": "tensorflow", "Keras": "keras", "tf-keras": "tf-keras"}


def tested_with() -> str:
    parts = [f"Python {platform.python_version()}"]
    parts += [f"{name} {version(dist)}" for name, dist in PACKAGES.items()]
    return " · ".join(parts)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    footer = (
        f'\n\n<p class="tested-with" markdown>:material-check-decagram: Tested with {tested_with()}'
        " (CPU). Every code block on this page is executed by the test suite.</p>\n"
    )
    return markdown + footer
