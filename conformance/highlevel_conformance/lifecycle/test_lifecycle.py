"""Lifecycle checks written once, run against any server (default: the in-process sandbox)."""

from __future__ import annotations

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
