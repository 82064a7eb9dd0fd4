"""Pasting an error message into the site search finds its entry.

Builds the site (strict) into a temporary folder and reads the search index that Material's search
uses: each covered message's first sentence must be the title of an error page of its own (a
one-error page, whose H1 is the message) or of a section on an error page.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from test_error_coverage import LIBRARIES

from docs_harness.raised_messages import HOLE

TAG = re.compile(r"<[^>]+>")


def first_sentence(template: str) -> str:
    """The part of a message a reader pastes: up to the first value or the end of the sentence."""
    text = template.split(HOLE, 1)[0]
    text = re.split(r"(?<=[.:;])\s", text, maxsplit=1)[0]
    # Material's search index renders `code` as <code>, which plain() strips: compare without backticks.
    return " ".join(text.replace("`", "").split()).rstrip(".:; ")


def plain(title: str) -> str:
    return " ".join(html.unescape(TAG.sub("", title)).split())


@pytest.fixture(scope="module")
def search_index(built_site: Path) -> list[dict[str, str]]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@pytest.mark.parametrize("library", LIBRARIES)
def test_each_message_is_a_section_title_in_the_search_index(library: str, search_index) -> None:
    # A page's own entry (no "#") is its H1; the index page's entry is not an error.
    titles = [
        (plain(doc["title"]), doc["location"])
        for doc in search_index
        if doc["location"].startswith("errors/") and doc["location"] != "errors/"
    ]
    missing = []
    for message in LIBRARIES[library]():
        sentence = first_sentence(message.template)
        if not any(sentence in title for title, _ in titles):
            missing.append(f"  {message.file}:{message.line}: {sentence!r}")
    assert not missing, f"no error page or section is titled with these {library} messages:\n" + "\n".join(
        missing
    )


def test_first_sentence_stops_at_values_and_full_stops() -> None:
    assert first_sentence("A symbolic KerasTensor cannot be used as a boolean.") == (
        "A symbolic KerasTensor cannot be used as a boolean"
    )
    assert first_sentence(f"TypeSpecs that have a shape field; got {HOLE}, which") == (
        "TypeSpecs that have a shape field"
    )
    assert first_sentence(f"Argument `input_tensor` must be a KerasTensor. Received: {HOLE}") == (
        "Argument input_tensor must be a KerasTensor"
    )
