"""1. Client per-call overhead on an in-memory transport.

Every contender sends the same request and gets the same answer from
``httpx.MockTransport``, so only client code is timed. Two answers:

- the seed's send-invoice request and response (a 1.2 KB invoice answer);
- the largest realistic answer of the 42 operations (``bench/largest.py``):
  list-invoice-schedules, a page of 10 schedules each holding its invoice
  (about 16.6 KB), asked for with a GET and its query.

The contenders:

- ours: ``HighLevel`` / ``AsyncHighLevel`` (``send_invoice``,
  ``list_invoice_schedules``), typed request models in and typed response
  models out, with the whole transport on (rate limiter with a limit the run
  never reaches, retry policy, error mapping, quirk patches);
- the floor: a plain ``httpx.Client`` / ``AsyncClient`` request plus the
  standard library's ``json.loads``: the ratios are to it;
- the same floor with ``orjson.loads`` (the JSON library our client parses
  with): the gap between the two floors is the JSON library's, the gap from
  there to ours is our own code;
- the orjson floor plus our models' ``to_dict`` / ``from_dict`` only: the gap
  from there to ours is the client layer (limiter, retries, endpoint code);
- the official SDK ``gohighlevel-api-client`` 3.0.0 (async only; returns a dict).

The figures are information, with no target: a call's CPU cost is tens of
microseconds, under a limit of 10 requests per second per location.
"""

from __future__ import annotations

import asyncio
import json
import unittest.mock
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from highlevel_invoices import AsyncHighLevel, HighLevel, RateLimit
from highlevel_invoices_api.models.list_invoice_schedules_response import ListInvoiceSchedulesResponse
from highlevel_invoices_api.models.send_invoice_request import SendInvoiceRequest
from highlevel_invoices_api.models.send_invoice_response import SendInvoiceResponse

from . import largest
from .harness import Row, Scale, Section, interleaved, interleaved_async, progress
from .seed import send_invoice_example

TOKEN = "bench-token"
BASE_URL = "https://services.leadconnectorhq.com"
VERSION = "2021-07-28"
# A limit the benchmark never reaches: the limiter does its bookkeeping on every
# call, as it does for users, but never makes a call wait.
UNREACHED_LIMIT = RateLimit(max_requests=1_000_000_000, per_seconds=1.0)
OURS, SDK = "ours (typed in, typed out)", "official SDK 3.0.0 (dict out)"
RAW = "raw httpx + json.loads (floor)"
RAW_ORJSON = "raw httpx + orjson.loads (floor, fast JSON library)"
RAW_MODELS = "raw httpx + orjson.loads + our models (to_dict / from_dict only)"

# A call of one contender, given its client: returns the answer (sync) or an awaitable of it (async).
Caller = Callable[[Any], Callable[[], Any]]


@dataclass(frozen=True)
class Case:
    """One request and its answer, as each contender makes it."""

    prefix: str  # "" for the seed, "largest answer, " for the other
    method: str
    path: str
    params: dict[str, str] | None
    request: dict[str, Any] | None  # the JSON body, if any
    typed_request: SendInvoiceRequest | None
    model: Any  # our response model (``from_dict``)
    response: dict[str, Any]
    ours: Caller  # works with HighLevel and AsyncHighLevel alike
    sdk: Caller


def _handler(response_body: bytes) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=response_body, headers={"content-type": "application/json"})

    return httpx.MockTransport(answer)


def _check(name: str, result: Any, expected: dict[str, Any]) -> None:
    """Each contender must really have decoded the whole answer, or its timing means nothing."""
    got = result.to_dict() if hasattr(result, "to_dict") else result
    if got != expected:
        raise AssertionError(f"{name} returned {result!r:.200}")


def cases() -> tuple[list[Case], str]:
    """The seed's send-invoice call and the largest answer's list call; and the note on the latter."""
    request, response = send_invoice_example()
    invoice_id = response["invoice"]["_id"]
    typed = SendInvoiceRequest.from_dict(request)
    big = largest.build()
    query = big.params
    seed = Case(
        "", "POST", f"/invoices/{invoice_id}/send", None, request, typed, SendInvoiceResponse, response,
        ours=lambda c: lambda: c.send_invoice(invoice_id, body=typed),
        sdk=lambda s: lambda: s.invoices.send_invoice(invoice_id, request),
    )  # fmt: skip
    page = Case(
        "largest answer, ", "GET", big.path, query, None, None, ListInvoiceSchedulesResponse, big.response,
        ours=lambda c: lambda: c.list_invoice_schedules(
            alt_id=query["altId"], alt_type="location", limit=query["limit"], offset=query["offset"]
        ),
        sdk=lambda s: lambda: s.invoices.list_invoice_schedules(
            query["altId"], "location", query["limit"], query["offset"]
        ),
    )  # fmt: skip
    return [seed, page], big.note()


def _body(case: Case) -> bytes:
    return json.dumps(case.response).encode()


def run(scale: Scale) -> Section:
    section = Section("client", "1. Client per-call overhead (in-memory transport; seed send-invoice, largest answer)")
    rounds = scale.pick(25, 3)
    headers = {"Authorization": f"Bearer {TOKEN}", "Version": VERSION}
    all_cases, largest_note = cases()
    loop = asyncio.new_event_loop()
    try:
        for case in all_cases:
            # Fewer calls per round for the 16 KB answer, so that each round takes about as long.
            calls = scale.pick(400, 20) if not case.prefix else scale.pick(60, 5)
            _measure(section, case, headers, rounds, calls, loop)
    finally:
        loop.close()
    section.notes += [
        "Each figure is the median of interleaved rounds; the ratios compare medians taken in the same run, "
        "to the standard-library floor (raw httpx + json.loads) unless they say otherwise. No target: the "
        "figures are information.",
        f"Where ours' time goes: '{RAW}' -> '{RAW_ORJSON}' is the JSON library alone; -> '{RAW_MODELS}' adds "
        "our models' encode and decode; -> ours adds the client layer (rate limiter, retry and error handling, "
        "the generated endpoint code).",
        largest_note,
    ]
    return section


