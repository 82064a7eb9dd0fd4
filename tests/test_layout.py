"""The site's tree follows the convention: docs/<page>.md keeps its code in snippets/<page>/."""

from docs_harness.layout import layout_problems
from docs_harness.mkdocs_site import Site


def test_every_snippet_is_shown_on_its_page(docs_site: Site) -> None:
    problems = layout_problems(docs_site)
    assert not problems, "\n".join(problems)


def test_every_page_states_what_it_is_about(docs_site: Site) -> None:
    # Search engines and the site search show the description; the error index relies on it.
    missing = [
        docs_site.rel(p)
        for p in docs_site.pages()
        if not p.read_text(encoding="utf-8").startswith("---\ndescription:")
    ]
    assert not missing, f"pages without a front-matter description: {missing}"
