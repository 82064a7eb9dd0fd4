"""Copy buttons: what a click puts on the clipboard is exactly the code of the block.

Markdown pages get Material's copy button (`content.code.copy`; in Material 9.7+ a
`button.md-code__button[data-md-type=copy]` in the block's `nav.md-code__nav`). Notebook pages get
mkdocs-jupyter's own `<clipboard-copy for="cell-N">` on each input cell.
"""

from __future__ import annotations

import difflib
import re
import time
from dataclasses import dataclass

import nbformat
from playwright.sync_api import Page

from browser import sites
from docs_harness.contract import EXECUTED_LANGUAGES
from docs_harness.mkdocs_site import Site
from docs_harness.pages import parse_page

PYTHON = EXECUTED_LANGUAGES  # the fences the harness executes
PROMPT = re.compile(r"^(>>>|\.\.\.|In \[\d*\]:) ", re.MULTILINE)
TRACEBACK = "Traceback (most recent call last):"

# Every code block of the page's content (not the search results), in page order. `text` is what
# the block shows: the reference the copied text is compared with.
BLOCKS_JS = """() => {
  const blocks = [];
  document.querySelectorAll('.md-content pre > code').forEach((code, index) => {
    const pre = code.parentElement, block = pre.closest('.highlight');
    const language = [...(block ? block.classList : [])].find(c => c.startsWith('language-'));
    const button = pre.querySelector('button.md-code__button[data-md-type="copy"]');
    if (button) button.dataset.copyCheck = String(index);
    blocks.push({
      index,
      language: language ? language.slice('language-'.length) : '',
      title: block?.querySelector(':scope > .filename')?.textContent.trim() ?? '',
      text: code.textContent.replace(/\\s+$/, ''),
      button: button ? `[data-copy-check="${index}"]` : null,
    });
  });
  document.querySelectorAll('.md-content .jp-InputArea').forEach((area, index) => {
    const button = area.querySelector('clipboard-copy');
    const pre = area.querySelector('.highlight-ipynb pre');
    if (!pre) return;
    blocks.push({
      index: blocks.length,
      language: 'python',
      title: `notebook cell ${index + 1}`,
      text: pre.textContent.replace(/\\s+$/, ''),
      button: button ? `clipboard-copy[for="${button.getAttribute('for')}"]` : null,
    });
  });
  return blocks;
}"""

# For each button: the tabs hiding its block (their input ids, outermost first); opens <details>.
HIDDEN_BY_JS = """(selectors) => selectors.map(selector => {
  const tabs = [];
  for (let node = document.querySelector(selector); node; node = node.parentElement) {
    if (node.tagName === 'DETAILS') node.open = true;
    if (node.classList?.contains('tabbed-block')) {
      const set = node.closest('.tabbed-set');
      const input = set.querySelectorAll(':scope > input')[[...node.parentElement.children].indexOf(node)];
      if (!input.checked) tabs.unshift(input.id);
    }
  }
  return tabs;
})"""

# Scrolls the button to the middle of the window; where to click it.
POINT_JS = """(selector) => {
  const button = document.querySelector(selector);
  button.scrollIntoView({block: 'center'});
  const box = button.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
}"""

# Reads the clipboard and empties it, so that a click that copies nothing reads as ''.
TAKE_CLIPBOARD_JS = """async () => {
  const text = await navigator.clipboard.readText();
  await navigator.clipboard.writeText('');
  return text;
}"""


@dataclass(frozen=True)
class Copied:
    title: str
    language: str
    shown: str  # the block's text on the page
    copied: str | None  # what its button copied (None: no button to click)

    @property
    def is_python(self) -> bool:
        return self.language in PYTHON


