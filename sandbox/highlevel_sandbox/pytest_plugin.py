"""pytest fixtures for users' own test suites (the wheel registers them as the ``highlevel_sandbox`` plugin,
through ``highlevel_conformance.pytest_plugin``, which also loads in a client-only install).

Every fixture is function-scoped; none is session-scoped. Each test gets a new ``Sandbox`` (its own
in-memory store: the default tokens and locations, no invoice another test made, no pending
webhook), so nothing needs resetting between tests and tests may run in any order or in parallel.
Only the process-wide caches carry over: the spec's documents and compiled validators, built
once, which is why the first test of a run takes about a second longer than the others.

- ``highlevel_sandbox``: a fresh ``Sandbox`` per test.
- ``highlevel_client``: a ``HighLevel`` client wired to it in-process, token of location A. It reads
  answers strictly (``strict=True``): an answer of the sandbox that departs from the spec fails the test.
- ``highlevel_async_client``: the same, asynchronous; a ``pytest_asyncio`` fixture on the test's own
  event loop (``loop_scope="function"``), so it works in pytest-asyncio's strict mode (the test
  marked ``@pytest.mark.asyncio``) and in its auto mode (``asyncio_mode = "auto"``: no mark);
  pytest-asyncio comes with the ``[sandbox]`` extra.
- ``highlevel_webhooks``: the invoice events that sandbox sends during the test, each verified
  with ``highlevel_invoices.verify_webhook`` and the sandbox's public key::

      def test_paid_invoice_is_announced(highlevel_client, highlevel_webhooks):
          invoice = highlevel_client.create_invoice(body=...)
          highlevel_client.record_invoice(invoice.field_id, body=...)
          event = highlevel_webhooks.wait_for("InvoicePaid", invoice_id=invoice.field_id)
          assert event.amount_due == 0
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest
import pytest_asyncio

if TYPE_CHECKING:
    import httpx

    from highlevel_invoices import AsyncHighLevel, HighLevel, WebhookVerificationError
    from highlevel_invoices_api.models import InvoiceEvent

    from . import Sandbox

BASE_URL = "http://sandbox.invalid"


@pytest.fixture
def highlevel_sandbox() -> Iterator[Sandbox]:
    from . import Sandbox, SandboxConfig

    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    yield sandbox
    sandbox.webhooks.close()


@pytest.fixture
def highlevel_client(highlevel_sandbox: Sandbox) -> Iterator[HighLevel]:
    from highlevel_invoices import HighLevel

    from . import SyncASGITransport

    token = next(iter(highlevel_sandbox.config.tokens))
    transport = SyncASGITransport(highlevel_sandbox.app)
    with HighLevel(token, base_url=BASE_URL, transport=transport, strict=True) as client:
        yield client


@pytest_asyncio.fixture(loop_scope="function")
async def highlevel_async_client(highlevel_sandbox: Sandbox) -> AsyncIterator[AsyncHighLevel]:
    import httpx

    from highlevel_invoices import AsyncHighLevel

    token = next(iter(highlevel_sandbox.config.tokens))
    transport = httpx.ASGITransport(app=highlevel_sandbox.app)
    async with AsyncHighLevel(token, base_url=BASE_URL, transport=transport, strict=True) as client:
        yield client


class WebhookCollector:
    """The events one in-process sandbox sends, received in-process and verified as a real receiver would.

    It is one of the sandbox's webhook URLs (``URL``, served by an ``httpx.MockTransport``),
    so each event goes through the same queue, signature and delivery log as any other.
    ``events`` holds what ``verify_webhook`` accepted, ``refused`` what it refused (the
    collector answers those 401, as a receiver should).
    """

    URL = "http://webhooks.sandbox.invalid/hooks"

    def __init__(self, sandbox: Sandbox) -> None:
        import httpx

        from highlevel_invoices import MemorySeenStore, WebhookVerifier

        self.sandbox = sandbox
        self.verifier = WebhookVerifier(public_key=sandbox.webhooks.public_key_pem, seen=MemorySeenStore())
        self.events: list[InvoiceEvent] = []
        self.refused: list[WebhookVerificationError] = []
        self._cond = threading.Condition()
        sandbox.webhooks.add_url(self.URL, transport=httpx.MockTransport(self._receive))

    def _receive(self, request: httpx.Request) -> httpx.Response:
        import httpx

        from highlevel_invoices import WebhookVerificationError

        try:
            event = self.verifier.verify(request.content, request.headers)
        except WebhookVerificationError as exc:
            with self._cond:
                self.refused.append(exc)
                self._cond.notify_all()
            return httpx.Response(401, json={"refused": exc.reason})
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()
        return httpx.Response(200)

    def types(self) -> list[str]:
        """The event types received so far, in order."""
        with self._cond:
            return [e.type_.value for e in self.events]

    def wait_for(self, event_type: Any, *, invoice_id: str | None = None, timeout: float = 5.0) -> InvoiceEvent:
        """The first verified event of ``event_type`` (for ``invoice_id``), waiting up to ``timeout`` s for it."""
        wanted = str(getattr(event_type, "value", event_type))
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events:
                    if event.type_.value == wanted and invoice_id in (None, event.field_id):
                        return event
                if self.refused:
                    raise AssertionError(f"the client refused an event the sandbox sent: {self.refused[0]}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    got = [e.type_.value for e in self.events]
                    raise AssertionError(f"no {wanted} arrived within {timeout:g} s (received: {got})")
                self._cond.wait(remaining)


@pytest.fixture
def highlevel_webhooks(highlevel_sandbox: Sandbox) -> WebhookCollector:
    return WebhookCollector(highlevel_sandbox)
