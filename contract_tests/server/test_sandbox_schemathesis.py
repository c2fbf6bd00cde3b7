"""Schemathesis against the in-process sandbox: every check, every phase (stateful included), 50 examples."""

from __future__ import annotations

import pytest

from contract_tests import engine, spec_tools
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig

pytestmark = pytest.mark.sandbox_only
MAX_EXAMPLES = 50


def test_sandbox_passes_schemathesis_with_every_check_and_phase() -> None:
    # strict_responses: the sandbox also checks each of its own answers against the spec.
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    token, location = next(iter(DEFAULT_TOKENS.items()))
    result = engine.run(sandbox.app, token=token, location=location, max_examples=MAX_EXAMPLES)
    assert result.passed, result.describe()
    assert "Stateful tests" in result.operations  # the links-driven phase ran
    operations = len(list(spec_tools.operations()))
    assert len(result.operations - {"Stateful tests"}) == operations  # every operation
    assert result.cases >= operations * MAX_EXAMPLES
