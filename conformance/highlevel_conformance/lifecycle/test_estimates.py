"""Estimate checks, run against any server: the status lifecycle, estimate -> invoice, numbering, list, tenancy.

The rules they check are written in ``sandbox/README.md`` (Assumptions, "Estimates"). The API has no
get-estimate operation, so an estimate's stored state is read back through list-estimates, filtered by a
contact id of the test's own (``estimate_bodies.contact``).
"""

from __future__ import annotations

import datetime
import time
import uuid

import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import HighLevel, models

from ..target import Target
from . import estimate_bodies as est
from .bodies import item

LOC = models.AltType.LOCATION
S = models.EstimateStatus


def _listed(client: HighLevel, target: Target, contact_id: str, **filters: object) -> models.EstimateListResponse:
    return client.list_estimates(
        alt_id=target.a.location,
        alt_type=LOC,
        contact_id=contact_id,
        limit="100",
        offset="0",
        **filters,  # type: ignore[arg-type]
    )


def _stored(client: HighLevel, target: Target, estimate: models.Estimate) -> models.Estimate:
    """The estimate as the server keeps it (read back through the list)."""
    found = [
        e for e in _listed(client, target, estimate.contact_details.id).estimates if e.field_id == estimate.field_id
    ]
    assert len(found) == 1, f"estimate {estimate.field_id} listed {len(found)} times"
    return found[0]


def _number(client: HighLevel, target: Target) -> float:
    return client.generate_estimate_number(alt_id=target.a.location, alt_type=LOC).estimate_number


@pytest.mark.side_effects
def test_estimate_moves_draft_sent_viewed_accepted_invoiced(client: HighLevel, target: Target) -> None:
    a = target.a.location
    created = client.create_new_estimate(body=est.create(a))
    assert created.estimate_status == S.DRAFT
    renamed = client.update_estimate(created.field_id, body=est.update(a, created, name="Renamed estimate"))
    assert (renamed.name, renamed.estimate_status) == ("Renamed estimate", S.DRAFT)
    assert _stored(client, target, created).name == "Renamed estimate"
    sent = client.send_estimate(created.field_id, body=est.send(a))
    assert sent.estimate_status == S.SENT
    assert _stored(client, target, created).estimate_status == S.SENT
    viewed = client.update_estimate(created.field_id, body=est.update(a, sent, estimateStatus="viewed"))
    assert viewed.estimate_status == S.VIEWED
    accepted = client.update_estimate(created.field_id, body=est.update(a, viewed, estimateStatus="accepted"))
    assert accepted.estimate_status == S.ACCEPTED
    with pytest.raises(hl_pkg.BadRequestError):
        client.send_estimate(created.field_id, body=est.send(a))  # accepted: no longer sent
    result = client.create_invoice_from_estimate(created.field_id, body=est.to_invoice(a))
    assert result.estimate.estimate_status == S.INVOICED
    assert _stored(client, target, created).estimate_status == S.INVOICED
    with pytest.raises(hl_pkg.BadRequestError):
        client.create_invoice_from_estimate(created.field_id, body=est.to_invoice(a))  # invoiced once only
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_estimate(created.field_id, body=est.update(a, accepted, name="Too late"))
    deleted = client.delete_estimate(created.field_id, body=est.location_only(a))
    assert deleted.field_id == created.field_id
    assert _listed(client, target, created.contact_details.id).total == 0
    with pytest.raises(hl_pkg.NotFoundError):
        client.delete_estimate(created.field_id, body=est.location_only(a))


@pytest.mark.side_effects
def test_refused_transitions_leave_the_estimate_as_it_was(client: HighLevel, target: Target) -> None:
    a = target.a.location
    draft = client.create_new_estimate(body=est.create(a))
    for wanted in ("accepted", "declined", "viewed"):  # the customer has not seen it yet
        with pytest.raises(hl_pkg.BadRequestError):
            client.update_estimate(draft.field_id, body=est.update(a, draft, estimateStatus=wanted))
    assert _stored(client, target, draft).estimate_status == S.DRAFT
    client.send_estimate(draft.field_id, body=est.send(a))
    declined = client.update_estimate(draft.field_id, body=est.update(a, draft, estimateStatus="declined"))
    assert declined.estimate_status == S.DECLINED
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_estimate(draft.field_id, body=est.update(a, declined, estimateStatus="accepted"))
    with pytest.raises(hl_pkg.BadRequestError):
        client.send_estimate(draft.field_id, body=est.send(a))
    assert _stored(client, target, draft).estimate_status == S.DECLINED


