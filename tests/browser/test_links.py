"""No broken internal link or anchor on the built site."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import links, sites

pytestmark = pytest.mark.browser


def test_no_broken_internal_links(site_url: str, site_dir: Path) -> None:
    # Every page as a start: pages not yet in the nav are reached by nobody's link but are served.
    failures = links.linkchecker_failures(site_url, sites.pages(site_dir))
    assert not failures, "broken links (page:line of its HTML: link -> URL: result):\n" + "\n".join(failures)


def test_no_broken_anchors(site_dir: Path) -> None:
    failures = links.anchor_failures(site_dir)
    assert not failures, "links to a missing anchor:\n" + "\n".join(failures)


def test_a_missing_anchor_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="../a/#gone">x</a>'
    )
    assert links.anchor_failures(tmp_path) == ["a/index.html:1: ../a/#gone: no id 'gone' on a/index.html"]
