"""Request bodies of the compatibility checks (``test_compat.py``, ``contract_tests/client/test_official_sdk.py``).

``VENDOR_VALID`` names each request that the vendor's published spec accepts and that
a stricter contract once refused (QUIRKS Q28-Q30). Each entry builds a create-invoice
body and says where its answer shows the value (``None``: the answer need not echo it).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from highlevel_invoices import models

from . import bodies

# (body, where the answer shows the value, the value there)
Case = tuple[dict[str, Any], tuple[str | int, ...] | None, Any]
TAX = {"_id": "6578278e879ad2646715ba9d", "name": "Sales tax", "rate": 8.25}


def _with_item(location: str, **item: Any) -> dict[str, Any]:
    return bodies.invoice_fields(location, items=[bodies.item(**item)])


def tips_as_strings(location: str) -> Case:
    """The vendor types ``tipsPercentage`` as strings (QUIRKS Q29)."""
    tips = {"tipsEnabled": True, "tipsPercentage": ["5", "10", "15"]}
    return bodies.invoice_fields(location, tipsConfiguration=tips), None, None


def tips_as_numbers(location: str) -> Case:
    """The vendor's pages send numbers (QUIRKS Q4)."""
    tips = {"tipsEnabled": True, "tipsPercentage": [5, 10, 15]}
    return bodies.invoice_fields(location, tipsConfiguration=tips), None, None


def tax_without_calculation(location: str) -> Case:
    """The vendor requires only ``_id``, ``name`` and ``rate`` of a tax (QUIRKS Q30)."""
    body = _with_item(location, taxes=[dict(TAX)])
    return body, ("invoiceItems", 0, "taxes", 0, "name"), TAX["name"]


def tax_rate_above_100(location: str) -> Case:
    """The vendor sets no bound on a tax rate; its update page sends 123 (QUIRKS Q28, Q10)."""
    body = _with_item(location, amount=10, taxes=[{**TAX, "rate": 123, "calculation": "exclusive"}])
    return body, ("invoiceItems", 0, "taxes", 0, "rate"), 123


def quantity_beyond_the_generation_bound(location: str) -> Case:
    """Quantities have no bound at the vendor; the spec's 1e6 is for generated data (QUIRKS Q28)."""
    return _with_item(location, amount=0.5, qty=2_000_000), ("invoiceItems", 0, "qty"), 2_000_000


def miscellaneous_charges(location: str) -> Case:
    """The vendor's create and text2pay bodies both take ``miscellaneousCharges``; our text2pay body lacked it."""
    charges = {"charges": [[]], "collectedMiscellaneousCharges": 0}
    return bodies.invoice_fields(location, miscellaneousCharges=charges), None, None


VENDOR_VALID: dict[str, Callable[[str], Case]] = {
    "tipsPercentage as strings": tips_as_strings,
    "tipsPercentage as numbers": tips_as_numbers,
    "tax without calculation": tax_without_calculation,
    "tax rate above 100": tax_rate_above_100,
    "quantity above 1e6": quantity_beyond_the_generation_bound,
    "miscellaneous charges": miscellaneous_charges,
}


def create_invoice(location: str) -> models.CreateInvoiceRequest:
    return bodies.create_invoice(location)


def as_text2pay(body: dict[str, Any], action: str = "draft") -> dict[str, Any]:
    """A create-invoice body as a text2pay body (same fields, plus ``action`` and ``userId``)."""
    return {**copy.deepcopy(body), "action": action, "userId": "6578278e879ad2646715ba9c"}


def dig(document: Any, where: tuple[str | int, ...] | None) -> Any:
    """The value at ``where`` in an answer (``None`` when ``where`` is ``None``)."""
    if where is None:
        return None
    for key in where:
        document = document[key]
    return document
