"""1. Client per-call overhead on an in-memory transport.

Every contender sends the seed's send-invoice request and gets the seed's
response from ``httpx.MockTransport``, so only client code is timed:

- ours: ``HighLevel.send_invoice`` / ``AsyncHighLevel.send_invoice``, a typed
  ``SendInvoiceRequest`` in and a typed ``SendInvoiceResponse`` out, with the
  whole transport on (rate limiter with a limit the run never reaches, retry
  policy, error mapping, quirk patches);
- the floor: a plain ``httpx.Client`` / ``AsyncClient`` ``post`` plus ``json.loads``;
- the official SDK ``gohighlevel-api-client`` 3.0.0 (async only; returns a dict).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from highlevel_invoices import AsyncHighLevel, HighLevel, RateLimit
from highlevel_invoices_api.models.send_invoice_request import SendInvoiceRequest
from highlevel_invoices_api.models.send_invoice_response import SendInvoiceResponse

from .harness import Row, Scale, Section, Target, interleaved, interleaved_async, progress
from .seed import send_invoice_example

TOKEN = "bench-token"
BASE_URL = "https://services.leadconnectorhq.com"
VERSION = "2021-07-28"
# A limit the benchmark never reaches: the limiter does its bookkeeping on every
# call, as it does for users, but never makes a call wait.
UNREACHED_LIMIT = RateLimit(max_requests=1_000_000_000, per_seconds=1.0)
OURS, RAW, SDK = "ours (typed in, typed out)", "raw httpx + json.loads (floor)", "official SDK 3.0.0 (dict out)"
RAW_MODELS = "raw httpx + our models (to_dict / from_dict only)"
MAX_RATIO = 1.3


def _handler(response_body: bytes) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=response_body, headers={"content-type": "application/json"})

    return httpx.MockTransport(answer)


def _check(name: str, result: Any, invoice_id: str) -> None:
    """Each contender must really have decoded the answer, or its timing means nothing."""
    got = result.invoice.field_id if isinstance(result, SendInvoiceResponse) else result["invoice"]["_id"]
    if got != invoice_id:
        raise AssertionError(f"{name} returned {result!r:.200}")


def run(scale: Scale) -> Section:
    section = Section("client", "1. Client per-call overhead (in-memory transport, seed send-invoice)")
    request, response = send_invoice_example()
    invoice_id = response["invoice"]["_id"]
    body = json.dumps(response).encode()
    typed = SendInvoiceRequest.from_dict(request)
    path = f"/invoices/{invoice_id}/send"
    headers = {"Authorization": f"Bearer {TOKEN}", "Version": VERSION}
    rounds, calls = scale.pick(25, 3), scale.pick(400, 20)

    progress(f"sync: {rounds} rounds x {calls} calls each")
    ours = HighLevel(TOKEN, base_url=BASE_URL, transport=_handler(body), rate_limit=UNREACHED_LIMIT)
    raw = httpx.Client(base_url=BASE_URL, headers=headers, transport=_handler(body))
    with ours, raw:
        sync: dict[str, Callable[[], Any]] = {
            OURS: lambda: ours.send_invoice(invoice_id, body=typed),
            RAW: lambda: json.loads(raw.post(path, json=request).content),
            RAW_MODELS: lambda: SendInvoiceResponse.from_dict(json.loads(raw.post(path, json=typed.to_dict()).content)),
        }
        for name, fn in sync.items():
            _check(name, fn(), invoice_id)
        timings = interleaved(sync, rounds=rounds, calls=calls)
    for name, micros in timings.items():
        section.rows.append(Row(f"sync: {name}", micros, "µs/call"))
    section.rows.append(Row(f"sync: {SDK}", 0, "µs/call", "n/a: the official SDK has no synchronous client"))
    sync_ratio = timings[OURS] / timings[RAW]
    section.targets.append(Target(f"sync: ours <= {MAX_RATIO}x raw httpx", sync_ratio, MAX_RATIO, "<="))

    progress(f"async: {rounds} rounds x {calls} calls each")
    loop = asyncio.new_event_loop()
    try:
        timings = _run_async(loop, request, typed, body, invoice_id, path, headers, rounds, calls)
    finally:
        loop.close()
    for name, micros in timings.items():
        section.rows.append(Row(f"async: {name}", micros, "µs/call"))
    section.targets.append(
        Target(f"async: ours <= {MAX_RATIO}x raw httpx", timings[OURS] / timings[RAW], MAX_RATIO, "<=")
    )
    section.targets.append(
        Target("async: ours faster than the official SDK (ours / SDK)", timings[OURS] / timings[SDK], 1.0, "<")
    )
    section.notes += [
        "Each figure is the median of interleaved rounds; the ratios compare medians taken in the same run.",
        f"Where ours' overhead goes: the '{RAW_MODELS}' row is the floor plus only our models' encode and decode; "
        "the rest is the client (rate limiter, retry and error handling, the generated endpoint layer).",
    ]
    return section


def _run_async(
    loop: asyncio.AbstractEventLoop,
    request: dict[str, Any],
    typed: SendInvoiceRequest,
    body: bytes,
    invoice_id: str,
    path: str,
    headers: dict[str, str],
    rounds: int,
    calls: int,
) -> dict[str, float]:
    from highlevel import HighLevel as OfficialSDK  # type: ignore[import-untyped]  # gohighlevel-api-client

    async def make_sdk() -> Any:
        sdk = OfficialSDK(private_integration_token=TOKEN, log_level="error")
        # The SDK takes no transport; its httpx.AsyncClient is a public attribute.
        sdk.http_client._transport = _handler(body)
        return sdk

    sdk = loop.run_until_complete(make_sdk())
    ours = AsyncHighLevel(TOKEN, base_url=BASE_URL, transport=_handler(body), rate_limit=UNREACHED_LIMIT)
    raw = httpx.AsyncClient(base_url=BASE_URL, headers=headers, transport=_handler(body))

    async def raw_call() -> Any:
        return json.loads((await raw.post(path, json=request)).content)

    async def raw_models_call() -> Any:
        return SendInvoiceResponse.from_dict(json.loads((await raw.post(path, json=typed.to_dict())).content))

    contenders: dict[str, Callable[[], Awaitable[Any]]] = {
        OURS: lambda: ours.send_invoice(invoice_id, body=typed),
        RAW: raw_call,
        RAW_MODELS: raw_models_call,
        SDK: lambda: sdk.invoices.send_invoice(invoice_id, request),
    }
    for name, fn in contenders.items():
        _check(name, loop.run_until_complete(fn()), invoice_id)
    try:
        return interleaved_async(loop, contenders, rounds=rounds, calls=calls)
    finally:
        loop.run_until_complete(ours.aclose())
        loop.run_until_complete(raw.aclose())
        loop.run_until_complete(sdk.http_client.aclose())