@pytest.mark.side_effects
def test_a_draft_estimate_can_be_invoiced_once(client: HighLevel, target: Target) -> None:
    a = target.a.location
    draft = client.create_new_estimate(body=est.create(a))
    result = client.create_invoice_from_estimate(draft.field_id, body=est.to_invoice(a))
    assert result.estimate.estimate_status == S.INVOICED
    with pytest.raises(hl_pkg.BadRequestError):
        client.create_invoice_from_estimate(draft.field_id, body=est.to_invoice(a))
    assert _stored(client, target, draft).estimate_status == S.INVOICED


@pytest.mark.side_effects
def test_the_invoice_of_an_estimate_copies_items_contact_and_totals(client: HighLevel, target: Target) -> None:
    a = target.a.location
    tax = {"_id": "6578278e879ad2646715ba9d", "name": "Sales tax", "rate": 10, "calculation": "exclusive"}
    items = [item(100, 2, taxes=[tax]), item(50, 1, name="Setup")]
    created = client.create_new_estimate(
        body=est.create(a, items=items, discount={"type": "percentage", "value": 10}, termsNotes="Net 30")
    )
    # 250 of lines, 25 of discount, 10 % tax on the first line's 200 - 20: 18
    assert created.total == 243
    client.send_estimate(created.field_id, body=est.send(a))
    result = client.create_invoice_from_estimate(created.field_id, body=est.to_invoice(a))
    invoice = result.invoice
    assert invoice.status == models.InvoiceStatus.DRAFT
    assert isinstance(invoice.invoice_number, str) and invoice.invoice_number
    assert invoice.total == created.total == 243
    assert invoice.amount_due == 243
    copied = [(i.name, i.amount, i.qty, [t.rate for t in i.taxes or []]) for i in invoice.invoice_items]
    assert copied == [("Macbook Pro", 100, 2, [10]), ("Setup", 50, 1, [])]
    assert invoice.contact_details.to_dict() == created.contact_details.to_dict()
    assert (invoice.currency, invoice.name) == (created.currency, created.name)
    fetched = client.get_invoice(invoice.field_id, alt_id=a, alt_type=LOC)
    assert fetched.total == 243 and len(fetched.invoice_items) == 2
    assert (fetched.total_summary.sub_total, fetched.total_summary.discount, fetched.total_summary.tax) == (250, 25, 18)
    assert result.estimate.estimate_status == S.INVOICED
    assert _stored(client, target, created).estimate_status == S.INVOICED


@pytest.mark.side_effects
def test_an_invoice_without_mark_as_invoiced_leaves_the_estimate_sent(client: HighLevel, target: Target) -> None:
    a = target.a.location
    created = client.create_new_estimate(body=est.create(a))
    client.send_estimate(created.field_id, body=est.send(a))
    result = client.create_invoice_from_estimate(created.field_id, body=est.to_invoice(a, mark_as_invoiced=False))
    assert result.invoice.total == created.total
    assert result.estimate.estimate_status == S.SENT
    assert _stored(client, target, created).estimate_status == S.SENT


@pytest.mark.side_effects
def test_generate_reads_the_next_number_and_create_uses_it(client: HighLevel, target: Target) -> None:
    a = target.a.location
    first = _number(client, target)
    assert _number(client, target) == first  # reading does not use it up
    created = client.create_new_estimate(body=est.create(a))
    assert created.estimate_number == first
    assert _number(client, target) == first + 1
    chosen = client.create_new_estimate(body=est.create(a, estimateNumber=first + 1000))
    assert chosen.estimate_number == first + 1000  # a number in the request is kept as given


