"""3. Bulk work at the rate limit: the async client sends 1,000 invoices.

The sandbox runs as its own process (uvicorn on loopback) with its rate limit
set to 100 requests per second per location. The invoices are created first
(paced by the same client, not timed); then all sends start at once with
``asyncio.gather`` and the client's limiter, configured with the same limit,
spaces them. A transport under the client counts every answer, so the 429s
that the client retried are counted too.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import httpx

from highlevel_conformance.lifecycle import bodies
from highlevel_invoices import AsyncHighLevel, HighLevelError, RateLimit

from .harness import Row, Scale, Section, Target, fmt, progress, sandbox_cmd, sandbox_tokens, server

MAX_SECONDS_OVER_FLOOR = 0.5
MAX_429_SHARE = 0.01


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the status of every answer that reaches the client, retries included."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.statuses: Counter[int] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def _bulk(url: str, count: int, per_second: int) -> tuple[float, int, Counter[int]]:
    token, location = sandbox_tokens()
    counter = CountingTransport()
    limit = RateLimit(max_requests=per_second, per_seconds=1.0)
    async with AsyncHighLevel(token, base_url=url, rate_limit=limit, transport=counter) as client:
        progress(f"creating {count} draft invoices first (not timed, also paced at {per_second}/s)")
        created = await asyncio.gather(
            *(client.create_invoice(body=bodies.create_invoice(location, name=f"bulk {i}")) for i in range(count))
        )
        # Let the last window of the set-up expire on both sides before the clock starts.
        await asyncio.sleep(1.1)
        counter.statuses.clear()
        progress(f"sending {count} invoices at once; the client spaces them at {per_second}/s")
        started = time.perf_counter()
        results = await asyncio.gather(
            *(client.send_invoice(invoice.field_id, body=bodies.send(location)) for invoice in created),
            return_exceptions=True,
        )
        elapsed = time.perf_counter() - started
    failed = [r for r in results if isinstance(r, BaseException)]
    for error in failed[:3]:
        progress(f"failed: {type(error).__name__}: {error}")
    if failed and not all(isinstance(e, (HighLevelError, httpx.HTTPError)) for e in failed):
        raise failed[0]
    return elapsed, len(failed), counter.statuses


def run(scale: Scale) -> Section:
    count, per_second = scale.pick(1000, 40), scale.pick(100, 20)
    floor = count / per_second
    section = Section(
        "bulk", f"3. Bulk: the async client sends {count:,} invoices to a sandbox limited to {per_second}/s"
    )
    with server(sandbox_cmd(f"{per_second}/1s")) as srv:
        elapsed, failed, statuses = asyncio.run(_bulk(srv.url, count, per_second))
    answers = sum(statuses.values())
    too_many = statuses.get(429, 0)
    share = too_many / answers if answers else 0.0
    section.rows += [
        Row("wall time", elapsed, "s"),
        Row("floor (requests / rate limit)", floor, "s", f"{count:,} requests / {per_second} per s"),
        Row("failed calls", failed, "calls"),
        Row("answers 429 (retried by the client)", too_many, "answers", f"{share:.2%} of {answers:,} answers"),
        Row("throughput", count / elapsed, "sends/s"),
    ]
    section.targets += [
        Target(
            f"wall time <= {fmt(floor + MAX_SECONDS_OVER_FLOOR)} s", elapsed, floor + MAX_SECONDS_OVER_FLOOR, "<=", "s"
        ),
        Target("zero failed calls", failed, 0, "<=", "calls"),
        Target(f"at most {MAX_429_SHARE:.0%} of requests answered 429", share * 100, MAX_429_SHARE * 100, "<=", "%"),
    ]
    section.notes.append(
        "The first window's requests go at once and later ones as places free up, so the last sends leave after "
        f"{count // per_second - 1} windows plus the answers' latency: under the {fmt(floor)} s floor is possible. "
        "The client counts a request until a window after its answer, which keeps the server's windows, opened "
        "by arrivals, under the limit."
    )
    return section
