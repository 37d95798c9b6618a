# The two commands a newcomer needs:  make demo   and   make test
# Each one sets itself up: a virtual environment with pinned packages (and, for the
# browser tests, Debian's Chromium).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: setup demo test lint format clean

setup: $(STAMP)

# torch is pinned to the CPU build that pip finds on this machine's disk; an unpinned
# torch would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/newsbridge ingest seeds/*.txt
	$(BIN)/newsbridge translate seeds/*.txt --engine $${ENGINE:-auto} \
	  || $(BIN)/newsbridge translate seeds/*.txt --engine none

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: setup lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
