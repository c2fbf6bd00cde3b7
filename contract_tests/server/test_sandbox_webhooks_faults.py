"""Webhook faults through ``/__sandbox/faults``: drop the next N deliveries, send one twice, delay one; logged."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from highlevel_conformance.lifecycle import bodies
from highlevel_invoices import HighLevel, MemorySeenStore, WebhookVerificationError, verify_webhook
from highlevel_sandbox import LOCATION_A, Sandbox, SandboxConfig, SyncASGITransport

pytestmark = pytest.mark.sandbox_only
TOKEN_A = "sandbox-token-location-a"
URL = "http://receiver.invalid/hooks"


class Receiver:
    """An in-process receiver that answers 200 and keeps each request with the time it came."""

    def __init__(self) -> None:
        self.requests: list[tuple[float, httpx.Request]] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append((time.monotonic(), request))
        return httpx.Response(200)

    def types(self) -> list[str]:
        return [json.loads(r.content)["type"] for _, r in self.requests]


@pytest.fixture
def box() -> Iterator[tuple[Sandbox, Receiver, httpx.Client, HighLevel]]:
    sb = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    receiver = Receiver()
    sb.webhooks.add_url(URL, transport=httpx.MockTransport(receiver))
    transport = SyncASGITransport(sb.app)
    with (
        httpx.Client(transport=transport, base_url="http://sandbox.invalid") as admin,
        HighLevel(TOKEN_A, base_url="http://sandbox.invalid", transport=transport, strict=True) as hl,
    ):
        yield sb, receiver, admin, hl
    sb.webhooks.close()


def log(admin: httpx.Client) -> list[dict[str, Any]]:
    deliveries: list[dict[str, Any]] = admin.get("/__sandbox/webhooks/deliveries").json()["deliveries"]
    return deliveries


def test_drop_the_next_two_deliveries(box: tuple[Sandbox, Receiver, httpx.Client, HighLevel]) -> None:
    sb, receiver, admin, hl = box
    added = admin.post("/__sandbox/faults", json={"webhook": "drop", "count": 2})
    assert (added.status_code, added.json()) == (
        201, {"faults": [{"webhook": "drop", "count": 2, "delay_ms": 0, "event": None}]}
    )  # fmt: skip
    invoices = [hl.create_invoice(body=bodies.create_invoice(LOCATION_A)).field_id for _ in range(3)]
    assert sb.webhooks.wait_idle()
    assert [json.loads(r.content)["_id"] for _, r in receiver.requests] == [invoices[2]]
    rows = [(d["invoiceId"], d["state"], d["attempts"], d["error"], d["fault"]) for d in log(admin)]
    assert rows == [
        (invoices[0], "dropped", 0, "not sent: dropped by a webhook fault", {"webhook": "drop"}),
        (invoices[1], "dropped", 0, "not sent: dropped by a webhook fault", {"webhook": "drop"}),
        (invoices[2], "delivered", 1, None, None),
    ]
    assert admin.get("/__sandbox/faults").json() == {"faults": []}  # used up


def test_drop_only_the_named_event(box: tuple[Sandbox, Receiver, httpx.Client, HighLevel]) -> None:
    sb, receiver, admin, hl = box
    assert admin.post("/__sandbox/faults", json={"webhook": "drop", "event": "InvoicePaid"}).status_code == 201
    invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION_A))
    hl.record_invoice(invoice.field_id, body=bodies.payment(LOCATION_A))
    assert sb.webhooks.wait_idle()
    assert receiver.types() == ["InvoiceCreate", "InvoiceSent"]
    assert [(d["event"], d["state"]) for d in log(admin)] == [
        ("InvoiceCreate", "delivered"),
        ("InvoiceSent", "delivered"),
        ("InvoicePaid", "dropped"),
    ]


def test_duplicate_delivers_the_same_signed_event_twice(box: tuple[Sandbox, Receiver, httpx.Client, HighLevel]) -> None:
    sb, receiver, admin, hl = box
    assert admin.post("/__sandbox/faults", json={"webhook": "duplicate"}).status_code == 201
    invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION_A))
    assert sb.webhooks.wait_idle()
    assert receiver.types() == ["InvoiceCreate", "InvoiceCreate", "InvoiceSent"]
    first, second = receiver.requests[0][1], receiver.requests[1][1]
    assert (first.content, first.headers["X-GHL-Signature"]) == (second.content, second.headers["X-GHL-Signature"])
    key, seen = sb.webhooks.public_key_pem, MemorySeenStore()
    assert verify_webhook(first.content, first.headers, public_key=key, seen=seen).field_id == invoice.field_id
    with pytest.raises(WebhookVerificationError) as refused:  # a receiver with a seen-store refuses the copy
        verify_webhook(second.content, second.headers, public_key=key, seen=seen)
    assert refused.value.reason == "replayed"
    rows = log(admin)
    assert [(d["event"], d["state"], d["fault"]) for d in rows] == [
        ("InvoiceCreate", "delivered", None),
        ("InvoiceCreate", "delivered", {"webhook": "duplicate", "of": rows[0]["id"]}),
        ("InvoiceSent", "delivered", None),
    ]
    assert rows[0]["webhookId"] == rows[1]["webhookId"] != rows[2]["webhookId"]


def test_delay_holds_a_delivery_back_and_the_later_ones_behind_it(
    box: tuple[Sandbox, Receiver, httpx.Client, HighLevel],
) -> None:
    sb, receiver, admin, hl = box
    assert admin.post("/__sandbox/faults", json={"webhook": "delay", "delayMs": 400}).status_code == 201
    start = time.monotonic()
    invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION_A))
    answered = time.monotonic() - start
    assert sb.webhooks.wait_idle()
    assert answered < 0.4  # the API answers never wait for the delay
    assert receiver.types() == ["InvoiceCreate", "InvoiceSent"]  # in order: the second waited behind the first
    assert receiver.requests[0][0] - start >= 0.4
    assert [(d["event"], d["state"], d["attempts"], d["fault"]) for d in log(admin)] == [
        ("InvoiceCreate", "delivered", 1, {"webhook": "delay", "delayMs": 400}),
        ("InvoiceSent", "delivered", 1, None),
    ]


def test_webhook_faults_and_api_faults_do_not_take_each_other(
    box: tuple[Sandbox, Receiver, httpx.Client, HighLevel],
) -> None:
    sb, receiver, admin, hl = box
    admin.post("/__sandbox/faults", json={"webhook": "drop"})
    admin.post("/__sandbox/faults", json={"count": 1, "status": 503, "operationId": "get-invoice"})
    invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))  # not faulted: its event is dropped
    assert sb.webhooks.wait_idle()
    assert [d["state"] for d in log(admin)] == ["dropped"]
    assert admin.get("/__sandbox/faults").json() == {
        "faults": [{"count": 1, "status": 503, "delay_ms": 0, "operation_id": "get-invoice"}]
    }
    answer = admin.get(
        f"/invoices/{invoice.field_id}",
        params={"altId": LOCATION_A, "altType": "location"},
        headers={"Authorization": f"Bearer {TOKEN_A}", "Version": "2021-07-28"},
    )
    assert answer.status_code == 503
    assert receiver.requests == []


def test_reset_clears_webhook_faults(box: tuple[Sandbox, Receiver, httpx.Client, HighLevel]) -> None:
    sb, receiver, admin, hl = box
    admin.post("/__sandbox/faults", json={"webhook": "drop", "count": 5})
    assert admin.post("/__sandbox/reset").status_code == 200
    assert admin.get("/__sandbox/faults").json() == {"faults": []}
    hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert sb.webhooks.wait_idle()
    assert receiver.types() == ["InvoiceCreate"]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ({"webhook": "lose"}, "webhook must be one of ('drop', 'duplicate', 'delay')"),
        ({"webhook": "delay"}, 'a webhook fault has a delayMs when it is "delay", and only then'),
        ({"webhook": "drop", "delayMs": 5}, 'a webhook fault has a delayMs when it is "delay", and only then'),
        ({"webhook": "delay", "delayMs": 60_001}, "delayMs must be between 0 and 60000"),
        ({"webhook": "drop", "count": 0}, "count must be at least 1"),
        ({"webhook": "drop", "status": 500}, "a webhook fault takes no status or operationId"),
        ({"webhook": "drop", "operationId": "send-invoice"}, "a webhook fault takes no status or operationId"),
        ({"webhook": "drop", "event": "InvoiceRefunded"}, "event must be one of ('InvoiceCreate', "),
        ({"webhook": "drop", "event": ["InvoicePaid"]}, "invalid fault: "),
        ({"webhook": ["drop"]}, "webhook must be one of"),
    ],
)
def test_an_invalid_webhook_fault_is_a_400_saying_why(
    box: tuple[Sandbox, Receiver, httpx.Client, HighLevel], body: dict[str, Any], why: str
) -> None:
    _, _, admin, _ = box
    answer = admin.post("/__sandbox/faults", json=body)
    assert answer.status_code == 400
    assert why in answer.json()["message"]
    assert admin.get("/__sandbox/faults").json() == {"faults": []}
