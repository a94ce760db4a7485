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

.PHONY: setup serve build test figures lint clean

setup: $(SETUP)

$(SETUP): pyproject.toml package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install "$(TORCH)"
	$(BIN)/python -m pip install -e ".[test]"
	npm ci
	touch $@

serve: $(SETUP)
	$(BIN)/mkdocs serve

build: $(SETUP)
	$(BIN)/mkdocs build --strict

test: $(SETUP)
	$(BIN)/python -m pytest

figures: $(SETUP)
	$(BIN)/python scripts/build_figures.py

lint: $(SETUP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf site .cache
