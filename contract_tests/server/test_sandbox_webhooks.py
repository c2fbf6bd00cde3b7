"""The sandbox sends signed invoice events: every type from a real lifecycle, retries, a log, no delay to the API."""

from __future__ import annotations

import http.server
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from contract_tests import spec_tools
from highlevel_conformance.lifecycle import bodies
from highlevel_conformance.servers import running
from highlevel_invoices import HighLevel, MemorySeenStore, models, verify_webhook
from highlevel_invoices_api.models import InvoiceEvent, InvoiceEventType
from highlevel_sandbox import LOCATION_A, Sandbox, SandboxConfig, SyncASGITransport
from highlevel_sandbox._webhooks import WebhookRetry
from highlevel_sandbox.pytest_plugin import WebhookCollector

pytestmark = pytest.mark.sandbox_only
TOKEN_A = "sandbox-token-location-a"
ROOT = Path(__file__).resolve().parents[2]
FAST = WebhookRetry(attempts=5, first_delay=0.02, factor=2.0, max_delay=0.2)


class Receiver:
    """An in-process webhook receiver that answers from a script and keeps every request."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            status = self.statuses.pop(0) if len(self.statuses) > 1 else (self.statuses or [200])[0]
        return httpx.Response(status)


def sandbox(**config: Any) -> Sandbox:
    config.setdefault("webhook_retry", FAST)
    return Sandbox(SandboxConfig(rate_limit=None, strict_responses=True, **config))


@pytest.fixture
def box() -> Iterator[Sandbox]:
    sb = sandbox()
    yield sb
    sb.webhooks.close()


def client(sb: Sandbox) -> HighLevel:
    return HighLevel(TOKEN_A, base_url="http://sandbox.invalid", transport=SyncASGITransport(sb.app))


def served_public_key(sb: Sandbox) -> str:
    with httpx.Client(transport=SyncASGITransport(sb.app), base_url="http://sandbox.invalid") as http:
        response = http.get("/__sandbox/webhooks/public-key")
    assert (response.status_code, response.headers["content-type"]) == (200, "application/x-pem-file")
    return response.text


def lifecycle(hl: HighLevel) -> dict[str, Any]:
    """Create, update, send, pay in two parts; create, void, delete. The answers the API gave, by step."""
    seen: dict[str, Any] = {}
    a = hl.create_invoice(body=bodies.create_invoice(LOCATION_A, items=[bodies.item(amount=100)]))
    seen["create"] = a
    seen["update"] = hl.update_invoice(a.field_id, body=bodies.update(LOCATION_A, a, name="Renamed"))
    seen["send"] = hl.send_invoice(a.field_id, body=bodies.send(LOCATION_A)).invoice
    seen["part"] = hl.record_invoice(a.field_id, body=bodies.payment(LOCATION_A, amount=40))
    seen["rest"] = hl.record_invoice(a.field_id, body=bodies.payment(LOCATION_A))
    b = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    seen["create_b"] = b
    seen["void"] = hl.void_invoice(b.field_id, body=bodies.location_only(LOCATION_A))
    seen["delete"] = hl.delete_invoice(b.field_id, alt_id=LOCATION_A, alt_type=models.AltType.LOCATION)
    seen["a"], seen["b"] = a.field_id, b.field_id
    return seen


def test_every_event_type_from_a_real_lifecycle_verifies_with_the_served_key(box: Sandbox) -> None:
    receiver = Receiver(200)
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    with client(box) as hl:
        steps = lifecycle(hl)
    assert box.webhooks.wait_idle()
    key = served_public_key(box)
    seen = MemorySeenStore()
    events = [verify_webhook(r.content, r.headers, public_key=key, seen=seen) for r in receiver.requests]
    assert [(e.type_.value, e.field_id) for e in events] == [
        ("InvoiceCreate", steps["a"]),
        ("InvoiceUpdate", steps["a"]),
        ("InvoiceSent", steps["a"]),
        ("InvoicePartiallyPaid", steps["a"]),
        ("InvoicePaid", steps["a"]),
        ("InvoiceCreate", steps["b"]),
        ("InvoiceVoid", steps["b"]),
        ("InvoiceDelete", steps["b"]),
    ]
    assert {e.type_ for e in events} == set(InvoiceEventType)
    by_type = {e.type_.value: e for e in events}
    assert (by_type["InvoiceUpdate"].name, by_type["InvoiceSent"].status.value) == ("Renamed", "sent")
    assert (by_type["InvoicePartiallyPaid"].amount_paid, by_type["InvoicePartiallyPaid"].amount_due) == (40, 60)
    assert (by_type["InvoicePaid"].status.value, by_type["InvoicePaid"].amount_due) == ("paid", 0)
    assert by_type["InvoiceVoid"].status.value == "void"
    assert by_type["InvoiceDelete"].status.value == "void"  # the invoice as it was (QUIRKS Q71)
    for request, event in zip(receiver.requests, events, strict=True):
        body = json.loads(request.content)
        pointer = f"#/webhooks/{event.type_.value}/post/requestBody/content/application~1json/schema"
        assert spec_tools.error_paths(pointer, body) == {}
        assert body["locationId"] == LOCATION_A and request.headers["content-type"] == "application/json"
    log = box.webhooks.deliveries()
    assert [(d.event, d.state, d.status, d.attempts) for d in log] == [
        (e.type_.value, "delivered", 200, 1) for e in events
    ]


def test_text2pay_and_a_schedules_invoice_announce_create_then_sent(box: Sandbox) -> None:
    receiver = Receiver(200)
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    with client(box) as hl:
        paid_by_text = hl.text2pay_invoice(body=bodies.text2pay(LOCATION_A, "send"))
        created = hl.create_invoice_schedule(body=bodies.schedule(LOCATION_A))
        active = hl.schedule_invoice_schedule(created.field_id, body=bodies.schedule_now(LOCATION_A))
    assert box.webhooks.wait_idle()
    generated = active.invoices[0].field_id
    events = [
        verify_webhook(r.content, r.headers, public_key=served_public_key(box), seen=MemorySeenStore())
        for r in receiver.requests
    ]
    assert [(e.type_.value, e.field_id) for e in events] == [
        ("InvoiceCreate", paid_by_text.invoice.field_id),
        ("InvoiceSent", paid_by_text.invoice.field_id),
        ("InvoiceCreate", generated),
        ("InvoiceSent", generated),
    ]
    assert [d.state for d in box.webhooks.deliveries()] == ["delivered"] * 4


def test_the_served_key_is_the_signing_key_and_another_sandbox_has_another() -> None:
    one, two = sandbox(), sandbox()
    assert isinstance(load_pem_public_key(served_public_key(one).encode()), Ed25519PublicKey)
    assert served_public_key(one) == one.webhooks.public_key_pem != two.webhooks.public_key_pem


def test_a_receiver_answering_503_twice_gets_the_event_on_the_third_attempt(box: Sandbox) -> None:
    receiver = Receiver(503, 503, 200)
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    with client(box) as hl:
        invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    assert len(receiver.requests) == 3
    assert len({r.content for r in receiver.requests}) == 1  # the same delivery, byte for byte
    event = verify_webhook(
        receiver.requests[2].content, receiver.requests[2].headers, public_key=served_public_key(box)
    )
    assert (event.type_, event.field_id) == (InvoiceEventType.INVOICE_CREATE, invoice.field_id)
    [delivery] = box.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts) == ("delivered", 200, 3)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((429, 200), ("delivered", 200, 2)),
        ((500, 502, 504, 200), ("delivered", 200, 4)),
        ((400,), ("failed", 400, 1)),
        ((404,), ("failed", 404, 1)),
        ((503,), ("failed", 503, 5)),
    ],
    ids=["429-retried", "5xx-retried", "400-not-retried", "404-not-retried", "gives-up-after-5"],
)
def test_which_answers_are_retried(box: Sandbox, statuses: tuple[int, ...], expected: tuple[Any, ...]) -> None:
    receiver = Receiver(*statuses)
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    with client(box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    [delivery] = box.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts) == expected
    assert len(receiver.requests) == expected[2]


def test_backoff_doubles_and_honours_retry_after_up_to_the_cap() -> None:
    plan = WebhookRetry()
    assert [plan.delay(n) for n in range(1, 5)] == [0.5, 1.0, 2.0, 4.0]
    assert (plan.delay(1, retry_after=10), plan.delay(1, retry_after=600)) == (10, 30.0)
    with pytest.raises(ValueError, match="invalid webhook retry plan"):
        WebhookRetry(attempts=0)


def test_a_connection_failure_is_retried_and_logged(box: Sandbox) -> None:
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(204)

    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(flaky))
    with client(box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    [delivery] = box.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts, delivery.error) == ("delivered", 204, 2, None)


def test_a_body_that_breaks_the_spec_never_leaves(box: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    receiver = Receiver(200)
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    original = box.webhooks.body

    def without_webhook_id(event: Any, invoice: Any) -> dict[str, Any]:
        body = original(event, invoice)
        body["webhookId"] = ""
        return body

    monkeypatch.setattr(box.webhooks, "body", without_webhook_id)
    with client(box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    assert receiver.requests == []
    [delivery] = box.webhooks.deliveries()
    assert (delivery.state, delivery.attempts) == ("failed", 0)
    assert delivery.error == (
        'not sent: the body breaks the spec\'s webhook schema: webhookId: "" is shorter than 1 character'
    )


def _interleaved_latencies(one: Sandbox, two: Sandbox, count: int) -> tuple[list[float], list[float]]:
    """``count`` create-invoice calls to each sandbox, alternating, so machine load weighs on both alike."""
    found: tuple[list[float], list[float]] = ([], [])
    with client(one) as first, client(two) as second:
        for _ in range(count):
            for hl, times in ((first, found[0]), (second, found[1])):
                start = time.perf_counter()
                hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
                times.append(time.perf_counter() - start)
    return found


def test_a_receiver_that_never_answers_does_not_delay_api_answers(capsys: pytest.CaptureFixture[str]) -> None:
    """A socket that accepts connections and never answers; the sandbox waits 5 s per attempt for it."""
    with socket.socket() as dead:
        dead.bind(("127.0.0.1", 0))
        dead.listen(64)
        url = f"http://127.0.0.1:{dead.getsockname()[1]}/hooks"
        quiet, hung = sandbox(), sandbox(webhook_urls=[url], webhook_timeout=5.0)
        try:
            _interleaved_latencies(quiet, hung, 3)  # warm both up
            baseline, with_dead = _interleaved_latencies(quiet, hung, 30)
            log = hung.webhooks.deliveries()
        finally:
            quiet.webhooks.close()
            hung.webhooks.close()
    with capsys.disabled():
        print(
            f"\ncreate-invoice, 30 calls each, interleaved: no receiver median "
            f"{statistics.median(baseline) * 1000:.1f} ms max {max(baseline) * 1000:.1f} ms; "
            "a receiver that never answers median "
            f"{statistics.median(with_dead) * 1000:.1f} ms max {max(with_dead) * 1000:.1f} ms"
        )
    assert max(with_dead) < 2.5  # one delivery attempt alone would hold a synchronous sender 5 s
    assert len(log) == 33 and not [d for d in log if d.state == "delivered"]


def test_admin_routes_register_list_and_remove_urls(box: Sandbox) -> None:
    with httpx.Client(transport=SyncASGITransport(box.app), base_url="http://sandbox.invalid") as http:
        added = http.post("/__sandbox/webhooks/urls", json={"url": "http://127.0.0.1:5601/hooks"})
        assert (added.status_code, added.json()) == (201, {"urls": ["http://127.0.0.1:5601/hooks"]})
        bad = http.post("/__sandbox/webhooks/urls", json={"url": "ftp://x"})
        assert (bad.status_code, bad.json()) == (
            400,
            {
                "statusCode": 400,
                "message": "a webhook URL is an absolute http:// or https:// URL (got 'ftp://x')",
                "error": "Bad Request",
            },
        )
        shapeless = http.post("/__sandbox/webhooks/urls", content=b"[]")
        assert (shapeless.status_code, shapeless.json()["message"]) == (
            400,
            'the body is {"url": "http://host:port/path"}',
        )
        not_json = http.post("/__sandbox/webhooks/urls", content=b"{")
        assert not_json.status_code == 400 and not_json.json()["statusCode"] == 400
        assert http.get("/__sandbox/webhooks/urls").json() == {"urls": ["http://127.0.0.1:5601/hooks"]}
        removed = http.request("DELETE", "/__sandbox/webhooks/urls", json={"url": "http://127.0.0.1:5601/hooks"})
        assert (removed.status_code, removed.json()) == (200, {"urls": []})
        assert http.get("/__sandbox/webhooks/deliveries").json() == {"deliveries": []}


def test_the_delivery_log_route_and_reset(box: Sandbox) -> None:
    receiver = Receiver(200)
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    with client(box) as hl:
        invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    with httpx.Client(transport=SyncASGITransport(box.app), base_url="http://sandbox.invalid") as http:
        [entry] = http.get("/__sandbox/webhooks/deliveries").json()["deliveries"]
        assert {k: entry[k] for k in ("id", "event", "url", "invoiceId", "state", "status", "attempts", "error")} == {
            "id": 1,
            "event": "InvoiceCreate",
            "url": "http://receiver.invalid/hooks",
            "invoiceId": invoice.field_id,
            "state": "delivered",
            "status": 200,
            "attempts": 1,
            "error": None,
        }
        assert entry["webhookId"] == json.loads(receiver.requests[0].content)["webhookId"]
        http.post("/__sandbox/reset")
        assert http.get("/__sandbox/webhooks/deliveries").json() == {"deliveries": []}
        assert http.get("/__sandbox/webhooks/urls").json() == {"urls": ["http://receiver.invalid/hooks"]}


def test_no_url_no_delivery(box: Sandbox) -> None:
    with client(box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.deliveries() == []


# ---------------------------------------------------------------------- the pytest fixture, as a user writes it


def test_create_pay_and_an_invoice_paid_arrives_verified(
    highlevel_client: HighLevel, highlevel_webhooks: WebhookCollector
) -> None:
    invoice = highlevel_client.create_invoice(body=bodies.create_invoice(LOCATION_A))
    highlevel_client.record_invoice(invoice.field_id, body=bodies.payment(LOCATION_A))
    event = highlevel_webhooks.wait_for("InvoicePaid", invoice_id=invoice.field_id)
    assert isinstance(event, InvoiceEvent)
    assert (event.field_id, event.status.value, event.amount_due) == (invoice.field_id, "paid", 0)
    assert highlevel_webhooks.types() == ["InvoiceCreate", "InvoicePaid"]


def test_the_fixture_says_what_arrived_when_the_event_does_not(
    highlevel_client: HighLevel, highlevel_webhooks: WebhookCollector
) -> None:
    highlevel_client.create_invoice(body=bodies.create_invoice(LOCATION_A))
    with pytest.raises(AssertionError, match=r"no InvoicePaid arrived within 0.3 s \(received: \['InvoiceCreate'\]\)"):
        highlevel_webhooks.wait_for(InvoiceEventType.INVOICE_PAID, timeout=0.3)


def test_the_fixture_reports_an_event_its_verification_refused(
    highlevel_sandbox: Sandbox, highlevel_client: HighLevel, highlevel_webhooks: WebhookCollector
) -> None:
    highlevel_webhooks.verifier = type(highlevel_webhooks.verifier)(
        public_key=sandbox().webhooks.public_key_pem, seen=MemorySeenStore()
    )  # another sandbox's key: every event is forged from its point of view
    highlevel_client.create_invoice(body=bodies.create_invoice(LOCATION_A))
    with pytest.raises(AssertionError, match=r"refused an event the sandbox sent: webhook refused \(bad_signature\)"):
        highlevel_webhooks.wait_for("InvoiceCreate", timeout=5)
    assert highlevel_sandbox.webhooks.wait_idle()
    assert [d.status for d in highlevel_sandbox.webhooks.deliveries()] == [401]


# ---------------------------------------------------------------------- make serve WEBHOOK_URL=...


class _Hooks(http.server.BaseHTTPRequestHandler):
    received: list[tuple[bytes, dict[str, str]]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.received.append((body, dict(self.headers.items())))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


def test_make_serve_with_webhook_url_delivers_create_sent_paid() -> None:
    received: list[tuple[bytes, dict[str, str]]] = []
    handler = type("Hooks", (_Hooks,), {"received": received})
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook_url = f"http://127.0.0.1:{receiver.server_address[1]}/hooks"
    command = ["make", "-s", "serve", "PORT={port}", f"WEBHOOK_URL={hook_url}", "RATE_LIMIT=off"]
    try:
        with running(command, cwd=ROOT, timeout=60) as server:
            base = server.url
            with HighLevel(TOKEN_A, base_url=base) as hl:
                invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
                hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION_A))
                hl.record_invoice(invoice.field_id, body=bodies.payment(LOCATION_A))
            key = httpx.get(f"{base}/__sandbox/webhooks/public-key").text
            deadline = time.monotonic() + 15
            while len(received) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
            log = httpx.get(f"{base}/__sandbox/webhooks/deliveries").json()["deliveries"]
    finally:
        receiver.shutdown()
        receiver.server_close()
    seen = MemorySeenStore()
    events = [verify_webhook(body, headers, public_key=key, seen=seen) for body, headers in received]
    assert [(e.type_.value, e.field_id) for e in events] == [
        ("InvoiceCreate", invoice.field_id),
        ("InvoiceSent", invoice.field_id),
        ("InvoicePaid", invoice.field_id),
    ]
    assert [(d["event"], d["url"], d["state"], d["status"], d["attempts"]) for d in log] == [
        (e.type_.value, hook_url, "delivered", 200, 1) for e in events
    ]


def test_make_serve_refuses_a_bad_webhook_url_in_one_line() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "highlevel_sandbox",
            "--port",
            "4999",  # any valid port: the URL is refused before anything listens
            "--webhook-url",
            "http://ok.invalid/a,localhost:9000",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "python -m highlevel_sandbox: --webhook-url/WEBHOOK_URL: a webhook URL is an absolute http:// or https:// URL "
        "(got 'localhost:9000')"
    )
