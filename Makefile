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

.PHONY: demo test lint typecheck pytest pytest-pg system-deps bench fuzz install dev clean snapshot-update compiled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[compiled]'
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,compiled,postgres,web]'
	touch $(STAMP) $@

# The parser's modules compiled with mypyc (csdesk/compiled.py): ~1.5 min of CPU when a parser
# source changed, a second otherwise. Used only while they match their sources; a failed build
# leaves the pure modules in use, which the tests cover too.
compiled: $(STAMP)
	$(BIN)/python -m csdesk.compile_parser || echo "compiled parser: build failed, using pure Python"

install: $(STAMP)
dev: $(DEV_STAMP) compiled

demo: $(STAMP) compiled
	$(BIN)/csdesk demo

lint: $(DEV_STAMP)
	$(BIN)/ruff check csdesk tests bench
	$(BIN)/ruff format --check csdesk tests bench

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

pytest: $(DEV_STAMP) compiled system-deps
	$(BIN)/pytest -q

# What the tests need from Debian: a PostgreSQL 15+ server's binaries (the tests start their own
# throw-away cluster, not a service) and chromium for the browser test. Installed when missing.
SYSTEM_PACKAGES := $(if $(wildcard /usr/lib/postgresql/*/bin/initdb),,postgresql) \
	$(if $(wildcard /usr/bin/chromium),,chromium)

system-deps:
	@if [ -n "$(strip $(SYSTEM_PACKAGES))" ]; then \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES); fi

pytest-pg: $(DEV_STAMP) compiled system-deps
	CSDESK_TEST_PG=cluster $(BIN)/pytest -q $(PG_SUITES)

test: lint typecheck pytest pytest-pg

# The property tests with a fresh random draw each run (make test draws the same examples each time).
fuzz: $(DEV_STAMP)
	CSDESK_FUZZ=1 $(BIN)/pytest -q $$(grep -rl "from hypothesis" tests)

# Measures the compiled parser and says so on its first line; stops with one line when the build
# failed (`CSDESK_PURE_PARSER=1 make bench` measures the pure one). make test still falls back.
bench: $(DEV_STAMP) compiled
	$(BIN)/python -m bench

snapshot-update: $(DEV_STAMP)
	$(BIN)/pytest -q tests/snapshots --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache csdesk/_compiled
