"""7. Sandbox memory: resident set size after storing 10k and 100k invoices.

The sandbox runs as its own process; invoices are created over HTTP (the
seed-shaped create-invoice body of the lifecycle tests, one line item), and the
process's RSS is read with psutil after each stage. The figure that matters is
the growth between the two stages, per invoice, so the start-up cost does not
count; it is information, with no target.
"""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import psutil

from highlevel_conformance.lifecycle import bodies

from .harness import Row, Scale, Section, progress, sandbox_cmd, sandbox_tokens, server

CONCURRENCY = 16


async def _create(url: str, token: str, body: bytes, count: int) -> None:
    headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28", "Content-Type": "application/json"}
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=30) as client:
        remaining = count

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                response = await client.post("/invoices/", content=body)
                if response.status_code != 200:
                    raise RuntimeError(f"create answered {response.status_code}: {response.text[:300]}")

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))


def rss(pid: int) -> int:
    return int(psutil.Process(pid).memory_info().rss)


def run(scale: Scale) -> Section:
    stages = [scale.pick(10_000, 200), scale.pick(100_000, 1_000)]
    section = Section("memory", f"7. Sandbox memory after storing {stages[0]:,} and {stages[1]:,} invoices")
    token, location = sandbox_tokens()
    body = json.dumps(bodies.create_invoice(location).to_dict()).encode()
    with server(sandbox_cmd("off")) as srv:
        asyncio.run(_create(srv.url, token, body, 1))  # first request: imports and caches warm
        stored, readings = 1, {0: rss(srv.pid)}
        for target in stages:
            started = time.perf_counter()
            progress(f"creating invoices {stored + 1:,} to {target:,} ({CONCURRENCY} connections)")
            asyncio.run(_create(srv.url, token, body, target - stored))
            stored = target
            readings[target] = rss(srv.pid)
            took = time.perf_counter() - started
            progress(f"{target:,} invoices stored in {took:.1f} s; RSS {readings[target] / 2**20:.1f} MiB")
    small, large = stages
    per_invoice = (readings[large] - readings[small]) / (large - small)
    section.rows += [
        Row("RSS with 1 invoice", readings[0] / 2**20, "MiB"),
        Row(f"RSS with {small:,} invoices", readings[small] / 2**20, "MiB"),
        Row(f"RSS with {large:,} invoices", readings[large] / 2**20, "MiB"),
        Row(f"bytes per invoice ({small:,} -> {large:,})", per_invoice, "bytes",
            f"the create body is {len(body):,} bytes of JSON"),
    ]  # fmt: skip
    if scale.smoke:
        section.notes.append("Smoke run: with this few invoices the figure is mostly allocator noise.")
    return section
