"""Request bodies for the lifecycle tests, built from the vendor's seed examples."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from highlevel_invoices import models

CONTACT = {"id": "c6tZZU0rJBf30ZXx9Gli", "name": "Alex Doe", "phoneNo": "+1-214-559-6993", "email": "alex@example.com"}
CARD = {"brand": "visa", "last4": "4242"}
CHEQUE = {"number": "129-129-129-912"}
LATE_FEES = {  # a late-fees configuration, as invoices and invoice templates take it
    "enable": True,
    "value": 15,
    "type": "fixed",
    "frequency": {"intervalCount": 1, "interval": "week"},
    "grace": {"intervalCount": 3, "interval": "day"},
    "maxLateFees": {"type": "fixed", "value": 60},
}
BUSINESS = {"name": "ABC Corp.", "address": {"addressLine1": "9931 Beechwood", "city": "St. Houston", "state": "TX"}}


def item(amount: float = 999, qty: float = 1, **extra: Any) -> dict[str, Any]:
    return {"name": "Macbook Pro", "currency": "USD", "amount": amount, "qty": qty, **extra}


def invoice_fields(location: str, **overrides: Any) -> dict[str, Any]:
    fields = {
        "altId": location,
        "altType": "location",
        "name": f"Contract test {uuid.uuid4().hex[:8]}",
        "businessDetails": copy.deepcopy(BUSINESS),
        "currency": "USD",
        "items": [item()],
        "discount": {"type": "percentage", "value": 0},
        "contactDetails": copy.deepcopy(CONTACT),
        "issueDate": "2024-01-01",
        "dueDate": "2024-01-14",
        "sentTo": {"email": ["alex@example.com"]},
        "liveMode": False,
    }
    fields.update(overrides)
    return fields


def create_invoice(location: str, **overrides: Any) -> models.CreateInvoiceRequest:
    return models.CreateInvoiceRequest.from_dict(invoice_fields(location, **overrides))


def text2pay(location: str, action: str, **overrides: Any) -> models.Text2PayRequest:
    fields = invoice_fields(location, action=action, userId="6578278e879ad2646715ba9c", **overrides)
    return models.Text2PayRequest.from_dict(fields)


def update(location: str, invoice: models.Invoice, **overrides: Any) -> models.UpdateInvoiceRequest:
    fields = {
        "altId": location,
        "altType": "location",
        "name": invoice.name,
        "currency": invoice.currency,
        "invoiceItems": [i.to_dict() for i in invoice.invoice_items],
        "issueDate": invoice.issue_date,
        "dueDate": invoice.due_date,
    }
    fields.update(overrides)
    return models.UpdateInvoiceRequest.from_dict(fields)


def send(location: str) -> models.SendInvoiceRequest:
    return models.SendInvoiceRequest.from_dict(
        {
            "altId": location,
            "altType": "location",
            "userId": "6578278e879ad2646715ba9c",
            "action": "email",
            "liveMode": False,
        }  # fmt: skip
    )


def location_only(location: str) -> models.LocationScopedRequest:
    return models.LocationScopedRequest.from_dict({"altId": location, "altType": "location"})


def payment(location: str, amount: float | None = None, mode: str = "cash") -> models.RecordPaymentRequest:
    # The vendor requires card.brand, card.last4 and cheque.number whatever the mode (facts: record payment).
    fields: dict[str, Any] = {"altId": location, "altType": "location", "mode": mode, "card": dict(CARD),
                              "cheque": dict(CHEQUE), "notes": "contract test"}  # fmt: skip
    if amount is not None:
        fields["amount"] = amount
    return models.RecordPaymentRequest.from_dict(fields)


def schedule(location: str) -> models.CreateScheduleRequest:
    fields = invoice_fields(location)
    for key in ("issueDate", "dueDate", "sentTo"):
        fields.pop(key)
    fields["schedule"] = {"rrule": {"intervalType": "monthly", "interval": 1, "startDate": "2024-02-01"}}
    return models.CreateScheduleRequest.from_dict(fields)


def schedule_now(location: str) -> models.ScheduleScheduleRequest:
    return models.ScheduleScheduleRequest.from_dict({"altId": location, "altType": "location", "liveMode": False})
