"""The largest realistic answer of the 42 operations, for sections 1 and 2 (issue 16, item 7).

How it was chosen: the lifecycle tests (which call every operation with the
seed-shaped bodies of ``highlevel_conformance.lifecycle``) were run against the
in-process sandbox with the size of every 200 answer recorded. The largest
single-resource answer is create-invoice-from-estimate (the estimate and the new
invoice, about 2.0 KB), then a schedule with its invoice (about 1.7 KB); every
other single answer is an invoice or smaller (1.2 KB or less). A list answer is
its items times the page size: at the spec's example page size (``limit=10``),
a page of invoice schedules, each holding the invoice it issued, is the largest
(about 16.6 KB), ahead of estimates (11.0 KB), invoices (8.7 KB) and templates.

So the benchmarks use **list-invoice-schedules, a page of 10 schedules that
have each issued their first invoice**, built here in an in-process sandbox with
the lifecycle bodies; :func:`build` also measures the other candidates, so
each run's note shows that the page is still the largest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx

PAGE = 10  # the spec's example ``limit`` of the list operations
OPERATION = "list-invoice-schedules"


@dataclass(frozen=True)
class Largest:
    """The chosen answer, the query that asks for it, and the sizes of the other candidates."""

    operation: str
    path: str
    params: dict[str, str]
    response: dict[str, Any]
    body: bytes  # the answer as the sandbox sent it
    candidates: dict[str, int]  # operation (and page) -> bytes of its 200 answer

    @property
    def label(self) -> str:
        return f"{self.operation}, {PAGE} per page, {len(self.body):,} bytes"

    def note(self) -> str:
        others = ", ".join(f"{name} {size:,}" for name, size in self.candidates.items())
        return (
            f"Largest answer: {self.operation} (GET {self.path}, limit={PAGE}): a page of {PAGE} invoice schedules, "
            f"each with the invoice it issued, {len(self.body):,} bytes of JSON from the sandbox (bench/largest.py "
            f"says how it was chosen). Other candidates in the same run, in bytes: {others}."
        )


def build() -> Largest:
    """Fill an in-process sandbox with the lifecycle tests' bodies and take the answers."""
    from highlevel_conformance.lifecycle import bodies, estimate_bodies, schedule_bodies
    from highlevel_invoices import HighLevel
    from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SyncASGITransport

    token, location = next(iter(DEFAULT_TOKENS.items()))
    sandbox = Sandbox()
    transport = SyncASGITransport(sandbox.app)
    headers = {"Authorization": f"Bearer {token}", "Version": "2021-07-28"}
    where = {"altId": location, "altType": "location"}
    page = {**where, "limit": str(PAGE), "offset": "0"}
    candidates: dict[str, int] = {}
    with (
        HighLevel(token, base_url="http://sandbox.invalid", transport=transport, rate_limit=None) as client,
        httpx.Client(base_url="http://sandbox.invalid", transport=transport, headers=headers) as raw,
    ):

        def size(name: str, response: httpx.Response) -> bytes:
            if response.status_code != 200:
                raise RuntimeError(f"{name} answered {response.status_code}: {response.text[:300]}")
            candidates[name] = len(response.content)
            return response.content

        schedule_id = estimate_id = ""
        for _ in range(PAGE):
            client.create_invoice(body=bodies.create_invoice(location))
            estimate_id = client.create_new_estimate(body=estimate_bodies.create(location)).field_id
            schedule_id = client.create_invoice_schedule(body=schedule_bodies.create(location)).field_id
            client.schedule_invoice_schedule(schedule_id, body=bodies.schedule_now(location))
        size("get-invoice-schedule", raw.get(f"/invoices/schedule/{schedule_id}", params=where))
        size(
            "create-invoice-from-estimate",
            raw.post(f"/invoices/estimate/{estimate_id}/invoice", json=estimate_bodies.to_invoice(location).to_dict()),
        )
        size(f"list-invoices ({PAGE})", raw.get("/invoices/", params=page))
        size(f"list-estimates ({PAGE})", raw.get("/invoices/estimate/list", params=page))
        path = "/invoices/schedule"
        body = size(OPERATION, raw.get(path, params=page))
    transport.close()
    response = json.loads(body)
    if len(response.get("schedules", [])) != PAGE or not all(s.get("invoices") for s in response["schedules"]):
        raise AssertionError(f"expected {PAGE} schedules, each with its invoice: {body[:300]!r}")
    chosen = candidates.pop(OPERATION)
    if chosen < max(candidates.values()):
        raise AssertionError(f"{OPERATION} ({chosen:,} bytes) is no longer the largest answer: {candidates}")
    return Largest(OPERATION, path, page, response, body, candidates)


if __name__ == "__main__":
    largest = build()
    print(largest.label)
    print(largest.note())
