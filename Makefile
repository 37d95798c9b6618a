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

.PHONY: setup model demo test lint format bench clean

setup: $(STAMP)

# torch is pinned to the CPU build that pip finds on this machine's disk; an unpinned
# torch would pull a multi-GB CUDA build. llama-cpp-python compiles (about 5 minutes).
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev,llm]'
	touch $(STAMP)

model: setup
	$(BIN)/newsbridge models install llm

demo: model
	$(BIN)/newsbridge ingest seeds/*.txt
	$(BIN)/newsbridge translate seeds/*.txt --engine $${ENGINE:-auto}
	$(BIN)/newsbridge stories --engine $${ENGINE:-auto}

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint model
	NEWSBRIDGE_REQUIRE_LLM=1 $(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/engines.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
