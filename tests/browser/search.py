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


def error_sections(site_dir: Path) -> list[Section]:
    """The `##`/`###` sections of the error pages (not the index), from the built search index."""
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    return [
        Section(plain(doc["title"]), doc["location"])
        for doc in docs
        if doc["location"].startswith("errors/")
        and "#" in doc["location"]
        and not doc["location"].startswith("errors/#")
    ]


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


def first_result_failures(page: Page, sections: list[Section]) -> list[str]:
    """For each section title, searched as typed: a line for each whose first result is elsewhere."""
    by_query: dict[str, list[Section]] = defaultdict(list)
    for section in sections:
        by_query[same_query(section.title)].append(section)
    failures = []
    for same in by_query.values():
        # The same message titled on two pages is one query with two right answers.
        query, pages = same[0].title, {s.page for s in same}
        expected = " or ".join(s.location for s in same)
        results = search(page, query)
        if not results:
            failures.append(f"{query!r}: no result (expected {expected})")
            continue
        first = results[0]
        top_section = next((link for link in first if "#" in link), None)
        if first[0].split("#", 1)[0] not in pages:
            failures.append(f"{query!r}: first result is {first[0]}, expected {expected}")
        elif top_section not in {s.location for s in same}:
            failures.append(
                f"{query!r}: first result is the right page, but its top section is "
                f"{top_section}, expected {expected}"
            )
    return failures
