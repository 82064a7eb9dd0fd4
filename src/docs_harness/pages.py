"""Read a page as the site renders it and list the Python blocks a reader sees.

Includes are expanded by `pymdownx.snippets` (configured from mkdocs.yml) one line at a time, so
every expanded line keeps the page line it came from. pytest-codeblocks then extracts the blocks and
its marker comments. Its blind spots (fence info strings other than exactly `python`, `~~~` fences)
are covered by an independent fence scan: every Python-looking fence must be among the executed ones.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from pymdownx.snippets import SnippetMissingError
from pytest_codeblocks import extract_from_buffer

from .contract import (
    ALLOWED_MARKS,
    DEFAULT_ENVIRONMENT,
    DOCS_COMMENT,
    EXECUTED_LANGUAGES,
    OUTPUT_WHEN,
    PORTABLE_ENVIRONMENTS,
    PYTHON_LOOKING,
    REQUIRES,
)
from .fences import Fence, environment_of, indentation, language_of, scan_fences
from .mkdocs_site import Site

TITLE = re.compile(r'\btitle="([^"]+)"')
# What a portable block may not use: it would pass on TensorFlow only by accident.
TENSORFLOW_API = re.compile(r"^\s*(import|from)\s+tensorflow\b|\btf\.\w|\btf_keras\b", re.MULTILINE)


@dataclass(frozen=True)
class VersionOutput:
    """An output fence shown for the releases `spec` selects (e.g. the error text of Keras 3.4)."""

    spec: str
    text: str
    fence: tuple[int, int]  # page lines, open and close


@dataclass
class Block:
    """A Python block as the reader sees it, with what the page says it prints."""

    page: str  # path relative to the project root
    line: int  # line of the opening fence in the page file
    code: str
    marks: list[str]
    expected_output: str | None
    output_fence: tuple[int, int] | None  # page lines of the output fence, open and close
    environment: str = DEFAULT_ENVIRONMENT
    requires: str | None = None  # run only where these releases are installed
    version_outputs: list[VersionOutput] = field(default_factory=list)
    sources: tuple[str | None, ...] = ()  # per code line: the snippet file and line it comes from
    name: str = "<stdin>"  # the file the reader saves it as (its title), else what piping it in shows

    @property
    def location(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def where(self) -> str:
        """The location, and the snippet lines the code comes from: the file a contributor edits."""
        lines = [s for s in self.sources if s]
        if not lines:
            return self.location
        first, last = lines[0], lines[-1].rsplit(":", 1)[1]
        return f"{self.location} (code: {first}-{last})"

    def source_of(self, code_line: int) -> str | None:
        """The snippet file:line of the block's code line (1-based), when it is included."""
        return self.sources[code_line - 1] if 0 < code_line <= len(self.sources) else None

    @property
    def raises(self) -> bool:
        return "pytest.mark.raises" in self.marks

    @property
    def trains(self) -> bool:
        return "pytest.mark.trains" in self.marks

    @property
    def portable(self) -> bool:
        return "pytest.mark.portable" in self.marks

    @property
    def environments(self) -> tuple[str, ...]:
        """Every interpreter the block runs in; the first one's output is what `make update` writes."""
        return PORTABLE_ENVIRONMENTS if self.portable else (self.environment,)


@dataclass
class Page:
    path: Path
    rel: str
    blocks: list[Block] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    includes: list[tuple[int, str, str | None]] = field(default_factory=list)  # line, file, section
    sources: list[str | None] = field(default_factory=list)  # per expanded line: "snippets/x.py:12"


def snippet_lines(pre, file: Path, section: str | None) -> list[int]:
    """The file's line numbers that an include of `section` (or of the whole file) yields, in order.

    Mirrors pymdownx.snippets: a section runs from its start marker to its end marker; other
    sections' markers inside it, and every marker in a whole-file include, are dropped.
    """
    numbers, inside = [], section is None
    for n, text in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        m = pre.match_section(text)
        if m and not m.group("escape"):
            if section is not None and m.group("name") == section:
                if m.group("type") == "end" and inside:
                    break
                inside = True
            continue
        if inside:
            numbers.append(n)
    return numbers


