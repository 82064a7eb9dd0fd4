"""The site's configuration, as MkDocs reads it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import markdown
from pymdownx.snippets import SnippetPreprocessor


@dataclass(frozen=True)
class Site:
    """A MkDocs project: where pages and snippets live and how includes are configured."""

    config_file: Path
    docs_dir: Path
    snippets_config: dict[str, Any]

    @classmethod
    def load(cls, config_file: Path) -> Site:
        # mkdocs' own loader, so the harness cannot drift from what the build sees.
        from mkdocs.config import load_config

        config_file = config_file.resolve()
        config = load_config(str(config_file))
        snippets = dict(config["mdx_configs"].get("pymdownx.snippets", {}))
        if not snippets.get("check_paths"):
            raise ValueError(
                f"{config_file}: pymdownx.snippets must set `check_paths: true`, "
                "or a missing snippet renders as nothing"
            )
        # pymdownx resolves base paths against the working directory; pin them to the project.
        bases = snippets.get("base_path", ["."])
        bases = [bases] if isinstance(bases, str) else bases
        snippets["base_path"] = [str((config_file.parent / b).resolve()) for b in bases]
        return cls(config_file, Path(config["docs_dir"]).resolve(), snippets)

    @property
    def root(self) -> Path:
        return self.config_file.parent

    @cached_property
    def snippets_dir(self) -> Path:
        return self.root / "snippets"

    def snippet_preprocessor(self) -> SnippetPreprocessor:
        """A fresh `pymdownx.snippets` preprocessor with the site's settings."""
        md = markdown.Markdown(
            extensions=["pymdownx.snippets"],
            extension_configs={"pymdownx.snippets": self.snippets_config},
        )
        return md.preprocessors["snippet"]

    def pages(self) -> list[Path]:
        return sorted(self.docs_dir.rglob("*.md"))

    def snippet_folder_for(self, page: Path) -> Path:
        """`docs/a/b.md` keeps its runnable code in `snippets/a/b/`."""
        return self.snippets_dir / page.resolve().relative_to(self.docs_dir).with_suffix("")

    def rel(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()


def page_url(src: str) -> str:
    """The address MkDocs gives a page under docs/ (use_directory_urls): errors/x.md -> errors/x/."""
    if src == "index.md":
        return ""
    return src.removesuffix(".md").removesuffix("/index").removesuffix("index") + "/"
