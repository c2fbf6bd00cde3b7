"""Lifecycle checks of invoice templates and estimate templates, run against any server.

Each test creates its own templates with a unique tag in their names and finds them again
with ``search``, so templates already on a real location do not disturb the counts.
The rules checked are the sandbox's (sandbox/README.md, "Templates").
"""

from __future__ import annotations

import copy
import datetime
import uuid
from typing import Any

import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import HighLevel, models

from ..target import Target
from . import bodies

LOC = models.AltType.LOCATION


# ---------------------------------------------------------------------------- request bodies


def tag() -> str:
    """A word no other template's name holds, to find this test's templates with ``search``."""
    return f"tmpl{uuid.uuid4().hex[:10]}"


def template_fields(location: str, name: str, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "altId": location,
        "altType": "location",
        "name": name,
        "businessDetails": copy.deepcopy(bodies.BUSINESS),
        "currency": "USD",
        "items": [bodies.item(100, 2)],
        "discount": {"type": "percentage", "value": 0},
        "title": "INVOICE",
        "termsNotes": "Net 14",
    }
    fields.update(overrides)
    return fields


def invoice_template(location: str, name: str, **overrides: Any) -> models.InvoiceTemplateCreateRequest:
    return models.InvoiceTemplateCreateRequest.from_dict(template_fields(location, name, **overrides))


def invoice_template_update(location: str, name: str, **overrides: Any) -> models.InvoiceTemplateUpdateRequest:
    return models.InvoiceTemplateUpdateRequest.from_dict(template_fields(location, name, **overrides))


def estimate_template(location: str, name: str, **overrides: Any) -> models.EstimateTemplateRequest:
    fields = template_fields(location, name, title="ESTIMATE", **overrides)
    return models.EstimateTemplateRequest.from_dict(fields)


def late_fees(location: str) -> models.InvoiceTemplateLateFeesRequest:
    return models.InvoiceTemplateLateFeesRequest.from_dict(
        {"altId": location, "altType": "location", "lateFeesConfiguration": copy.deepcopy(bodies.LATE_FEES)}
    )


def payment_methods(location: str, bank_debit_only: bool) -> models.InvoiceTemplatePaymentMethodsRequest:
    methods = {"stripe": {"enableBankDebitOnly": bank_debit_only}}
    return models.InvoiceTemplatePaymentMethodsRequest.from_dict(
        {"altId": location, "altType": "location", "paymentMethods": methods}
    )


# ---------------------------------------------------------------------------- helpers


def _invoice_templates(client: HighLevel, target: Target, search: str, **query: Any) -> models.InvoiceTemplateList:
    query = {"limit": "100", "offset": "0", **query}
    return client.list_invoice_templates(alt_id=target.a.location, alt_type=LOC, search=search, **query)


def _estimate_templates(client: HighLevel, target: Target, search: str, **query: Any) -> models.EstimateTemplateList:
    query = {"limit": "100", "offset": "0", **query}
    return client.list_estimate_templates(alt_id=target.a.location, alt_type=LOC, search=search, **query)


def _get(client: HighLevel, target: Target, template_id: str) -> models.InvoiceTemplate:
    return client.get_invoice_template(template_id, alt_id=target.a.location, alt_type=LOC)


def _preview(client: HighLevel, target: Target, template_id: str) -> models.EstimateTemplate:
    return client.preview_estimate_template(alt_id=target.a.location, alt_type=LOC, template_id=template_id)


def _pages(fetch: Any, size: int, count: int) -> list[list[str]]:
    """The ids of each page of ``size``, until ``count`` ids are seen (and one more page, which must be empty)."""
    pages = []
    for offset in range(0, count + size, size):
        page = fetch(limit=str(size), offset=str(offset))
        assert page.total_count == count, f"totalCount {page.total_count} at offset {offset}, expected {count}"
        pages.append([t.field_id for t in page.data])
    return pages


