"""Iterating every item of a list operation across pages, sync and async (the generated ``iter_*`` methods)."""

from __future__ import annotations

import inspect

import httpx
import pytest

import highlevel_spec as specs
from highlevel_invoices import AsyncHighLevel, HighLevel, models

from . import helpers
from .helpers import LOCATION, async_client, sync_client

ALL = [{**helpers.INVOICE, "_id": f"{i:024x}", "invoiceNumber": str(i)} for i in range(1, 251)]


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


# The iterators are generated for every list operation (overrides/templates/api_init.py.jinja).


def _list_operations() -> list[str]:
    """The python name of every operation with ``limit`` and ``offset`` query parameters, from the spec."""
    document = specs.load_spec()
    names = []
    for _, path, op in specs.operations(document):
        params = [
            specs.deref(document, p)
            for p in [*document["paths"][path].get("parameters", []), *op.get("parameters", [])]
        ]
        if {"limit", "offset"} <= {p.get("name") for p in params if p.get("in") == "query"}:
            names.append(op["operationId"].replace("-", "_"))
    return names


def test_every_list_operation_has_a_sync_and_an_async_iterator() -> None:
    names = _list_operations()
    assert "list_invoices" in names
    for name in names:
        iterator = "iter_" + name.removeprefix("list_")
        assert inspect.isgeneratorfunction(getattr(HighLevel, iterator)), iterator
        assert inspect.isasyncgenfunction(getattr(AsyncHighLevel, iterator)), iterator
        listed = set(inspect.signature(getattr(HighLevel, name)).parameters)
        iterated = set(inspect.signature(getattr(HighLevel, iterator)).parameters)
        assert iterated == listed - {"limit", "offset"} | {"page_size"}, iterator


class Pages:
    """A list endpoint over ``count`` invoices that answers at most ``cap`` per page and records each request."""

    def __init__(self, count: int, cap: int = 1000, with_total: bool = True) -> None:
        self.items = ALL[:count]
        self.cap, self.with_total = cap, with_total
        self.asked: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        self.asked.append((limit, offset))
        page = self.items[offset : offset + min(limit, self.cap)]
        return httpx.Response(200, json={"invoices": page, **({"total": len(self.items)} if self.with_total else {})})


def test_the_last_short_page_ends_without_another_request() -> None:
    server = Pages(250)
    assert len(list(sync_client(server).iter_invoices(LOCATION, page_size=100))) == 250
    assert server.asked == [(100, 0), (100, 100), (100, 200)]


async def test_an_empty_first_page_yields_nothing_after_one_request() -> None:
    server = Pages(0)
    assert [i async for i in async_client(server).iter_invoices(LOCATION, page_size=10)] == []
    assert server.asked == [(10, 0)]


def test_a_server_that_caps_the_page_size_is_paged_to_the_total() -> None:
    server = Pages(120, cap=50)  # asked for 100 at a time, answers 50: short pages that are not the last
    seen = [i.invoice_number for i in sync_client(server).iter_invoices(LOCATION, page_size=100)]
    assert seen == [str(i) for i in range(1, 121)]
    assert server.asked == [(100, 0), (100, 50), (100, 100)]


async def test_page_size_is_bounded_below_and_sent_as_the_limit() -> None:
    server = Pages(5)
    for bad in (0, -1, True):
        with pytest.raises(ValueError, match="page_size"):
            list(sync_client(server).iter_invoices(LOCATION, page_size=bad))
        with pytest.raises(ValueError, match="page_size"):
            [i async for i in async_client(server).iter_invoices(LOCATION, page_size=bad)]
    assert server.asked == []
    assert len([i async for i in async_client(server).iter_invoices(LOCATION, page_size=2)]) == 5
    assert server.asked == [(2, 0), (2, 2), (2, 4)]