def expand_includes(site: Site, page: Page, raw: list[str]) -> tuple[list[str], list[int]]:
    """Expand `--8<--` lines; return the lines and, for each, the page line it came from.

    `page.sources` gets, for each expanded line, the snippet file and line it came from (None for a
    line written in the page), so that a failure can name the file the contributor edits.
    """
    pre = site.snippet_preprocessor()
    folder = site.snippet_folder_for(page.path)
    lines: list[str] = []
    origin: list[int] = []
    for n, line in enumerate(raw, 1):
        m = pre.RE_ALL_SNIPPETS.match(line)
        if m and not m["escape"]:
            if m["block_marker"]:
                page.problems.append(
                    f'{page.rel}:{n}: use one-line includes (`--8<-- "file:section"`), '
                    "not the block form, so each line maps back to the page"
                )
                continue
            target = pre.parse_snippet_target(m["snippet"][1:-1])
            file = (site.root / target["path"]).resolve() if target else None
            if file is not None:
                page.includes.append(
                    (
                        n,
                        site.rel(file) if file.is_relative_to(site.root) else str(file),
                        target["section"],
                    )
                )
                if not file.is_relative_to(folder):
                    page.problems.append(
                        f"{page.rel}:{n}: include {target['path']!r} is outside this page's "
                        f"snippet folder {site.rel(folder)}/"
                    )
        try:
            out = pre.run([line])
        except SnippetMissingError as e:
            page.problems.append(f"{page.rel}:{n}: include does not resolve: {e}")
            continue
        lines += out
        origin += [n] * len(out)
        numbers = snippet_lines(pre, file, target["section"]) if m and file is not None and target else []
        if len(numbers) == len(out):
            page.sources += [f"{page.includes[-1][1]}:{k}" for k in numbers]
        else:  # a line of the page itself (or an include this mapping does not follow: line ranges)
            page.sources += [None] * len(out)
    return lines, origin


def parse_page(site: Site, path: Path) -> Page:
    page = Page(path, site.rel(path))
    raw = path.read_text(encoding="utf-8").splitlines()
    lines, origin = expand_includes(site, page, raw)
    if page.problems:
        return page  # a page with broken includes is not what the reader sees; run nothing

    fences = scan_fences(lines)
    for f in fences:  # pytest-codeblocks drops empty lines of indented fences: indent them
        indent = lines[f.line - 1][: indentation(lines[f.line - 1])]
        for i in range(f.line, f.end - 1):
            lines[i] = lines[i] or indent
    try:
        extracted = extract_from_buffer(io.StringIO("\n".join(lines) + "\n"))
    except RuntimeError as e:
        page.problems.append(f"{page.rel}:1: pytest-codeblocks cannot read this page: {e}")
        return page

    fence_at = {f.line: i for i, f in enumerate(fences)}
    attached: set[int] = set()  # indexes of the `docs:` comment lines that apply to a block
    executed = [b for b in extracted if language_of(b.syntax or "") in EXECUTED_LANGUAGES]
    executed_lines = {b.lineno for b in executed}

    for f in fences:
        where = f"{page.rel}:{origin[f.line - 1]}"
        if not f.language:
            page.problems.append(f"{where}: fence has no language; tag it (`python` runs, `text` for output)")
        elif f.language in PYTHON_LOOKING and f.line not in executed_lines:
            why = (
                "pytest-codeblocks reads only ``` fences"
                if f.fence.startswith("~")
                else f"`{f.language}` blocks are not executable; use `python` and an output block"
                if f.language not in EXECUTED_LANGUAGES
                else "it is not a code block of its own (is it continued or nested?)"
            )
            page.problems.append(f'{where}: Python block "{f.fence}{f.info.rstrip()}" is not executed: {why}')

    for b in executed:
        line = origin[b.lineno - 1]
        unknown = [m for m in b.marks if m not in ALLOWED_MARKS]
        if unknown:
            page.problems.append(
                f"{page.rel}:{line}: marks {unknown} are not allowed: every block runs "
                f"(allowed: {sorted(ALLOWED_MARKS)})"
            )
        output_fence, other_outputs = None, []
        if b.expected_output is not None:
            out_index = fence_at[b.lineno] + 1
            out = fences[out_index]
            output_fence = (origin[out.line - 1], origin[out.end - 1])
            other_outputs = version_outputs(lines, origin, fences, out_index, attached)
        elif "pytest.mark.raises" in b.marks:
            page.problems.append(
                f"{page.rel}:{line}: a block meant to fail must be followed by "
                "<!--pytest-codeblocks:expected-output--> and the error the reader sees"
            )
        block = Block(
            page.rel,
            line,
            b.code,
            list(b.marks),
            b.expected_output,
            output_fence,
            environment_of(lines, b.lineno - 1),
            requires_of(lines, b.lineno - 1, attached),
            other_outputs,
            tuple(page.sources[b.lineno : b.lineno + len(b.code.splitlines())]),
            title[1] if (title := TITLE.search(b.syntax or "")) else "<stdin>",
        )
        page.problems += [
            f"{page.rel}:{line}: {spec!r} is not a requirement such as `keras<3.5`"
            for spec in [block.requires, *(v.spec for v in block.version_outputs)]
            if spec is not None and not valid_requirement(spec)
        ]
        if block.portable:
            page.problems += portability_problems(block)
        page.blocks.append(block)
    inside = {i for f in fences for i in range(f.line - 1, f.end)}  # shown as text, not read
    page.problems += stray_conditions(page, lines, origin, attached | inside)
    return page