# ---------------------------------------------------------------------------- invoice templates


@pytest.mark.side_effects
def test_invoice_template_lifecycle(client: HighLevel, target: Target) -> None:
    loc, word = target.a.location, tag()
    created = client.create_invoice_template(body=invoice_template(loc, f"Retainer {word}"))
    assert (created.name, created.currency, created.total) == (f"Retainer {word}", "USD", 200)
    assert created.alt_id == loc and len(created.items) == 1

    fetched = _get(client, target, created.field_id)
    assert (fetched.field_id, fetched.name, fetched.total) == (created.field_id, created.name, 200)

    listed = _invoice_templates(client, target, word)
    assert [t.field_id for t in listed.data] == [created.field_id]
    assert listed.total_count == 1

    change = invoice_template_update(loc, f"Retainer {word} v2", items=[bodies.item(50, 3)], title="QUOTE")
    updated = client.update_invoice_template(created.field_id, body=change)
    assert (updated.name, updated.total) == (f"Retainer {word} v2", 150)
    fetched = _get(client, target, created.field_id)
    assert (fetched.name, fetched.title, fetched.total) == (f"Retainer {word} v2", "QUOTE", 150)

    patched = client.update_invoice_template_late_fees_configuration(created.field_id, body=late_fees(loc))
    assert patched.field_id == created.field_id
    fees = _get(client, target, created.field_id).late_fees_configuration
    assert isinstance(fees, models.LateFeesConfiguration), "the late fees set by PATCH are not in the template"
    assert fees.to_dict() == bodies.LATE_FEES

    client.update_invoice_payment_methods_configuration(created.field_id, body=payment_methods(loc, True))
    methods = _get(client, target, created.field_id).payment_methods
    assert isinstance(methods, models.PaymentMethods), "the payment methods set by PATCH are not in the template"
    assert methods.stripe.enable_bank_debit_only is True
    # A PUT names neither configuration: both stay.
    client.update_invoice_template(created.field_id, body=invoice_template_update(loc, f"Retainer {word} v3"))
    kept = _get(client, target, created.field_id)
    assert isinstance(kept.late_fees_configuration, models.LateFeesConfiguration)
    assert isinstance(kept.payment_methods, models.PaymentMethods)

    deleted = client.delete_invoice_template(created.field_id, alt_id=loc, alt_type=LOC)
    assert deleted.success is True
    with pytest.raises(hl_pkg.NotFoundError):
        _get(client, target, created.field_id)
    assert created.field_id not in {t.field_id for t in _invoice_templates(client, target, word).data}
    with pytest.raises(hl_pkg.NotFoundError):
        client.update_invoice_template(created.field_id, body=invoice_template_update(loc, "gone"))


@pytest.mark.side_effects
def test_invoice_template_list_filters_and_pages(client: HighLevel, target: Target) -> None:
    loc, word = target.a.location, tag()
    ids = [client.create_invoice_template(body=invoice_template(loc, f"T{n} {word}")).field_id for n in range(3)]
    try:
        pages = _pages(lambda **q: _invoice_templates(client, target, word, **q), 2, 3)
        assert [len(p) for p in pages] == [2, 1, 0], pages
        assert sorted(i for p in pages for i in p) == sorted(ids)
        assert _invoice_templates(client, target, word.upper()).total_count == 3  # case-insensitive
        assert _invoice_templates(client, target, f"T1 {word}").total_count == 1
        today = datetime.datetime.now(datetime.UTC).date()
        day = datetime.timedelta(days=1)
        window = _invoice_templates(client, target, word, start_at=today - day, end_at=today + day)
        assert window.total_count == 3
        assert _invoice_templates(client, target, word, end_at=datetime.date(2000, 1, 1)).total_count == 0
        assert _invoice_templates(client, target, word, start_at=today + 2 * day).total_count == 0
    finally:
        for template_id in ids:
            client.delete_invoice_template(template_id, alt_id=loc, alt_type=LOC)


