"""Schedule editing, location settings, invoice numbering, late fees and visits: checks run against any server.

Each check names the rule of ``sandbox/README.md`` (Assumptions) it holds a server to. Where the rule is
the sandbox's own and the vendor is silent (what an active or cancelled schedule refuses) the check is
``sandbox_only``; the rest is what the vendor's operations promise.
"""

from __future__ import annotations

import datetime
import uuid

import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import UNSET, HighLevel, Unset, models

from ..target import Target
from . import bodies
from . import schedule_bodies as sb

LOC = models.AltType.LOCATION


def _get(client: HighLevel, target: Target, schedule_id: str) -> models.InvoiceSchedule:
    return client.get_invoice_schedule(schedule_id, alt_id=target.a.location, alt_type=LOC)


def _schedule(client: HighLevel, target: Target, schedule_id: str) -> models.InvoiceSchedule:
    return client.schedule_invoice_schedule(schedule_id, body=bodies.schedule_now(target.a.location))


def _settings(client: HighLevel, target: Target) -> models.InvoiceSettings:
    return client.get_invoice_settings(alt_id=target.a.location, alt_type=LOC)


def _next_number(client: HighLevel, target: Target) -> str:
    answer = client.generate_invoice_number(alt_id=target.a.location, alt_type=LOC)
    assert isinstance(answer.invoice_number, str), f"invoiceNumber missing from {answer.to_dict()}"
    return answer.invoice_number


def _auto_payment(schedule: models.InvoiceSchedule) -> dict[str, object] | None:
    return None if isinstance(schedule.auto_payment, Unset) else schedule.auto_payment.to_dict()


# ---------------------------------------------------------------------------- schedules


@pytest.mark.side_effects
def test_update_changes_a_draft_schedule(client: HighLevel, target: Target) -> None:
    """Rule "Schedule update": a draft's fields are replaced by the body's; get shows them."""
    created = client.create_invoice_schedule(body=sb.create(target.a.location))
    change = sb.update(target.a.location, created, name="Renamed schedule", items=[bodies.item(40, 3)])
    updated = client.update_invoice_schedule(created.field_id, body=change)
    assert (updated.name, updated.total, updated.status) == ("Renamed schedule", 120, "draft")
    fetched = _get(client, target, created.field_id)
    assert (fetched.name, fetched.total) == ("Renamed schedule", 120)


@pytest.mark.side_effects
@pytest.mark.sandbox_only
def test_an_active_schedule_is_changed_only_by_update_and_schedule(client: HighLevel, target: Target) -> None:
    """Rule "Schedule update": PUT refuses an active schedule (400) and leaves it as it was."""
    created = client.create_invoice_schedule(body=sb.create(target.a.location))
    active = _schedule(client, target, created.field_id)
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_invoice_schedule(created.field_id, body=sb.update(target.a.location, active, name="Nope"))
    assert _get(client, target, created.field_id).name == created.name


@pytest.mark.side_effects
def test_update_and_schedule_updates_then_schedules(client: HighLevel, target: Target) -> None:
    """Rule "updateAndSchedule": the update applies first, so the first generated invoice carries it."""
    created = client.create_invoice_schedule(body=sb.create(target.a.location))
    change = sb.update(target.a.location, created, name="Updated and scheduled", items=[bodies.item(70, 2)])
    answer = client.update_and_schedule_invoice_schedule(created.field_id, body=change)
    assert (answer.status, answer.name, answer.total) == ("active", "Updated and scheduled", 140)
    fetched = _get(client, target, created.field_id)
    assert fetched.status == "active"
    assert fetched.name == "Updated and scheduled"
    assert fetched.invoices, "scheduling generates the schedule's first invoice"
    first = fetched.invoices[0]
    assert (first.name, first.total) == ("Updated and scheduled", 140), "the invoice was generated before the update"


@pytest.mark.side_effects
@pytest.mark.sandbox_only
def test_a_refused_update_and_schedule_changes_nothing(client: HighLevel, target: Target) -> None:
    """Rule "updateAndSchedule": a cancelled schedule refuses it (400), and the update is not kept either."""
    created = client.create_invoice_schedule(body=sb.create(target.a.location))
    client.cancel_invoice_schedule(created.field_id, body=bodies.location_only(target.a.location))
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_and_schedule_invoice_schedule(
            created.field_id, body=sb.update(target.a.location, created, name="Half applied")
        )
    fetched = _get(client, target, created.field_id)
    assert (fetched.status, fetched.name) == ("cancelled", created.name), "the refused call kept part of its change"


