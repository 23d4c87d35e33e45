# berita-etl: `make run` and `make test` set everything up on a fresh machine (Python 3.11 + make).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install run test lint typecheck unit bench clean docs

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: install
	$(BIN)/berita run seeds -o data

lint: install
	$(BIN)/ruff check etl flows schemas tests scripts
	$(BIN)/ruff format --check etl flows schemas tests scripts

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q -m "not slow"

test: install lint typecheck
	$(BIN)/pytest -q -n 2 --dist loadgroup

bench: install
	$(BIN)/python -m scripts.bench

docs: install
	$(BIN)/python -m schemas.doc > docs/schema.md

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
