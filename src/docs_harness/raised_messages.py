"""Error messages about KerasTensors and symbolic tensors, read from the installed libraries' source.

One rule, `ABOUT_SYMBOLIC`, decides what is about them: "KerasTensor(s)", "Keras tensor(s)" (also
"TF-Keras tensor", "keras_tensor") and "symbolic" (symbolic tensor, input, output...), in any case.

A message is the text of a `raise SomeError(...)` that mentions them. Every argument counts (Keras
raises a few errors with several, printed as a tuple), names bound to a string in the module or in
the enclosing function are followed, and f-string fields, `%` placeholders, `.format` fields and
anything else computed become wildcards, so a message matches what the library prints for any value.

A raise with no message text (a bare `raise`, an exception class, an exception object, or a message
computed entirely at run time) cannot be matched against a page. When the function it is in says
KerasTensor or symbolic (its code, names or comments), it is a `Site`, which the coverage test lists:
each needs an entry that names it or a stated reason why it is out of scope.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

ABOUT_SYMBOLIC = re.compile(r"keras[\s_-]*tensors?|symbolic", re.IGNORECASE)
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
    function: str = ""  # qualified name of the enclosing function, e.g. MobileNetV2

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Names the message across releases (its line moves; its file, function and text rarely do)."""
        return (self.library, self.file, self.function, self.readable)

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


@dataclass(frozen=True)
class Site:
    """A raise without message text, in a function about KerasTensors or symbolic tensors."""

    library: str
    package: str  # the import name: keras, tf_keras
    file: str  # relative to the package's src folder
    line: int
    function: str  # qualified name of the enclosing function, e.g. Functional.add_loss
    code: str  # the raise statement as written, e.g. `raise NotImplementedError`

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Names the site across releases (its line moves; its file, function and code rarely do)."""
        return (self.library, self.file, self.function, self.code)

    @property
    def path(self) -> str:
        """The file as a reader finds it in site-packages: keras/src/models/functional.py."""
        return f"{self.package}/src/{self.file}"

    def named_in(self, text: str) -> bool:
        """An entry names the site when it gives both its file and its function."""
        return self.path in text and self.function in text


def has_text(template: str) -> bool:
    """Whether a message has any literal words to match (not only computed values)."""
    return re.search(r"\w", template.replace(HOLE, "")) is not None


def text_of(
    node: ast.expr, names: dict[str, ast.expr] | None = None, seen: frozenset[str] = frozenset()
) -> str:
    """The message text of an expression, with HOLE for anything computed.

    `names` maps a name to the one expression bound to it (module constants, the function's locals):
    `raise ValueError(msg)` reads the text `msg` was built from.
    """
    names = names or {}

    def text(n: ast.expr) -> str:
        return text_of(n, names, seen)

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else HOLE for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return text(node.left) + text(node.right)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return PERCENT_FIELD.sub(HOLE, text(node.left))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return FORMAT_FIELD.sub(HOLE, text(node.func.value))
    if isinstance(node, ast.Name) and node.id in names and node.id not in seen:
        return text_of(names[node.id], names, seen | {node.id})
    return HOLE


def error_name(exc: ast.expr | None) -> str:
    if exc is None:
        return "raise"  # a bare re-raise
    func = exc.func if isinstance(exc, ast.Call) else exc
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "?")


def message_of(exc: ast.expr | None, names: dict[str, ast.expr]) -> str:
    """The text an exception prints: its arguments' texts, HOLE between them ('' without any)."""
    if not isinstance(exc, ast.Call) or not exc.args:
        return ""
    return re.sub(f"{HOLE}+", HOLE, HOLE.join(text_of(arg, names) for arg in exc.args))


def bound_once(body: list[ast.stmt]) -> dict[str, ast.expr]:
    """Names assigned exactly once, by a plain `name = expression`, anywhere in these statements."""
    bound: dict[str, list[ast.expr]] = {}
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        value = node.value if not isinstance(node, ast.AugAssign) else None
                        bound.setdefault(target.id, []).append(value)
    return {name: values[0] for name, values in bound.items() if len(values) == 1 and values[0] is not None}


FUNCTION = ast.FunctionDef | ast.AsyncFunctionDef


def raises_in(tree: ast.Module) -> list[tuple[ast.Raise, str, dict[str, ast.expr], ast.AST]]:
    """Each raise with the qualified name of its function, the names it can read, and that function."""
    module_names = bound_once([s for s in tree.body if isinstance(s, ast.Assign | ast.AnnAssign)])
    found = []

    def visit(node: ast.AST, qualname: list[str], scope: ast.AST, names: dict[str, ast.expr]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, FUNCTION):
                visit(child, [*qualname, child.name], child, {**module_names, **bound_once(child.body)})
            elif isinstance(child, ast.ClassDef):
                visit(child, [*qualname, child.name], scope, names)
            else:
                if isinstance(child, ast.Raise):
                    found.append((child, ".".join(qualname) or "<module>", names, scope))
                visit(child, qualname, scope, names)

    visit(tree, [], tree, module_names)
    return found


@functools.cache  # parsing every source file takes seconds; the coverage and search tests both ask
def read_sources(
    library: str, package: str, skip: tuple[str, ...] = ()
) -> tuple[tuple[Message, ...], tuple[Site, ...]]:
    """Messages about KerasTensors or symbolic tensors raised in `package`/src (tests excluded), and
    the raise sites without message text in functions about them."""
    root = source_dir(package)
    messages, sites = [], []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.endswith("_test.py") or "/tests/" in f"/{rel}" or rel.startswith(skip):
            continue
        source = path.read_text(encoding="utf-8")
        for node, function, names, scope in raises_in(ast.parse(source)):
            template = message_of(node.exc, names)
            if has_text(template):
                if ABOUT_SYMBOLIC.search(template):
                    messages.append(
                        Message(library, rel, node.lineno, error_name(node.exc), template, function)
                    )
            elif isinstance(scope, FUNCTION) and ABOUT_SYMBOLIC.search(
                ast.get_source_segment(source, scope) or ""
            ):
                sites.append(Site(library, package, rel, node.lineno, function, ast.unparse(node)))
    return tuple(messages), tuple(sites)


def source_dir(package: str) -> Path:
    """The installed package's source folder, found without importing it (no TensorFlow import)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(package)
    return Path(spec.origin).parent / "src"


def messages_in(library: str, package: str, skip: tuple[str, ...] = ()) -> tuple[Message, ...]:
    """Every message about KerasTensors or symbolic tensors raised in `package`/src (tests excluded)."""
    return read_sources(library, package, skip)[0]


def sites_in(library: str, package: str, skip: tuple[str, ...] = ()) -> tuple[Site, ...]:
    """Every raise without message text in a function about KerasTensors or symbolic tensors."""
    return read_sources(library, package, skip)[1]
