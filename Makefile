# Two commands set everything up on a fresh machine with python3 and make:
#   make demo   - virtualenv, install, demo database, open the TUI
#   make test   - virtualenv with dev extras, ruff, mypy, pytest on SQLite, then the store-touching
#                 tests again on a throw-away PostgreSQL (Debian's package, installed if missing)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# The suites that touch the store run a second time on PostgreSQL.
PG_SUITES := tests/desk tests/cli tests/ui tests/pg tests/web

.PHONY: demo test lint typecheck pytest pytest-pg system-deps bench fuzz install dev clean snapshot-update

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres,web]'
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

pytest: $(DEV_STAMP) system-deps
	$(BIN)/pytest -q

# What the tests need from Debian: a PostgreSQL 15+ server's binaries (the tests start their own
# throw-away cluster, not a service) and chromium for the browser test. Installed when missing.
SYSTEM_PACKAGES := $(if $(wildcard /usr/lib/postgresql/*/bin/initdb),,postgresql) \
	$(if $(wildcard /usr/bin/chromium),,chromium)

system-deps:
	@if [ -n "$(strip $(SYSTEM_PACKAGES))" ]; then \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES); fi

pytest-pg: $(DEV_STAMP) system-deps
	CSDESK_TEST_PG=cluster $(BIN)/pytest -q $(PG_SUITES)

test: lint typecheck pytest pytest-pg

# The property tests with a fresh random draw each run (make test draws the same examples each time).
fuzz: $(DEV_STAMP)
	CSDESK_FUZZ=1 $(BIN)/pytest -q $$(grep -rl "from hypothesis" tests)

bench: $(DEV_STAMP)
	$(BIN)/python -m bench

snapshot-update: $(DEV_STAMP)
	$(BIN)/pytest -q tests/snapshots --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
