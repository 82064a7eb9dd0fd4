"""Every KerasTensor / symbolic-tensor error the installed libraries can raise has an entry.

The messages are read from the installed Keras 3 and tf-keras sources (docs_harness.messages); an
entry covers a message when the message appears in an output block of a page under docs/errors/.
Upgrading a library that adds or rewords a message turns this red, naming the raise site.
"""

from __future__ import annotations

import pytest
from docs_harness.messages import Message, messages_in
from docs_harness.pages import parse_page
from docs_harness.site import Site

LIBRARIES = {
    # The OpenVINO backend is inference-only and outside the tested backends (TensorFlow, JAX).
    "Keras 3": lambda: messages_in("Keras 3", "keras", skip=("backend/openvino/",)),
    "tf-keras": lambda: messages_in("tf-keras", "tf_keras"),
}


@pytest.fixture(scope="module")
def shown_errors(docs_site: Site) -> str:
    """The text of every output block on the error pages, as the reader sees it (other releases' too)."""
    pages = sorted((docs_site.docs_dir / "errors").rglob("*.md"))
    blocks = [b for page in pages for b in parse_page(docs_site, page).blocks]
    shown = [b.expected_output for b in blocks if b.expected_output]
    shown += [v.text for b in blocks for v in b.version_outputs]
    return "\n".join(shown)


@pytest.mark.parametrize("library", LIBRARIES)
def test_every_message_has_an_entry(library: str, shown_errors: str, capsys) -> None:
    messages: tuple[Message, ...] = LIBRARIES[library]()
    assert messages, f"no messages found in the {library} sources: is it installed?"
    missing = [m for m in messages if not m.pattern.search(shown_errors)]
    with capsys.disabled():
        print(f"\n{library}: {len(messages) - len(missing)} of {len(messages)} messages covered")
    assert not missing, f"{len(missing)} {library} messages have no entry under docs/errors/:\n" + "\n".join(
        f"  {m.file}:{m.line}: {m.error}: {m.readable}" for m in missing
    )
