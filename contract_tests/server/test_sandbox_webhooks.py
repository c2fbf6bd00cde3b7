"""The sandbox sends signed invoice events: every type from a real lifecycle, retries as the vendor's (or lenient),
a log, no delay to the API."""

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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests import spec_tools
from highlevel_conformance.lifecycle import bodies
from highlevel_conformance.servers import running, running_all
from highlevel_invoices import HighLevel, MemorySeenStore, models, verify_webhook
from highlevel_invoices_api.models import InvoiceEvent, InvoiceEventType
from highlevel_sandbox import LOCATION_A, Sandbox, SandboxConfig, SyncASGITransport
from highlevel_sandbox._http import plain_int
from highlevel_sandbox._webhooks import LENIENT, WORKERS, WebhookRetry, retried
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


@pytest.fixture
def lenient_box() -> Iterator[Sandbox]:
    """``webhook_retries="lenient"``: 5xx and no answer retried too (the opt-in, not the vendor's behaviour)."""
    sb = sandbox(webhook_retries=LENIENT)
    yield sb
    sb.webhooks.close()


def client(sb: Sandbox) -> HighLevel:
    return HighLevel(TOKEN_A, base_url="http://sandbox.invalid", transport=SyncASGITransport(sb.app), strict=True)


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


@pytest.mark.parametrize(("retries", "busy"), [("box", 429), ("lenient_box", 503)], ids=["vendor-429", "lenient-503"])
def test_a_receiver_answering_busy_twice_gets_the_event_on_the_third_attempt(
    request: pytest.FixtureRequest, retries: str, busy: int
) -> None:
    """The vendor's retries (a 429) and the lenient opt-in's (a 5xx too) deliver the same bytes on each attempt."""
    box: Sandbox = request.getfixturevalue(retries)
    receiver = Receiver(busy, busy, 200)
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
    ("retries", "statuses", "expected"),
    [
        ("vendor", (429, 200), ("delivered", 200, 2)),
        ("vendor", (500, 200), ("failed", 500, 1)),
        ("vendor", (503, 200), ("failed", 503, 1)),
        ("vendor", (400,), ("failed", 400, 1)),
        ("vendor", (429,), ("failed", 429, 5)),
        ("lenient", (429, 200), ("delivered", 200, 2)),
        ("lenient", (500, 502, 504, 200), ("delivered", 200, 4)),
        ("lenient", (400,), ("failed", 400, 1)),
        ("lenient", (404,), ("failed", 404, 1)),
        ("lenient", (503,), ("failed", 503, 5)),
    ],
    ids=[
        "vendor-429-retried",
        "vendor-500-one-attempt",
        "vendor-503-one-attempt",
        "vendor-400-not-retried",
        "vendor-gives-up-after-5",
        "lenient-429-retried",
        "lenient-5xx-retried",
        "lenient-400-not-retried",
        "lenient-404-not-retried",
        "lenient-gives-up-after-5",
    ],
)
def test_which_answers_are_retried(retries: str, statuses: tuple[int, ...], expected: tuple[Any, ...]) -> None:
    sb = sandbox(webhook_retries=retries)
    receiver = Receiver(*statuses)
    sb.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    try:
        with client(sb) as hl:
            hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
        assert sb.webhooks.wait_idle()
    finally:
        sb.webhooks.close()
    [delivery] = sb.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts) == expected
    assert len(receiver.requests) == expected[2]


def test_by_default_a_receiver_answering_500_loses_the_event_and_the_log_shows_its_answer(box: Sandbox) -> None:
    """The vendor does not retry a 5xx (QUIRKS Q73): one attempt, ``failed``, with what the receiver answered."""
    answers = [httpx.Response(500, text="database is down"), httpx.Response(200)]
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(lambda r: answers.pop(0)))
    with client(box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    [delivery] = box.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts, delivery.error) == (
        "failed", 500, 1, "500 database is down"
    )  # fmt: skip
    assert len(answers) == 1  # the 200 was never asked for


def test_backoff_doubles_and_honours_retry_after_up_to_the_cap() -> None:
    plan = WebhookRetry()
    assert [plan.delay(n) for n in range(1, 5)] == [0.5, 1.0, 2.0, 4.0]
    assert (plan.delay(1, retry_after=10), plan.delay(1, retry_after=600)) == (10, 30.0)
    with pytest.raises(ValueError, match="invalid webhook retry plan"):
        WebhookRetry(attempts=0)


