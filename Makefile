# Two commands set up everything on a fresh machine:
#   make book   build the HTML book into _build/html (every notebook executed)
#   make test   run the whole test suite (builds the book first)
#   make bench  build times, page weights and Lighthouse scores (needs Node.js/npm)
SHELL   := /bin/bash
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
JB      := $(BIN)/jupyter-book build . -W -n --keep-going
PORT    ?= 8000

.PHONY: book test serve bench setup chromium vendor clean

# The virtual environment with every pinned package; rebuilt when the requirements change.
$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

setup: $(STAMP)

book: $(STAMP)
	$(BIN)/python tools/vendor.py --check
	$(JB)

# Debian's Chromium for the browser tests (Playwright cannot download its own browser here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

test: $(STAMP) chromium
	$(MAKE) --no-print-directory book
	$(BIN)/python -m pytest

serve: book
	@echo "Buku tersedia di http://127.0.0.1:$(PORT)/ (Ctrl+C untuk berhenti)"
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html $(PORT)

# Lighthouse for the benchmark, pinned in package-lock.json, installed into ./node_modules.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

bench: $(STAMP) chromium $(NODE_STAMP)
	$(BIN)/python tools/bench.py

# Re-fetch the vendored browser libraries from the npm registry and check them against vendor/manifest.json.
vendor:
	$(PYTHON) tools/vendor.py

clean:
	rm -rf _build/html _build/.doctrees
