# Two commands set everything up on a fresh machine with python3 and make:
#   make demo   - virtualenv, install, demo database, open the TUI
#   make test   - virtualenv with dev extras, ruff, mypy, pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck pytest bench install dev clean snapshot-update

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

install: $(STAMP)
dev: $(DEV_STAMP)

demo: $(STAMP)
	$(BIN)/csdesk demo

lint: $(DEV_STAMP)
	$(BIN)/ruff check csdesk tests bench
	$(BIN)/ruff format --check csdesk tests bench

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

pytest: $(DEV_STAMP)
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: $(DEV_STAMP)
	$(BIN)/python -m bench

snapshot-update: $(DEV_STAMP)
	$(BIN)/pytest -q tests/snapshots --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