def _measure(
    section: Section, case: Case, headers: dict[str, str], rounds: int, calls: int, loop: asyncio.AbstractEventLoop
) -> None:
    body, expected = _body(case), case.response
    typed_json = case.typed_request.to_dict if case.typed_request is not None else lambda: None

    progress(f"{case.prefix}sync: {rounds} rounds x {calls} calls each")
    ours = HighLevel(TOKEN, base_url=BASE_URL, transport=_handler(body), rate_limit=UNREACHED_LIMIT)
    raw = httpx.Client(base_url=BASE_URL, headers=headers, transport=_handler(body))
    with ours, raw:

        def send(payload: dict[str, Any] | None) -> bytes:
            return raw.request(case.method, case.path, params=case.params, json=payload).content

        sync: dict[str, Callable[[], Any]] = {
            OURS: case.ours(ours),
            RAW: lambda: json.loads(send(case.request)),
            RAW_ORJSON: lambda: orjson.loads(send(case.request)),
            RAW_MODELS: lambda: case.model.from_dict(orjson.loads(send(typed_json()))),
        }
        for name, fn in sync.items():
            _check(name, fn(), expected)
        timings = interleaved(sync, rounds=rounds, calls=calls)
    _report(section, case, "sync", timings)
    section.rows.append(
        Row(f"{case.prefix}sync: {SDK}", 0, "µs/call", "n/a: the official SDK has no synchronous client")
    )

    progress(f"{case.prefix}async: {rounds} rounds x {calls} calls each")
    timings = _run_async(loop, case, body, headers, rounds, calls)
    _report(section, case, "async", timings)
    section.notes.append(f"{case.prefix}async: ours takes {timings[OURS] / timings[SDK]:.2f}x the official SDK's time.")


def _report(section: Section, case: Case, mode: str, timings: dict[str, float]) -> None:
    for name, micros in timings.items():
        section.rows.append(Row(f"{case.prefix}{mode}: {name}", micros, "µs/call"))
    section.notes.append(
        f"{case.prefix}{mode}: ours is {timings[OURS] / timings[RAW]:.3f}x the stdlib floor and "
        f"{timings[OURS] / timings[RAW_ORJSON]:.2f}x the orjson floor (shown to separate the JSON library from "
        f"our code); the orjson floor is {timings[RAW_ORJSON] / timings[RAW]:.2f}x the stdlib one."
    )
    # Where ours' time over the floor goes, from the rows of the same run: the typed models (encode and
    # decode), the client layer, and what the faster JSON library gives back.
    models = timings[RAW_MODELS] - timings[RAW_ORJSON]
    layer = timings[OURS] - timings[RAW_MODELS]
    section.notes.append(
        f"{case.prefix}{mode}: ours spends {timings[OURS] - timings[RAW]:.0f} µs over the floor: the typed models "
        f"{models:.0f} µs, the client layer {layer:.0f} µs, less {timings[RAW] - timings[RAW_ORJSON]:.0f} µs "
        "that orjson saves."
    )


def _run_async(
    loop: asyncio.AbstractEventLoop,
    case: Case,
    body: bytes,
    headers: dict[str, str],
    rounds: int,
    calls: int,
) -> dict[str, float]:
    from highlevel import HighLevel as OfficialSDK  # type: ignore[import-untyped]  # gohighlevel-api-client

    async def make_sdk() -> Any:
        # The SDK's constructor takes no transport: the one httpx.AsyncClient it builds (every service
        # shares it) is given ours, through httpx's public constructor.
        real = httpx.AsyncClient

        def client(**kwargs: Any) -> httpx.AsyncClient:
            return real(transport=_handler(body), **kwargs)

        with unittest.mock.patch.object(httpx, "AsyncClient", client):
            return OfficialSDK(private_integration_token=TOKEN, log_level="error")

    sdk = loop.run_until_complete(make_sdk())
    ours = AsyncHighLevel(TOKEN, base_url=BASE_URL, transport=_handler(body), rate_limit=UNREACHED_LIMIT)
    raw = httpx.AsyncClient(base_url=BASE_URL, headers=headers, transport=_handler(body))
    typed_json = case.typed_request.to_dict if case.typed_request is not None else lambda: None

    async def send(payload: dict[str, Any] | None) -> bytes:
        return (await raw.request(case.method, case.path, params=case.params, json=payload)).content

    async def raw_call() -> Any:
        return json.loads(await send(case.request))

    async def raw_orjson_call() -> Any:
        return orjson.loads(await send(case.request))

    async def raw_models_call() -> Any:
        return case.model.from_dict(orjson.loads(await send(typed_json())))

    contenders: dict[str, Callable[[], Awaitable[Any]]] = {
        OURS: case.ours(ours),
        RAW: raw_call,
        RAW_ORJSON: raw_orjson_call,
        RAW_MODELS: raw_models_call,
        SDK: case.sdk(sdk),
    }
    for name, fn in contenders.items():
        _check(name, loop.run_until_complete(fn()), case.response)
    try:
        return interleaved_async(loop, contenders, rounds=rounds, calls=calls)
    finally:
        loop.run_until_complete(ours.aclose())
        loop.run_until_complete(raw.aclose())
        loop.run_until_complete(sdk.http_client.aclose())
