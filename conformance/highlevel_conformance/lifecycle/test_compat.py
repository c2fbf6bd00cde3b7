"""Compatibility checks, against any server: both API versions, and never stricter than the vendor.

- The vendor publishes two editions of the Invoices API that differ only in the
  ``Version`` value (QUIRKS Q27): a server answers ``2021-07-28`` and ``v3`` alike.
- A request the vendor's published spec accepts is accepted (QUIRKS Q28-Q30): tip
  percentages as strings or numbers, a tax without ``calculation``, a tax rate above
  100, numbers beyond the bounds the spec keeps for generated data only.
"""

from __future__ import annotations

from typing import Any

import pytest

from highlevel_invoices import HighLevel, models

from ..target import Target
from . import compat_bodies as cb

LOC = models.AltType.LOCATION
VERSIONS = [version.value for version in models.ApiVersion]


@pytest.mark.side_effects
def test_both_api_versions_answer_the_same(target: Target) -> None:
    """Each edition creates, reads and lists invoices, and reads the other's invoices as they are."""
    answers: dict[str, Any] = {}
    created: dict[str, models.Invoice] = {}
    for version in VERSIONS:
        with target.client(version=version) as client:
            created[version] = client.create_invoice(body=cb.create_invoice(target.a.location))
    for version in VERSIONS:
        with target.client(version=version) as client:
            assert client.version == version
            answers[version] = [
                client.get_invoice(invoice.field_id, alt_id=target.a.location, alt_type=LOC).to_dict()
                for invoice in created.values()
            ]
            listed = client.list_invoices(alt_id=target.a.location, alt_type=LOC, limit="100", offset="0")
            assert {i.field_id for i in created.values()} <= {i.field_id for i in listed.invoices}
    first, *others = VERSIONS
    for version in others:
        assert answers[version] == answers[first], f"Version {version} answers otherwise than {first}"
    with target.client() as client:
        for invoice in created.values():
            client.delete_invoice(invoice.field_id, alt_id=target.a.location, alt_type=LOC)


@pytest.mark.side_effects
@pytest.mark.parametrize("case", sorted(cb.VENDOR_VALID), ids=str)
def test_requests_the_vendor_accepts_are_accepted(client: HighLevel, target: Target, case: str) -> None:
    """Create (and text2pay, which shares the shapes) accept each vendor-valid body; the answer keeps the value."""
    body, where, expected = cb.VENDOR_VALID[case](target.a.location)
    created = client.create_invoice(body=models.CreateInvoiceRequest.from_dict(body))
    assert cb.dig(created.to_dict(), where) == expected, f"{case}: {where} answered otherwise"
    sent = client.text2pay_invoice(body=models.Text2PayRequest.from_dict(cb.as_text2pay(body)))
    assert cb.dig(sent.invoice.to_dict(), where) == expected, f"{case} (text2pay): {where} answered otherwise"
    for invoice_id in (created.field_id, sent.invoice.field_id):
        client.void_invoice(invoice_id, body=models.LocationScopedRequest(alt_id=target.a.location, alt_type=LOC))
