"""What the built site shows besides code: the tested versions, notebook downloads."""

from __future__ import annotations

import platform
import re
from importlib.metadata import version
from pathlib import Path

PAGES_WITHOUT_CONTENT = {"404.html"}


def test_every_page_states_the_versions_it_was_tested_with(built_site: Path) -> None:
    expected = (
        f"Python {platform.python_version()} · TensorFlow {version('tensorflow')} · Keras {version('keras')}"
    )
    pages = [p for p in built_site.rglob("*.html") if p.name not in PAGES_WITHOUT_CONTENT]
    assert pages
    missing = [str(p.relative_to(built_site)) for p in pages if expected not in p.read_text(encoding="utf-8")]
    assert not missing, f"pages without the line 'Tested with {expected}': {missing}"


def test_every_notebook_page_offers_its_download(built_site: Path) -> None:
    notebooks = sorted((built_site / "notebooks").rglob("index.html"))
    assert notebooks
    for page in notebooks:
        links = re.findall(
            r'href="([^"]+\.ipynb)"[^>]*title="Download this notebook"', page.read_text(encoding="utf-8")
        )
        assert links, f"{page.relative_to(built_site)}: no download button"
        target = built_site / Path(links[0]).relative_to("/")
        assert target.is_file(), f"{page.relative_to(built_site)}: the download {links[0]} is not in the site"
