"""Build a MkDocs site into a folder and serve it on 127.0.0.1, as a reader's browser gets it."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The page the site exists for: its copy buttons are checked block by block, and it is screenshotted.
KEY_PAGE = "why-kerastensor-in-loss/"


# What the Pages workflow sets (mkdocs.yml): a local build has neither, whatever the shell has.
HOSTING_VARIABLES = ("SITE_URL", "REPO_URL")


def build(config_file: Path, site_dir: Path, hosting: dict[str, str] | None = None) -> Path:
    """`mkdocs build` into `site_dir`; with `hosting` (SITE_URL, REPO_URL), as the Pages workflow builds.

    `--no-strict`: mkdocs.yml sets `strict: true`, and a page someone is still writing may warn (a
    page not yet in the nav, say) while its HTML is complete. The strict build is `make build`'s job;
    these checks are about what the reader gets.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "--no-strict", "--quiet"]
    command += ["--config-file", str(config_file), "--site-dir", str(site_dir)]
    env = {k: v for k, v in os.environ.items() if k not in HOSTING_VARIABLES}
    env.update(hosting or {}, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"mkdocs build failed for {config_file}:\n{done.stderr}")
    return site_dir


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # a line per request would bury pytest's own output

    def end_headers(self) -> None:
        # LinkChecker waits 0.1-0.6 s between two requests to a host unless the host answers with
        # this header; it then keeps to `maxrequestspersecond` of linkcheckerrc (13 s -> 7 s here).
        self.send_header("LinkChecker", "local test server")
        super().end_headers()


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # The browser drops connections it no longer needs (a page left before a request finished):
        # not a failure of the site. Failed requests are checked in the browser, where they matter.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` over HTTP on a free port of 127.0.0.1; yields the root URL, ending in `/`."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = QuietServer(("127.0.0.1", 0), handler)  # port 0: the OS picks a free one
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def pages(site_dir: Path) -> list[str]:
    """Every page of a built site, as a path from its root: `''`, `errors/keras-tensor/`, ..."""
    found = []
    for html in sorted(site_dir.rglob("index.html")):
        rel = html.parent.relative_to(site_dir).as_posix()
        found.append("" if rel == "." else f"{rel}/")
    return found


def source_of(docs_dir: Path, path: str) -> Path | None:
    """The page file a site path was built from (`errors/` -> `docs/errors/index.md`), if any."""
    stem = path.rstrip("/")
    candidates = [f"{stem}.md", f"{stem}/index.md", f"{stem}.ipynb"] if stem else ["index.md"]
    return next((docs_dir / c for c in candidates if (docs_dir / c).is_file()), None)
