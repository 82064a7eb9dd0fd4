"""MkDocs hook: pages that were split up keep their addresses, anchors included.

`docs/moved.yml` maps each removed page to the page a reader lands on, and each of its old anchors
(`#section`) to the page that now holds that section's error. After the build, each removed page's
address gets a small page that sends the reader on: by the anchor in the address, else to its
default. A page that still exists but lost sections lists only `anchors:`; it gets a script that
sends those anchors on, and keeps every other. (mkdocs-redirects maps whole pages and keeps the
anchor, which no longer exists on the new page: it cannot send `#section` to a page of its own.) A
target that is not a page of the site is a warning, so `mkdocs build --strict` fails.
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils import get_relative_url

from docs_harness.mkdocs_site import page_url

log = logging.getLogger("mkdocs.hooks.moved_pages")

MOVED = "moved.yml"  # under docs/
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>This page has moved</title>
<meta name="robots" content="noindex">
{canonical}<script>
var moved = {anchors};
location.replace(moved[decodeURIComponent(location.hash.slice(1))] || {default_js});
</script>
<meta http-equiv="refresh" content="1; url={default}">
</head>
<body><main><p>This page has moved: <a href="{default}">{title}</a>.</p></main></body>
</html>
"""


KEPT = """<script>
(function () {{
  var moved = {anchors};
  var to = moved[decodeURIComponent(location.hash.slice(1))];
  if (to) location.replace(to);
}})();
</script>
"""


moved: dict[str, Any] = {}  # docs/moved.yml, read once per build (on_config)


def on_config(config: Any, **_: Any) -> Any:
    global moved
    path = Path(config.docs_dir) / MOVED
    moved = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}
    return config


def on_page_content(html_: str, page: Any, config: Any, **_: Any) -> str:
    where = moved.get(page.file.src_uri)
    if not where:
        return html_
    anchors = {a: get_relative_url(page_url(t), page.url) for a, t in (where.get("anchors") or {}).items()}
    return html_ + KEPT.format(anchors=json.dumps(anchors, sort_keys=True))


def on_post_build(config: Any, **_: Any) -> None:
    pages = {str(p.relative_to(config.docs_dir)) for p in Path(config.docs_dir).rglob("*.md")}
    site = Path(config.site_dir)
    for old, where in moved.items():
        targets = {"": where.get("default"), **(where.get("anchors") or {})}
        if old in pages:  # still a page: its lost anchors are sent on by on_page_content
            if targets.pop(""):
                log.warning(f"docs/{MOVED}: {old} still exists: it can only list anchors, not a default")
            missing = sorted({t for t in targets.values() if t not in pages})
            if missing:
                log.warning(f"docs/{MOVED}: {old}'s anchors move to pages that do not exist: {missing}")
            continue
        missing = sorted({t for t in targets.values() if t not in pages})
        if missing:
            log.warning(f"docs/{MOVED}: {old} moves to pages that do not exist: {missing}")
            continue
        old_url = page_url(old)

        def relative(target: str, old_url: str = old_url) -> str:
            return get_relative_url(page_url(target), old_url)

        anchors = {anchor: relative(t) for anchor, t in targets.items() if anchor}
        out = site / old_url / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        default = relative(where["default"])
        # Only a hosted build names its address (a local build has relative links only).
        canonical = (
            f'<link rel="canonical" href="{html.escape(config.site_url + page_url(where["default"]))}">\n'
            if config.site_url
            else ""
        )
        out.write_text(
            PAGE.format(
                default=html.escape(default),
                canonical=canonical,
                default_js=json.dumps(default),
                title=html.escape(where["default"]),
                anchors=json.dumps(anchors, sort_keys=True),
            ),
            encoding="utf-8",
        )
