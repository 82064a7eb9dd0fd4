"""The rules a page is written to, in one place: read by the plugin, the MkDocs hooks, the browser
checks and the tools alike, so that adding an environment (an older release, a backend) or a
comment is one entry here.

- which fences run (languages) and which would look like Python to a reader;
- the comment syntax above a block (`<!--pytest.mark.*-->`, `<!--docs:requires ...-->`, ...);
- the environments a block can run in (interpreter and variables), the tab titles that select each;
- the files the suite reads and writes (the record, the locks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Fences the suite executes; any other fence a reader would take for Python fails the page.
EXECUTED_LANGUAGES = frozenset({"python", "py", "python3", "py3"})
PYTHON_LOOKING = EXECUTED_LANGUAGES | {"pycon", "ipython", "ipython3", "python-repl", "pyi"}

# Written on a page as <!--pytest.mark.NAME--> before a block (the pytest-codeblocks syntax).
MARKS = {
    "raises": "the block is meant to fail; the output block after it holds the exact error",
    "trains": "the block calls fit: it must run, with a finite loss that decreases over its epochs",
    "portable": "the block uses keras.ops only: it also runs with KERAS_BACKEND=jax and torch",
}
ALLOWED_MARKS = frozenset(f"pytest.mark.{name}" for name in MARKS)
PORTABLE_MARK = re.compile(r"^(?P<indent>[ \t]*)<!--\s*pytest\.mark\.portable\s*-->[ \t]*$", re.MULTILINE)
# Version conditions, written as requirements (`keras<3.5`): a block that needs newer releases than
# the oldest tested line, and the output a block prints on other releases (shown after the main one).
REQUIRES = re.compile(r"^(?P<indent>[ \t]*)<!--\s*docs:requires\s+(?P<spec>.+?)\s*-->[ \t]*$", re.MULTILINE)
OUTPUT_WHEN = re.compile(r"^\s*<!--\s*docs:output-when\s+(?P<spec>.+?)\s*-->\s*$")
# Any `docs:` comment: one that the two above do not attach to a block would silently do nothing.
DOCS_COMMENT = re.compile(r"^\s*<!--\s*docs:(?P<name>[\w-]*)")
COMMENT_LINE = re.compile(r"^[ \t]*<!--.*-->[ \t]*$")
TAB_TITLE = re.compile(r'^(?P<indent>[ \t]*)===[+!]*[ \t]+"(?P<title>[^"]*)"')

# A page of one error: its H1 is the message, and its first screen starts with this, in bold.
ONE_ERROR_LEAD = "When you meet it:"
ONE_ERROR_PAGE = re.compile(rf"^\*\*{re.escape(ONE_ERROR_LEAD)}\*\*", re.MULTILINE)


@dataclass(frozen=True)
class Environment:
    """What a block runs in: an interpreter (pytest's or a venv's) and variables set before Keras loads."""

    name: str  # in test ids and --docs-environment: `docs/page.md::line 42 [tf-keras]`
    label: str  # as readers know it
    variables: dict[str, str]  # set before the first import of TensorFlow or Keras
    tab: re.Pattern[str] | None = None  # a content tab whose title matches selects it
    backend: str | None = None  # the backend a portable block's badge names
    python: str | None = None  # another venv's interpreter (relative to the root); None: pytest's own
    lock: str | None = None  # that venv's lock
    release: str | None = None  # the tab title of an older release ("TF 2.3")


KERAS3 = {"TF_USE_LEGACY_KERAS": "0"}
ENVIRONMENTS = {
    i.name: i
    for i in (
        # Older releases first: "TF 2.5 (tf.keras 2.5)" also names Keras 2.
        Environment(
            "tf-2.3",
            "TensorFlow 2.3 with its tf.keras",
            {"KERAS_BACKEND": "tensorflow"},
            re.compile(r"^TF 2\.3\b"),
            python=".venv-tf2.3/bin/python",
            lock="requirements-tf2.3.lock",
            release="TF 2.3",
        ),
        Environment(
            "tf-2.5",
            "TensorFlow 2.5 with its tf.keras",
            {"KERAS_BACKEND": "tensorflow"},
            re.compile(r"^TF 2\.5\b"),
            python=".venv-tf2.5/bin/python",
            lock="requirements-tf2.5.lock",
            release="TF 2.5",
        ),
        Environment(
            "tf-keras",
            "Keras 2 (tf-keras) on TensorFlow",
            {"TF_USE_LEGACY_KERAS": "1", "KERAS_BACKEND": "tensorflow"},
            re.compile(r"\b(tf-keras|tf_keras|keras 2)\b", re.IGNORECASE),
        ),
        Environment(
            "jax",
            "Keras 3 on JAX",
            {**KERAS3, "KERAS_BACKEND": "jax"},
            re.compile(r"^jax\b", re.IGNORECASE),
            backend="JAX",
        ),
        Environment(
            "torch",
            "Keras 3 on PyTorch",
            {**KERAS3, "KERAS_BACKEND": "torch"},
            re.compile(r"^(pytorch|torch)\b", re.IGNORECASE),
            backend="PyTorch",
        ),
        # Everywhere else: outside tabs, and in tabs that name no other interpreter ("Keras 3").
        Environment(
            "keras3", "Keras 3 on TensorFlow", {**KERAS3, "KERAS_BACKEND": "tensorflow"}, backend="TensorFlow"
        ),
    )
}
DEFAULT_ENVIRONMENT = "keras3"
# A `portable` block (Keras 3 outside any tab) runs in each of these, in this order.
PORTABLE_ENVIRONMENTS = (DEFAULT_ENVIRONMENT, "jax", "torch")
# The environments the record describes (the newest line), in the order the site shows them.
RECORDED_ENVIRONMENTS = ("keras3", "jax", "torch", "tf-keras")
# The older releases' venvs (Python 3.8; the Makefile's OLDER_LINES makes them from these locks).
OLDER_RELEASES = {name: i for name, i in ENVIRONMENTS.items() if i.python is not None}


def environment_for_tab(title: str) -> str | None:
    """The environment a content tab's title selects, if it names one."""
    return next((name for name, i in ENVIRONMENTS.items() if i.tab and i.tab.search(title)), None)


# Files the suite reads and writes, relative to the project root.
RECORD = "docs/about/test-results.json"  # versions and portable-block outcomes; `make update` writes it
VERSIONS_PAGE = "about/versions.md"  # shows the record (relative to docs/)
LOCKS = ("requirements.lock", "requirements-torch.lock")  # the newest line: the site's tested versions
OLDEST_LOCKS = ("requirements-oldest.lock", "requirements-torch.lock")  # `make test-oldest`
