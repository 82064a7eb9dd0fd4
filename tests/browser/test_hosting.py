"""The site as the Pages workflow builds it (SITE_URL and REPO_URL set) and as a local build has it.

Hosted: the sitemap and canonical links carry the site's address; every page has Material's edit
and view buttons and "This example fails for me" links that open the repository's issue form with
its fields filled in (one per Python block, with the line the suite's test IDs name, and one per
page); notebook pages open in Colab; llms.txt lists a Markdown copy of every page. Local: none of
the address- or repository-dependent parts is rendered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, expect

from browser import axe, chromium, sites
from docs_harness.mkdocs_site import Site
from docs_harness.pages import parse_page

pytestmark = pytest.mark.browser

# As the Pages workflow passes them: configure-pages' base_url has no trailing slash.
SITE = "https://example-owner.github.io/keras-tensor-docs"
REPO = "https://github.com/example-owner/keras-tensor-docs"
ISSUE_FORM = Path(__file__).parents[2] / ".github" / "ISSUE_TEMPLATE" / "example-fails.yml"
VERSIONS_ANCHOR = "compare-with-your-installation"


class Tags(HTMLParser):
    """The attributes of every `<a>` and `<link>` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[dict[str, str]] = []
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "a":
            self.anchors.append(found)
        elif tag == "link":
            self.links.append(found)


def tags(html_file: Path) -> Tags:
    parser = Tags()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="session")
