"""Reader checks in a real browser (Chromium driven by Playwright) on the built site.

A package, so that its test modules (`browser.test_search`) do not clash with `tests/test_search.py`.
"""
