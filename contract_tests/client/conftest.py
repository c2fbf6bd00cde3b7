"""Fixtures for the client tests (what they share besides fixtures is in ``helpers.py``)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
