# kamergraaf: `make demo` sets everything up and builds the examples; `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test lint bench eval browser chromium setup clean help

help:
	@echo "make demo     set up a virtualenv, install, build the examples into outputs/"
	@echo "make test     lint, type-check and run the whole test suite (what CI runs)"
	@echo "make lint     ruff and mypy only"
	@echo "make bench    measure into docs/: the HTML graph, scale and a million triples (benchmarks*.md), entity precision/recall (entities.md)"
	@echo "make eval     score citations against nllegalcit and wetsuite (own virtualenv) into docs/citations.md"
	@echo "make browser  install the Debian packages the tests use (chromium, rapper, serdi, virtuoso)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --editable '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)

demo: setup chromium
	$(BIN)/kg build examples -o outputs
	$(BIN)/python tools/screenshot.py outputs/graph.html outputs/graph.png

chromium:
	@test -x $(CHROMIUM) || $(MAKE) browser SYSTEM_PACKAGES=chromium

# Debian packages the tests use: Chromium for the browser tests, rapper and serdi as independent
# RDF parsers, Virtuoso as a real triple store.
SYSTEM_PACKAGES := chromium raptor2-utils serdi virtuoso-opensource
browser:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages for the tests: $$missing"; \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

lint: setup
	$(BIN)/ruff check kg tests benchmarks tools
	$(BIN)/ruff format --check kg tests benchmarks tools
	$(BIN)/mypy

test: setup browser lint
	$(BIN)/pytest

bench: setup browser
	$(BIN)/python -m benchmarks.html_graph docs/benchmarks-html.md
	{ sed -n '1,4p' docs/benchmarks.md; cat docs/benchmarks-html.md; echo; sed -n '/^## Scale/,$$p' docs/benchmarks.md; } > docs/benchmarks.md.new
	mv docs/benchmarks.md.new docs/benchmarks.md
	rm docs/benchmarks-html.md
	$(BIN)/python -m benchmarks.entities docs/entities.md
	$(BIN)/python -m benchmarks.scale docs/benchmarks-scale.md
	$(BIN)/python -m benchmarks.triples docs/benchmarks-triples.md

# The tools compared with are not dependencies of kamergraaf (wetsuite pulls in AGPL PyMuPDF):
# they get a virtualenv of their own.
eval:
	$(PYTHON) -m venv .venv-eval
	.venv-eval/bin/pip install -q -e . nllegalcit wetsuite
	.venv-eval/bin/python -m benchmarks.citations_eval docs/citations.md

clean:
	rm -rf $(VENV) .venv-eval outputs/graph.* outputs/report.*
