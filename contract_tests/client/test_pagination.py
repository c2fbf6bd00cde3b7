"""Iterating every invoice of a location across pages, sync and async."""

from __future__ import annotations

import httpx

from highlevel_invoices import models

from .conftest import INVOICE, LOCATION, async_client, sync_client

ALL = [{**INVOICE, "_id": f"{i:024x}", "invoiceNumber": str(i)} for i in range(1, 251)]


def pages(request: httpx.Request) -> httpx.Response:
    limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
    assert request.url.params["altId"] == LOCATION
    return httpx.Response(200, json={"invoices": ALL[offset : offset + limit], "total": len(ALL)})


def test_sync_iteration_reads_every_page() -> None:
    seen = [i.invoice_number for i in sync_client(pages).iter_invoices(LOCATION, page_size=100)]
    assert seen == [str(i) for i in range(1, 251)]


async def test_async_iteration_reads_every_page() -> None:
    seen = [i.invoice_number async for i in async_client(pages).iter_invoices(LOCATION, page_size=60)]
    assert seen == [str(i) for i in range(1, 251)]


def test_filters_are_passed_through_and_an_empty_page_ends() -> None:
    requests: list[httpx.Request] = []

    def empty(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"invoices": [], "total": 5})  # total says more, page says none

    result = list(sync_client(empty).iter_invoices(LOCATION, status=models.InvoiceStatus.PAID))
    assert result == [] and len(requests) == 1
    assert requests[0].url.params["status"] == "paid"
