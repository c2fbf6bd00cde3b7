# HighLevel Invoices toolkit. Every target bootstraps what it needs from a bare
# python3: the first one run creates .venv from the hash-pinned requirements.lock.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed-stamp
UV_VERSION := 0.13.9
# The pinned tools of the virtual environment come first on PATH.
export PATH := $(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help install generate lint test serve conformance bench bench-tools changes lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# uv installs the lock in seconds; pip stays the fallback where uv cannot be installed or run.
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION) 2> >(grep -v "is neither a file nor a directory" >&2) \
		|| echo "uv unavailable: installing with pip (slower)"
	@if $(BIN)/uv --version >/dev/null 2>&1; then \
		echo "installing locked dependencies into $(VENV) with uv ..."; \
		{ $(BIN)/uv pip install --python $(BIN)/python --require-hashes --no-deps -r requirements.lock \
		&& $(BIN)/uv pip install --python $(BIN)/python --no-deps --no-build-isolation -e . ; } 2>&1 \
			| grep -v '^ [+-] ' ; test $${PIPESTATUS[0]} = 0; \
	else \
		echo "installing locked dependencies into $(VENV) with pip (a minute or two) ..."; \
		$(BIN)/python -m pip install --progress-bar on --require-hashes --no-deps -r requirements.lock \
			2> >(grep -v "is neither a file nor a directory" >&2) \
		&& $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . \
			2> >(grep -v "is neither a file nor a directory" >&2); \
	fi
	@touch $@

install: $(STAMP) ## create .venv with the locked dependencies

generate: $(STAMP) ## regenerate generated/ from spec/invoices.yaml
	@$(BIN)/python -m tools.generate

lint: $(STAMP) ## ruff (lint + format check) and mypy --strict, generated code included
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict generated/highlevel_invoices_api overrides/highlevel_invoices sandbox/highlevel_sandbox tools contract_tests bench

test: lint ## the CI entry: lint, then the whole test suite
	$(BIN)/python -m pytest

PORT ?= 4010
TOKENS ?=
RATE_LIMIT ?= 100/10s
WEBHOOK_URL ?=
serve: $(STAMP) ## run the sandbox on 127.0.0.1:$(PORT) (TOKENS=tokA=locA,... RATE_LIMIT=100/10s|off WEBHOOK_URL=url,...)
	@PORT=$(PORT) TOKENS="$(TOKENS)" RATE_LIMIT="$(RATE_LIMIT)" WEBHOOK_URL="$(WEBHOOK_URL)" $(BIN)/python -m highlevel_sandbox

conformance: $(STAMP) ## check a server against the spec (BASE_URL= TOKEN= LOCATION_ID=; default: the sandbox)
	@$(BIN)/python -m contract_tests.conformance

bench: $(STAMP) bench-tools ## measure against the peers; writes bench/RESULTS.md and bench/results.png (ONLY=client,...)
	@$(BIN)/python -m bench $(if $(ONLY),--only $(ONLY),)

# wrk from Debian's packages (as root, or with sudo) and Prism from the npm lock in bench/prism.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PRISM := bench/prism/node_modules/.bin/prism
bench-tools: ## install the load generator (wrk) and the peer mock server (Prism) that make bench uses
	@command -v wrk >/dev/null || { echo "installing wrk (apt-get) ..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; }
	@test -x $(PRISM) || { echo "installing Prism (npm ci in bench/prism) ..."; \
		npm ci --prefix bench/prism --no-audit --no-fund --loglevel=error; }

BASE ?= HEAD
changes: $(STAMP) ## spec edit report since BASE (default HEAD); WRITE=1 adds the CHANGELOG section and version
	@$(BIN)/python -m tools.changes $(BASE) $(if $(WRITE),--write,)

lock: ## re-resolve requirements.lock from pyproject.toml (needs network)
	@test -x $(VENV)/bin/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --extra sandbox --group dev --group bench --generate-hashes \
		--python-version 3.11 --universal --quiet -o requirements.lock

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache reports build