def flaky_receiver(calls: list[int]) -> httpx.MockTransport:
    """Refuses the first connection, then answers 204."""

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(204)

    return httpx.MockTransport(flaky)


def test_lenient_a_connection_failure_is_retried_and_logged(lenient_box: Sandbox) -> None:
    lenient_box.webhooks.add_url("http://receiver.invalid/hooks", transport=flaky_receiver([]))
    with client(lenient_box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert lenient_box.webhooks.wait_idle()
    [delivery] = lenient_box.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts, delivery.error) == ("delivered", 204, 2, None)


def test_by_default_a_refused_connection_is_one_attempt_logged_failed(box: Sandbox) -> None:
    calls: list[int] = []
    box.webhooks.add_url("http://receiver.invalid/hooks", transport=flaky_receiver(calls))
    with client(box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    [delivery] = box.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts, delivery.error) == (
        "failed", None, 1, "no answer (ConnectError)"
    )  # fmt: skip
    assert calls == [1]


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
        assert (bad.status_code, bad.json()) == (  # a URL the sender cannot use: 422 (issue 23, item 10)
            422,
            {
                "statusCode": 422,
                "message": ["url: a webhook URL is an absolute http:// or https:// URL (got 'ftp://x')"],
                "error": "Unprocessable Entity",
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


# ---------------------------------------------------------------------- URLs, failures, answers, workers (issue 23)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://receiver.invalid/" + "a" * 70_000, "a webhook URL is at most 8192 characters (got one of 70024)"),
        ("ftp://receiver.invalid/hooks", "a webhook URL is an absolute http:// or https:// URL (got 'ftp://"),
        ("http:///hooks", "a webhook URL is an absolute http:// or https:// URL (got 'http:///hooks')"),
        ("http://receiver.invalid:99999/hooks", "(Port out of range 0-65535)"),
        ("http://[::1/hooks", "is not (Invalid IPv6 URL)"),
        ("http://receiver..invalid/hooks", "(UnicodeError: label empty or too long)"),
        ("http://" + "a" * 64 + ".invalid/hooks", "(UnicodeError: label empty or too long)"),
        ("https://xn--/hooks", "is not (Malformed A-label"),
        ("http://receiver.invalid/a\x00b", "is not (Invalid non-printable ASCII character in URL"),
    ],
    ids=["70000-chars", "ftp", "no-host", "port", "ipv6", "empty-label", "long-label", "idna", "nul"],
)
def test_a_url_the_sender_cannot_use_is_refused_at_registration_saying_why(box: Sandbox, url: str, why: str) -> None:
    with httpx.Client(transport=SyncASGITransport(box.app), base_url="http://sandbox.invalid") as http:
        answer = http.post("/__sandbox/webhooks/urls", json={"url": url})
        assert (answer.status_code, answer.json()["statusCode"], answer.json()["error"]) == (
            422,
            422,
            "Unprocessable Entity",
        )
        [message] = answer.json()["message"]
        assert message.startswith("url: a webhook URL") and why in message and len(message) < 300, message
        assert http.get("/__sandbox/webhooks/urls").json() == {"urls": []}
    with pytest.raises(ValueError, match="a webhook URL"):
        box.webhooks.add_url(url)


def test_a_url_of_8192_characters_is_accepted(box: Sandbox) -> None:
    url = "http://receiver.invalid/" + "a" * (8192 - len("http://receiver.invalid/"))
    box.webhooks.add_url(url)
    assert box.webhooks.urls == [url]


