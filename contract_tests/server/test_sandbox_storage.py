"""How the sandbox stores a resource's fields (issue 16 item 5): as compact JSON text, read as a read-only copy.

The memory figure itself is bench section 7 (``python -m bench --only memory``); this keeps the
per-invoice cost of the stored model bounded in-process, and the read/write contract of ``Stored``.
"""

from __future__ import annotations

import copy
import gc
import json
import tracemalloc
from collections.abc import Callable

import pytest

from highlevel_conformance.lifecycle import bodies
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig

pytestmark = pytest.mark.sandbox_only
LOCATION = list(DEFAULT_TOKENS.values())[0]


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))


def test_a_read_is_read_only_all_the_way_down_and_writes_are_explicit(sandbox: Sandbox) -> None:
    invoice = sandbox.backend.create_invoice(LOCATION, bodies.invoice_fields(LOCATION))
    read = invoice.data
    writes: list[Callable[[], object]] = [
        lambda: read.__setitem__("name", "changed in a copy"),  # type: ignore[index]  # read["name"] = ...
        lambda: read["items"].clear(),
        lambda: read["items"].append({"name": "x"}),
        lambda: read["items"][0].update(qty=9),
        lambda: read["contactDetails"].pop("email"),
        lambda: read.setdefault("title", "x"),  # type: ignore[attr-defined]  # the type says read-only too
    ]
    for write in writes:  # a write to a read can never be lost silently: it is refused
        with pytest.raises(TypeError, match="read-only: change it with x.data = "):
            write()
    assert invoice.data["name"] != "changed in a copy" and invoice.data["items"]
    assert invoice.data["items"][0].get("qty") != 9 and "email" in invoice.data["contactDetails"]
    copied = copy.deepcopy(dict(read))  # a copy made to change is a plain dict at the top, and can be written
    copied["name"] = "a copy"
    assert json.loads(json.dumps(invoice.to_json())) == invoice.to_json()  # answers still encode as JSON
    invoice.update_data(name="renamed")
    assert invoice.data["name"] == "renamed" and invoice.to_json()["name"] == "renamed"
    invoice.data = {**invoice.data, "title": "BILL"}
    assert invoice.to_json()["title"] == "BILL"


def test_lists_sort_and_filter_by_the_issue_date_last_written(sandbox: Sandbox) -> None:
    backend = sandbox.backend
    first, second = (backend.create_invoice(LOCATION, bodies.invoice_fields(LOCATION)) for _ in range(2))
    first.update_data(issueDate="2020-01-01")
    second.data = {**second.data, "issueDate": "2030-01-01"}
    page = {"offset": "0", "limit": "10"}
    assert [i.id for i in backend.list_invoices(LOCATION, page)[0]] == [second.id, first.id]
    assert [i.id for i in backend.list_invoices(LOCATION, {**page, "endAt": "2021-01-01"})[0]] == [first.id]


def test_a_stored_invoice_costs_under_2000_bytes(sandbox: Sandbox) -> None:
    body = bodies.invoice_fields(LOCATION)
    backend = sandbox.backend
    for _ in range(50):  # warm: first-use caches, the location's store
        backend.create_invoice(LOCATION, body)
    count = 2_000
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(count):
            backend.create_invoice(LOCATION, body)
        gc.collect()
        per_invoice = (tracemalloc.get_traced_memory()[0] - before) / count
    finally:
        tracemalloc.stop()
    assert per_invoice <= 2_000, f"{per_invoice:,.0f} bytes per stored invoice"
