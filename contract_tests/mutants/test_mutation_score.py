"""The suite must fail against every broken sandbox and pass against the real one.

For each mutant: the lifecycle checks run in-process first; when they do not
catch it, schemathesis' engine runs with the conformance configuration. The
score (caught/total) is printed; anything below 100 % fails.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from _pytest.outcomes import Failed, Skipped

from contract_tests import engine
from contract_tests.server import test_lifecycle
from contract_tests.server.target import Identity, Target
from highlevel_invoices import HighLevelError
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig
from highlevel_sandbox import _rules as rules

from .catalogue import MUTANTS

MAX_EXAMPLES = 5
LIFECYCLE = [fn for name, fn in inspect.getmembers(test_lifecycle, inspect.isfunction) if name.startswith("test_")]


def _target(sandbox: Sandbox) -> Target:
    (tok_a, loc_a), (tok_b, loc_b) = list(DEFAULT_TOKENS.items())[:2]
    return Target("http://sandbox.invalid", Identity(tok_a, loc_a), Identity(tok_b, loc_b), sandbox, True)


@contextmanager
def _restoring_module_state() -> Iterator[None]:
    saved = rules.compute_totals
    try:
        yield
    finally:
        rules.compute_totals = saved


def lifecycle_failures(sandbox: Sandbox) -> list[str]:
    target = _target(sandbox)
    failures = []
    for test in LIFECYCLE:
        try:
            with target.client(max_retries=0) as client:
                test(client, target)
        except Skipped:
            continue
        except (Failed, HighLevelError, Exception) as exc:
            failures.append(f"{test.__name__}: {type(exc).__name__}: {str(exc)[:200]}")
    return failures


def suite_verdict(sandbox: Sandbox) -> tuple[bool, str]:
    """(caught, how) for one sandbox."""
    failures = lifecycle_failures(sandbox)
    if failures:
        return True, "lifecycle: " + failures[0]
    token, location = next(iter(sandbox.config.tokens.items()))
    result = engine.run(sandbox.app, token=token, location=location, max_examples=MAX_EXAMPLES)
    if not result.passed:
        return True, "schemathesis: " + result.describe().splitlines()[0]
    return False, f"nothing failed ({result.cases} schemathesis cases)"


def test_the_real_sandbox_passes_the_suite() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    assert lifecycle_failures(sandbox) == []
    token, location = next(iter(sandbox.config.tokens.items()))
    result = engine.run(sandbox.app, token=token, location=location, max_examples=MAX_EXAMPLES)
    assert result.passed, result.describe()


def test_mutation_score_is_100_percent(capsys: pytest.CaptureFixture[str]) -> None:
    caught = {}
    for name, mutate in MUTANTS.items():
        with _restoring_module_state():
            sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=False))
            mutate(sandbox)
            caught[name] = suite_verdict(sandbox)
    with capsys.disabled():
        print(f"\nmutation score: {sum(c for c, _ in caught.values())}/{len(caught)}")
        for name, (hit, how) in caught.items():
            print(f"  {'caught' if hit else 'MISSED'}  {name}: {how.splitlines()[0]}")
    assert len(MUTANTS) >= 12
    assert [name for name, (hit, _) in caught.items() if not hit] == []