def click_and_read(page: Page, button: str) -> str:
    # A real mouse click at the button: a click dispatched from a script is not a user gesture, and
    # Chromium refuses a page's copies without one after a few dozen. Playwright's locator.click()
    # costs twice as long (it waits for the button to hold still); a covered button fails here too,
    # since the click lands on whatever covers it.
    page.mouse.click(*page.evaluate(POINT_JS, button))
    text = page.evaluate(TAKE_CLIPBOARD_JS)
    deadline = time.monotonic() + 2
    while not text and button.startswith("clipboard-copy") and time.monotonic() < deadline:
        page.wait_for_timeout(50)  # mkdocs-jupyter's button writes the clipboard asynchronously
        text = page.evaluate(TAKE_CLIPBOARD_JS)
    return text


def copy_blocks(page: Page) -> list[Copied]:
    """Click the copy button of each code block, as a reader does; every block of the page, in
    order, with what its button copied.

    Blocks in tabs are copied tab by tab: with linked tabs one click shows a tab in every group,
    and switching tabs relays out the whole page, so the blocks each tab shows are done together.
    """
    blocks = page.evaluate(BLOCKS_JS)
    copied: dict[int, str] = {}
    pending = [i for i, block in enumerate(blocks) if block["button"]]
    page.evaluate(TAKE_CLIPBOARD_JS)
    while pending:
        hidden_by = dict(
            zip(pending, page.evaluate(HIDDEN_BY_JS, [blocks[i]["button"] for i in pending]), strict=True)
        )
        shown = [i for i in pending if not hidden_by[i]]
        for i in shown:
            copied[i] = click_and_read(page, blocks[i]["button"])
        if not shown:  # open the tabs of the next block, as a reader would to see it
            for tab in hidden_by[pending[0]]:
                page.locator(f'label[for="{tab}"]').click()
            if page.evaluate(HIDDEN_BY_JS, [blocks[pending[0]]["button"]])[0]:
                raise AssertionError(f"{blocks[pending[0]]['title']!r}: clicking its tab does not show it")
        pending = [i for i in pending if i not in copied]
    return [Copied(b["title"], b["language"], b["text"], copied.get(i)) for i, b in enumerate(blocks)]


def executed_code(site: Site, path: str) -> list[str] | None:
    """A page's Python blocks as the test harness runs them (a notebook's code cells), or None."""
    source = sites.source_of(site.docs_dir, path)
    if source is None:
        return None
    if source.suffix == ".ipynb":
        notebook = nbformat.read(source, as_version=4)
        return [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    return [block.code for block in parse_page(site, source).blocks]


def name(index: int, block: Copied) -> str:
    return f"block {index + 1}" + (f" ({block.title!r})" if block.title else "")


def diff(expected: str, got: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(), got.splitlines(), "expected", "copied", lineterm="")
    return "\n".join(f"    {line}" for line in lines)


def copy_failures(blocks: list[Copied], python_code: list[str] | None) -> list[str]:
    """What is wrong with the copied blocks of one page.

    `python_code`: the page's Python blocks as the test harness executes them, in order (None when
    there is no harness view of the page); the copied Python blocks must be exactly those.
    """
    failures = []
    for i, block in enumerate(blocks):
        if block.copied is None:
            failures.append(f"{name(i, block)}: no copy button")
        elif block.copied != block.shown:
            failures.append(
                f"{name(i, block)}: the copy button copies other text:\n{diff(block.shown, block.copied)}"
            )
        elif block.is_python and (PROMPT.search(block.copied) or TRACEBACK in block.copied):
            failures.append(f"{name(i, block)}: the copied code has a prompt or a traceback in it")
    if python_code is not None:
        copied = [(i, b) for i, b in enumerate(blocks) if b.is_python and b.copied is not None]
        if len(copied) != len(python_code):
            failures.append(f"{len(copied)} Python blocks copied, the harness executes {len(python_code)}")
        for (i, block), code in zip(copied, python_code, strict=False):
            if block.copied != code.rstrip():
                failures.append(
                    f"{name(i, block)}: copied text is not what the harness executes:\n"
                    f"{diff(code.rstrip(), block.copied or '')}"
                )
    return failures
