"""pytest fixtures for users' own test suites (registered as the ``highlevel_sandbox`` plugin).

- ``highlevel_sandbox``: a fresh ``Sandbox`` per test.
- ``highlevel_client``: a ``HighLevel`` client wired to it in-process, token of location A.
- ``highlevel_async_client``: the same, asynchronous.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from highlevel_invoices import AsyncHighLevel, HighLevel

    from . import Sandbox

BASE_URL = "http://sandbox.invalid"


@pytest.fixture
def highlevel_sandbox() -> Sandbox:
    from . import Sandbox, SandboxConfig

    return Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))


@pytest.fixture
def highlevel_client(highlevel_sandbox: Sandbox) -> Iterator[HighLevel]:
    from highlevel_invoices import HighLevel

    from . import SyncASGITransport

    token = next(iter(highlevel_sandbox.config.tokens))
    with HighLevel(token, base_url=BASE_URL, transport=SyncASGITransport(highlevel_sandbox.app)) as client:
        yield client


@pytest.fixture
async def highlevel_async_client(highlevel_sandbox: Sandbox) -> AsyncIterator[AsyncHighLevel]:
    import httpx

    from highlevel_invoices import AsyncHighLevel

    token = next(iter(highlevel_sandbox.config.tokens))
    transport = httpx.ASGITransport(app=highlevel_sandbox.app)
    async with AsyncHighLevel(token, base_url=BASE_URL, transport=transport) as client:
        yield client
