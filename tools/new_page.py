"""Scaffold a page: `make new-page SLUG=my-page TITLE="My page"`.

Creates docs/<slug>.md, its snippet folder snippets/<slug>/ with one runnable example, and adds the
page to the nav in mkdocs.yml. A slug under errors/ gets the one-error layout: a reproducer and a
fix that trains, each in a Keras 3 and a tf-keras tab. The new page passes `make test` and
`make build` as it is; edit the example, then `make page PAGE=docs/<slug>.md UPDATE=1` refreshes
its shown outputs on every line.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PAGE = """\
---
description: >-
  {title}. Every example on this page is executed by the test suite.
---

# {title}

Each block below runs, in order, in a fresh process when `make test` runs.

```python title="example.py"
--8<-- "snippets/{slug}/example.py:example"
```
<!--pytest-codeblocks:expected-output-->
```text title="Output"
KerasTensor (None, 3)
```
"""

SNIPPET = """\
# --8<-- [start:example]
import keras

inputs = keras.Input(shape=(3,))
print(type(inputs).__name__, inputs.shape)
# --8<-- [end:example]
"""


# An error page (SLUG under errors/): the one-error layout, with a Keras 3 and a tf-keras tab each
# for the reproducer (asserted to fail) and the fix (asserted to train). Replace the placeholders.
ERROR_PAGE = """\
---
description: >-
  {title}: the one-line cause. Reproduced and fixed in Keras 3 and tf-keras; every block is executed.
---

# {title}

**When you meet it:** say when (building the model, when `fit` starts, in a loss, loading a model)
and which Keras, backend and release print it.

=== "Keras 3"

    <!--pytest.mark.raises-->
    ```python title="reproduce.py"
    --8<-- "snippets/{slug}/keras3.py:reproduce"
    ```
    <!--pytest-codeblocks:expected-output-->
    ```text title="Error"
    Traceback (most recent call last):
      ...
    ValueError: replace this reproducer with the shortest code that raises the error
    ```

=== "tf-keras (Keras 2)"

    <!--pytest.mark.raises-->
    ```python title="reproduce.py"
    --8<-- "snippets/{slug}/tf_keras.py:reproduce"
    ```
    <!--pytest-codeblocks:expected-output-->
    ```text title="Error"
    Traceback (most recent call last):
      ...
    ValueError: replace this reproducer with the shortest code that raises the error
    ```

**Why.** Two or three sentences.

## Fix: say what to write instead

=== "Keras 3"

    <!--pytest.mark.trains-->
    ```python title="fix.py"
    --8<-- "snippets/{slug}/keras3.py:fix"
    ```
    <!--pytest-codeblocks:expected-output-->
    ```text title="Output"
    finite: True | decreased: True
    ```

=== "tf-keras (Keras 2)"

    <!--pytest.mark.trains-->
    ```python title="fix.py"
    --8<-- "snippets/{slug}/tf_keras.py:fix"
    ```
    <!--pytest-codeblocks:expected-output-->
    ```text title="Output"
    finite: True | decreased: True
    ```
"""

ERROR_SNIPPET = """\
# --8<-- [start:reproduce]
raise ValueError("replace this reproducer with the shortest code that raises the error")
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
{imports}

{seed}(0)
x = np.random.rand(32, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = {keras}.Sequential([{keras}.Input(shape=(3,)), {keras}.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
h = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:fix]
"""
KERAS3 = {"imports": "import keras", "seed": "keras.utils.set_random_seed", "keras": "keras"}
TF_KERAS = {"imports": "import tf_keras", "seed": "tf_keras.utils.set_random_seed", "keras": "tf_keras"}


def add_to_nav(config: Path, title: str, page: str) -> None:
    """Add `- title: page` to the nav of mkdocs.yml, if the site has one.

    A page in a folder goes after the last nav entry of that folder, at its indentation (so
    `errors/x` joins the error pages); any other page goes at the end of the top-level list.
    """
    lines = config.read_text(encoding="utf-8").splitlines()
    if "nav:" not in lines:
        return
    start = lines.index("nav:") + 1
    end = start
    while end < len(lines) and (lines[end].startswith("  ") or not lines[end].strip()):
        end += 1
    folder = page.rpartition("/")[0]
    siblings = [
        i for i in range(start, end) if folder and re.match(rf"\s*- (.+: )?{re.escape(folder)}/", lines[i])
    ]
    if siblings:
        at = siblings[-1] + 1
        indent = lines[siblings[-1]][: len(lines[siblings[-1]]) - len(lines[siblings[-1]].lstrip())]
    else:
        at, indent = end, "  "
    lines.insert(at, f'{indent}- "{title}": {page}')
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slug", help="page path without .md, e.g. errors/my-error")
    parser.add_argument("title")
    parser.add_argument("--root", type=Path, default=Path("."), help="the project (mkdocs.yml)")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*", args.slug):
        parser.error(f"slug {args.slug!r}: use lowercase words joined by '-', folders by '/'")
    page = args.root / "docs" / f"{args.slug}.md"
    snippets = args.root / "snippets" / args.slug
    if page.exists() or snippets.exists():
        parser.error(f"{page} or {snippets}/ already exists")
    page.parent.mkdir(parents=True, exist_ok=True)
    snippets.mkdir(parents=True)
    if args.slug.startswith("errors/"):
        page.write_text(ERROR_PAGE.format(title=args.title, slug=args.slug), encoding="utf-8")
        (snippets / "keras3.py").write_text(ERROR_SNIPPET.format(**KERAS3), encoding="utf-8")
        (snippets / "tf_keras.py").write_text(ERROR_SNIPPET.format(**TF_KERAS), encoding="utf-8")
    else:
        page.write_text(PAGE.format(title=args.title, slug=args.slug), encoding="utf-8")
        (snippets / "example.py").write_text(SNIPPET, encoding="utf-8")
    add_to_nav(args.root / "mkdocs.yml", args.title, f"{args.slug}.md")
    print(f"created {page} and its snippets in {snippets}/; added to the nav in mkdocs.yml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
