"""The sandbox's extension points: one method per operation, state-change events, extra routes, token resolvers."""

from __future__ import annotations

import warnings
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

import highlevel_invoices as hl_pkg
from contract_tests.spec.test_spec import VENDOR_OPERATIONS
from highlevel_conformance.lifecycle import bodies
from highlevel_invoices import HighLevel, models
from highlevel_sandbox import (
    LOCATION_A,
    Event,
    Identity,
    MissingOperations,
    Sandbox,
    SandboxConfig,
    SyncASGITransport,
    WebhookEventsMismatch,
    _app,
    _oauth,
    _responses,
    _routes,
)
from highlevel_spec import load_spec, operations

pytestmark = pytest.mark.sandbox_only
LOC = models.AltType.LOCATION
SPEC_OPERATION_IDS = sorted(op["operationId"] for _, _, op in operations(load_spec()))


def test_every_operation_of_the_spec_has_its_method() -> None:
    assert len(SPEC_OPERATION_IDS) == len(VENDOR_OPERATIONS)
    assert _responses.missing_operations(_responses.InvoiceResponses, SPEC_OPERATION_IDS) == []
    assert _responses.method_name("send-invoice") == "send_invoice"
    assert _responses.method_name("text2pay-invoice") == "text2pay_invoice"
    assert _responses.method_name("getInvoiceTemplate") == "get_invoice_template"


def test_the_sandbox_refuses_to_start_when_an_operation_has_no_method(monkeypatch: pytest.MonkeyPatch) -> None:
    class Incomplete(_responses.InvoiceResponses):
        send_invoice = None  # type: ignore[assignment]

    monkeypatch.setattr(_app, "InvoiceResponses", Incomplete)
    with pytest.raises(MissingOperations, match="send-invoice"):
        Sandbox()


def test_the_sandbox_refuses_to_start_when_an_oauth_operation_has_no_method(monkeypatch: pytest.MonkeyPatch) -> None:
    class Incomplete(_oauth.OAuthResponses):
        get_installed_location = None  # type: ignore[assignment]

    monkeypatch.setattr(_app, "OAuthResponses", Incomplete)
    with pytest.raises(MissingOperations, match="no method of OAuthResponses for get-installed-location"):
        Sandbox()


def test_the_sandbox_refuses_to_start_when_its_events_are_not_the_spec_webhooks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documented = dict(_routes.webhook_schemas())
    assert set(documented) == {event.value for event in Event}  # the real spec: the sandbox starts
    Sandbox()
    without_void = {name: schema for name, schema in documented.items() if name != "InvoiceVoid"}
    monkeypatch.setattr(_routes, "webhook_schemas", lambda: without_void)
    with pytest.raises(
        WebhookEventsMismatch, match="sent but not documented: InvoiceVoid; documented but never sent: none"
    ):
        Sandbox()
    monkeypatch.setattr(
        _routes, "webhook_schemas", lambda: {**documented, "InvoiceRefunded": documented["InvoicePaid"]}
    )
    with pytest.raises(WebhookEventsMismatch, match="documented but never sent: InvoiceRefunded"):
        Sandbox()


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))


@pytest.fixture
def client(sandbox: Sandbox) -> Any:
    with HighLevel("sandbox-token-location-a", base_url="http://sb", transport=SyncASGITransport(sandbox.app)) as hl:
        yield hl


def test_each_state_change_publishes_its_event(sandbox: Sandbox, client: HighLevel) -> None:
    seen: list[tuple[Event, str, str]] = []
    sandbox.backend.subscribe(lambda event, invoice: seen.append((event, invoice.id, invoice.status)))
    loc = LOCATION_A
    created = client.create_invoice(body=bodies.create_invoice(loc, items=[bodies.item(100, 1)]))
    a = created.field_id
    client.update_invoice(a, body=bodies.update(loc, created, name="x"))
    client.send_invoice(a, body=bodies.send(loc))
    client.record_invoice(a, body=bodies.payment(loc, 40))
    client.record_invoice(a, body=bodies.payment(loc, 60))
    b = client.create_invoice(body=bodies.create_invoice(loc)).field_id
    client.void_invoice(b, body=bodies.location_only(loc))
    client.delete_invoice(b, alt_id=loc, alt_type=LOC)
    c = client.text2pay_invoice(body=bodies.text2pay(loc, "send")).invoice.field_id
    s = client.create_invoice_schedule(body=bodies.schedule(loc)).field_id
    d = client.schedule_invoice_schedule(s, body=bodies.schedule_now(loc)).invoices[0].field_id
    assert seen == [
        (Event.INVOICE_CREATE, a, "draft"),
        (Event.INVOICE_UPDATE, a, "draft"),
        (Event.INVOICE_SENT, a, "sent"),
        (Event.INVOICE_PARTIALLY_PAID, a, "partially_paid"),
        (Event.INVOICE_PAID, a, "paid"),
        (Event.INVOICE_CREATE, b, "draft"),
        (Event.INVOICE_VOID, b, "void"),
        (Event.INVOICE_DELETE, b, "void"),
        (Event.INVOICE_CREATE, c, "draft"),
        (Event.INVOICE_SENT, c, "sent"),
        (Event.INVOICE_CREATE, d, "sent"),
        (Event.INVOICE_SENT, d, "sent"),
    ]