def stray_conditions(page: Page, lines: list[str], origin: list[int], attached: set[int]) -> list[str]:
    """`docs:` comments that apply to no block: a typo or a misplaced line would otherwise be ignored."""
    problems = []
    for index, line in enumerate(lines):
        m = DOCS_COMMENT.match(line)
        if m is None or index in attached:
            continue
        where = f"{page.rel}:{origin[index]}"
        if m["name"] == "requires":
            problems.append(f"{where}: `docs:requires` applies to nothing: put it right above a python fence")
        elif m["name"] == "output-when":
            problems.append(
                f"{where}: `docs:output-when` applies to nothing: put it right after the output fence "
                "of a block (or after another output-when fence), followed by its own fence"
            )
        else:
            problems.append(
                f"{where}: unknown `docs:{m['name']}` comment (known: docs:requires, docs:output-when)"
            )
    return problems


def requires_of(lines: list[str], index: int, attached: set[int]) -> str | None:
    """`<!--docs:requires keras>=3.13-->` among the comment lines right above the fence."""
    for above in range(index - 1, -1, -1):
        if not lines[above].strip().startswith("<!--"):
            return None
        m = REQUIRES.match(lines[above])
        if m:
            attached.add(above)
            return m["spec"]
    return None


def version_outputs(
    lines: list[str], origin: list[int], fences: list[Fence], index: int, attached: set[int]
) -> list[VersionOutput]:
    """`<!--docs:output-when SPEC-->` + a fence, each right after the block's output fence."""
    found = []
    while index + 1 < len(fences):
        gap = range(fences[index].end, fences[index + 1].line - 1)
        between = [i for i in gap if lines[i].strip()]
        m = OUTPUT_WHEN.match(lines[between[0]]) if len(between) == 1 else None
        if not m:
            break
        attached.add(between[0])
        index += 1
        f = fences[index]
        indent = indentation(lines[f.line - 1])
        text = "".join(line[indent:] + "\n" for line in lines[f.line : f.end - 1])
        found.append(VersionOutput(m["spec"], text, (origin[f.line - 1], origin[f.end - 1])))
    return found


def valid_requirement(spec: str) -> bool:
    try:
        Requirement(spec)
    except InvalidRequirement:
        return False
    return True


def portability_problems(block: Block) -> list[str]:
    if block.environment != DEFAULT_ENVIRONMENT:
        return [
            f"{block.location}: `portable` is for Keras 3 blocks outside backend tabs "
            f"(this one runs in {block.environment})"
        ]
    used = TENSORFLOW_API.search(block.code)
    if used:
        return [
            f"{block.location}: marked `portable` but uses TensorFlow ({used.group(0).strip()!r}); "
            "use keras.ops, or drop the mark and say on the page why it needs TensorFlow"
        ]
    return []
