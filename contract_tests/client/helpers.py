"""What the client tests share: seed payloads, a recording handler, clients on an in-memory transport."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from contract_tests.seeds import all_blocks
from highlevel_invoices import AsyncHighLevel, HighLevel, RetryPolicy

TOKEN = "tok-SECRET-8f3a9c1e5d7b"
LOCATION = "6578278e879ad2646715ba9c"
INVOICE_ID = "6578278e879ad2646715ba9c"

# The vendor's example payloads, from its documentation pages (../shared/seeds): (page, line).
# They are read when a test module imports one, so without the pages only those modules skip.
_SEED_PAYLOADS = {
    "SEND_REQUEST": ("000", 16),
    "SEND_RESPONSE": ("000", 57),
    "INVOICE": ("003", 131),  # the update page's response: an invoice
    "SCHEDULE": ("004", 41),
    "SCHEDULE_REQUEST": ("004", 7),
}
if TYPE_CHECKING:
    SEND_REQUEST: dict[str, Any]
    SEND_RESPONSE: dict[str, Any]
    INVOICE: dict[str, Any]
    INVOICE_WITH_SUMMARY: dict[str, Any]
    SCHEDULE: dict[str, Any]
    SCHEDULE_REQUEST: dict[str, Any]


@functools.cache
def _blocks() -> dict[str, dict[int, Any]]:
    return {seed[:3]: {b.line: b.value for b in blocks} for seed, blocks in all_blocks().items()}


@functools.cache
def _payload(name: str) -> Any:
    if name == "INVOICE_WITH_SUMMARY":
        return {**_payload("INVOICE"), "totalSummary": {"subTotal": 999, "discount": 0, "tax": 0}}
    page, line = _SEED_PAYLOADS[name]
    return _blocks()[page][line]


def __getattr__(name: str) -> Any:
    if name != "INVOICE_WITH_SUMMARY" and name not in _SEED_PAYLOADS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _payload(name)


# Retries in tests: no real waiting.
FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)

Handler = Callable[[httpx.Request], httpx.Response]


# The project's own tests read answers strictly (strict=True): a departure from the spec fails them.
def sync_client(handler: Handler, **kwargs: Any) -> HighLevel:
    kwargs.setdefault("retry_policy", FAST_RETRIES)
    kwargs.setdefault("strict", True)
    return HighLevel(TOKEN, transport=httpx.MockTransport(handler), **kwargs)


def async_client(handler: Handler, **kwargs: Any) -> AsyncHighLevel:
    kwargs.setdefault("retry_policy", FAST_RETRIES)
    kwargs.setdefault("strict", True)
    return AsyncHighLevel(TOKEN, transport=httpx.MockTransport(handler), **kwargs)


class Recorder:
    """A MockTransport handler that answers from a list and records every request."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        # Keep each response's wire bytes (still encoded, if it has a Content-Encoding).
        self.answers = [
            a if isinstance(a, Exception) else (a.status_code, a.headers, b"".join(a.stream))  # type: ignore[arg-type]
            for a in answers
        ]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        # A fresh response each time: a response's stream is read only once.
        status, headers, content = answer
        return httpx.Response(status, headers=headers, content=content)