@pytest.mark.side_effects
def test_list_pages_and_filters(client: HighLevel, target: Target) -> None:
    a = target.a.location
    person = est.contact()
    tag = uuid.uuid4().hex[:10]
    made = [
        client.create_new_estimate(body=est.create(a, contactDetails=person, issueDate=day, name=f"{tag} {day}"))
        for day in ("2024-03-01", "2024-03-02", "2024-03-03")
    ]
    client.send_estimate(made[1].field_id, body=est.send(a))
    every = _listed(client, target, person["id"])
    assert every.total == 3
    assert [e.issue_date for e in every.estimates] == ["2024-03-03", "2024-03-02", "2024-03-01"]  # newest first
    pages = [
        client.list_estimates(alt_id=a, alt_type=LOC, contact_id=person["id"], limit="2", offset=offset)
        for offset in ("0", "2")
    ]
    assert [len(p.estimates) for p in pages] == [2, 1] and {p.total for p in pages} == {3}
    assert {e.field_id for p in pages for e in p.estimates} == {e.field_id for e in made}
    sent = _listed(client, target, person["id"], status=models.EstimateStatusFilter.SENT)
    assert [e.field_id for e in sent.estimates] == [made[1].field_id] and sent.total == 1
    drafts = _listed(client, target, person["id"], status=models.EstimateStatusFilter.DRAFT)
    assert {e.field_id for e in drafts.estimates} == {made[0].field_id, made[2].field_id}
    assert _listed(client, target, person["id"], status=models.EstimateStatusFilter.ALL).total == 3
    dated = _listed(client, target, person["id"], start_at=datetime.date(2024, 3, 2), end_at=datetime.date(2024, 3, 2))
    assert [e.field_id for e in dated.estimates] == [made[1].field_id]
    found = client.list_estimates(alt_id=a, alt_type=LOC, search=f"{tag} 2024-03-03", limit="10", offset="0")
    assert [e.field_id for e in found.estimates] == [made[2].field_id]


@pytest.mark.side_effects
def test_last_visited_at_is_kept(client: HighLevel, target: Target) -> None:
    created = client.create_new_estimate(body=est.create(target.a.location))
    time.sleep(0.01)  # timestamps have milliseconds: the visit is later than the creation
    client.update_estimate_last_visited_at(body=est.visited(created.field_id))
    assert _stored(client, target, created).last_visited_at > created.last_visited_at
    with pytest.raises(hl_pkg.NotFoundError):
        client.update_estimate_last_visited_at(body=est.visited("000000000000000000000000"))


@pytest.mark.side_effects
def test_another_location_cannot_touch_or_list_an_estimate(client: HighLevel, target: Target) -> None:
    if target.b is None:
        pytest.skip("needs TOKEN_B and LOCATION_ID_B")
    a, b = target.a.location, target.b.location
    created = client.create_new_estimate(body=est.create(a))
    with target.client(target.b) as other:
        for altid in (b, a):  # B's own altId, then A's altId with B's token
            with pytest.raises(hl_pkg.PermissionDeniedError):
                other.send_estimate(created.field_id, body=est.send(altid))
            with pytest.raises(hl_pkg.PermissionDeniedError):
                other.update_estimate(created.field_id, body=est.update(altid, created, name="Taken over"))
            with pytest.raises(hl_pkg.PermissionDeniedError):
                other.create_invoice_from_estimate(created.field_id, body=est.to_invoice(altid))
            with pytest.raises(hl_pkg.PermissionDeniedError):
                other.delete_estimate(created.field_id, body=est.location_only(altid))
        with pytest.raises(hl_pkg.PermissionDeniedError):
            other.update_estimate_last_visited_at(body=est.visited(created.field_id))
        seen = other.list_estimates(
            alt_id=b, alt_type=LOC, contact_id=created.contact_details.id, limit="10", offset="0"
        )
        assert seen.total == 0 and seen.estimates == []
        with pytest.raises(hl_pkg.NotFoundError):
            other.send_estimate("000000000000000000000000", body=est.send(b))
    stored = _stored(client, target, created)
    assert (stored.name, stored.estimate_status) == (created.name, S.DRAFT)
