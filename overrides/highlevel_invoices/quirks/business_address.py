"""QUIRKS Q8: ``businessDetails.address`` is an object, but a plain string has been seen.

The generated ``BusinessDetails.from_dict`` would fail on a string
(``Address.from_dict("9931 Beechwood, TX")``). This patch keeps the string as
the address's ``addressLine1`` so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from highlevel_invoices_api.models.business_details import BusinessDetails
from highlevel_invoices_api.models.invoice_settings_business_details import InvoiceSettingsBusinessDetails

from ._patch import wrap_from_dict


def fix(src: Mapping[str, Any]) -> Mapping[str, Any]:
    address = src.get("address")
    if not isinstance(address, str):
        return src
    fixed = dict(src)
    fixed["address"] = {"addressLine1": address}
    return fixed


def install() -> None:
    # the settings' business details are the shared ones with ``name`` required (QUIRKS Q104): a model of their own
    for model in (BusinessDetails, InvoiceSettingsBusinessDetails):
        wrap_from_dict(model, fix, name=__name__)
