# Two commands set up everything on a fresh machine:
#   make book   build the HTML book into _build/html (every notebook executed)
#   make test   run the whole test suite (builds the book first)
#   make bench  build times, page weights and Lighthouse scores (needs Node.js/npm), the class survey's import
#               of 2,000 files in Python and in the browser
#   make check-fresh  the two commands above on a clean Debian 12 root (root, debootstrap; not in make test)
# For teachers:
#   make book-guru  the teacher edition (every solution and answer key shown) into _build/guru/html
#   make notebooks  the learner notebooks of both editions (plain Markdown, nothing to render) into
#                   _build/notebooks/siswa and _build/notebooks/guru
#   make cabang-notebook  the tree of the learner-notebook branch every launcher opens, into _build/cabang-notebook
#   make pack       the student pack and the teacher pack (zips for a USB stick, no internet), with the LKPD as
#                   PDF, DOCX and ODT, and the print edition (tools/cetak.py: the book as PDF, A4 and A5)
SHELL   := /bin/bash
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
JB      := $(BIN)/jupyter-book build . -W -n --keep-going
PORT    ?= 8000

.PHONY: book book-guru notebooks cabang-notebook pack test serve bench setup chromium vendor clean check-fresh

# The virtual environment with every pinned package; rebuilt when the requirements change. Two packages of
# this repository go in, editable: the course package `kursus` (what learners install) and the book's build
# side `kursus_buku` (Sphinx extensions, assets), which has its own pyproject.toml so learners never get it.
$(STAMP): requirements.txt pyproject.toml src/kursus_buku/pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Butuh Python 3.11 atau lebih baru; '$(PYTHON)' adalah $$($(PYTHON) --version 2>&1)." \
	         "Pilih yang lain, misalnya: make PYTHON=python3.12 ..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . -e src/kursus_buku
	touch $@

setup: $(STAMP)

# The HTML output is written afresh each time (the executed notebooks and Sphinx's doctrees stay cached):
# Sphinx never deletes a page that left the book, so a teacher page from an older build would otherwise stay
# in the student edition.
book: $(STAMP) chromium
	$(BIN)/python tools/vendor.py --check
	$(BIN)/python tools/cache_guard.py siswa
	rm -rf _build/html
	$(JB)
	$(BIN)/python tools/cache_guard.py siswa --selesai

# The teacher edition: same sources, KURSUS_EDISI=guru (read by kursus_buku.edisi). Jupyter Book writes to
# <path-output>/_build/html; _build/guru/html points there. Executed notebooks come from the shared cache.
book-guru: $(STAMP) chromium
	$(BIN)/python tools/vendor.py --check
	$(BIN)/python tools/cache_guard.py guru
	rm -rf _build/guru/_build/html
	KURSUS_EDISI=guru $(JB) --path-output _build/guru
	$(BIN)/python tools/cache_guard.py guru --selesai
	ln -sfn _build/html _build/guru/html

# Learner notebooks: each HTML build also writes its edition's notebooks from the same resolved doctrees
# (kursus_buku/notebook.py), so this is the two builds.
notebooks: book book-guru

# The learner-notebook branch (kursus_cabang_notebook in _config.yml) as a local tree: what the publishing workflow
# pushes, and what the JupyterLab and Notebook 7 tests open.
cabang-notebook: book
	$(BIN)/python tools/cabang_notebook.py

# Two zips: the student pack (no answer keys, no teacher pages) and the teacher pack. Chromium prints the LKPD
# to PDF and pandoc turns it into an editable DOCX and ODT.
pack: chromium book book-guru
	$(BIN)/python tools/pack.py --edisi siswa
	$(BIN)/python tools/pack.py --edisi guru

# Debian packages the build, the tests and the packs need: Chromium for the charts' pictures (kaleido, at build),
# the browser tests and the LKPD PDF (Playwright
# cannot download its own browser here), libatomic1 for Playwright's bundled driver (a fresh Debian 12 lacks it),
# hunspell with the Indonesian dictionary for the spelling check, git (the install tests clone and pip-install
# from git), pandoc for the editable LKPD (DOCX, ODT), and poppler-utils (pdfinfo, pdftotext) to check the PDFs.
DEBS := chromium libatomic1 hunspell hunspell-id git pandoc poppler-utils
chromium:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# Two test workers (pytest-xdist), one test module at a time each: tests/conftest.py says how they share the work.
test: $(STAMP) chromium
	$(MAKE) --no-print-directory book book-guru
	$(BIN)/python tools/cabang_notebook.py
	$(BIN)/python -m pytest -n 2 --dist loadscope --no-loadscope-reorder

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
	$(BIN)/python tools/bench_widgets.py
	$(BIN)/python tools/bench_survei.py

# Re-fetch the vendored browser libraries from the npm registry and check them against vendor/manifest.json.
vendor:
	$(PYTHON) tools/vendor.py

# The README's two commands on a clean Debian 12 root (debootstrap; needs root, 20-40 minutes): see
# tools/check_fresh.sh. FRESH_SUITE=trixie checks Debian 13. Not part of `make test`.
check-fresh:
	bash tools/check_fresh.sh

clean:
	rm -rf _build/html _build/.doctrees _build/guru _build/pack _build/notebooks _build/cabang-notebook
