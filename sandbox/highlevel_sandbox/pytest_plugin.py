"""pytest fixtures for users' own test suites (the wheel registers them as the ``highlevel_sandbox`` plugin,
through ``highlevel_conformance.pytest_plugin``, which also loads in a client-only install).

- ``highlevel_sandbox``: a fresh ``Sandbox`` per test.
- ``highlevel_client``: a ``HighLevel`` client wired to it in-process, token of location A.
- ``highlevel_async_client``: the same, asynchronous; a ``pytest_asyncio`` fixture, so it
  works in pytest-asyncio's default strict mode (pytest-asyncio comes with the ``[sandbox]`` extra).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest
import pytest_asyncio

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


@pytest_asyncio.fixture
async def highlevel_async_client(highlevel_sandbox: Sandbox) -> AsyncIterator[AsyncHighLevel]:
    import httpx

    from highlevel_invoices import AsyncHighLevel

    token = next(iter(highlevel_sandbox.config.tokens))
    transport = httpx.ASGITransport(app=highlevel_sandbox.app)
    async with AsyncHighLevel(token, base_url=BASE_URL, transport=transport) as client:
        yield client
