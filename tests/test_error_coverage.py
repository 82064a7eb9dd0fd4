"""Every KerasTensor / symbolic-tensor error the installed libraries can raise has an entry.

The messages are read from the installed Keras 3 and tf-keras sources (docs_harness.raised_messages, where
the one rule for "about KerasTensors or symbolic tensors" lives); an entry covers a message when the
message appears in an output block of a page under docs/errors/. Upgrading a library that adds or
rewords a message turns this red, naming the raise site.

A raise without message text in a function about KerasTensors (a bare `raise`, an exception class,
a message computed at run time) cannot be matched: each such site either has an entry that names
its file and function, or is in OUT_OF_SCOPE with the reason. Both lists are printed.
"""

from __future__ import annotations

import pytest

from docs_harness import error_reports
from docs_harness.mkdocs_site import Site as DocsSite
from docs_harness.pages import parse_page
from docs_harness.raised_messages import Message, Site, messages_in, sites_in
from docs_harness.releases import installed

# The OpenVINO backend is inference-only and outside the tested backends (TensorFlow, JAX, PyTorch).
SOURCES = {"Keras 3": ("keras", ("backend/openvino/",)), "tf-keras": ("tf_keras", ())}

# What no reader meets as an error of its own, one reason each: messages that cannot be raised, and
# raise sites without message text. Keyed by (library, file, function, message text or raise
# statement): the line moves between releases, these rarely do.
OUT_OF_SCOPE = {
    (
        "Keras 3",
        "applications/mobilenet_v2.py",
        "MobileNetV2",
        "input_tensor must be a valid Keras tensor type; Received {...} of type {...}",
    ): (
        "cannot be raised: it is the `except ValueError` around `backend.is_keras_tensor`, an isinstance "
        "check in Keras 3 that never raises (docs/errors/functional-api.md shows it answer False)"
    ),
    ("Keras 3", "trainers/trainer.py", "Trainer._symbolic_build", "raise"): (
        "re-raises, unchanged, the ValueError that building the model on symbolic inputs raised: "
        "the reader sees that error's own message"
    ),
    ("tf-keras", "engine/base_layer.py", "Layer._functional_construction_call", "raise e"): (
        "re-raises, unchanged, the TypeError from calling the layer on KerasTensors (the DictWrapper "
        "case gets a message of its own): the reader sees that error's own message"
    ),
    (
        "tf-keras",
        "engine/functional.py",
        "reconstruct_from_config._deserialize_keras_tensors._deserialize_keras_tensor",
        "raise IndexError",
    ): (
        "control flow while loading a model config: its only caller, process_node, catches the "
        "IndexError and retries the node later; it never reaches the reader"
    ),
}


# The release that added an OUT_OF_SCOPE raise newer than the oldest supported line (from the
# library's history): on older releases its absence is not staleness.
ADDED_IN = {("Keras 3", "trainers/trainer.py", "Trainer._symbolic_build", "raise"): "keras>=3.14"}


def all_messages(library: str) -> tuple[Message, ...]:
    package, skip = SOURCES[library]
    return messages_in(library, package, skip)


def all_sites(library: str) -> tuple[Site, ...]:
    package, skip = SOURCES[library]
    return sites_in(library, package, skip)


# The messages a reader can meet: each needs an entry (here) and a section title (test_search.py).
LIBRARIES = {
    library: (lambda library=library: tuple(m for m in all_messages(library) if m.key not in OUT_OF_SCOPE))
    for library in SOURCES
}


def report_out_of_scope(found) -> None:
    for item in found:
        if item.key in OUT_OF_SCOPE:
            code = f"`{item.code}`" if isinstance(item, Site) else item.error
            print(
                f"  {item.file}:{item.line}: {item.function}: {code}: out of scope: {OUT_OF_SCOPE[item.key]}"
            )


def error_pages(docs_site: DocsSite):
    return sorted((docs_site.docs_dir / "errors").rglob("*.md"))


@pytest.fixture(scope="module")
def shown_errors(docs_site: DocsSite) -> str:
    """The text of every output block on the error pages, as the reader sees it (other releases' too)."""
    blocks = [b for page in error_pages(docs_site) for b in parse_page(docs_site, page).blocks]
    shown = [b.expected_output for b in blocks if b.expected_output]
    shown += [v.text for b in blocks for v in b.version_outputs]
    return "\n".join(shown)


@pytest.fixture(scope="module")
def error_page_text(docs_site: DocsSite) -> str:
    """The Markdown of the error pages, where an entry names a raise site."""
    return "\n".join(page.read_text(encoding="utf-8") for page in error_pages(docs_site))


