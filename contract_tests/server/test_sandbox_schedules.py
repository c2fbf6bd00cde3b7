"""Rules of the sandbox's schedule, settings, numbering and visit operations that no API answer shows
(sandbox/README.md, Assumptions); the rest is checked by ``lifecycle/test_schedules.py``."""

from __future__ import annotations

import httpx
import pytest

from highlevel_conformance.lifecycle import bodies
from highlevel_conformance.lifecycle import schedule_bodies as sb
from highlevel_conformance.target import Target
from highlevel_invoices import HighLevel, models
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig, SyncASGITransport

pytestmark = pytest.mark.sandbox_only
LOC = models.AltType.LOCATION
(TOKEN, LOCATION), (TOKEN_B, LOCATION_B) = list(DEFAULT_TOKENS.items())[:2]


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))


def _raw(sandbox: Sandbox) -> httpx.Client:
    headers = {"Authorization": f"Bearer {TOKEN}", "Version": "2021-07-28"}
    return httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sandbox.invalid", headers=headers)


@pytest.mark.parametrize("path", ["/invoices/settings", "/invoices/generate-invoice-number"])
def test_static_invoice_routes_are_not_invoice_ids(sandbox: Sandbox, path: str) -> None:
    with _raw(sandbox) as http:
        answer = http.get(path, params={"altId": LOCATION, "altType": "location"})
    assert answer.status_code == 200, answer.text
    assert "Unable to find an invoice" not in answer.text


def test_last_visited_at_is_stored_on_the_invoice_and_answers_no_body(sandbox: Sandbox) -> None:
    invoice = sandbox.backend.create_invoice(LOCATION, bodies.invoice_fields(LOCATION))
    assert invoice.last_visited_at is None
    with _raw(sandbox) as http:
        answer = http.patch("/invoices/stats/last-visited-at", json={"invoiceId": invoice.id})
        assert (answer.status_code, answer.content) == (200, b"")  # QUIRKS Q94: no documented answer body
        assert invoice.last_visited_at is not None
        other = http.patch(
            "/invoices/stats/last-visited-at",
            json={"invoiceId": invoice.id},
            headers={"Authorization": f"Bearer {TOKEN_B}"},
        )
        assert other.status_code == 403
        assert http.patch("/invoices/stats/last-visited-at", json={"invoiceId": "0" * 24}).status_code == 404


def test_update_and_schedule_without_a_body_schedules_the_tokens_schedule(sandbox: Sandbox) -> None:
    schedule = sandbox.backend.create_schedule(LOCATION, sb.schedule_fields(LOCATION))
    with _raw(sandbox) as http:
        refused = http.post(
            f"/invoices/schedule/{schedule.id}/updateAndSchedule", headers={"Authorization": f"Bearer {TOKEN_B}"}
        )
        assert refused.status_code == 403
        answer = http.post(f"/invoices/schedule/{schedule.id}/updateAndSchedule")
    assert (answer.status_code, answer.json()["status"]) == (200, "active")
    assert len(answer.json()["invoices"]) == 1


def test_update_and_schedule_refuses_a_json_null_body(sandbox: Sandbox) -> None:
    """An optional body may be left out, but the JSON text `null` is a body, and not an object: 422."""
    schedule = sandbox.backend.create_schedule(LOCATION, sb.schedule_fields(LOCATION))
    with _raw(sandbox) as http:
        answer = http.post(
            f"/invoices/schedule/{schedule.id}/updateAndSchedule",
            content=b"null",
            headers={"Content-Type": "application/json"},
        )
    assert answer.status_code == 422, answer.text
    assert "null is not of type 'object'" in answer.text
    assert sandbox.backend.schedule(LOCATION, schedule.id).status == "draft"


def test_settings_prefix_and_due_delay_reach_every_new_invoice(sandbox: Sandbox) -> None:
    settings = sandbox.backend._loc(LOCATION).settings
    settings.update(invoiceNumberPrefix="INV-", dueAfterXDays=14, title="FACTURE", termsNote="Net 14")
    fields = bodies.invoice_fields(LOCATION, issueDate="2024-02-20")
    del fields["dueDate"]
    invoice = sandbox.backend.create_invoice(LOCATION, fields).to_json()
    expected = ("INV-1", "2024-03-05", "FACTURE", "Net 14")
    assert (invoice["invoiceNumber"], invoice["dueDate"], invoice["title"], invoice["termsNotes"]) == expected
    given = sandbox.backend.create_invoice(LOCATION, {**fields, "title": "", "invoiceNumberPrefix": "X-"}).to_json()
    assert given["invoiceNumber"] == "X-2", "a prefix in the body wins"
    schedule = sandbox.backend.create_schedule(LOCATION, sb.schedule_fields(LOCATION, "2024-06-01"))
    generated = sandbox.backend.schedule_invoices(sandbox.backend.schedule_schedule(LOCATION, schedule.id, {}))
    assert (generated[0].number, generated[0].data["dueDate"]) == ("INV-3", "2024-06-15")


def test_a_calendar_impossible_issue_date_is_due_on_issue(client: HighLevel, target: Target) -> None:
    created = client.create_invoice(body=bodies.create_invoice(target.a.location, issueDate="2024-13-45"))
    assert created.due_date == "2024-01-14"  # the body's dueDate; without one:
    fields = bodies.invoice_fields(target.a.location, issueDate="2024-13-45")
    del fields["dueDate"]
    assert client.create_invoice(body=models.CreateInvoiceRequest.from_dict(fields)).due_date == "2024-13-45"
