"""Patches for the vendor's quirks, one small module each (see ``spec/QUIRKS.md``).

| module | QUIRKS row | what it does |
|---|---|---|
| ``invoice_number`` | Q1 | a numeric ``invoiceNumber`` becomes its string |
| ``business_address`` | Q8 | a string ``businessDetails.address`` becomes ``{"addressLine1": ...}`` |
| ``error_message`` | Q17 | an error's ``message`` is always a list of strings |
| ``product_ids`` | Q26 | a ``validOnProductIds`` string such as ``"[ 'id' ]"`` becomes the list it spells |

Two more quirks are fixed at generation time rather than here: unknown enum
values (Q25, ``LenientStrEnum`` from ``overrides/templates/types.py.jinja``) and line items typed as
objects (Q2, in the spec itself).
"""

from __future__ import annotations

from . import business_address, error_message, invoice_number, product_ids

__all__ = ["business_address", "error_message", "install_all", "invoice_number", "product_ids"]


def install_all() -> None:
    """Install every model patch (idempotent; done on ``import highlevel_invoices``)."""
    invoice_number.install()
    business_address.install()
    product_ids.install()