@pytest.mark.side_effects
def test_auto_payment_is_stored(client: HighLevel, target: Target) -> None:
    """Rule "Auto-payment": the settings sent are the schedule's; its answer and get show them."""
    created = client.create_invoice_schedule(body=sb.create(target.a.location))
    answer = client.auto_payment_invoice_schedule(
        created.field_id, body=sb.auto_payment(target.a.location, created.field_id)
    )
    fetched = _get(client, target, created.field_id)
    if target.is_sandbox:
        assert _auto_payment(answer) is not None, "the sandbox answers the schedule's autoPayment"
        assert _auto_payment(fetched) is not None, "the sandbox answers the schedule's autoPayment"
    for shown in (_auto_payment(answer), _auto_payment(fetched)):
        if shown is not None:
            assert {k: shown.get(k) for k in sb.AUTO_PAYMENT} == sb.AUTO_PAYMENT
    off = client.auto_payment_invoice_schedule(
        created.field_id, body=sb.auto_payment(target.a.location, created.field_id, enable=False)
    )
    shown = _auto_payment(off)
    assert shown is None or shown["enable"] is False


@pytest.mark.side_effects
def test_delete_schedule_then_get_is_404(client: HighLevel, target: Target) -> None:
    """Rule "Schedule delete": the schedule is gone (get 404, not listed); its invoices stay."""
    created = client.create_invoice_schedule(body=sb.create(target.a.location))
    answer = client.delete_invoice_schedule(created.field_id, alt_id=target.a.location, alt_type=LOC)
    assert answer.success is True
    with pytest.raises(hl_pkg.NotFoundError):
        _get(client, target, created.field_id)
    page = client.list_invoice_schedules(
        alt_id=target.a.location, alt_type=LOC, limit="100", offset="0", search=created.name
    )
    assert created.field_id not in {s.field_id for s in page.schedules}


@pytest.mark.side_effects
@pytest.mark.sandbox_only
def test_an_active_schedule_is_cancelled_before_it_is_deleted(client: HighLevel, target: Target) -> None:
    """Rule "Schedule delete": an active schedule refuses it (400); cancelled, it can go; its invoices stay."""
    created = client.create_invoice_schedule(body=sb.create(target.a.location))
    active = _schedule(client, target, created.field_id)
    with pytest.raises(hl_pkg.BadRequestError):
        client.delete_invoice_schedule(created.field_id, alt_id=target.a.location, alt_type=LOC)
    assert _get(client, target, created.field_id).status == "active"
    client.cancel_invoice_schedule(created.field_id, body=bodies.location_only(target.a.location))
    assert client.delete_invoice_schedule(created.field_id, alt_id=target.a.location, alt_type=LOC).success
    generated = active.invoices[0].field_id
    assert client.get_invoice(generated, alt_id=target.a.location, alt_type=LOC).field_id == generated


@pytest.mark.side_effects
def test_list_schedules_pages_and_filters(client: HighLevel, target: Target) -> None:
    """Rule "Schedule list": search, status, dates (inclusive, on the rule's start date), paymentMode, paging."""
    tag = f"Paging{uuid.uuid4().hex[:10]}"
    starts = ["2031-01-10", "2031-02-10", "2031-03-10"]
    made = [client.create_invoice_schedule(body=sb.create(target.a.location, s, name=f"{tag} {s}")) for s in starts]
    ids = {s.field_id for s in made}

    def listed(**query: object) -> models.ListInvoiceSchedulesResponse:
        kwargs = {"limit": "100", "offset": "0", "search": tag, **query}
        return client.list_invoice_schedules(alt_id=target.a.location, alt_type=LOC, **kwargs)  # type: ignore[arg-type]

    everything = listed()
    assert ({s.field_id for s in everything.schedules}, everything.total) == (ids, 3), f"search {tag!r}"
    first, rest = listed(limit="2"), listed(limit="2", offset="2")
    pages = (len(first.schedules), len(rest.schedules), first.total, rest.total)
    assert pages == (2, 1, 3, 3), f"limit 2 at offsets 0 and 2 gave (size, size, total, total) {pages}"
    assert {s.field_id for s in first.schedules + rest.schedules} == ids, "pages overlap or miss one"
    window = listed(start_at=datetime.date(2031, 2, 10), end_at=datetime.date(2031, 3, 10))
    assert {s.field_id for s in window.schedules} == {made[1].field_id, made[2].field_id}
    assert window.total == 2
    _schedule(client, target, made[0].field_id)
    active = listed(status="active")
    assert ({s.field_id for s in active.schedules}, active.total) == ({made[0].field_id}, 1)
    assert listed(payment_mode=models.ListInvoiceSchedulesPaymentMode.LIVE).total == 0  # created with liveMode false
    assert listed(payment_mode=models.ListInvoiceSchedulesPaymentMode.TEST).total == 3


