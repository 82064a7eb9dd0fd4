"""Test harness that proves every code block rendered on the site (a pytest plugin, `plugin`).

- `contract`: the rules a page is written to (languages, comments, environments, files); the hooks,
  the browser checks and the tools read them from here too.
- `fences`: the one fence lexer: which fences a page has and which tab each is in.
- `mkdocs_site`: reads `mkdocs.yml`, so pages expand with the `pymdownx.snippets` settings MkDocs uses.
- `pages`: expands a page's includes, extracts its blocks with pytest-codeblocks, lints what it would miss.
- `runner`: a pre-imported interpreter that forks a fresh child per page and runs its blocks in order.
- `outputs`: normalises run-to-run noise and rewrites shown outputs (`make update`).
- `notebooks`: runs notebook pages with nbclient and compares their stored outputs.
- `record`, `releases`: the suite's record of versions, and which releases this environment has.
- `raised_messages`: the KerasTensor error messages the installed Keras sources can raise.
- `layout`: every snippet shown on a page, every section marker paired.
"""
