"""Test harness that proves every code block rendered on the site.

- `site`: reads `mkdocs.yml` so pages are expanded with the same `pymdownx.snippets` settings MkDocs uses.
- `pages`: expands a page's includes, extracts its blocks with pytest-codeblocks, lints what it would miss.
- `runner`: a pre-imported interpreter that forks a fresh child per page and runs its blocks in order.
- `outputs`: normalises run-to-run noise and rewrites shown outputs (`make update`).
- `plugin`: the pytest plugin that turns each block into a test item.
"""