# ---------------------------------------------------------------------------- settings and numbering


def test_settings_answer_for_the_location(client: HighLevel, target: Target) -> None:
    """``/invoices/settings`` is the settings, not an invoice whose id is "settings" (QUIRKS Q14)."""
    settings = _settings(client, target)
    assert settings.alt_id in (UNSET, target.a.location)


@pytest.mark.side_effects
def test_new_invoices_take_the_settings_defaults(client: HighLevel, target: Target) -> None:
    """Rule "Settings": title, terms, number prefix and due date come from the settings when absent."""
    settings = _settings(client, target)
    fields = bodies.invoice_fields(target.a.location, issueDate="2024-03-01")
    for key in ("dueDate", "title", "termsNotes", "invoiceNumberPrefix", "invoiceNumber"):
        fields.pop(key, None)
    created = client.create_invoice(body=models.CreateInvoiceRequest.from_dict(fields))
    if isinstance(settings.title, str) and settings.title:
        assert created.title == settings.title
    if isinstance(settings.due_after_x_days, (int, float)):
        due = datetime.date(2024, 3, 1) + datetime.timedelta(days=int(settings.due_after_x_days))
        assert created.due_date == due.isoformat(), f"dueAfterXDays is {settings.due_after_x_days}"
    if isinstance(settings.invoice_number_prefix, str):
        assert created.invoice_number.startswith(settings.invoice_number_prefix)
    if isinstance(settings.terms_note, str) and settings.terms_note:
        assert created.to_dict().get("termsNotes") == settings.terms_note
    if target.is_sandbox:  # the sandbox answers every default it applies
        assert all(isinstance(v, str) for v in (settings.title, settings.invoice_number_prefix, settings.terms_note))
        assert isinstance(settings.due_after_x_days, (int, float))


@pytest.mark.side_effects
def test_generate_reads_the_next_number_and_create_uses_it(client: HighLevel, target: Target) -> None:
    """Rule "Invoice numbers": generate answers the next number without using it up; create uses it."""
    first, again = _next_number(client, target), _next_number(client, target)
    assert first == again, "reading the next number used it up"
    prefix = _settings(client, target).invoice_number_prefix
    prefix = prefix if isinstance(prefix, str) else ""
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    assert created.invoice_number == f"{prefix}{first}"
    after = _next_number(client, target)
    assert after.isdigit() and first.isdigit() and int(after) == int(first) + 1


# ---------------------------------------------------------------------------- invoice late fees and visits


@pytest.mark.side_effects
def test_late_fees_patch_is_kept(client: HighLevel, target: Target) -> None:
    """Rule "Late fees": the configuration sent is the invoice's; its answer and get show it."""
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    answer = client.update_invoice_late_fees_configuration(created.field_id, body=sb.late_fees(target.a.location))
    assert answer.field_id == created.field_id
    fetched = client.get_invoice(created.field_id, alt_id=target.a.location, alt_type=LOC)
    for shown in (answer.late_fees_configuration, fetched.late_fees_configuration):
        assert not isinstance(shown, Unset), "the invoice does not show its lateFeesConfiguration"
        assert shown.to_dict() == bodies.LATE_FEES


@pytest.mark.side_effects
@pytest.mark.sandbox_only
def test_late_fees_of_a_void_invoice_are_refused(client: HighLevel, target: Target) -> None:
    """Rule "Late fees": like any update, refused (400) for a void or paid invoice."""
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    client.void_invoice(created.field_id, body=bodies.location_only(target.a.location))
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_invoice_late_fees_configuration(created.field_id, body=sb.late_fees(target.a.location))


@pytest.mark.side_effects
def test_last_visited_at_takes_the_callers_invoices_only(client: HighLevel, target: Target) -> None:
    """Rule "Last visited": an invoice of the token's location is accepted; an unknown one is refused."""
    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    client.update_invoice_last_visited_at(body=sb.visited(created.field_id))
    with pytest.raises((hl_pkg.NotFoundError, hl_pkg.BadRequestError)):
        client.update_invoice_last_visited_at(body=sb.visited("000000000000000000000000"))
    if target.b is not None:
        with target.client(target.b) as other, pytest.raises(hl_pkg.PermissionDeniedError):
            other.update_invoice_last_visited_at(body=sb.visited(created.field_id))
