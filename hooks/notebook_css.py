"""MkDocs hook: a notebook page keeps only the JupyterLab styles its own markup can use.

mkdocs-jupyter inlines JupyterLab's whole stylesheet (about 570 KB) into every notebook page; a phone
spends its first seconds parsing it (Lighthouse mobile: 89 with it, 98 without). This drops each
rule whose selectors all name a class or id that the page's HTML does not have, and keeps every
other rule, at-rule and custom property as it was. Classes are read from the built HTML, so a class
added only by a script would lose its rules: the notebook pages run none that add JupyterLab's.
"""

from __future__ import annotations

import re
from typing import Any

import tinycss2

STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
CLASS_ATTR = re.compile(r'\bclass="([^"]*)"')
ID_ATTR = re.compile(r'\bid="([^"]*)"')
NOT = re.compile(r":not\((?:[^()]|\([^()]*\))*\)")  # what :not() names need not exist
ATTRIBUTE = re.compile(r"\[[^\]]*\]")  # `[data-mime-type="application/vnd.jupyter.stderr"]` names no class
NAMES = re.compile(r"([.#])(-?[_a-zA-Z][\w-]*)")
LARGE = 50_000  # characters: mkdocs-jupyter's stylesheet; Material's own styles are not inline


def selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas."""
    found, depth, start = [], 0, 0
    for i, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "," and depth == 0:
            found.append(prelude[start:i].strip())
            start = i + 1
    return [*found, prelude[start:].strip()]


def can_match(selector: str, classes: set[str], ids: set[str]) -> bool:
    names = NAMES.findall(ATTRIBUTE.sub("", NOT.sub("", selector)))
    return all((name in classes) if kind == "." else (name in ids) for kind, name in names)


def purged(rules: list[Any], classes: set[str], ids: set[str]) -> list[str]:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            live = [s for s in selectors(tinycss2.serialize(rule.prelude)) if can_match(s, classes, ids)]
            if live:
                kept.append(f"{','.join(live)}{{{tinycss2.serialize(rule.content)}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = purged(tinycss2.parse_rule_list(rule.content, True, True), classes, ids)
            if inner:
                kept.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{''.join(inner)}}}")
        elif rule.type == "at-rule":
            kept.append(rule.serialize())
    return kept


def on_post_page(output: str, page: Any, **_: Any) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    classes = {name for attr in CLASS_ATTR.findall(output) for name in attr.split()}
    ids = set(ID_ATTR.findall(output))

    def purge(m: re.Match[str]) -> str:
        if len(m[2]) < LARGE:
            return m[0]
        rules = tinycss2.parse_stylesheet(m[2], skip_comments=True, skip_whitespace=True)
        return m[1] + "".join(purged(rules, classes, ids)) + m[3]

    return STYLE.sub(purge, output)
