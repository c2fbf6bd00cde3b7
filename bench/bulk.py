"""3. Bulk work at the rate limit: the async client sends 1,000 invoices.

The sandbox runs as its own process (uvicorn on loopback) with its rate limit
set to 100 requests per second per location. The invoices are created first
(paced by the same client, not timed); then all sends start at once with
``asyncio.gather`` and the client's limiter, configured with the same limit,
spaces them. A transport under the client counts every answer, so the 429s
that the client retried are counted too.

The whole run is repeated in several rounds (a new client each, against the
same sandbox process): the targets hold for every round, so the wall-time
target is checked on the slowest round and the 429 target on the round with
the most; the rows give each round and the spread (min / median / max).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter
from dataclasses import dataclass

import httpx

from highlevel_conformance.lifecycle import bodies
from highlevel_invoices import AsyncHighLevel, HighLevelError, RateLimit

from .harness import Row, Scale, Section, Target, fmt, progress, sandbox_cmd, sandbox_tokens, server

MAX_SECONDS_OVER_FLOOR = 0.2  # 10.2 s for 1,000 sends at 100/s


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


async def _bulk(url: str, count: int, per_second: int, *, pause: bool) -> tuple[float, int, Counter[int]]:
    token, location = sandbox_tokens()
    if pause:  # let the previous round's last window expire on the server before this round's client starts
        await asyncio.sleep(1.1)
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


@dataclass(frozen=True)
class Round:
    elapsed: float
    failed: int
    statuses: Counter[int]

    @property
    def too_many(self) -> int:
        return self.statuses.get(429, 0)


def run(scale: Scale) -> Section:
    count, per_second, rounds = scale.pick(1000, 30), scale.pick(100, 20), scale.pick(3, 2)
    floor = count / per_second
    section = Section(
        "bulk",
        f"3. Bulk: the async client sends {count:,} invoices to a sandbox limited to {per_second}/s ({rounds} rounds)",
    )
    results: list[Round] = []
    with server(sandbox_cmd(f"{per_second}/1s")) as srv:
        for number in range(1, rounds + 1):
            progress(f"round {number}/{rounds}")
            try:
                results.append(Round(*asyncio.run(_bulk(srv.url, count, per_second, pause=number > 1))))
            except (HighLevelError, httpx.HTTPError) as exc:  # was it the sandbox that went away, and why?
                raise RuntimeError(f"round {number}: {type(exc).__name__}: {exc}; the sandbox: {srv.state()}") from exc
    times = [r.elapsed for r in results]
    for number, result in enumerate(results, 1):
        answers = sum(result.statuses.values())
        section.rows += [
            Row(f"round {number}: wall time", result.elapsed, "s", f"{count / result.elapsed:.1f} sends/s"),
            Row(f"round {number}: answers 429 (retried by the client)", result.too_many, "answers",
                f"of {answers:,} answers; {result.failed} failed calls"),
        ]  # fmt: skip
    section.rows += [
        Row("wall time, fastest round", min(times), "s"),
        Row("wall time, median round", statistics.median(times), "s"),
        Row("wall time, slowest round", max(times), "s"),
        Row("floor (requests / rate limit)", floor, "s", f"{count:,} requests / {per_second} per s"),
    ]
    limit = floor + MAX_SECONDS_OVER_FLOOR
    section.targets += [
        Target(f"wall time <= {fmt(limit)} s in every round (slowest of {rounds})", max(times), limit, "<=", "s"),
        Target("zero failed calls in every round (most in one round)", max(r.failed for r in results), 0, "<=",
               "calls"),
        Target("zero 429 answers in every round (most in one round)", max(r.too_many for r in results), 0, "<=",
               "answers"),
    ]  # fmt: skip
    section.notes.append(
        "The first window's requests go at once and later ones as places free up, so the last sends leave after "
        f"{count // per_second - 1} windows plus the answers' latency: under the {fmt(floor)} s floor is possible. "
        "The client counts a request until a window after its answer, which keeps the server's windows, opened "
        "by arrivals, under the limit."
    )
    return section
