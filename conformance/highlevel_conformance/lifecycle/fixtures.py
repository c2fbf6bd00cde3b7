"""Fixtures of the server-side tests: the target (from the environment) and a client of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from highlevel_invoices import HighLevel

from ..gate import BUDGET_SPENT
from ..target import Target, from_environment

# What the gate had refused for the budget when a test started (see conftest.pytest_runtest_makereport).
BUDGET_REFUSALS = pytest.StashKey[tuple[str, int]]()


def budget(gate: str) -> tuple[int | None, int]:
    """The run's gate: the budget left to the lifecycle tests (None: no budget; their own share when they have
    one), and how many lifecycle requests it refused for it."""
    from ..gate import LIFECYCLE, REFUSED_BUDGET, GateClient

    status = GateClient(gate).status(LIFECYCLE)
    return status.get("remaining"), int(status.get("refused", {}).get(LIFECYCLE, {}).get(REFUSED_BUDGET, 0))


@pytest.fixture
def target() -> Target:
    return from_environment()


@pytest.fixture(autouse=True)
def _guard(request: pytest.FixtureRequest, target: Target) -> None:
    if request.node.get_closest_marker("sandbox_only") and not target.is_sandbox:
        pytest.skip("sandbox only")
    if request.node.get_closest_marker("side_effects") and not target.allow_side_effects:
        pytest.skip("side effects on a real server: allow them with --allow-side-effects")
    if target.gate is not None:
        remaining, refused = budget(target.gate)
        if remaining == 0:
            pytest.skip(BUDGET_SPENT)
        request.node.stash[BUDGET_REFUSALS] = (target.gate, refused)


@pytest.fixture
def client(target: Target) -> Iterator[HighLevel]:
    with target.client() as hl:
        yield hl