def test_every_failure_inside_the_sender_is_a_failed_row_with_its_reason(
    box: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """What the sender itself fails on (an exception no receiver answer explains) never escapes a worker."""

    def crashing(request: httpx.Request) -> httpx.Response:
        raise httpx.InvalidURL("the host is not one httpx can send to")

    def buggy(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("boom")

    ok = Receiver(200)
    box.webhooks.add_url("http://crash.invalid/hooks", transport=httpx.MockTransport(crashing))
    box.webhooks.add_url("http://bug.invalid/hooks", transport=httpx.MockTransport(buggy))
    box.webhooks.add_url("http://ok.invalid/hooks", transport=httpx.MockTransport(ok))
    with client(box) as hl:
        invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
        hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION_A))
    assert box.webhooks.wait_idle()
    rows = {(d.url, d.event): (d.state, d.status, d.attempts, d.error) for d in box.webhooks.deliveries()}
    for event in ("InvoiceCreate", "InvoiceSent"):  # the worker went on to the next event
        assert rows["http://crash.invalid/hooks", event] == (
            "failed", None, 1, "not sent: InvalidURL: the host is not one httpx can send to"
        )  # fmt: skip
        assert rows["http://bug.invalid/hooks", event] == ("failed", None, 1, "not sent: RuntimeError: boom")
        assert rows["http://ok.invalid/hooks", event] == ("delivered", 200, 1, None)
    assert not [r for r in caplog.records if r.exc_info]  # a reason in the log, no traceback


def test_a_refused_delivery_shows_the_status_and_the_start_of_the_answer(
    highlevel_sandbox: Sandbox, highlevel_client: HighLevel, highlevel_webhooks: WebhookCollector
) -> None:
    highlevel_webhooks.verifier = type(highlevel_webhooks.verifier)(
        public_key=sandbox().webhooks.public_key_pem, seen=MemorySeenStore()
    )  # another sandbox's key: the collector refuses every event, 401 {"refused": "bad_signature"}
    highlevel_client.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert highlevel_sandbox.webhooks.wait_idle()
    with httpx.Client(transport=SyncASGITransport(highlevel_sandbox.app), base_url="http://sandbox.invalid") as http:
        [row] = http.get("/__sandbox/webhooks/deliveries").json()["deliveries"]
    assert (row["state"], row["status"], row["error"]) == ("failed", 401, '401 {"refused":"bad_signature"}')


def test_only_the_start_of_a_long_answer_is_read_and_kept(box: Sandbox) -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for n in range(10 * 1024):  # 10 MiB, 1 KiB at a time
            pulled.append(n)
            yield b"\xc3\xa9" * 512

    box.webhooks.add_url(
        "http://receiver.invalid/hooks", transport=httpx.MockTransport(lambda r: httpx.Response(400, content=chunks()))
    )
    with client(box) as hl:
        hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert box.webhooks.wait_idle()
    [delivery] = box.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.error) == ("failed", 400, "400 " + "\u00e9" * 200 + "...")
    assert len(pulled) <= 17  # 16 KiB read at most


@pytest.mark.parametrize(("retries", "busy"), [("vendor", 429), ("lenient", 503)])
def test_a_receiver_retried_then_accepting_leaves_no_error(retries: str, busy: int) -> None:
    sb = sandbox(webhook_retries=retries)
    answers = [httpx.Response(busy, text="down for a moment"), httpx.Response(200)]
    sb.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(lambda r: answers.pop(0)))
    try:
        with client(sb) as hl:
            hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
        assert sb.webhooks.wait_idle()
    finally:
        sb.webhooks.close()
    [delivery] = sb.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts, delivery.error) == ("delivered", 200, 2, None)


# Retry-After values: any text, often made of what str.isdigit or str.isnumeric takes ("²", "٣", "Ⅻ").
NUMERALS = [chr(c) for c in range(0x20000) if chr(c).isnumeric()]
HEADER_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=20) | st.text(
    st.sampled_from(NUMERALS) | st.sampled_from("0123456789"), min_size=1, max_size=6
)


class RetryAfterReceiver:
    """Answers 429 with ``Retry-After: <value>`` once, then 200."""

    def __init__(self) -> None:
        self.value = b""
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(429, headers=[(b"Retry-After", self.value)]) if self.calls == 1 else httpx.Response(200)


@pytest.fixture(scope="module")
def retry_after_box() -> Iterator[tuple[Sandbox, RetryAfterReceiver, HighLevel]]:
    sb = sandbox(webhook_retry=WebhookRetry(attempts=2, first_delay=0.0, factor=1.0, max_delay=0.0))
    receiver = RetryAfterReceiver()
    sb.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(receiver))
    with client(sb) as hl:
        yield sb, receiver, hl
    sb.webhooks.close()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=HEADER_TEXT, encoding=st.sampled_from(["utf-8", "latin-1"]))
