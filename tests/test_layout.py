"""The site's tree follows the convention: docs/<page>.md keeps its code in snippets/<page>/."""

from docs_harness import error_reports
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


def test_the_error_pages_are_in_the_nav_as_the_index_groups_them(docs_site: Site) -> None:
    config = docs_site.config_file.read_text(encoding="utf-8").splitlines()
    start, end = error_reports.nav_span(config)
    assert config[start:end] == error_reports.nav_section(docs_site.root), (
        "mkdocs.yml: the nav's error pages differ from the error index's groups: "
        "run `.venv/bin/python tools/error_nav.py`"
    )