def hosted_dir(docs_site: Site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    hosting = {"SITE_URL": SITE, "REPO_URL": REPO}
    return sites.build(docs_site.config_file, tmp_path_factory.mktemp("hosted-site"), hosting)


@pytest.fixture(scope="session")
def hosted_url(hosted_dir: Path) -> Iterator[str]:
    with sites.serve(hosted_dir) as url:
        yield url


@pytest.fixture(scope="session")
def hosted_pages(hosted_dir: Path, docs_site: Site) -> dict[str, str]:
    """Site path -> source file under docs/, for every page built from one."""
    found = {}
    for path in sites.pages(hosted_dir):
        source = sites.source_of(docs_site.docs_dir, path)
        if source is not None:
            found[path] = source.relative_to(docs_site.docs_dir).as_posix()
    assert found
    return found


def report_links(html_file: Path) -> list[dict[str, str]]:
    """The query fields of each "This example fails for me" link of a page, in page order."""
    found = []
    for anchor in tags(html_file).anchors:
        if "report-example__link" in anchor.get("class", ""):
            url = urlsplit(anchor["href"])
            assert f"{url.scheme}://{url.netloc}{url.path}" == f"{REPO}/issues/new", anchor["href"]
            query = parse_qs(url.query)
            assert all(len(values) == 1 for values in query.values()), query
            found.append({name: values[0] for name, values in query.items()})
    return found


def test_sitemap_and_canonical_links_carry_the_site_address(hosted_dir: Path, hosted_pages: dict) -> None:
    locs = re.findall(r"<loc>(.*?)</loc>", (hosted_dir / "sitemap.xml").read_text(encoding="utf-8"))
    assert sorted(locs) == sorted(f"{SITE}/{path}" for path in hosted_pages)
    wrong = []
    for path in hosted_pages:
        canonical = [
            t.get("href") for t in tags(hosted_dir / path / "index.html").links if t.get("rel") == "canonical"
        ]
        if canonical != [f"{SITE}/{path}"]:
            wrong.append(f"/{path}: {canonical}")
    assert not wrong, "pages without their canonical address:\n" + "\n".join(wrong)


def test_every_page_has_edit_and_view_buttons(hosted_dir: Path, hosted_pages: dict) -> None:
    wrong = []
    for path, source in hosted_pages.items():
        hrefs = {a.get("title"): a.get("href") for a in tags(hosted_dir / path / "index.html").anchors}
        expected = {
            "Edit this page": f"{REPO}/edit/main/docs/{source}",
            "View source of this page": f"{REPO}/raw/main/docs/{source}",
        }
        if any(hrefs.get(title) != href for title, href in expected.items()):
            wrong.append(f"/{path}: {[hrefs.get(t) for t in expected]}")
    assert not wrong, "edit and view buttons missing or wrong:\n" + "\n".join(wrong)


def test_every_page_has_a_report_link_with_the_form_fields_filled_in(
    hosted_dir: Path, hosted_pages: dict
) -> None:
    form = yaml.safe_load(ISSUE_FORM.read_text(encoding="utf-8"))
    fields = {item["id"] for item in form["body"] if "id" in item}
    versions_page = (hosted_dir / "about" / "versions" / "index.html").read_text(encoding="utf-8")
    assert f'id="{VERSIONS_ANCHOR}"' in versions_page
    for path, source in hosted_pages.items():
        html = (hosted_dir / path / "index.html").read_text(encoding="utf-8")
        shown = re.search(r"Tested with (.+?) \(CPU\)", html)
        assert shown, f"/{path}: no 'Tested with' line"
        links = report_links(hosted_dir / path / "index.html")
        page_level = [q for q in links if ", line " not in q["page"]]
        assert len(page_level) == 1, f"/{path}: {len(page_level)} page-level report links"
        for query in links:
            where = f"/{path}: {query}"
            assert query["template"] == ISSUE_FORM.name, where
            assert set(query) - {"template", "title"} <= fields, f"{where}: fields not in the form {fields}"
            assert query["page"].startswith(f"docs/{source}"), where
            assert f"({SITE}/{path})" in query["page"], where
            assert query["tested"] == f"{shown[1]} (CPU)", where
            assert "versions.py" in query["versions"], where
            assert f"{SITE}/about/versions/#{VERSIONS_ANCHOR}" in query["versions"], where
            assert query["title"].startswith("Example fails: "), where


def test_each_python_block_has_a_report_link_naming_its_line(
    hosted_dir: Path, hosted_pages: dict, docs_site: Site
) -> None:
    """The lines are those of the suite's test IDs (`docs/page.md::line 42`), from the same parser."""
    wrong = []
    for path, source in hosted_pages.items():
        if not source.endswith(".md"):
            continue
        blocks = [b.line for b in parse_page(docs_site, docs_site.docs_dir / source).blocks]
        links = report_links(hosted_dir / path / "index.html")
        lines = [int(m[1]) for q in links if (m := re.search(r", line (\d+) \(", q["page"]))]
        if lines != blocks:
            wrong.append(f"docs/{source}: links name lines {lines}, the suite's blocks are at {blocks}")
    assert not wrong, "\n".join(wrong)


def test_notebook_pages_open_in_colab(hosted_dir: Path, hosted_pages: dict, docs_site: Site) -> None:
    notebooks = 0
    for path, source in hosted_pages.items():
        colab = [
            a["href"]
            for a in tags(hosted_dir / path / "index.html").anchors
            if a.get("title") == "Open in Colab"
        ]
        if not source.endswith(".ipynb"):
            assert not colab, f"/{path} is not a notebook but links to Colab"
            continue
        notebooks += 1
        owner_repo = urlsplit(REPO).path
        assert colab == [f"https://colab.research.google.com/github{owner_repo}/blob/main/docs/{source}"], (
            colab
        )
        assert (docs_site.docs_dir / source).is_file()
    assert notebooks


def test_llms_txt_lists_a_markdown_copy_of_every_page(hosted_dir: Path, hosted_pages: dict) -> None:
    listed = re.findall(
        r"^- \[[^\]]+\]\((\S+)\)", (hosted_dir / "llms.txt").read_text(encoding="utf-8"), re.M
    )
    assert sorted(listed) == sorted(f"{SITE}/{path}index.md" for path in hosted_pages)
    for path in hosted_pages:
        copy = (hosted_dir / path / "index.md").read_text(encoding="utf-8")
        where = f"/{path}index.md"
        assert copy.startswith("# "), f"{where} does not start with the page's title"
        for leftover in ("--8<--", "<!--pytest", "<!--docs:", 'class="report-example'):
            assert leftover not in copy, f"{where} still has {leftover!r}"
        html = (hosted_dir / path / "index.html").read_text(encoding="utf-8")
        tabs = [unescape(t) for t in re.findall(r'<label for="__tabbed_[^"]*">([^<]+)</label>', html)]
        missing = [t for t in tabs if f'=== "{t}"' not in copy]
        assert not missing, f"{where} lost the titles of its tabs: {missing}"


def ours(violations: list[axe.Violation]) -> list[axe.Violation]:
    """The blocking violations on what a hosted build adds (the tour checks the rest of each page)."""
    return [
        v
        for v in violations
        if v.impact in axe.BLOCKING and ("report-example" in v.target or "md-content__button" in v.target)
    ]


def test_the_report_and_colab_links_show_and_pass_axe(
    browser: Browser, hosted_url: str, artifacts_dir: Path
) -> None:
    context = chromium.new_context(browser)
    # Offline: the repository widget asks GitHub for its stars; nothing here needs an answer.
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(hosted_url + "cookbook/masked-loss/")
        first = page.locator(".report-example__link").first
        expect(first).to_be_visible()
        block = page.locator(".md-content .highlight").first
        assert first.bounding_box()["y"] < block.bounding_box()["y"], "the report link is not above its block"
        expect(
            page.get_by_role("link", name=re.compile("^This example fails for me: report it"))
        ).to_be_visible()
        page.screenshot(path=artifacts_dir / "hosted-masked-loss-desktop.png")
        found = ours(axe.violations(page, "cookbook/masked-loss/"))
        page.goto(hosted_url + "notebooks/vae-kl-loss-keras3/")
        expect(page.get_by_role("link", name="Open in Colab")).to_be_visible()
        page.screenshot(path=artifacts_dir / "hosted-notebook-desktop.png")
        found += ours(axe.violations(page, "notebooks/vae-kl-loss-keras3/"))
    finally:
        context.close()
    assert not found, "serious or critical axe violations:\n" + "\n".join(map(str, found))


def test_a_local_build_has_relative_links_only(site_dir: Path) -> None:
    """Built without SITE_URL and REPO_URL: no address, no repository, nothing pointing elsewhere."""
    assert "<loc>" not in (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    for html_file in sorted(site_dir.rglob("*.html")):
        html = html_file.read_text(encoding="utf-8")
        where = html_file.relative_to(site_dir)
        for absent in (
            'rel="canonical"',
            'rel="edit"',
            "report-example",
            "colab.research.google.com",
            "example.org",
        ):
            assert absent not in html, f"{where} has {absent!r}"
    llms = (site_dir / "llms.txt").read_text(encoding="utf-8")
    listed = re.findall(r"^- \[[^\]]+\]\((\S+)\)", llms, re.M)
    assert listed and all(not url.startswith(("http:", "https:", "/")) for url in listed), listed
    assert all((site_dir / url).is_file() for url in listed)
