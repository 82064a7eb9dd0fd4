"""What the built site shows besides code: the tested versions, notebook downloads."""

from __future__ import annotations

import platform
import re
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urljoin

import yaml

from docs_harness.mkdocs_site import page_url

PAGES_WITHOUT_CONTENT = {"404.html"}


def moved_pages(docs_dir: Path) -> set[str]:
    """The addresses docs/moved.yml keeps for removed pages: redirects, not pages (hooks/moved_pages.py)."""
    moved = yaml.safe_load((docs_dir / "moved.yml").read_text(encoding="utf-8")) or {}
    return {f"{page_url(old)}index.html" for old in moved}


def test_every_page_states_the_versions_it_was_tested_with(built_site: Path, docs_site) -> None:
    # The footer comes from the suite's record; these are the versions this suite runs with.
    python = ".".join(platform.python_version_tuple()[:2])
    expected = (
        f"Python {python} · TensorFlow {version('tensorflow')} · Keras {version('keras')} · "
        f"tf-keras {version('tf-keras')} · JAX {version('jax')} · PyTorch {version('torch')}"
    )
    redirects = moved_pages(docs_site.docs_dir)
    pages = [
        p
        for p in built_site.rglob("*.html")
        if p.name not in PAGES_WITHOUT_CONTENT and p.relative_to(built_site).as_posix() not in redirects
    ]
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
        # Relative to the page without a site_url (a local build), from the root with one.
        target = built_site / urljoin("/" + page.relative_to(built_site).as_posix(), links[0]).lstrip("/")
        assert target.is_file(), f"{page.relative_to(built_site)}: the download {links[0]} is not in the site"


def test_every_portable_block_shows_where_it_was_tested(built_site: Path, docs_site) -> None:
    for source in docs_site.pages():
        portable = source.read_text(encoding="utf-8").count("<!--pytest.mark.portable-->")
        if not portable:
            continue
        html = (built_site / source.relative_to(docs_site.docs_dir).with_suffix("") / "index.html").read_text(
            encoding="utf-8"
        )
        rows = re.findall(r'<p class="runs-on">(.*?)</p>', html)
        assert len(rows) == portable, (
            f"{docs_site.rel(source)}: {portable} portable blocks, {len(rows)} badge rows"
        )
        for row in rows:
            backends = re.findall(r'runs-on__backend--(\w[\w-]*)"[^>]*>([^<]+)<', row)
            assert [name for _, name in backends] == ["TensorFlow", "JAX", "PyTorch"], row