# ---------------------------------------------------------------------------- estimate templates


@pytest.mark.side_effects
def test_estimate_template_lifecycle(client: HighLevel, target: Target) -> None:
    loc, word = target.a.location, tag()
    created = client.create_estimate_template(body=estimate_template(loc, f"Quote {word}"))
    assert (created.name, created.total, created.deleted) == (f"Quote {word}", 200, False)

    preview = _preview(client, target, created.field_id)
    assert (preview.field_id, preview.name, preview.total) == (created.field_id, created.name, 200)

    listed = _estimate_templates(client, target, word)
    assert [t.field_id for t in listed.data] == [created.field_id]
    assert listed.total_count == 1

    change = estimate_template(loc, f"Quote {word} v2", items=[bodies.item(10, 5)], termsNotes="Valid 30 days")
    updated = client.update_estimate_template(created.field_id, body=change)
    assert (updated.name, updated.total) == (f"Quote {word} v2", 50)
    preview = _preview(client, target, created.field_id)
    assert (preview.name, preview.terms_notes, preview.total) == (f"Quote {word} v2", "Valid 30 days", 50)

    deleted = client.delete_estimate_template(created.field_id, body=bodies.location_only(loc))
    assert (deleted.field_id, deleted.deleted) == (created.field_id, True)
    with pytest.raises(hl_pkg.NotFoundError):
        _preview(client, target, created.field_id)
    with pytest.raises(hl_pkg.NotFoundError):
        client.update_estimate_template(created.field_id, body=estimate_template(loc, "gone"))
    assert created.field_id not in {t.field_id for t in _estimate_templates(client, target, word).data}


@pytest.mark.side_effects
def test_estimate_template_list_pages(client: HighLevel, target: Target) -> None:
    loc, word = target.a.location, tag()
    ids = [client.create_estimate_template(body=estimate_template(loc, f"E{n} {word}")).field_id for n in range(3)]
    try:
        pages = _pages(lambda **q: _estimate_templates(client, target, word, **q), 2, 3)
        assert [len(p) for p in pages] == [2, 1, 0], pages
        assert sorted(i for p in pages for i in p) == sorted(ids)
        assert _estimate_templates(client, target, f"E2 {word}").total_count == 1
    finally:
        for template_id in ids:
            client.delete_estimate_template(template_id, body=bodies.location_only(loc))


@pytest.mark.side_effects
def test_another_location_cannot_read_a_template(client: HighLevel, target: Target) -> None:
    if target.b is None:
        pytest.skip("needs TOKEN_B and LOCATION_ID_B")
    loc, word = target.a.location, tag()
    invoice = client.create_invoice_template(body=invoice_template(loc, f"Private {word}"))
    estimate = client.create_estimate_template(body=estimate_template(loc, f"Private {word}"))
    with target.client(target.b) as other:
        with pytest.raises(hl_pkg.PermissionDeniedError):
            other.get_invoice_template(invoice.field_id, alt_id=target.b.location, alt_type=LOC)
        with pytest.raises(hl_pkg.PermissionDeniedError):
            other.preview_estimate_template(alt_id=target.b.location, alt_type=LOC, template_id=estimate.field_id)
        seen = other.list_invoice_templates(alt_id=target.b.location, alt_type=LOC, search=word, limit="10", offset="0")
        assert seen.total_count == 0
    client.delete_invoice_template(invoice.field_id, alt_id=loc, alt_type=LOC)
    client.delete_estimate_template(estimate.field_id, body=bodies.location_only(loc))


def test_unknown_templates_are_404(client: HighLevel, target: Target) -> None:
    with pytest.raises(hl_pkg.NotFoundError):
        _get(client, target, "000000000000000000000000")
    with pytest.raises(hl_pkg.NotFoundError):
        _preview(client, target, "000000000000000000000000")
