"""Safe retries: idempotent calls retry on failures, non-idempotent ones only when provably unprocessed."""

from __future__ import annotations

import email.utils
import math
import time
from typing import Any

import httpx
import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import RetryPolicy, models
from highlevel_invoices._retry import parse_retry_after

from . import helpers
from .helpers import INVOICE_ID, LOCATION, Recorder, async_client, sync_client

OK_SEND = httpx.Response(200, json=helpers.SEND_RESPONSE)
OK_GET = httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY)


async def send(mode: str, recorder: Recorder, **kwargs: Any) -> Any:
    body = models.SendInvoiceRequest.from_dict(helpers.SEND_REQUEST)
    if mode == "sync":
        return sync_client(recorder, **kwargs).send_invoice(INVOICE_ID, body=body)
    return await async_client(recorder, **kwargs).send_invoice(INVOICE_ID, body=body)


async def get(mode: str, recorder: Recorder, **kwargs: Any) -> Any:
    args: dict[str, Any] = {"alt_id": LOCATION, "alt_type": models.AltType.LOCATION}
    if mode == "sync":
        return sync_client(recorder, **kwargs).get_invoice(INVOICE_ID, **args)
    return await async_client(recorder, **kwargs).get_invoice(INVOICE_ID, **args)


async def test_a_500_on_send_is_not_retried(mode: str) -> None:
    """Sending twice would text the customer twice: the 500 may have come after the send."""
    recorder = Recorder(httpx.Response(500, json={"message": "boom"}), OK_SEND)
    with pytest.raises(hl_pkg.InternalServerError):
        await send(mode, recorder)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.Response(408), httpx.Response(502)]
)
async def test_non_idempotent_call_is_not_retried_when_it_may_have_been_processed(mode: str, failure: Any) -> None:
    recorder = Recorder(failure, OK_SEND)
    with pytest.raises(hl_pkg.HighLevelError):
        await send(mode, recorder)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("no route"),
                                     httpx.Response(429, headers={"Retry-After": "0"})])  # fmt: skip
async def test_non_idempotent_call_is_retried_when_provably_unprocessed(mode: str, failure: Any) -> None:
    recorder = Recorder(failure, OK_SEND)
    result = await send(mode, recorder)
    assert isinstance(result, models.SendInvoiceResponse)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof"),
     httpx.Response(408), httpx.Response(429), httpx.Response(500), httpx.Response(502), httpx.Response(503)],
)  # fmt: skip
async def test_idempotent_call_is_retried_on_failures(mode: str, failure: Any) -> None:
    recorder = Recorder(failure, OK_GET)
    assert isinstance(await get(mode, recorder), models.InvoiceWithSummary)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_client_errors_are_never_retried(mode: str, status: int) -> None:
    recorder = Recorder(httpx.Response(status, json={"message": "no"}), OK_GET)
    with pytest.raises(hl_pkg.APIStatusError):
        await get(mode, recorder)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("max_retries", [0, 1, 3])
async def test_retry_count_is_configurable(mode: str, max_retries: int) -> None:
    recorder = Recorder(httpx.Response(503))
    policy = RetryPolicy(max_retries=max_retries, initial_delay=0, max_delay=0)
    with pytest.raises(hl_pkg.InternalServerError):
        await get(mode, recorder, retry_policy=policy)
    assert len(recorder.requests) == 1 + max_retries


def test_default_is_two_retries() -> None:
    assert hl_pkg.HighLevel("t")._client.get_httpx_client()._transport._core.policy.max_retries == 2  # type: ignore[attr-defined]


def test_retry_after_is_honoured() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "0.3"}), OK_GET)
    hl = sync_client(recorder, retry_policy=RetryPolicy(initial_delay=5, max_delay=5))
    started = time.monotonic()
    hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    waited = time.monotonic() - started
    assert 0.3 <= waited < 4  # honoured Retry-After, not the 5 s backoff


def test_retry_after_parses_seconds_and_http_dates() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(30, abs=1)


def test_retry_after_over_the_cap_is_never_retried() -> None:
    """Retrying sooner than the server asked hammers it (issue 11, item 3): over the cap means no retry."""
    policy = RetryPolicy(initial_delay=1, max_delay=1, max_retry_after=60)
    assert policy.delay(1, {"retry-after": "30"}) == 30
    assert policy.delay(1, {"retry-after": "3600"}) == math.inf


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=4)
    delays = [[policy.delay(n) for _ in range(200)] for n in (1, 2, 3, 4, 5, 6)]
    for n, samples in enumerate(delays, start=1):
        nominal = min(0.5 * 2 ** (n - 1), 4)
        assert all(0.75 * nominal <= d <= nominal for d in samples)
        assert len(set(samples)) > 1  # jitter
    assert max(delays[-1]) <= 4


def test_negative_retry_count_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