def test_any_retry_after_on_a_429_leads_to_the_retry(
    retry_after_box: tuple[Sandbox, RetryAfterReceiver, HighLevel], value: str, encoding: str
) -> None:
    """A receiver's ``Retry-After: ²`` crashed the sender: the delivery failed after 1 attempt."""
    sb, receiver, hl = retry_after_box
    receiver.value, receiver.calls = value.encode(encoding, "replace"), 0
    sb.webhooks.clear_log()
    hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert sb.webhooks.wait_idle()
    [delivery] = sb.webhooks.deliveries()
    assert (delivery.state, delivery.status, delivery.attempts, delivery.error) == ("delivered", 200, 2, None)


def test_retry_after_is_read_in_seconds_of_ascii_digits() -> None:
    plan = WebhookRetry()
    assert [plan.delay(1, plain_int(v)) for v in ("10", "010", "²", "٣", "1e3", "-5", "Wed, 21 Oct 2015")] == [
        10,
        10,
        0.5,
        0.5,
        0.5,
        0.5,
        0.5,
    ]


def test_the_retried_answers_are_one_rule() -> None:
    """Which answers are retried is ``retried``, the one place to change it: the vendor's 429 only, or lenient."""
    statuses = (None, 200, 400, 401, 404, 408, 429, 500, 503, 599)
    assert [s for s in statuses if retried(s)] == [429]
    assert [s for s in statuses if retried(s, "vendor")] == [429]
    assert [s for s in statuses if retried(s, LENIENT)] == [None, 429, 500, 503, 599]


def test_webhook_retries_is_vendor_or_lenient() -> None:
    assert Sandbox(SandboxConfig()).webhooks.retries == "vendor"
    with pytest.raises(ValueError, match=r"webhook retries are vendor or lenient \(got 'always'\)"):
        sandbox(webhook_retries="always")


def sender_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    """The sender threads alive now that were not alive ``before`` (another test's may still be finishing)."""
    return [t for t in threading.enumerate() if t.name.startswith("sandbox-webhooks") and t not in before]


def test_fifty_urls_share_a_fixed_pool_of_workers_and_each_gets_its_events_in_order() -> None:
    """50 URLs started 50 threads (56 in all); the workers are WORKERS, however many URLs there are."""
    gate = threading.Event()
    lock = threading.Lock()
    seen: dict[str, list[str]] = {}

    def slow(request: httpx.Request) -> httpx.Response:
        gate.wait(10)
        with lock:
            seen.setdefault(str(request.url), []).append(json.loads(request.content)["type"])
        return httpx.Response(200)

    before = set(threading.enumerate())
    sb = sandbox()
    try:
        urls = [f"http://receiver-{n}.invalid/hooks" for n in range(50)]
        for url in urls:
            sb.webhooks.add_url(url, transport=httpx.MockTransport(slow))
        assert sender_threads(before) == []  # no thread before there is something to send
        with client(sb) as hl:
            invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
            hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION_A))
        busy = len(sender_threads(before))  # 100 deliveries queued, every worker held by a receiver
        gate.set()
        assert sb.webhooks.wait_idle()
        assert len(sender_threads(before)) == WORKERS
    finally:
        gate.set()
        sb.webhooks.close()
    assert busy == WORKERS == 4
    assert seen == {url: ["InvoiceCreate", "InvoiceSent"] for url in urls}
    assert {d.state for d in sb.webhooks.deliveries()} == {"delivered"}
    deadline = time.monotonic() + 5
    while sender_threads(before) and time.monotonic() < deadline:  # close() ends the workers
        time.sleep(0.01)
    assert sender_threads(before) == []


def test_a_removed_url_fails_what_it_had_not_sent(box: Sandbox) -> None:
    entered, gate = threading.Event(), threading.Event()

    def slow(request: httpx.Request) -> httpx.Response:
        entered.set()
        gate.wait(10)
        return httpx.Response(200)

    box.webhooks.add_url("http://receiver.invalid/hooks", transport=httpx.MockTransport(slow))
    with client(box) as hl:
        invoice = hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
        hl.send_invoice(invoice.field_id, body=bodies.send(LOCATION_A))
        assert entered.wait(10)  # the first delivery is in flight, the second queued
        assert box.webhooks.remove_url("http://receiver.invalid/hooks")
        gate.set()
        hl.void_invoice(invoice.field_id, body=bodies.location_only(LOCATION_A))  # after the removal: not logged
    deadline = time.monotonic() + 10
    while box.webhooks.deliveries()[0].state == "pending" and time.monotonic() < deadline:
        time.sleep(0.01)  # the attempt in flight finishes
    assert [(d.event, d.state, d.error) for d in box.webhooks.deliveries()] == [
        ("InvoiceCreate", "delivered", None),
        ("InvoiceSent", "failed", "not sent: the URL was removed"),
    ]


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


