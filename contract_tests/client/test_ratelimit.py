"""The client-side limiter keeps every window under the limit, per location."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from highlevel_invoices import RateLimit, RateLimitInfo, models
from highlevel_invoices._ratelimit import SlidingWindowLimiter
from highlevel_invoices._transport import location_key

from . import helpers
from .helpers import LOCATION, Recorder, async_client, sync_client


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def simulate(limiter: SlidingWindowLimiter, clock: FakeClock, latencies: list[tuple[float, float]]) -> list[float]:
    """Send one request per (arrival delay, answer delay); return when each reached the server.

    Requests are sent one after the other, each as soon as the limiter allows,
    and each reaches the server ``arrival`` after it was sent and is answered
    ``answer`` after that (answers are awaited before the next send, which is
    the worst case for a limiter that counts from the send).
    """
    arrivals = []
    for arrival, answer in latencies:
        while wait := limiter.acquire("loc"):
            clock.now += wait
        arrivals.append(clock.now + arrival)
        clock.now += arrival + answer
        limiter.release("loc")
    return arrivals


def test_no_window_ever_holds_more_than_the_limit() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(max_requests=5, per_seconds=10), clock=clock)
    latencies = [(0.05 * (i % 7), 0.01 * (i % 3)) for i in range(40)]  # uneven on purpose
    arrivals = simulate(limiter, clock, latencies)
    for start in arrivals:  # every sliding window, so every fixed window too
        assert len([t for t in arrivals if start <= t < start + 10]) <= 5


def test_a_place_frees_a_window_after_the_answer_not_after_the_send() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(max_requests=2, per_seconds=10), clock=clock)
    assert limiter.acquire("loc") == 0 and limiter.acquire("loc") == 0
    assert limiter.acquire("loc") == pytest.approx(0.5)  # both in flight: look again shortly
    clock.now += 3
    limiter.release("loc")  # answered at 1003
    limiter.release("loc")
    assert limiter.acquire("loc") == pytest.approx(10)  # free at 1013, not 1010
    clock.now += 10
    assert limiter.acquire("loc") == 0


def test_slow_arrivals_do_not_push_the_next_batch_into_429s(monkeypatch: pytest.MonkeyPatch) -> None:
    """Against the sandbox's own fixed-window counter, when one batch is slow to arrive and the next is not.

    Thirty callers want to go at once. Every other batch of five reaches the
    server 80 ms after it was sent (a busy server, a slow network), so the
    server's window opens late. A limiter that counted from the send would let
    the next, prompt batch go one window after the slow one was *sent*, into
    the window the server opened when it *arrived*: 429s.
    """
    from highlevel_sandbox._ratelimit import RateLimit as ServerLimit
    from highlevel_sandbox._ratelimit import RateLimiter

    clock = FakeClock()
    monkeypatch.setattr("highlevel_sandbox._ratelimit.time.monotonic", clock)
    server = RateLimiter(ServerLimit(max_requests=5, per_seconds=1.0))
    limiter = SlidingWindowLimiter(RateLimit(max_requests=5, per_seconds=1.0), clock=clock)
    events: list[tuple[float, str]] = []  # (time, "arrive" | "answer")
    waiting, sent, rejected = 30, 0, 0
    while waiting or events:
        wait = 0.0
        while waiting and not (wait := limiter.acquire("loc")):
            latency = 0.08 if (sent // 5) % 2 == 0 else 0.001
            events += [(clock.now + latency, "arrive"), (clock.now + latency + 0.002, "answer")]
            waiting, sent = waiting - 1, sent + 1
        events.sort()
        if events and (not waiting or events[0][0] <= clock.now + wait):
            clock.now, kind = events.pop(0)
            if kind == "arrive":
                rejected += not server.hit("loc")[0]
            else:
                limiter.release("loc")
        else:
            clock.now += wait
    assert sent == 30
    assert rejected == 0


def test_locations_have_separate_budgets() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(max_requests=2, per_seconds=10), clock=clock)
    assert [limiter.acquire("a"), limiter.acquire("a"), limiter.acquire("b")] == [0, 0, 0]
    assert limiter.acquire("a") > 0
    assert limiter.acquire("b") == 0


def test_invalid_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        RateLimit(max_requests=0)


def test_location_comes_from_the_query_or_the_body() -> None:
    assert location_key(httpx.Request("GET", "https://x/invoices/1?altId=loc1&altType=location")) == "loc1"
    assert location_key(httpx.Request("POST", "https://x/invoices/1/send", json={"altId": "loc2"})) == "loc2"
    assert location_key(httpx.Request("POST", "https://x/invoices/1/send", json={"a": 1})) == "-"


async def test_bulk_async_work_waits_instead_of_collecting_429s() -> None:
    recorder = Recorder(httpx.Response(200, json=helpers.SEND_RESPONSE))
    client = async_client(recorder, rate_limit=RateLimit(max_requests=5, per_seconds=0.5))
    body = models.SendInvoiceRequest.from_dict(helpers.SEND_REQUEST)
    started = time.monotonic()
    await asyncio.gather(*(client.send_invoice(f"inv{i}", body=body) for i in range(12)))
    elapsed = time.monotonic() - started
    assert len(recorder.requests) == 12
    assert elapsed >= 1.0  # 12 requests at 5 per 0.5 s need two full windows of waiting


def test_limiter_can_be_turned_off() -> None:
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    hl = sync_client(recorder, rate_limit=None)
    started = time.monotonic()
    for _ in range(150):
        hl.get_invoice("inv", alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    assert len(recorder.requests) == 150
    assert time.monotonic() - started < 5  # 150 > 100 per 10 s: with the default limit this would wait


def test_rate_limit_headers_of_the_last_response_are_readable() -> None:
    headers = {"X-RateLimit-Max": "100", "X-RateLimit-Remaining": "42", "X-RateLimit-Interval-Milliseconds": "10000",
               "X-RateLimit-Limit-Daily": "200000", "X-RateLimit-Daily-Remaining": "1234"}  # fmt: skip
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY, headers=headers))
    hl = sync_client(recorder)
    assert hl.rate_limit == RateLimitInfo()  # nothing seen yet
    hl.get_invoice("inv", alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    assert (hl.rate_limit.max, hl.rate_limit.remaining, hl.rate_limit.daily_remaining) == (100, 42, 1234)
    assert hl.rate_limit.interval_milliseconds == 10000 and hl.rate_limit.limit_daily == 200000
