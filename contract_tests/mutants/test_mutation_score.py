"""The suite must fail against every broken sandbox and pass against the real one.

For each mutant: the lifecycle checks run in-process first; when they do not
catch it, schemathesis' engine runs with the conformance configuration. The
score (caught/total) is printed; anything below 100 % fails.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from _pytest.outcomes import Failed, Skipped

from contract_tests import engine
from highlevel_conformance.lifecycle import test_lifecycle, test_schedules
from highlevel_conformance.target import Identity, Target
from highlevel_invoices import HighLevelError
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig
from highlevel_sandbox import _rules as rules

from .catalogue import MUTANTS

MAX_EXAMPLES = 5
LIFECYCLE = [
    fn
    for module in (test_lifecycle, test_schedules)
    for name, fn in inspect.getmembers(module, inspect.isfunction)
    if name.startswith("test_") and fn.__module__ == module.__name__
]


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
    with capsys.disabled():  # progress as it goes: the whole stage takes minutes
        print(f"\nmutation score: running the suite against {len(MUTANTS)} broken sandboxes", flush=True)
        for index, (name, mutate) in enumerate(MUTANTS.items(), 1):
            started = time.monotonic()
            with _restoring_module_state():
                sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=False))
                mutate(sandbox)
                caught[name] = suite_verdict(sandbox)
            hit, how = caught[name]
            print(f"  [{index}/{len(MUTANTS)}] {'caught' if hit else 'MISSED'}  {name} "
                  f"({time.monotonic() - started:.1f} s): {how.splitlines()[0]}", flush=True)  # fmt: skip
        print(f"mutation score: {sum(c for c, _ in caught.values())}/{len(caught)}")
    assert len(MUTANTS) >= 12
    assert [name for name, (hit, _) in caught.items() if not hit] == []