class _Scripted(http.server.BaseHTTPRequestHandler):
    """Answers each path from its script (the last status repeats) and counts the requests per path."""

    scripts: dict[str, list[int]]
    calls: dict[str, int]

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        script = self.scripts[self.path]
        n = self.calls[self.path] = self.calls.get(self.path, 0) + 1
        self.send_response(script[min(n, len(script)) - 1])
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


def test_make_serve_gives_a_500_one_attempt_and_retries_a_429_unless_lenient() -> None:
    """Issue 25's "done when": by default as the vendor (QUIRKS Q73); ``WEBHOOK_RETRIES=lenient`` retries a 500."""
    scripts = {"/vendor/500": [500, 200], "/vendor/429": [429, 200], "/lenient/500": [500, 200]}
    calls: dict[str, int] = {}
    receiver = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), type("Scripted", (_Scripted,), {"scripts": scripts, "calls": calls})
    )
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hooks = f"http://127.0.0.1:{receiver.server_address[1]}"
    vendor = ["make", "-s", "serve", "PORT={port}", "RATE_LIMIT=off"]
    vendor.append(f"WEBHOOK_URL={hooks}/vendor/500,{hooks}/vendor/429")
    lenient = ["make", "-s", "serve", "PORT={port}", "RATE_LIMIT=off", "WEBHOOK_RETRIES=lenient"]
    lenient.append(f"WEBHOOK_URL={hooks}/lenient/500")
    logs: list[list[dict[str, Any]]] = []
    try:
        with running_all([vendor, lenient], cwd=ROOT, timeout=60) as servers:
            for server in servers:
                with HighLevel(TOKEN_A, base_url=server.url) as hl:
                    hl.create_invoice(body=bodies.create_invoice(LOCATION_A))
            for server in servers:
                deadline = time.monotonic() + 15
                while time.monotonic() < deadline:
                    log = httpx.get(f"{server.url}/__sandbox/webhooks/deliveries").json()["deliveries"]
                    if all(d["state"] in ("delivered", "failed") for d in log):
                        break
                    time.sleep(0.05)
                logs.append(log)
    finally:
        receiver.shutdown()
        receiver.server_close()
    rows = {
        d["url"].removeprefix(hooks): (d["state"], d["status"], d["attempts"], d["error"]) for log in logs for d in log
    }
    assert rows == {
        "/vendor/500": ("failed", 500, 1, "500"),  # one attempt: the event is lost, as at HighLevel
        "/vendor/429": ("delivered", 200, 2, None),  # a 429 is retried
        "/lenient/500": ("delivered", 200, 2, None),  # the opt-in retries a 500
    }
    assert calls == {"/vendor/500": 1, "/vendor/429": 2, "/lenient/500": 2}


def test_make_serve_refuses_a_bad_webhook_retries_in_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "highlevel_sandbox", "--port", "4999", "--webhook-retries", "always"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "python -m highlevel_sandbox: --webhook-retries/WEBHOOK_RETRIES: expected vendor or lenient, got 'always'"
    )


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


@pytest.mark.parametrize("with_url", [True, False])
def test_make_serves_banner_says_where_a_receiver_finds_the_signing_key(
    with_url: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A receiver verifying with HighLevel's key refuses every sandbox event: the banner names the sandbox's key."""
    from highlevel_invoices._webhooks import PUBLIC_KEY_ENV
    from highlevel_sandbox.__main__ import main

    monkeypatch.setattr("uvicorn.run", lambda *a, **k: None)
    if with_url:
        monkeypatch.setenv("WEBHOOK_URL", "http://127.0.0.1:9/hooks")
    assert main(["--port", "5502"]) == 0
    out = capsys.readouterr().out
    line = "GET http://127.0.0.1:5502/__sandbox/webhooks/public-key"
    assert (line in out, PUBLIC_KEY_ENV in out) == (with_url, with_url), out
