"""Error messages about KerasTensors and symbolic tensors, read from the installed libraries' source.

A message is the first argument of a `raise SomeError(...)` whose text mentions KerasTensor or
symbolic tensors. f-string fields, `%` placeholders and `.format` fields become wildcards, so a
message matches what the library prints for any value.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

ABOUT_SYMBOLIC = re.compile(r"KerasTensor|symbolic", re.IGNORECASE)
HOLE = "\x00"
PERCENT_FIELD = re.compile(r"%(?:\([^)]*\))?[-+ #0]*\d*(?:\.\d+)?[sdrfi]")
FORMAT_FIELD = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Message:
    library: str
    file: str  # relative to the package directory
    line: int
    error: str  # the exception class as written at the raise site
    template: str  # the text, HOLE where a value is inserted

    @property
    def readable(self) -> str:
        return self.template.replace(HOLE, "{...}")

    @property
    def pattern(self) -> re.Pattern[str]:
        """Matches the printed message: holes match anything, whitespace runs match any whitespace."""
        parts = []
        for literal in self.template.split(HOLE):
            words = [re.escape(word) for word in literal.split()]
            text = r"\s+".join(words)
            if literal[:1].isspace():
                text = r"\s*" + text
            if literal[-1:].isspace():
                text += r"\s*"
            parts.append(text)
        return re.compile(r".*?".join(parts), re.DOTALL)


def text_of(node: ast.expr) -> str:
    """The message text of an expression, with HOLE for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else HOLE for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return text_of(node.left) + text_of(node.right)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return PERCENT_FIELD.sub(HOLE, text_of(node.left))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return FORMAT_FIELD.sub(HOLE, text_of(node.func.value))
    return HOLE


def error_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "?")


def source_dir(package: str) -> Path:
    """The installed package's source folder, found without importing it (no TensorFlow import)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(package)
    return Path(spec.origin).parent / "src"


@functools.cache  # parsing every source file takes seconds; the coverage and search tests both ask
def messages_in(library: str, package: str, skip: tuple[str, ...] = ()) -> tuple[Message, ...]:
    """Every message about KerasTensors or symbolic tensors raised in `package`/src (tests excluded)."""
    root = source_dir(package)
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.endswith("_test.py") or "/tests/" in f"/{rel}" or rel.startswith(skip):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                template = text_of(node.exc.args[0])
                if ABOUT_SYMBOLIC.search(template):
                    found.append(Message(library, rel, node.lineno, error_name(node.exc), template))
    return tuple(found)
