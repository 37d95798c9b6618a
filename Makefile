# The two commands a newcomer needs:  make demo   and   make test
# Each one sets itself up: a virtual environment with pinned packages, the local LLM model
# (fetched once and verified by SHA-256), and for the browser tests Debian's Chromium.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

# llama.cpp flags that build and run on these CPUs (GGML_NATIVE=ON crashed here).
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_AVX512=OFF -DLLAMA_CURL=OFF

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup model browser demo serve test lint typecheck docs format bench clean

setup: $(STAMP)

# torch is pinned to the CPU build that pip finds on this machine's disk; an unpinned
# torch would pull a multi-GB CUDA build. llama-cpp-python compiles (about 5 minutes).
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev,llm,cluster]'
	touch $(STAMP)

model: setup
	$(BIN)/newsbridge models install llm

# Debian's Chromium, for the browser tests (Playwright drives it; it downloads nothing).
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# Translate the seeds (the first run takes a few minutes on 2 cores; later runs are
# cached), group them into stories, and serve the pages.
demo: model
	$(BIN)/newsbridge ingest seeds/*.txt
	$(BIN)/newsbridge translate seeds/*.txt --engine $${ENGINE:-auto}
	$(BIN)/newsbridge stories --engine $${ENGINE:-auto}
	$(BIN)/newsbridge serve --host $(HOST) --port $(PORT)

serve: setup
	$(BIN)/newsbridge serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy in strict mode over translate/, web/ and glossary/ (pyproject's [tool.mypy]).
typecheck: setup
	$(BIN)/mypy

# The user and developer guide (docs/) as a site in build/site; any warning fails it.
docs: setup
	$(BIN)/mkdocs build --strict

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint typecheck model browser
	NEWSBRIDGE_REQUIRE_LLM=1 NEWSBRIDGE_REQUIRE_BROWSER=1 NEWSBRIDGE_REQUIRE_RAY=1 $(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/engines.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache build *.egg-info
