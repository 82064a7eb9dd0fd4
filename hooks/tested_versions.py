"""MkDocs hook: end every page (Markdown and notebook) with the versions it was tested with.

Read from the environment that builds the site, which `make` installs from the same lock the test
suite runs with, so the line cannot drift from what was tested.
"""

from __future__ import annotations

import platform
from importlib.metadata import version
from typing import Any

PACKAGES = {"TensorFlow": "tensorflow", "Keras": "keras", "tf-keras": "tf-keras", "JAX": "jax"}


def tested_with() -> str:
    parts = [f"Python {platform.python_version()}"]
    parts += [f"{name} {version(dist)}" for name, dist in PACKAGES.items()]
    return " · ".join(parts)


def on_page_content(html: str, page: Any, **_: Any) -> str:
    # After rendering, so notebook pages (rendered by mkdocs-jupyter) get the line too.
    return (
        html + f'\n<p class="tested-with"><small>Tested with {tested_with()} (CPU). Every code block '
        "on this page is executed by the test suite.</small></p>\n"
    )
