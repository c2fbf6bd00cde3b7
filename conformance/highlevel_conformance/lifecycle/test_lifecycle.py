"""Lifecycle checks written once, run against any server (default: the in-process sandbox)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import HighLevel, models

from ..target import Target
from . import bodies

LOC = models.AltType.LOCATION


def _get(client: HighLevel, target: Target, invoice_id: str) -> models.InvoiceWithSummary:
    return client.get_invoice(invoice_id, alt_id=target.a.location, alt_type=LOC)


@pytest.mark.side_effects
def test_create_update_get_shows_the_update(client: HighLevel, target: Target) -> None:
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    assert created.status == models.InvoiceStatus.DRAFT
    assert isinstance(created.invoice_number, str)
    changed = bodies.update(target.a.location, created, name="Renamed by the contract test", title="ESTIMATE")
    updated = client.update_invoice(created.field_id, body=changed)
    assert updated.name == "Renamed by the contract test"
    fetched = _get(client, target, created.field_id)
    assert (fetched.name, fetched.title) == ("Renamed by the contract test", "ESTIMATE")
    client.delete_invoice(created.field_id, alt_id=target.a.location, alt_type=LOC)


@pytest.mark.side_effects
def test_text2pay_send_then_send_again(client: HighLevel, target: Target) -> None:
    sent = client.text2pay_invoice(body=bodies.text2pay(target.a.location, "send"))
    assert sent.invoice.status == models.InvoiceStatus.SENT
    assert sent.invoice_url
    draft = client.text2pay_invoice(body=bodies.text2pay(target.a.location, "draft"))
    assert draft.invoice.status == models.InvoiceStatus.DRAFT
    result = client.send_invoice(draft.invoice.field_id, body=bodies.send(target.a.location))
    assert result.invoice.status == models.InvoiceStatus.SENT
    assert _get(client, target, draft.invoice.field_id).status == models.InvoiceStatus.SENT


@pytest.mark.side_effects
def test_text2pay_with_an_id_updates_that_invoice(client: HighLevel, target: Target) -> None:
    draft = client.text2pay_invoice(body=bodies.text2pay(target.a.location, "draft"))
    again = bodies.text2pay(target.a.location, "draft", id=draft.invoice.field_id, name="Upserted")
    upserted = client.text2pay_invoice(body=again)
    assert upserted.invoice.field_id == draft.invoice.field_id
    assert _get(client, target, draft.invoice.field_id).name == "Upserted"


@pytest.mark.side_effects
def test_void_then_send_is_refused(client: HighLevel, target: Target) -> None:
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    voided = client.void_invoice(created.field_id, body=bodies.location_only(target.a.location))
    assert voided.status == models.InvoiceStatus.VOID
    with pytest.raises(hl_pkg.BadRequestError):
        client.send_invoice(created.field_id, body=bodies.send(target.a.location))


@pytest.mark.side_effects
def test_delete_then_get_is_404(client: HighLevel, target: Target) -> None:
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    deleted = client.delete_invoice(created.field_id, alt_id=target.a.location, alt_type=LOC)
    assert deleted.field_id == created.field_id
    with pytest.raises(hl_pkg.NotFoundError):
        _get(client, target, created.field_id)


@pytest.mark.side_effects
def test_record_payment_moves_amounts_and_status(client: HighLevel, target: Target) -> None:
    created = client.create_invoice(body=bodies.create_invoice(target.a.location, items=[bodies.item(100, 2)]))
    assert (created.total, created.amount_due, created.amount_paid) == (200, 200, 0)
    partial = client.record_invoice(created.field_id, body=bodies.payment(target.a.location, 50))
    assert partial.success is True
    assert (partial.invoice.amount_paid, partial.invoice.amount_due) == (50, 150)
    assert partial.invoice.status == models.InvoiceStatus.PARTIALLY_PAID
    with pytest.raises(hl_pkg.BadRequestError):
        client.record_invoice(created.field_id, body=bodies.payment(target.a.location, 1000))  # over-payment
    rest = client.record_invoice(created.field_id, body=bodies.payment(target.a.location, 150, "cheque"))
    assert (rest.invoice.amount_paid, rest.invoice.amount_due) == (200, 0)
    assert rest.invoice.status == models.InvoiceStatus.PAID
    with pytest.raises(hl_pkg.BadRequestError):
        client.void_invoice(created.field_id, body=bodies.location_only(target.a.location))  # paid: no void


@pytest.mark.side_effects
def test_schedule_lifecycle(client: HighLevel, target: Target) -> None:
    created = client.create_invoice_schedule(body=bodies.schedule(target.a.location))
    assert created.status == "draft"
    active = client.schedule_invoice_schedule(created.field_id, body=bodies.schedule_now(target.a.location))
    assert active.status == "active"
    fetched = client.get_invoice_schedule(created.field_id, alt_id=target.a.location, alt_type=LOC)
    assert fetched.status == "active"
    assert len(fetched.invoices) >= 1
    cancelled = client.cancel_invoice_schedule(created.field_id, body=bodies.location_only(target.a.location))
    assert cancelled.status == "cancelled"


@pytest.mark.side_effects
def test_another_location_cannot_read_or_list_an_invoice(client: HighLevel, target: Target) -> None:
    if target.b is None:
        pytest.skip("needs TOKEN_B and LOCATION_ID_B")
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    with target.client(target.b) as other:
        with pytest.raises(hl_pkg.PermissionDeniedError):
            other.get_invoice(created.field_id, alt_id=target.b.location, alt_type=LOC)
        with pytest.raises(hl_pkg.PermissionDeniedError):
            other.get_invoice(created.field_id, alt_id=target.a.location, alt_type=LOC)  # A's altId, B's token
        seen = {i.field_id for i in other.iter_invoices(target.b.location)}
        assert created.field_id not in seen
    assert created.field_id in {i.field_id for i in client.iter_invoices(target.a.location)}


def test_reading_is_always_allowed(client: HighLevel, target: Target) -> None:
    page = client.list_invoices(alt_id=target.a.location, alt_type=LOC, limit="5", offset="0")
    assert page.total >= len(page.invoices)
    with pytest.raises(hl_pkg.NotFoundError):
        _get(client, target, "000000000000000000000000")


# The rules of contract_tests/README.md that had no check (issue 17, item 7).


def _listed(client: HighLevel, target: Target, marker: str, **query: Any) -> tuple[list[str], float]:
    """(names, total) of one page of the invoices whose name holds ``marker``."""
    query = {"limit": "10", "offset": "0", **query}
    page = client.list_invoices(alt_id=target.a.location, alt_type=LOC, search=marker, **query)
    return [i.name for i in page.invoices], page.total


@pytest.mark.side_effects
def test_list_filters_sorts_pages_and_counts_every_match(client: HighLevel, target: Target) -> None:
    marker = uuid.uuid4().hex[:12]
    contact = {**bodies.CONTACT, "id": f"contact{marker}"}
    made = []
    for day in (1, 2, 3):
        fields: dict[str, Any] = {
            "name": f"List {marker} {day}",
            "issueDate": f"2024-03-0{day}",
            "dueDate": "2024-03-31",
        }
        if day == 1:
            fields["contactDetails"] = contact
        made.append(client.create_invoice(body=bodies.create_invoice(target.a.location, **fields)))
    client.send_invoice(made[1].field_id, body=bodies.send(target.a.location))
    names = [f"List {marker} {day}" for day in (1, 2, 3)]
    # search, the default order (issueDate, newest first), limit and offset, total counting every match
    assert _listed(client, target, marker.upper(), limit="2") == ([names[2], names[1]], 3)
    assert _listed(client, target, marker, limit="2", offset="2") == ([names[0]], 3)
    assert _listed(client, target, marker, sort_order="ascend") == (names, 3)
    # filters
    assert _listed(client, target, marker, status="sent") == ([names[1]], 1)
    assert _listed(client, target, marker, contact_id=contact["id"]) == ([names[0]], 1)
    assert _listed(client, target, marker, start_at=date(2024, 3, 2), end_at=date(2024, 3, 2)) == ([names[1]], 1)
    assert _listed(client, target, marker, payment_mode="live") == ([], 0)
    assert _listed(client, target, marker, payment_mode="test")[1] == 3


@pytest.mark.side_effects
def test_totals_apply_the_discount_then_exclusive_taxes(client: HighLevel, target: Target) -> None:
    tax = {"_id": "tax-10", "name": "VAT", "rate": 10, "calculation": "exclusive"}
    items = [bodies.item(100, 2, taxes=[tax]), bodies.item(50, 1)]
    discount = {"type": "percentage", "value": 10}
    created = client.create_invoice(body=bodies.create_invoice(target.a.location, items=items, discount=discount))
    # lines 200 + 50; discount 10 % = 25, spread 20 / 5; tax 10 % of (200 - 20) = 18
    assert (created.total, created.amount_due) == (243, 243)
    summary = _get(client, target, created.field_id).total_summary
    assert (summary.sub_total, summary.discount, summary.tax) == (250, 25, 18)


@pytest.mark.side_effects
def test_numbers_advance_and_defaults_apply(client: HighLevel, target: Target) -> None:
    fields = bodies.invoice_fields(target.a.location)
    for optional in ("dueDate", "title", "invoiceNumber", "invoiceNumberPrefix"):
        fields.pop(optional, None)
    first = client.create_invoice(body=models.CreateInvoiceRequest.from_dict(fields))
    second = client.create_invoice(body=models.CreateInvoiceRequest.from_dict(fields))
    assert first.invoice_number.isdigit() and second.invoice_number.isdigit()
    assert int(second.invoice_number) > int(first.invoice_number) >= 1
    assert (first.title, first.due_date) == ("INVOICE", first.issue_date)
    given = client.create_invoice(body=bodies.create_invoice(target.a.location, invoiceNumber="CT-7"))
    assert given.invoice_number == "CT-7"


@pytest.mark.side_effects
def test_void_and_paid_invoices_do_not_change(client: HighLevel, target: Target) -> None:
    voided = client.create_invoice(body=bodies.create_invoice(target.a.location))
    client.void_invoice(voided.field_id, body=bodies.location_only(target.a.location))
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_invoice(voided.field_id, body=bodies.update(target.a.location, voided, name="Changed"))
    with pytest.raises(hl_pkg.BadRequestError):
        client.record_invoice(voided.field_id, body=bodies.payment(target.a.location, 1))
    paid = client.create_invoice(body=bodies.create_invoice(target.a.location, items=[bodies.item(10, 1)]))
    client.record_invoice(paid.field_id, body=bodies.payment(target.a.location, 10))
    with pytest.raises(hl_pkg.BadRequestError):
        client.send_invoice(paid.field_id, body=bodies.send(target.a.location))
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_invoice(paid.field_id, body=bodies.update(target.a.location, paid, name="Changed"))
    assert _get(client, target, paid.field_id).status == models.InvoiceStatus.PAID


@pytest.mark.side_effects
def test_a_cancelled_schedule_cannot_be_scheduled_again(client: HighLevel, target: Target) -> None:
    created = client.create_invoice_schedule(body=bodies.schedule(target.a.location))
    client.cancel_invoice_schedule(created.field_id, body=bodies.location_only(target.a.location))
    with pytest.raises(hl_pkg.BadRequestError):
        client.schedule_invoice_schedule(created.field_id, body=bodies.schedule_now(target.a.location))
    fetched = client.get_invoice_schedule(created.field_id, alt_id=target.a.location, alt_type=LOC)
    assert fetched.status == "cancelled"


@pytest.mark.side_effects
def test_another_location_cannot_read_a_schedule(client: HighLevel, target: Target) -> None:
    if target.b is None:
        pytest.skip("needs TOKEN_B and LOCATION_ID_B")
    created = client.create_invoice_schedule(body=bodies.schedule(target.a.location))
    with target.client(target.b) as other, pytest.raises(hl_pkg.PermissionDeniedError):
        other.get_invoice_schedule(created.field_id, alt_id=target.b.location, alt_type=LOC)
    with pytest.raises(hl_pkg.NotFoundError):
        client.get_invoice_schedule("000000000000000000000000", alt_id=target.a.location, alt_type=LOC)


@pytest.mark.sandbox_only
@pytest.mark.side_effects
def test_amounts_above_the_money_maximum_are_refused(client: HighLevel, target: Target) -> None:
    with pytest.raises(hl_pkg.BadRequestError):
        client.create_invoice(body=bodies.create_invoice(target.a.location, items=[bodies.item(600_000_000, 2)]))
