"""What a block prints, as the page shows it: one place for run-to-run noise, one for rewriting."""

from __future__ import annotations

import re
from pathlib import Path

# Things that differ between two runs of the same code on the same machine. Keep this list short:
# every entry is output the page cannot promise. Prefer seeding or printing types in the snippet.
NOISE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bat 0x[0-9a-fA-F]+"), "at 0x..."),  # object addresses in reprs
    (re.compile(r"(FuncGraph\(name=[^,()]*, id=)\d+"), r"\1..."),  # TensorFlow names a graph by its id()
    # AutoGraph's converted copy of a function, in a temporary file of a random name (tf-keras 2.16).
    (re.compile(r"[^\s\"']*/__autograph_generated_file\w+\.py"), ".../__autograph_generated_file.py"),
    (re.compile(r"\b\d+(?:\.\d+)?(?:ms|s)/step\b"), "...s/step"),  # Keras progress timings
    (re.compile(r"\x1b\[[0-9;]*m"), ""),  # terminal colours Keras adds to some messages
    # Where the libraries are installed differs per machine; tracebacks in messages name their files.
    (re.compile(r"(?<![\w.-])/[^\s\"']*/site-packages/"), ".../site-packages/"),
    # The harness's own frames (and `python -m`'s) in stacks a message lists, such as TensorFlow's
    # "... was defined here:": a reader's script has none, and their paths name the checkout.
    (re.compile(r'^[ \t]*File "(?:[^"]*/docs_harness/[^"]*|<frozen runpy>)", line \d+, in \S+\n', re.M), ""),
]
TRACEBACK_HEAD = "Traceback (most recent call last):\n  ...\n"


def normalise(text: str) -> str:
    for pattern, replacement in NOISE:
        text = pattern.sub(replacement, text)
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def shown_output(stdout: str, error_text: str | None, names: dict[str, str] | None = None) -> str:
    """The output block for a run: what it printed, then the error as a doctest-style traceback.

    A frame in one of the page's blocks names the block as the reader runs it (`names`: location
    to title, `docs/page.md:42` -> `reproduce.py`), not the page line the suite ran it from: what
    the reader sees, and an output that does not move when the page's prose does.
    """
    text = stdout
    if error_text is not None:
        if text and not text.endswith("\n"):
            text += "\n"
        text += TRACEBACK_HEAD + error_text
    text = normalise(text)
    for location, name in (names or {}).items():
        text = text.replace(f'File "{location}"', f'File "{name}"')
    return text


def error_line(shown: str) -> str:
    """`ValueError: message` from a shown traceback (everything after the `...` line)."""
    return shown.split(TRACEBACK_HEAD, 1)[-1] if TRACEBACK_HEAD in shown else ""


def fence_ticks(content: str, at_least: int = 3) -> str:
    """A backtick fence longer than any run of backticks in `content` (Keras error messages quote code)."""
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    return "`" * max(3, at_least, longest + 1)


def rewrite_fence(path: Path, fence: tuple[int, int], content: str) -> None:
    """Replace the body of the fence spanning page lines `fence` (1-based, inclusive) with `content`.

    The fence is lengthened when the content itself holds a run of backticks (Keras error messages
    quote code), and the body is indented like the fence (inside tabs and admonitions).
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    open_line = lines[fence[0] - 1]
    indent = open_line[: len(open_line) - len(open_line.lstrip())]
    info = open_line.strip().lstrip("`~")
    ticks = fence_ticks(content, at_least=len(open_line.strip()) - len(info))
    body = [indent + line if line else "" for line in content.splitlines()]
    lines[fence[0] - 1 : fence[1]] = [indent + ticks + info, *body, indent + ticks]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
