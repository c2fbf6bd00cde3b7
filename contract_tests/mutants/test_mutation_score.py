"""The suite must fail against every broken sandbox and pass against the real one.

One test per mutant: the lifecycle checks run in-process first; when they do
not catch it, schemathesis' engine runs with the conformance configuration.
Either stops at the first failure it finds. A mutant the suite does not catch
fails its test, so the score is 100 % exactly when every test here passes.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from _pytest.outcomes import Failed, Skipped

from contract_tests import engine
from highlevel_conformance import lifecycle
from highlevel_conformance.target import Identity, Target
from highlevel_invoices import HighLevelError
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig
from highlevel_sandbox import _rules as rules

from .catalogue import MUTANTS

MAX_EXAMPLES = 5


def _lifecycle_tests() -> list[Callable[..., None]]:
    """Every ``test_*`` function of every ``test_*`` module of the lifecycle package (new modules are found)."""
    found: list[Callable[..., None]] = []
    for module in sorted(pkgutil.iter_modules(lifecycle.__path__), key=lambda m: m.name):
        if module.name.startswith("test_"):
            loaded = importlib.import_module(f"{lifecycle.__name__}.{module.name}")
            found += [fn for name, fn in inspect.getmembers(loaded, inspect.isfunction)
                      if name.startswith("test_") and fn.__module__ == loaded.__name__]  # fmt: skip
    return found


LIFECYCLE = _lifecycle_tests()


def _parameters(test: Any) -> Iterator[dict[str, Any]]:
    """The keyword arguments of each case of ``test`` (its ``parametrize`` mark, with one argument name)."""
    marks = [m for m in getattr(test, "pytestmark", []) if m.name == "parametrize"]
    if not marks:
        yield {}
        return
    name, values = marks[0].args[:2]
    for value in values:
        yield {name: value}


def _parameter_names(test: Any) -> list[str]:
    return [m.args[0] for m in getattr(test, "pytestmark", []) if m.name == "parametrize"]


def _call(test: Any, client: Any, target: Target, extra: dict[str, Any]) -> None:
    """``test`` with the fixtures it names (``client``, ``target``) and its parameters."""
    available = {"client": client, "target": target, **extra}
    test(**{name: available[name] for name in inspect.signature(test).parameters})


def _target(sandbox: Sandbox) -> Target:
    (tok_a, loc_a), (tok_b, loc_b) = list(DEFAULT_TOKENS.items())[:2]
    return Target("http://sandbox.invalid", Identity(tok_a, loc_a), Identity(tok_b, loc_b), sandbox, True)


@contextmanager
def _restoring_module_state() -> Iterator[None]:
    saved = rules.compute_totals, rules.checked_totals
    try:
        yield
    finally:
        rules.compute_totals, rules.checked_totals = saved


def lifecycle_failures(sandbox: Sandbox, *, first_only: bool = False) -> list[str]:
    """What the lifecycle tests find against ``sandbox``; ``first_only``: stop at the first failing test."""
    target = _target(sandbox)
    failures = []
    for test in LIFECYCLE:
        unknown = set(inspect.signature(test).parameters) - {"client", "target", *_parameter_names(test)}
        assert not unknown, f"{test.__module__}.{test.__name__}: fixtures {sorted(unknown)} are not given to mutants"
        for extra in _parameters(test):
            try:
                with target.client(max_retries=0) as client:
                    _call(test, client, target, extra)
            except Skipped:
                continue
            except (Failed, HighLevelError, Exception) as exc:
                failures.append(f"{test.__name__}{list(extra.values()) or ''}: {type(exc).__name__}: {str(exc)[:200]}")
                if first_only:
                    return failures
    return failures


def suite_verdict(sandbox: Sandbox) -> tuple[bool, str]:
    """(caught, how) for one sandbox, stopping at the first failure the suite finds."""
    failures = lifecycle_failures(sandbox, first_only=True)
    if failures:
        return True, "lifecycle: " + failures[0]
    token, location = next(iter(sandbox.config.tokens.items()))
    result = engine.run(sandbox.app, token=token, location=location, max_examples=MAX_EXAMPLES, max_failures=1)
    if not result.passed:
        return True, "schemathesis: " + result.describe().splitlines()[0]
    return False, f"nothing failed ({result.cases} schemathesis cases)"


def test_the_real_sandbox_passes_the_lifecycle_tests() -> None:
    assert lifecycle_failures(Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))) == []


@pytest.mark.parametrize("phase", ["examples", "coverage", "fuzzing", "stateful"])
def test_the_real_sandbox_passes_schemathesis(phase: str) -> None:
    """One phase per test, so that ``-n`` spreads the longest part of this module."""
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    token, location = next(iter(sandbox.config.tokens.items()))
    result = engine.run(sandbox.app, token=token, location=location, max_examples=MAX_EXAMPLES, phases=[phase])
    assert result.cases > 0
    assert result.passed, result.describe()


@pytest.mark.parametrize("name", list(MUTANTS))
def test_the_suite_catches_the_mutant(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """One test per mutant (``-n auto`` spreads them); the suite must fail against the broken sandbox."""
    started = time.monotonic()
    with _restoring_module_state():
        sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=False))
        MUTANTS[name](sandbox)
        hit, how = suite_verdict(sandbox)
    with capsys.disabled():
        print(f"\n  {'caught' if hit else 'MISSED'}  {name} ({time.monotonic() - started:.1f} s): "
              f"{how.splitlines()[0]}", flush=True)  # fmt: skip
    assert hit, f"the suite does not catch the mutant {name!r}: {how}"


def test_there_are_enough_mutants() -> None:
    # Issue 17: at least 20 mutants, all caught (issue 17 brought the catalogue from 12 to 28).
    assert len(MUTANTS) >= 20
