"""The one fence lexer: where the fenced blocks of a Markdown page are, and which tab each is in.

The harness, the MkDocs hooks and the tools all read pages with it, so that a fence means the same
to each of them (superfences' rules: backticks or tildes, closed by at least as many of the same).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .contract import DEFAULT_ENVIRONMENT, TAB_TITLE, environment_for_tab

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")


@dataclass(frozen=True)
class Fence:
    line: int  # 1-based, in the expanded page
    end: int  # line of the closing fence
    fence: str
    info: str
    indent: str = ""  # before the opening fence (a tab's or an admonition's content)

    @property
    def language(self) -> str:
        return language_of(self.info)


def language_of(info: str) -> str:
    """`python title="x.py"` -> `python`; `{ .python .annotate }` -> `python`."""
    info = info.strip()
    if info.startswith("{"):
        m = re.search(r"\.([\w+-]+)", info)
        return m.group(1).lower() if m else ""
    return info.split(None, 1)[0].lower() if info else ""


def indentation(line: str) -> int:
    return len(line) - len(line.lstrip())


def environment_of(lines: list[str], index: int) -> str:
    """The environment of the block whose fence is `lines[index]`: its innermost tab naming one."""
    indent = indentation(lines[index])
    for line in reversed(lines[:index]):
        if not line.strip() or indentation(line) >= indent:
            continue
        indent = indentation(line)
        tab = TAB_TITLE.match(line)
        environment = environment_for_tab(tab["title"]) if tab else None
        if environment:
            return environment
        if indent == 0:
            break
    return DEFAULT_ENVIRONMENT


def scan_fences(lines: list[str]) -> list[Fence]:
    """Every fenced block, with backticks or tildes, the way superfences closes them."""
    fences, i = [], 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        mark = m["fence"]
        closer = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
        end = next((j for j in range(i + 1, len(lines)) if closer.match(lines[j])), len(lines))
        fences.append(Fence(i + 1, end + 1, mark, m["info"], m["indent"]))
        i = end + 1
    return fences


def tab_of(lines: list[str], index: int) -> str | None:
    """The title of the innermost content tab that holds `lines[index]`, if any."""
    indent = indentation(lines[index])
    for line in reversed(lines[:index]):
        if not line.strip() or indentation(line) >= indent:
            continue
        indent = indentation(line)
        if tab := TAB_TITLE.match(line):
            return tab["title"]
        if indent == 0:
            break
    return None