def test_a_refused_change_publishes_nothing_and_a_failing_subscriber_fails_no_call(
    sandbox: Sandbox, client: HighLevel
) -> None:
    seen: list[Event] = []
    created = client.create_invoice(body=bodies.create_invoice(LOCATION_A)).field_id
    client.record_invoice(created, body=bodies.payment(LOCATION_A))

    def broken(event: Event, resource: Any) -> None:
        raise RuntimeError("subscriber bug")

    sandbox.backend.subscribe(broken)
    sandbox.backend.subscribe(lambda event, resource: seen.append(event))
    with pytest.raises(hl_pkg.BadRequestError):
        client.void_invoice(created, body=bodies.location_only(LOCATION_A))  # a paid invoice cannot be voided
    assert seen == []
    client.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert seen == [Event.INVOICE_CREATE]


def test_extra_routes_are_mounted_before_the_api_catch_all(sandbox: Sandbox) -> None:
    async def token(request: Request) -> Response:
        return JSONResponse({"access_token": "issued"})

    sandbox.add_route("/extra/token", token, ["POST"])  # (/oauth/token is the sandbox's own, _oauth)
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sb") as http:
        assert http.post("/extra/token").json() == {"access_token": "issued"}
        assert http.post("/__sandbox/reset").json() == {"reset": True}
        assert http.get("/invoices/x").json()["statusCode"] == 401  # the API route still answers


def test_a_plugged_token_resolver_is_asked_after_the_static_tokens(sandbox: Sandbox, client: HighLevel) -> None:
    class Issued:
        def resolve(self, token: str) -> Identity | None:
            return Identity(LOCATION_A) if token == "issued-token" else None

    with HighLevel("issued-token", base_url="http://sb", transport=SyncASGITransport(sandbox.app)) as other:
        with pytest.raises(hl_pkg.AuthenticationError):
            other.create_invoice(body=bodies.create_invoice(LOCATION_A))
        sandbox.add_token_resolver(Issued())
        created = other.create_invoice(body=bodies.create_invoice(LOCATION_A))
    assert client.get_invoice(created.field_id, alt_id=LOCATION_A, alt_type=LOC).field_id == created.field_id


def test_an_update_that_settles_the_invoice_publishes_update_then_paid(sandbox: Sandbox, client: HighLevel) -> None:
    seen: list[tuple[Event, str]] = []
    created = client.create_invoice(body=bodies.create_invoice(LOCATION_A, items=[bodies.item(100, 1)]))
    client.record_invoice(created.field_id, body=bodies.payment(LOCATION_A, 40))
    sandbox.backend.subscribe(lambda event, invoice: seen.append((event, invoice.status)))
    client.update_invoice(created.field_id, body=bodies.update(LOCATION_A, created, invoiceItems=[bodies.item(40, 1)]))
    assert seen == [(Event.INVOICE_UPDATE, "paid"), (Event.INVOICE_PAID, "paid")]


def test_a_request_through_a_closed_in_process_transport_says_so() -> None:
    transport = SyncASGITransport(Sandbox().app)
    with httpx.Client(transport=transport, base_url="http://sb") as http:
        assert http.get("/invoices/").status_code == 401
        transport.close()
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no "coroutine was never awaited" left behind either
            with pytest.raises(RuntimeError, match=r"^GET http://sb/invoices/: the sandbox's in-process transport is "):
                http.get("/invoices/")
