"""Fixtures of the server-side tests: the target (from the environment) and a client of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from highlevel_invoices import HighLevel

from ..target import Target, from_environment


@pytest.fixture
def target() -> Target:
    return from_environment()


@pytest.fixture(autouse=True)
def _guard(request: pytest.FixtureRequest, target: Target) -> None:
    if request.node.get_closest_marker("sandbox_only") and not target.is_sandbox:
        pytest.skip("sandbox only")
    if request.node.get_closest_marker("side_effects") and not target.allow_side_effects:
        pytest.skip("side effects on a real server: allow them with --allow-side-effects")


@pytest.fixture
def client(target: Target) -> Iterator[HighLevel]:
    with target.client() as hl:
        yield hl
