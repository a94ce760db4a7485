# One command sets up and serves the book; one sets up and runs the tests.
#   make serve   -> http://127.0.0.1:8000/ (中文) and http://127.0.0.1:8000/en/ (English)
#   make test    -> the whole test suite
# Setup happens once (and again when pyproject.toml or package-lock.json change).

PYTHON ?= python3
VENV   ?= .venv
# The CPU build of torch is all the book needs. On a machine with an NVIDIA GPU, pass
# e.g. TORCH=torch to take the default (CUDA) build and run the GPU sections live.
TORCH  ?= torch==2.13.0

BIN   := $(VENV)/bin
SETUP := $(VENV)/.setup-done
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup browser serve build downloads test figures lint clean

setup: $(SETUP)

$(SETUP): pyproject.toml package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install "$(TORCH)"
	$(BIN)/python -m pip install -e ".[test]"
	npm ci
	touch $@

# The browser tests drive Chromium. If none is installed, install Debian's package
# (needs root: CI and containers), or say how to.
browser:
	@if [ -n "$$BOOK_CHROMIUM" ] || command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
	    || command -v google-chrome >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk; \
	else \
	    echo "The browser tests need Chromium: install it (e.g. sudo apt-get install chromium fonts-noto-cjk)" \
	         "or set BOOK_CHROMIUM to a Chromium or Chrome executable." >&2; exit 1; \
	fi

serve: $(SETUP)
	$(BIN)/mkdocs serve

build: $(SETUP)
	$(BIN)/mkdocs build --strict

# The PDFs (one per language) and the offline zip, into site/downloads/.
downloads: build browser
	$(BIN)/python scripts/build_downloads.py

test: $(SETUP) browser
	$(BIN)/python -m pytest

figures: $(SETUP)
	$(BIN)/python scripts/build_figures.py

lint: $(SETUP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf site .cache
