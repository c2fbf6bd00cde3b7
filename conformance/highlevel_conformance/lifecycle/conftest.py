"""Fixtures of the lifecycle tests (shared with the repository's sandbox tests).

In a gated run (against a server that is not the sandbox) a test whose requests
the gate refused because the request budget ran out is reported as skipped,
not failed: the server never saw them, so they say nothing about it.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

from ..gate import BUDGET_SPENT
from .fixtures import BUDGET_REFUSALS, _guard, budget, client, target

__all__ = ["_guard", "client", "target"]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    started = item.stash.get(BUDGET_REFUSALS, None)
    if report.when != "call" or not report.failed or started is None:
        return
    gate, refused_before = started
    if budget(gate)[1] > refused_before:
        report.outcome = "skipped"
        report.longrepr = (str(item.path), item.location[1] or 0, f"Skipped: {BUDGET_SPENT} (it ran out in this test)")