@pytest.mark.parametrize("library", SOURCES)
def test_every_message_has_an_entry(library: str, shown_errors: str, capsys) -> None:
    messages: tuple[Message, ...] = LIBRARIES[library]()
    assert messages, f"no messages found in the {library} sources: is it installed?"
    missing = [m for m in messages if not m.pattern.search(shown_errors)]
    with capsys.disabled():
        print(f"\n{library}: {len(messages) - len(missing)} of {len(messages)} messages covered")
        report_out_of_scope(all_messages(library))
    assert not missing, f"{len(missing)} {library} messages have no entry under docs/errors/:\n" + "\n".join(
        f"  {m.file}:{m.line}: {m.error}: {m.readable}" for m in missing
    )


@pytest.mark.parametrize("library", SOURCES)
def test_every_raise_without_a_message_is_named_or_out_of_scope(
    library: str, error_page_text: str, capsys
) -> None:
    sites = all_sites(library)
    named = [s for s in sites if s.named_in(error_page_text)]
    missing = [s for s in sites if s not in named and s.key not in OUT_OF_SCOPE]
    with capsys.disabled():
        done = len(sites) - len(missing)
        print(f"\n{library}: {done} of {len(sites)} raise sites without message text named or out of scope")
        for s in named:
            print(f"  {s.file}:{s.line}: {s.function}: `{s.code}`: named by an entry")
        report_out_of_scope(s for s in sites if s not in named)
    assert not missing, (
        f"{len(missing)} {library} raise sites without message text are neither named by an entry under "
        "docs/errors/ (its file and function) nor in OUT_OF_SCOPE with a reason:\n"
        + "\n".join(f"  {s.path}:{s.line}: {s.function}: `{s.code}`" for s in missing)
    )


def test_out_of_scope_names_real_sites() -> None:
    """A stale OUT_OF_SCOPE entry (the raise was removed or reworded) would excuse nothing."""
    keys = {item.key for library in SOURCES for item in (*all_messages(library), *all_sites(library))}
    stale = [key for key in OUT_OF_SCOPE if key not in keys and installed(ADDED_IN.get(key))]
    assert not stale, "OUT_OF_SCOPE names raise sites that the installed sources lack:\n" + "\n".join(
        f"  {key}" for key in stale
    )


# Corpus entries (docs/errors/reports.yml) whose page is not written yet, or whose page does not yet
# show their exact wording: issue 14 stays open for them. Any other entry without such a page fails,
# and so does an entry listed here that has one now (take it off the list).
STILL_TO_WRITE = {
    "cannot-convert-nonetype-graph-element",
    "capture-eager-tensor-without-function",
    "could-not-be-deserialized-properly",
    "gradients-do-not-exist",
    "gradients-do-not-exist-forgot-loss",
    "gradients-does-not-exist",
    "inaccessible-tensor-another-function",
    "inaccessible-tensor-funcgraph-out-of-scope",
    "inaccessible-tensor-out-of-scope",
    "iterating-not-allowed-autograph-did-convert",
    "iterating-not-allowed-autograph-did-not-convert",
    "iterating-not-allowed-autograph-disabled",
    "iterating-not-allowed-graph-execution",
    "iterating-symbolic-tensor-not-allowed",
    "keras-symbolic-no-len",
    "keras-symbolic-no-op",
    "kerastensor-no-custom-dispatchers",
    "lambda-deserialization-unsafe",
    "model-not-yet-built-standalone",
    "no-gradients-any-variable-check-graph",
    "numpy-only-eager",
    "output-tensors-model-keras-layer",
    "output-tensors-model-keras-tensors",
    "output-tensors-model-tensorflow-layer",
    "tensor-no-attribute-keras-history",
    "tensor-numpy-behavior-attribute",
    "tensor-unhashable-equality-enabled",
    "unknown-activation-function",
    "variable-unhashable-equality-enabled",
    "variable-unhashable-ref",
}


def test_every_reported_message_has_a_page_that_shows_it(docs_site: DocsSite, capsys) -> None:
    reports = error_reports.load(docs_site.root)
    found = error_reports.problems(docs_site.root, reports)
    lacking = {report.id for report, _ in found}
    with capsys.disabled():
        print(
            f"\ncorpus: {len(reports) - len(lacking)} of {len(reports)} reported messages have a page that "
            f"shows them; {len(STILL_TO_WRITE)} still to write"
        )
    unexpected = [problem for report, problem in found if report.id not in STILL_TO_WRITE]
    assert not unexpected, "corpus entries without a page that shows them:\n" + "\n".join(unexpected)
    written = sorted(STILL_TO_WRITE - lacking)
    assert not written, f"these have a page that shows them now: take them off STILL_TO_WRITE: {written}"
