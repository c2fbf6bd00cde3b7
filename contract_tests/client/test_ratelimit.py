"""The client-side limiter keeps every window under the limit, per location."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from highlevel_invoices import RateLimit, RateLimitInfo, models
from highlevel_invoices._ratelimit import SlidingWindowLimiter
from highlevel_invoices._transport import location_key

from .conftest import INVOICE_WITH_SUMMARY, LOCATION, SEND_REQUEST, SEND_RESPONSE, Recorder, async_client, sync_client


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sliding_window_never_lets_more_than_the_limit_into_any_window() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(max_requests=5, per_seconds=10), clock=clock)
    sends = []
    for _ in range(23):
        delay = limiter.reserve("loc")
        sends.append(clock.now + delay)
        clock.now += 0.3  # callers arrive faster than allowed
    for start in sends:
        in_window = [t for t in sends if start <= t < start + 10]
        assert len(in_window) <= 5
    assert sends[:5] == pytest.approx([1000.0, 1000.3, 1000.6, 1000.9, 1001.2])
    assert sends[5] == pytest.approx(1010.0)  # the 6th waits for the 1st to leave the window


def test_locations_have_separate_budgets() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(max_requests=2, per_seconds=10), clock=clock)
    assert [limiter.reserve("a"), limiter.reserve("a"), limiter.reserve("b")] == [0, 0, 0]
    assert limiter.reserve("a") == pytest.approx(10)


def test_invalid_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        RateLimit(max_requests=0)


def test_location_comes_from_the_query_or_the_body() -> None:
    assert location_key(httpx.Request("GET", "https://x/invoices/1?altId=loc1&altType=location")) == "loc1"
    assert location_key(httpx.Request("POST", "https://x/invoices/1/send", json={"altId": "loc2"})) == "loc2"
    assert location_key(httpx.Request("POST", "https://x/invoices/1/send", json={"a": 1})) == "-"


async def test_bulk_async_work_waits_instead_of_collecting_429s() -> None:
    recorder = Recorder(httpx.Response(200, json=SEND_RESPONSE))
    client = async_client(recorder, rate_limit=RateLimit(max_requests=5, per_seconds=0.5))
    body = models.SendInvoiceRequest.from_dict(SEND_REQUEST)
    started = time.monotonic()
    await asyncio.gather(*(client.send_invoice(f"inv{i}", body=body) for i in range(12)))
    elapsed = time.monotonic() - started
    assert len(recorder.requests) == 12
    assert elapsed >= 1.0  # 12 requests at 5 per 0.5 s need two full windows of waiting


def test_limiter_can_be_turned_off() -> None:
    recorder = Recorder(httpx.Response(200, json=INVOICE_WITH_SUMMARY))
    hl = sync_client(recorder, rate_limit=None)
    started = time.monotonic()
    for _ in range(150):
        hl.get_invoice("inv", alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    assert len(recorder.requests) == 150
    assert time.monotonic() - started < 5  # 150 > 100 per 10 s: with the default limit this would wait


def test_rate_limit_headers_of_the_last_response_are_readable() -> None:
    headers = {"X-RateLimit-Max": "100", "X-RateLimit-Remaining": "42", "X-RateLimit-Interval-Milliseconds": "10000",
               "X-RateLimit-Limit-Daily": "200000", "X-RateLimit-Daily-Remaining": "1234"}  # fmt: skip
    recorder = Recorder(httpx.Response(200, json=INVOICE_WITH_SUMMARY, headers=headers))
    hl = sync_client(recorder)
    assert hl.rate_limit == RateLimitInfo()  # nothing seen yet
    hl.get_invoice("inv", alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    assert (hl.rate_limit.max, hl.rate_limit.remaining, hl.rate_limit.daily_remaining) == (100, 42, 1234)
    assert hl.rate_limit.interval_milliseconds == 10000 and hl.rate_limit.limit_daily == 200000
