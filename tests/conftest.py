"""The docs harness is loaded as a plugin from pyproject.toml (`-p docs_harness.plugin`)."""

pytest_plugins = ["pytester"]
