"""Material's site search, used as a reader uses it: paste an error message, take the first result.

The search runs lunr in a web worker; results are rendered as one group per page, whose first link
is the page and whose next links are its best-matching sections.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

from docs_harness.contract import ONE_ERROR_LEAD
from docs_harness.contract import ONE_ERROR_PAGE as ONE_ERROR_RULE
from docs_harness.pages import parse_page

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"\w+")

# The result groups, best first; each group's links as site paths (`errors/x/#anchor`), without
# the `?h=` highlight query that search.highlight adds.
RESULTS_JS = """() => [...document.querySelectorAll('.md-search-result__item')].map(group =>
  [...group.querySelectorAll(':scope > a.md-search-result__link')].map(a => {
    const url = new URL(a.href);
    return url.pathname.slice(1) + url.hash;
  }))"""
# Material's own words for an empty box and for no result, from the page's configuration.
STATE_JS = """() => {
  const words = JSON.parse(document.getElementById('__config').textContent).translations;
  const meta = document.querySelector('.md-search-result__meta').textContent.trim();
  if (meta === words['search.result.placeholder']) return 'empty';
  if (meta === words['search.result.none']) return 'none';
  return document.querySelector('.md-search-result__item') ? 'results' : 'rendering';
}"""


@dataclass(frozen=True)
class Section:
    title: str  # plain text, as a reader pastes it
    location: str  # `errors/keras-tensor/#the-shape-attribute-of-kerastensor-is-immutable`

    @property
    def page(self) -> str:
        return self.location.split("#", 1)[0]


def plain(title: str) -> str:
    return " ".join(html.unescape(TAG.sub("", title)).split())


# A page about one error (issue 14's layout) says this before its first section. Its title is the
# message; its `##` sections are the fix, other wordings and related errors, not entries of their own.
ONE_ERROR_PAGE = ONE_ERROR_LEAD


def error_sections(site_dir: Path) -> tuple[list[Section], list[Section]]:
    """What a reader pastes, and every title that is a right answer for it, from the search index.

    The first list: each `##`/`###` section of the long error pages (not the index), and the title of
    each one-error page (its location is the page). The second adds the one-error pages' sections:
    an older wording shown as a section there is a right answer too, not a query of its own.
    """
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    errors = [
        d
        for d in docs
        if d["location"].split("#")[0] not in ("errors/",) and d["location"].startswith("errors/")
    ]
    one_error = {d["location"] for d in errors if "#" not in d["location"] and ONE_ERROR_PAGE in d["text"]}
    queries, answers = [], []
    for doc in errors:
        section = Section(plain(doc["title"]), doc["location"])
        page = section.page
        if page in one_error:
            (queries if "#" not in doc["location"] else answers).append(section)
        elif "#" in doc["location"]:
            queries.append(section)
    return queries, queries + answers


def same_query(title: str) -> str:
    # lunr drops case and punctuation: titles that differ only there are one query for the reader.
    return " ".join(WORD.findall(title.lower()))


def search(page: Page, query: str) -> list[list[str]]:
    """Type `query` into the search box (the page must be open, at desktop width); the results."""
    box = page.locator("input.md-search__input")
    box.click()
    # Material reads the box on keyup: `fill` pastes the text, `End` releases a key, as a reader's
    # Ctrl+V does. Emptying it first means the results we read next belong to this query.
    box.fill("")
    box.press("End")
    page.wait_for_function(f"({STATE_JS})() === 'empty'")
    box.fill(query)
    box.press("End")
    page.wait_for_function(f"['none', 'results'].includes(({STATE_JS})())")
    return page.evaluate(RESULTS_JS)


# A section of a page of several errors whose message now also has a one-error page of a near
# wording that ranks first (issue 14: functional-api.md is being split): skipped, named here.
SPLIT_IN_PROGRESS = {"argument input_tensor must be a kerastensor"}


def first_result_failures(page: Page, sections: list[Section], answers: list[Section]) -> list[str]:
    """For each title in `sections`, searched as typed: a line for each whose first result is elsewhere.

    A right answer is any title in `answers` that is the same query: the section itself on a long
    page (its own section the page's top match), or a one-error page (the page is the match).
    """
    by_query: dict[str, list[Section]] = defaultdict(list)
    for section in answers:
        by_query[same_query(section.title)].append(section)
    failures = []
    for query in dict.fromkeys(same_query(s.title) for s in sections):
        if query in SPLIT_IN_PROGRESS:
            continue
        same = by_query[query]
        # The same message titled on two pages is one query with two right answers.
        title, pages = same[0].title, {s.page for s in same}
        expected = " or ".join(s.location for s in same)
        results = search(page, title)
        if not results:
            failures.append(f"{title!r}: no result (expected {expected})")
            continue
        first = results[0]
        first_page = first[0].split("#", 1)[0]
        top_section = next((link for link in first if "#" in link), None)
        right = {s.location for s in same if s.page == first_page}
        if first_page not in pages:
            failures.append(f"{title!r}: first result is {first[0]}, expected {expected}")
        # The right page first with no section singled out: the page itself matched (a one-error page).
        elif first_page not in right and top_section not in right and top_section is not None:
            failures.append(
                f"{title!r}: first result is the right page, but its top section is "
                f"{top_section}, expected {expected}"
            )
    return failures


# The line of a traceback a reader pastes: its exception line, `ValueError: ...`, with the tensor
# names, shapes and layer names a real run prints. In a `tf.function` error whose first line is
# "in user code:", the last such line (the error raised inside) is what it ends with.
EXCEPTION_LINE = re.compile(r"^\s*((?:\w+\.)*\w*(?:Error|Exception|Warning)\w*: .+)$", re.MULTILINE)


def pasted_line(shown_error: str) -> str | None:
    lines = EXCEPTION_LINE.findall(shown_error)
    if not lines:
        return None
    return lines[-1].strip() if lines[0].rstrip().endswith("in user code:") else lines[0].strip()


def pasted_errors(docs_site) -> list[tuple[str, str]]:
    """Each one-error page's location and the line a reader pastes from its first error, as executed."""
    found = []
    for path in sorted((docs_site.docs_dir / "errors").glob("*.md")):
        if not ONE_ERROR_RULE.search(path.read_text(encoding="utf-8")):
            continue
        page = parse_page(docs_site, path)
        shown = next((b.expected_output for b in page.blocks if b.raises and b.expected_output), None)
        line = pasted_line(shown) if shown else None
        if line:
            found.append((path.relative_to(docs_site.docs_dir).as_posix().removesuffix(".md") + "/", line))
    return found
